// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/MarkdownOutline.h"

#include <QList>
#include <QStringList>

#include <span>

namespace debrief {

// Lines [first, last] of a source, both inclusive; empty when last < first.
struct LineRange
{
    int first = 0;
    int last = -1;

    bool contains(int line) const { return line >= first && line <= last; }
};

// The Markdown being imported, shared by the importer's phases and parsers: its lines (line
// ends normalised, a BOM dropped), the outline cmark gives, and which lines a parser has
// consumed. What is not consumed stays in the report as written.
class ImportSource
{
public:
    explicit ImportSource(const QString &markdown);

    const QStringList &lines() const { return m_lines; }
    const QString &line(int i) const { return m_lines.at(i); }
    int lineCount() const { return int(m_lines.size()); }
    LineRange all() const { return {0, lineCount() - 1}; }
    // Only ImageEmbedder rewrites lines (image destinations); a line is never added or removed.
    void setLine(int i, const QString &text) { m_lines[i] = text; }

    const MarkdownOutline &outline() const { return m_outline; }
    bool isInCode(int i) const { return m_outline.isInCode(i); }
    // The top-level blocks that start inside `range`.
    std::span<const MarkdownOutline::Block> blocksIn(LineRange range) const
    {
        return m_outline.blocksIn(range.first, range.last);
    }

    // The closing "---" or "..." of YAML front matter, or -1. Front matter is blank to cmark.
    int frontMatterEnd() const { return m_frontMatterEnd; }

    bool isConsumed(int i) const { return m_consumed.at(i); }
    void consume(int i) { m_consumed[i] = true; }
    void consume(LineRange range);
    // Which lines of `range` are consumed, to put back with restore() when a guess fails.
    QList<bool> consumedIn(LineRange range) const
    {
        return m_consumed.mid(range.first, range.last - range.first + 1);
    }
    void restore(LineRange range, const QList<bool> &consumed)
    {
        for (int i = range.first; i <= range.last; ++i)
            m_consumed[i] = consumed.at(i - range.first);
    }
    // The unconsumed lines of `range` as one text. Where consumed lines leave blank lines next
    // to each other, one is kept; everything else stays exactly as written.
    QString remainingText(LineRange range) const;

private:
    QStringList m_lines;
    QList<bool> m_consumed;
    int m_frontMatterEnd = -1;
    MarkdownOutline m_outline;
};

} // namespace debrief
