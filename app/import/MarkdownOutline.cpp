// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/MarkdownOutline.h"

#include <QStringList>

#include <cmark.h>

#include <memory>

namespace debrief {

namespace {

struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};

std::unique_ptr<cmark_node, NodeDeleter> parseDocument(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    return std::unique_ptr<cmark_node, NodeDeleter>(
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT));
}

QString textOf(cmark_node *node)
{
    QString out;
    cmark_iter *it = cmark_iter_new(node);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *n = cmark_iter_get_node(it);
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE:
            out += QString::fromUtf8(cmark_node_get_literal(n));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out += QLatin1Char(' ');
            break;
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
            if (!out.isEmpty())
                out += QLatin1Char(' ');
            break;
        default:
            break;
        }
    }
    cmark_iter_free(it);
    return out.trimmed();
}

// cmark lets a block end on the blank line after it; the importer wants the last written line.
int lastWritten(const QStringList &lines, int first, int last)
{
    last = std::min<int>(last, int(lines.size()) - 1);
    while (last > first && lines.at(last).trimmed().isEmpty())
        --last;
    return std::max(first, last);
}

QList<MarkdownOutline::Item> itemsOf(cmark_node *list, const QStringList &lines)
{
    QList<MarkdownOutline::Item> items;
    for (cmark_node *i = cmark_node_first_child(list); i; i = cmark_node_next(i)) {
        MarkdownOutline::Item item;
        item.first = cmark_node_get_start_line(i) - 1;
        item.last = lastWritten(lines, item.first, cmark_node_get_end_line(i) - 1);
        for (cmark_node *c = cmark_node_first_child(i); c; c = cmark_node_next(c)) {
            if (cmark_node_get_type(c) == CMARK_NODE_LIST)
                item.children << itemsOf(c, lines);
        }
        items << item;
    }
    // An item runs until the next one starts, whatever cmark says about blank lines.
    for (qsizetype k = 0; k + 1 < items.size(); ++k)
        items[k].last = lastWritten(lines, items[k].first, items[k + 1].first - 1);
    return items;
}

} // namespace

MarkdownOutline MarkdownOutline::parse(const QStringList &lines)
{
    MarkdownOutline outline;
    const auto doc = parseDocument(lines.join(QLatin1Char('\n')));
    for (cmark_node *n = cmark_node_first_child(doc.get()); n; n = cmark_node_next(n)) {
        Block b;
        b.first = cmark_node_get_start_line(n) - 1;
        b.last = lastWritten(lines, b.first, cmark_node_get_end_line(n) - 1);
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_HEADING:
            b.kind = Kind::Heading;
            b.level = cmark_node_get_heading_level(n);
            b.text = textOf(n);
            break;
        case CMARK_NODE_PARAGRAPH:
            b.kind = Kind::Paragraph;
            break;
        case CMARK_NODE_LIST:
            b.kind = Kind::List;
            b.items = itemsOf(n, lines);
            break;
        case CMARK_NODE_CODE_BLOCK:
            b.kind = Kind::CodeBlock;
            break;
        default:
            break;
        }
        outline.m_blocks << b;
    }
    for (qsizetype k = 0; k + 1 < outline.m_blocks.size(); ++k) {
        Block &b = outline.m_blocks[k];
        b.last = std::min(b.last, std::max(b.first, outline.m_blocks[k + 1].first - 1));
    }

    outline.m_code.resize(lines.size(), false);
    cmark_iter *it = cmark_iter_new(doc.get());
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(it);
        // Code anywhere, nested in lists and quotes too, is never read as structure.
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_CODE_BLOCK) {
            const int last = std::min<int>(cmark_node_get_end_line(n), int(lines.size())) - 1;
            for (int i = std::max(0, cmark_node_get_start_line(n) - 1); i <= last; ++i)
                outline.m_code[i] = true;
        }
        if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(n) != CMARK_NODE_IMAGE)
            continue;
        // Inline nodes carry no source position; the block around them does.
        cmark_node *block = cmark_node_parent(n);
        while (block && cmark_node_get_start_line(block) <= 0)
            block = cmark_node_parent(block);
        if (!block)
            continue;
        outline.m_images << Image{QString::fromUtf8(cmark_node_get_url(n)),
                                  cmark_node_get_start_line(block) - 1,
                                  cmark_node_get_end_line(block) - 1};
    }
    cmark_iter_free(it);
    return outline;
}

QString MarkdownOutline::plainText(const QString &markdown)
{
    return textOf(parseDocument(markdown).get());
}

bool MarkdownOutline::isInCode(int line) const
{
    return m_code.value(line, false);
}

std::span<const MarkdownOutline::Block> MarkdownOutline::blocksIn(int first, int last) const
{
    // Blocks are in source order: a binary search keeps large documents linear.
    auto byFirst = [](const Block &b, int line) { return b.first < line; };
    const auto begin = std::lower_bound(m_blocks.cbegin(), m_blocks.cend(), first, byFirst);
    const auto end = std::lower_bound(begin, m_blocks.cend(), last + 1, byFirst);
    return std::span<const Block>(m_blocks.constData() + (begin - m_blocks.cbegin()),
                                  size_t(end - begin));
}

} // namespace debrief
