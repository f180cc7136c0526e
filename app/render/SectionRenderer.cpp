// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "render/SectionRenderer.h"

#include "diagnostics/Logging.h"
#include "model/ReportParts.h"
#include "model/Section.h"
#include "render/ReportHtml.h"

#include <QRegularExpression>

#include <cstring>

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

namespace {

// Reference definitions make every paragraph depend on the whole text.
bool hasDefinitions(const QString &text)
{
    static const QRegularExpression definition(QStringLiteral(R"((^|\n) {0,3}\[[^\]]+\]:)"));
    return text.contains(definition);
}

bool isBlank(QStringView text)
{
    for (const QChar c : text)
        if (!c.isSpace())
            return false;
    return true;
}

// Length of the common prefix, compared a chunk at a time: a keystroke in a long section
// must not cost a character loop over all of it.
qsizetype commonPrefix(QStringView a, QStringView b)
{
    const qsizetype common = std::min(a.size(), b.size());
    constexpr qsizetype chunk = 64;
    qsizetype i = 0;
    while (i + chunk <= common &&
           std::memcmp(a.data() + i, b.data() + i, chunk * sizeof(QChar)) == 0)
        i += chunk;
    while (i < common && a[i] == b[i])
        ++i;
    return i;
}

qsizetype commonSuffix(QStringView a, QStringView b, qsizetype limit)
{
    constexpr qsizetype chunk = 64;
    qsizetype i = 0;
    while (i + chunk <= limit &&
           std::memcmp(a.data() + a.size() - i - chunk, b.data() + b.size() - i - chunk,
                       chunk * sizeof(QChar)) == 0)
        i += chunk;
    while (i < limit && a[a.size() - 1 - i] == b[b.size() - 1 - i])
        ++i;
    return i;
}

} // namespace

bool SectionRenderer::tryFastPath(Entry &entry, const Section &section) const
{
    const QString &old = entry.source;
    const QString &now = section.text;
    if (entry.blocks.isEmpty() || entry.title != section.title || entry.hasDefinitions)
        return false;
    const qsizetype prefix = commonPrefix(old, now);
    const qsizetype suffix = commonSuffix(old, now, std::min(old.size(), now.size()) - prefix);
    const QStringView removed = QStringView(old).mid(prefix, old.size() - prefix - suffix);
    const QStringView inserted = QStringView(now).mid(prefix, now.size() - prefix - suffix);
    if (removed.contains(QLatin1Char('\n')) || inserted.contains(QLatin1Char('\n')))
        return false;

    const int line = int(QStringView(now).left(prefix).count(QLatin1Char('\n'))) + 1;
    const qsizetype lineStart =
        prefix == 0 ? 0 : now.lastIndexOf(QLatin1Char('\n'), prefix - 1) + 1;
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
        qsizetype from = lineStart;
        for (int l = line; l > block.firstLine && from > 0; --l)
            from = (from >= 2 ? now.lastIndexOf(QLatin1Char('\n'), from - 2) : -1) + 1;
        qsizetype to = lineEnd;
        for (int l = line; l < block.lastLine && to < now.size(); ++l) {
            to = now.indexOf(QLatin1Char('\n'), to + 1);
            if (to < 0)
                to = now.size();
        }
        const QString source = now.mid(from, to - from);
        const auto fresh = m_markdown.renderBlocks(
            source, ReportParts::sectionAnchorPrefix(section.id), block.firstLine - 1);
        if (fresh.size() != 1 || !fresh.first().paragraph ||
            fresh.first().lastLine != block.lastLine)
            return false;
        block = fresh.first();
        entry.source = now;
        return true;
    }
    return false;
}

QString SectionRenderer::anchorForLine(const Section &section, int line) const
{
    int best = 0;
    const auto entry = m_cache.constFind(section.id);
    if (entry != m_cache.cend()) {
        for (const MarkdownRenderer::Block &b : entry->blocks) {
            if (b.anchorLine > best && b.anchorLine <= line)
                best = b.anchorLine;
        }
    }
    return ReportParts::sectionAnchorPrefix(section.id) + QString::number(best);
}

QStringList SectionRenderer::blocks(const Section &section)
{
    Entry &entry = m_cache[section.id];
    if (entry.source != section.text || entry.title != section.title || entry.blocks.isEmpty()) {
        if (tryFastPath(entry, section)) {
            ++m_fast;
            qCDebug(lcRender) << "section" << section.id << "- one paragraph re-rendered";
        } else {
            entry.title = section.title;
            entry.source = section.text;
            entry.hasDefinitions = hasDefinitions(section.text);
            entry.blocks =
                m_markdown.renderBlocks(section.text, ReportParts::sectionAnchorPrefix(section.id));
            qCDebug(lcRender) << "section" << section.id << "- rendered whole,"
                              << entry.blocks.size() << "blocks";
        }
    }
    if (isBlank(section.text))
        return m_html.sectionBlocks(section); // heading and the "not written yet" note
    QStringList out{m_html.sectionHeading(section)};
    for (const MarkdownRenderer::Block &b : std::as_const(entry.blocks))
        out << b.html;
    return out;
}

} // namespace debrief
