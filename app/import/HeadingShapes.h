// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace debrief {

class MarkdownOutline;

// Headings as people write them, rewritten as the ATX headings the importer reads, before it
// reads anything else: a paragraph line that is only bold (or bold italic) text, with or
// without a colon ("**Timeline:**"); a short line ending in a colon before a list, or a
// line that is only a section's name ("Root cause:", "Action Items"); "#Heading" with no
// space; "<h2>…</h2>". Other HTML blocks become the Markdown they mean (lists, paragraphs,
// emphasis, links; tags dropped, entities decoded), so no text vanishes or stays as tags.
// A recognised heading that names a part of a postmortem is a section heading; one that
// does not ("**Tasks:**", "**March 30**") is a subheading of the part it is in. Code and
// front matter are never touched.
class HeadingShapes
{
public:
    // `outline` is cmark's reading of `lines`; returns the lines to read instead (the same
    // when nothing needed rewriting).
    static QStringList rewrite(const QStringList &lines, const MarkdownOutline &outline,
                               int frontMatterEnd);

    // The heading a single line is, as ATX text without the level ("Timeline"), or empty.
    static QString pseudoHeading(const QString &line, bool beforeList);
    // An HTML block's lines as Markdown.
    static QStringList htmlAsMarkdown(const QStringList &html);
};

} // namespace debrief
