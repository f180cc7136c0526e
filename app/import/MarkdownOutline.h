// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

#include <span>

namespace debrief {

// The block structure of a Markdown document as cmark sees it, in 0-based source lines, so the
// importer can cut the source into parts and keep every part's text exactly as written.
class MarkdownOutline
{
public:
    enum class Kind { Heading, Paragraph, List, CodeBlock, Other };

    struct Item
    {
        int first = 0;
        int last = 0;
        QList<Item> children; // items of lists nested in this one
    };

    struct Block
    {
        Kind kind = Kind::Other;
        int first = 0;
        int last = 0;
        int level = 0; // headings
        QString text;  // headings: the plain text, escapes and emphasis resolved
        QList<Item> items;
    };

    // An image as cmark read it (escapes resolved), with the lines of the block that holds it.
    struct Image
    {
        QString url;
        int first = 0;
        int last = 0;
    };

    static MarkdownOutline parse(const QStringList &lines);
    // Inline Markdown as plain text: "**SEV2**" and "SEV\\2" both give "SEV2".
    static QString plainText(const QString &markdown);

    const QList<Block> &blocks() const { return m_blocks; }
    // The top-level blocks that start in [first, last].
    std::span<const Block> blocksIn(int first, int last) const;
    const QList<Image> &images() const { return m_images; }
    bool isInCode(int line) const;

private:
    QList<Block> m_blocks;
    QList<Image> m_images;
    QList<bool> m_code; // per line: inside a code block
};

} // namespace debrief
