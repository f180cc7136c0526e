// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "render/MarkdownRenderer.h"

#include <QHash>

namespace debrief {

class ReportHtml;
struct Section;

// Renders sections for a live view, remembering each section's last Markdown and blocks.
// When an edit stays inside one line of a top-level paragraph and cannot change the block
// structure, only that paragraph is parsed and rendered again, so typing costs the same in a
// short section and a long one. Everything else takes the full path. Both give the same HTML.
class SectionRenderer
{
public:
    explicit SectionRenderer(const MarkdownRenderer &markdown, const ReportHtml &html);

    QStringList blocks(const Section &section);
    // The anchor of the last rendered block of the section that starts at or before Markdown
    // line `line` (1-based); the heading's anchor when none does.
    QString anchorForLine(const Section &section, int line) const;
    void clear() { m_cache.clear(); }
    int fastRenders() const { return m_fast; }

    // Whether a paragraph line, as edited, still cannot start or end a block of its own.
    static bool isPlainParagraphLine(QStringView line);

private:
    struct Entry
    {
        QString title;
        QString source;
        QList<MarkdownRenderer::Block> blocks;
        bool hasDefinitions = false;
    };
    bool tryFastPath(Entry &entry, const Section &section) const;

    const MarkdownRenderer &m_markdown;
    const ReportHtml &m_html;
    QHash<QString, Entry> m_cache;
    int m_fast = 0;
};

} // namespace debrief
