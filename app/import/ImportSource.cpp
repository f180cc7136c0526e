// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/ImportSource.h"

#include "import/HeadingShapes.h"

#include <QRegularExpression>

namespace debrief {

namespace {

QStringList normalizedLines(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text.split(QLatin1Char('\n'));
}

// YAML front matter: "---" on the first line up to "---" or "..." within 200 lines.
int findFrontMatterEnd(const QStringList &lines)
{
    if (lines.first().trimmed() != QLatin1String("---"))
        return -1;
    for (int i = 1; i < std::min<int>(int(lines.size()), 200); ++i) {
        const QString t = lines.at(i).trimmed();
        if (t == QLatin1String("---") || t == QLatin1String("..."))
            return i;
    }
    return -1;
}

// A whole report pasted inside a ```markdown fence (often left unclosed): the fence lines go,
// so the report reads as Markdown rather than as one code block.
void unwrapMarkdownFence(QStringList *lines)
{
    static const QRegularExpression open(
        QStringLiteral("^\\s{0,3}(`{3,}|~{3,})\\s*(?:markdown|md)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    int first = -1, seen = 0;
    for (int i = 0; i < lines->size() && first < 0 && seen < 2; ++i) {
        if (lines->at(i).trimmed().isEmpty())
            continue;
        ++seen;
        if (open.match(lines->at(i)).hasMatch())
            first = i;
    }
    if (first < 0)
        return;
    const QString fence = open.match(lines->at(first)).captured(1);
    int last = int(lines->size()) - 1;
    while (last > first && lines->at(last).trimmed().isEmpty())
        --last;
    for (int i = first + 1; i < last; ++i) {
        if (lines->at(i).trimmed().startsWith(fence.left(3)))
            return; // closed before the end: a Markdown example, not the report
    }
    (*lines)[first].clear();
    if (last > first && lines->at(last).trimmed().startsWith(fence.left(3)))
        (*lines)[last].clear();
}

} // namespace

ImportSource::ImportSource(const QString &markdown)
    : m_lines(normalizedLines(markdown))
    , m_consumed(m_lines.size(), false)
    , m_frontMatterEnd(findFrontMatterEnd(m_lines))
{
    unwrapMarkdownFence(&m_lines);
    // Front matter is not Markdown: cmark sees blank lines in its place.
    QStringList forCmark = m_lines;
    for (int i = 0; i <= m_frontMatterEnd; ++i)
        forCmark[i].clear();
    m_outline = MarkdownOutline::parse(forCmark);
    // Headings written as bold lines, colon lines or HTML become ATX ones, read again.
    QStringList rewritten = HeadingShapes::rewrite(forCmark, m_outline, m_frontMatterEnd);
    if (rewritten == forCmark)
        return;
    for (int i = 0; i <= m_frontMatterEnd; ++i)
        rewritten[i] = m_lines.at(i);
    m_lines = rewritten;
    m_consumed = QList<bool>(m_lines.size(), false);
    for (int i = 0; i <= m_frontMatterEnd; ++i)
        rewritten[i].clear();
    m_outline = MarkdownOutline::parse(rewritten);
}

void ImportSource::consume(LineRange range)
{
    for (int i = range.first; i <= range.last; ++i)
        m_consumed[i] = true;
}

QString ImportSource::remainingText(LineRange range) const
{
    QStringList out;
    bool gap = false;
    for (int i = range.first; i <= range.last; ++i) {
        if (m_consumed.at(i)) {
            gap = true;
            continue;
        }
        const QString &line = m_lines.at(i);
        const bool blank = line.trimmed().isEmpty();
        if (blank && gap && !isInCode(i) && (out.isEmpty() || out.last().trimmed().isEmpty()))
            continue;
        out << line;
        if (!blank)
            gap = false;
    }
    while (!out.isEmpty() && out.first().trimmed().isEmpty())
        out.removeFirst();
    while (!out.isEmpty() && out.last().trimmed().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n'));
}

} // namespace debrief
