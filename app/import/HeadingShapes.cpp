// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/HeadingShapes.h"

#include "import/MarkdownOutline.h"
#include "import/SectionMatcher.h"

#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace debrief {

namespace {

using Kind = MarkdownOutline::Kind;

int wordCount(const QString &text)
{
    return int(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
}

bool namesAPart(const QString &text)
{
    const auto m = SectionMatcher::match(text);
    return m && m->exact;
}

// The section level of the document's own headings (2 when it has none beside a title).
int sectionLevel(const QList<MarkdownOutline::Block> &blocks)
{
    QList<int> levels;
    for (const MarkdownOutline::Block &b : blocks) {
        if (b.kind == Kind::Heading)
            levels << b.level;
    }
    if (levels.size() > 1 && levels.first() == 1)
        levels.removeFirst(); // the title
    int level = 6;
    for (int l : levels)
        level = std::min(level, l);
    return levels.isEmpty() ? 2 : std::max(2, level);
}

QString entitiesDecoded(const QString &text)
{
    return QTextDocumentFragment::fromHtml(text).toPlainText();
}

// One HTML line's inline markup as Markdown.
// <img alt="…" src="…">, its attributes in any order, as the Markdown image it means.
QString imagesAsMarkdown(QString line)
{
    static const QRegularExpression img(QStringLiteral("<img\\b[^>]*>"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression src(QStringLiteral("\\bsrc\\s*=\\s*[\"']([^\"']*)[\"']"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression alt(QStringLiteral("\\balt\\s*=\\s*[\"']([^\"']*)[\"']"),
                                        QRegularExpression::CaseInsensitiveOption);
    for (auto m = img.match(line); m.hasMatch(); m = img.match(line, m.capturedStart() + 1)) {
        const QString tag = m.captured();
        const QString url = QString(src.match(tag).captured(1))
                                .replace(QLatin1Char(' '), QStringLiteral("%20"))
                                .replace(QLatin1Char('('), QStringLiteral("%28"))
                                .replace(QLatin1Char(')'), QStringLiteral("%29"));
        QString text = alt.match(tag).captured(1);
        text.replace(QLatin1Char('['), QStringLiteral("\\["))
            .replace(QLatin1Char(']'), QStringLiteral("\\]"));
        line.replace(m.capturedStart(), m.capturedLength(),
                     url.isEmpty() ? text : QStringLiteral("![%1](%2)").arg(text, url));
    }
    return line;
}

QString inlineMarkdown(QString line)
{
    line = imagesAsMarkdown(line);
    static const QList<std::pair<QRegularExpression, QString>> rules = {
        {QRegularExpression(QStringLiteral("</?(?:strong|b)\\b[^>]*>"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("**")},
        {QRegularExpression(QStringLiteral("</?(?:em|i)\\b[^>]*>"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("*")},
        {QRegularExpression(QStringLiteral("</?code\\b[^>]*>"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("`")},
        {QRegularExpression(QStringLiteral("<a\\b[^>]*href=[\"']([^\"']*)[\"'][^>]*>(.*?)</a>"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("[\\2](\\1)")},
    };
    for (const auto &[re, markdown] : rules)
        line.replace(re, markdown);
    static const QRegularExpression anyTag(QStringLiteral("<[^>]*>"));
    line.replace(anyTag, QString());
    return line.contains(QLatin1Char('&')) ? entitiesDecoded(line) : line;
}

} // namespace

QString HeadingShapes::pseudoHeading(const QString &line, bool beforeList)
{
    const QString t = line.trimmed();
    // "📅 Timeline: how it went" before a list: the name of a part with a list leads the line,
    // and the rest stays in the heading.
    static const QRegularExpression lead(QStringLiteral("^([^:*#`|<>\\[\\]]{2,60}?):\\s+\\S"));
    if (const auto m = lead.match(t); m.hasMatch() && beforeList && t.size() <= 400) {
        const auto topic = SectionMatcher::match(m.captured(1));
        if (topic && topic->exact &&
            (topic->topic == Topic::Timeline || topic->topic == Topic::Actions))
            return t;
    }
    if (t.isEmpty() || t.size() > 90)
        return {};
    // "**Timeline:**", "**Timeline**:", "***Root cause***", "__Impact__"
    static const QRegularExpression bold(
        QStringLiteral("^(\\*{2,3}|_{2,3})([^*_]+?)\\s*:?\\s*\\1\\s*:?$"));
    if (const auto m = bold.match(t); m.hasMatch()) {
        const QString text = m.captured(2).trimmed();
        const bool sentence = text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('!'));
        return text.isEmpty() || sentence || wordCount(text) > 8 ? QString() : text;
    }
    // "#Heading": cmark wants a space.
    static const QRegularExpression noSpace(QStringLiteral("^#{1,4}(?=[^#\\s\\d])"));
    if (noSpace.match(t).hasMatch() && wordCount(t) <= 10)
        return t.mid(t.lastIndexOf(QLatin1Char('#'), 3) + 1).trimmed();
    // "Timeline:" before a list; "Root cause:" or "Action Items" alone.
    static const QRegularExpression colon(QStringLiteral("^([^:*#`|<>\\[\\]]{2,60}?)\\s*:?$"));
    if (const auto m = colon.match(t); m.hasMatch() && wordCount(m.captured(1)) <= 5) {
        const QString text = m.captured(1).trimmed();
        const bool endsInColon = t.endsWith(QLatin1Char(':'));
        if (namesAPart(text) ||
            (endsInColon && beforeList && text.at(0).isUpper() && wordCount(text) <= 3))
            return text;
    }
    return {};
}

QStringList HeadingShapes::htmlAsMarkdown(const QStringList &html)
{
    static const QRegularExpression heading(
        QStringLiteral("^\\s*<h([1-6])\\b[^>]*>(.*?)</h\\1>\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression item(QStringLiteral("<li\\b[^>]*>"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression breaks(QStringLiteral("<br\\s*/?>|</p>|</li>|</div>|</tr>"),
                                           QRegularExpression::CaseInsensitiveOption);
    // What is not text for a reader: comments, styles, scripts, a document's head.
    static const QRegularExpression hidden(
        QStringLiteral("<!--.*?-->|<(style|script|head|title)\\b[^>]*>.*?</\\1>|<!DOCTYPE[^>]*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    QStringList out;
    QString text = html.join(QLatin1Char('\n'));
    text.replace(hidden, QString());
    text.replace(item, QStringLiteral("\n- "));
    text.replace(breaks, QStringLiteral("\n"));
    static const QRegularExpression headingEnd(QStringLiteral("(</h[1-6]>)"),
                                               QRegularExpression::CaseInsensitiveOption);
    text.replace(headingEnd, QStringLiteral("\\1\n")); // a heading is a line of its own
    static const QRegularExpression headingStart(QStringLiteral("(<h[1-6]\\b)"),
                                                 QRegularExpression::CaseInsensitiveOption);
    text.replace(headingStart, QStringLiteral("\n\\1"));
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        if (const auto m = heading.match(raw); m.hasMatch()) {
            out << QString(m.captured(1).toInt(), QLatin1Char('#')) + QLatin1Char(' ') +
                       inlineMarkdown(m.captured(2)).trimmed();
            continue;
        }
        const QString line = inlineMarkdown(raw).trimmed();
        if (!line.isEmpty() && line != QLatin1String("-"))
            out << line;
    }
    return out;
}

QStringList HeadingShapes::rewrite(const QStringList &lines, const MarkdownOutline &outline,
                                   int frontMatterEnd)
{
    const QList<MarkdownOutline::Block> &blocks = outline.blocks();
    const int sections = sectionLevel(blocks);
    bool inPart = false; // below a section heading: other headings are its subheadings
    QList<std::pair<MarkdownOutline::Block, QStringList>> replacements;
    for (qsizetype k = 0; k < blocks.size(); ++k) {
        const MarkdownOutline::Block &b = blocks.at(k);
        if (b.first <= frontMatterEnd || outline.isInCode(b.first))
            continue;
        if (b.kind == Kind::Heading) {
            inPart = inPart || b.level <= sections;
            continue;
        }
        if (b.kind == Kind::Other && lines.at(b.first).trimmed().startsWith(QLatin1Char('<'))) {
            replacements.append({b, htmlAsMarkdown(lines.mid(b.first, b.last - b.first + 1))});
            continue;
        }
        if (b.kind != Kind::Paragraph)
            continue;
        const bool beforeList =
            (b.first == b.last && k + 1 < blocks.size() && blocks.at(k + 1).kind == Kind::List) ||
            (b.first < b.last && lines.at(b.first + 1).trimmed().startsWith(QLatin1Char('-')));
        const QString text = pseudoHeading(lines.at(b.first), beforeList);
        if (text.isEmpty())
            continue;
        const bool part = namesAPart(text) || !inPart;
        inPart = inPart || part;
        QStringList replaced = lines.mid(b.first, b.last - b.first + 1);
        replaced[0] =
            QString(part ? sections : sections + 1, QLatin1Char('#')) + QLatin1Char(' ') + text;
        replacements.append({b, replaced});
    }
    if (replacements.isEmpty())
        return lines;
    QStringList out;
    int next = 0;
    for (const auto &[b, replaced] : replacements) {
        out += lines.mid(next, b.first - next);
        out += replaced;
        // A list or paragraph right after an HTML block needs a blank line to stand apart.
        if (b.kind == Kind::Other)
            out << QString();
        next = b.last + 1;
    }
    out += lines.mid(next);
    return out;
}

} // namespace debrief
