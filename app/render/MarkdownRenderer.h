// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace debrief {

class CodeHighlighter;

// The one place Markdown becomes HTML: libcmark in its default safe mode (raw HTML and
// javascript:/vbscript:/file: links never pass), fenced code highlighted, images limited to
// the report's own attachments, anchors on top-level blocks for the preview to scroll to.
// Pure: no widgets, no I/O; safe to use from any thread that owns its CodeHighlighter.
class MarkdownRenderer
{
public:
    explicit MarkdownRenderer(CodeHighlighter &code);

    // anchorPrefix non-empty: each top-level block gets <a name="{prefix}{line}"> with the
    // Markdown line (1-based) it starts on.
    QString toHtml(const QString &markdown, const QString &anchorPrefix = {}) const;
    // The same HTML, one string per top-level block, so a view can replace only the blocks
    // that changed.
    QStringList toHtmlBlocks(const QString &markdown, const QString &anchorPrefix = {}) const;

    struct Block
    {
        QString html;
        int firstLine = 0; // Markdown lines, 1-based, plus the lineOffset given
        int lastLine = 0;
        bool paragraph = false;
        int anchorLine = -1; // the line in the block's anchor name; -1: no anchor
    };
    // The blocks with where they came from. lineOffset shifts the lines (and anchors) for a
    // piece of Markdown cut out of a longer text.
    QList<Block> renderBlocks(const QString &markdown, const QString &anchorPrefix = {},
                              int lineOffset = 0) const;
    // One paragraph's inline HTML without the <p> (timeline descriptions, table cells).
    QString inlineHtml(const QString &markdown) const;

    static constexpr char kAttachmentScheme[] = "attachment";

private:
    CodeHighlighter &m_code;
};

} // namespace debrief
