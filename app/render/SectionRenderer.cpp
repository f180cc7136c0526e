#include "render/SectionRenderer.h"

#include "model/Section.h"
#include "render/ReportHtml.h"

#include <QRegularExpression>

namespace debrief {

SectionRenderer::SectionRenderer(const MarkdownRenderer &markdown, const ReportHtml &html)
    : m_markdown(markdown)
    , m_html(html)
{}

bool SectionRenderer::isPlainParagraphLine(QStringView line)
{
    int indent = 0;
    while (indent < line.size() && line[indent] == QLatin1Char(' '))
        ++indent;
    if (indent > 3 || indent == line.size() || line[indent] == QLatin1Char('\t'))
        return false; // blank, or indented enough to matter
    const QChar first = line[indent];
    if (QStringLiteral("#>-+*=_`~<|[\\").contains(first))
        return false; // could open a heading, quote, list, rule, fence, HTML or definition
    if (first.isDigit())
        return false; // "1." or "1)" opens an ordered list
    return true;
}

bool SectionRenderer::tryFastPath(Entry &entry, const Section &section) const
{
    const QString &old = entry.source;
    const QString &now = section.text;
    if (entry.blocks.isEmpty() || entry.title != section.title)
        return false;
    // Reference definitions make every paragraph depend on the whole text.
    static const QRegularExpression definition(QStringLiteral(R"((^|\n) {0,3}\[[^\]]+\]:)"));
    if (now.contains(definition))
        return false;
    qsizetype prefix = 0;
    const qsizetype common = std::min(old.size(), now.size());
    while (prefix < common && old[prefix] == now[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < common - prefix && old[old.size() - 1 - suffix] == now[now.size() - 1 - suffix])
        ++suffix;
    const QStringView removed = QStringView(old).mid(prefix, old.size() - prefix - suffix);
    const QStringView inserted = QStringView(now).mid(prefix, now.size() - prefix - suffix);
    if (removed.contains(QLatin1Char('\n')) || inserted.contains(QLatin1Char('\n')))
        return false;

    const int line = int(QStringView(now).left(prefix).count(QLatin1Char('\n'))) + 1;
    qsizetype lineStart = now.lastIndexOf(QLatin1Char('\n'), prefix - 1) + 1;
    if (prefix == 0)
        lineStart = 0;
    qsizetype lineEnd = now.indexOf(QLatin1Char('\n'), prefix);
    if (lineEnd < 0)
        lineEnd = now.size();
    if (!isPlainParagraphLine(QStringView(now).mid(lineStart, lineEnd - lineStart)))
        return false;

    for (qsizetype k = 0; k < entry.blocks.size(); ++k) {
        MarkdownRenderer::Block &block = entry.blocks[k];
        if (line < block.firstLine || line > block.lastLine)
            continue;
        if (!block.paragraph)
            return false;
        // Cut the paragraph's lines out of the new text and render them alone.
        const QStringList lines = now.split(QLatin1Char('\n'));
        const QString source = lines.mid(block.firstLine - 1, block.lastLine - block.firstLine + 1)
                                   .join(QLatin1Char('\n'));
        const auto fresh = m_markdown.renderBlocks(
            source, ReportHtml::sectionAnchorPrefix(section.id), block.firstLine - 1);
        if (fresh.size() != 1 || !fresh.first().paragraph ||
            fresh.first().lastLine != block.lastLine)
            return false;
        block = fresh.first();
        entry.source = now;
        return true;
    }
    return false;
}

QStringList SectionRenderer::blocks(const Section &section)
{
    Entry &entry = m_cache[section.id];
    if (entry.source != section.text || entry.title != section.title || entry.blocks.isEmpty()) {
        if (tryFastPath(entry, section)) {
            ++m_fast;
        } else {
            entry.title = section.title;
            entry.source = section.text;
            entry.blocks =
                m_markdown.renderBlocks(section.text, ReportHtml::sectionAnchorPrefix(section.id));
        }
    }
    if (section.text.trimmed().isEmpty())
        return m_html.sectionBlocks(section); // heading and the "not written yet" note
    QStringList out{m_html.sectionHeading(section)};
    for (const MarkdownRenderer::Block &b : std::as_const(entry.blocks))
        out << b.html;
    return out;
}

} // namespace debrief
