// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/PagePlan.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QTextTableCell>

#include <algorithm>

namespace debrief {

namespace {

struct Span
{
    qreal top;
    qreal bottom;
};

struct Row
{
    qreal top = 0;
    qreal bottom = 0;
};

// A table's header rows and the body they are repeated above on a new page.
struct Header
{
    Span header;
    Span body;
};

// The rows of a table, each from the top of its highest cell to the bottom of its deepest.
QList<Row> tableRows(QTextDocument &doc, QTextTable *table)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const qreal tablePad = table->format().cellPadding() + table->format().border();
    QList<Row> rows;
    for (int r = 0; r < table->rows(); ++r) {
        Row row{1e12, -1e12};
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (!cell.isValid() || cell.row() != r)
                continue;
            // CSS padding lands in the cell's own format, the HTML attribute in the table's.
            const QTextTableCellFormat format = cell.format().toTableCellFormat();
            const QRectF first = layout->blockBoundingRect(cell.firstCursorPosition().block());
            const QRectF last = layout->blockBoundingRect(cell.lastCursorPosition().block());
            row.top = std::min(row.top, first.top() - std::max(tablePad, format.topPadding()));
            row.bottom =
                std::max(row.bottom, last.bottom() + std::max(tablePad, format.bottomPadding()));
        }
        if (row.top < row.bottom)
            rows << row;
    }
    return rows;
}

void collectTables(QTextFrame *frame, QList<QTextTable *> *out)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            *out << table;
        collectTables(child, out);
    }
}

// Everything layout tells about where pages may and may not start.
struct Constraints
{
    QList<qreal> cuts; // where a page may start: line tops and row tops
    QList<Span> keep;  // spans no page may start inside
    QList<Header> headers;
    QHash<int, QList<Row>> rowsByTable; // keyed by the table's first position
};

// Row tops are cuts; a row shorter than a page stays whole; header rows never end a page alone.
void addTables(QTextDocument &doc, qreal pageHeight, Constraints *c)
{
    QList<QTextTable *> tables;
    collectTables(doc.rootFrame(), &tables);
    for (QTextTable *table : std::as_const(tables)) {
        const QList<Row> rows = tableRows(doc, table);
        c->rowsByTable.insert(table->firstPosition(), rows);
        const int headerRows = table->format().headerRowCount();
        if (headerRows > 0 && headerRows < rows.size() &&
            rows.at(headerRows - 1).bottom - rows.first().top < pageHeight / 4) {
            c->headers << Header{{rows.first().top, rows.at(headerRows - 1).bottom},
                                 {rows.at(headerRows).top, rows.last().bottom}};
            c->keep << Span{rows.first().top, rows.at(headerRows).bottom};
        }
        for (const Row &row : rows) {
            c->cuts << row.top;
            if (row.bottom - row.top < pageHeight)
                c->keep << Span{row.top, row.bottom};
        }
    }
}

// How far down a heading keeps what follows it on its page: its next line, or a
// table's first rows.
qreal headingKeepsUntil(QTextDocument &doc, const QTextBlock &block, qreal lineBottom,
                        const Constraints &c)
{
    qreal until = lineBottom;
    if (auto *table = qobject_cast<QTextTable *>(doc.frameAt(block.position()))) {
        const QList<Row> rows = c.rowsByTable.value(table->firstPosition());
        if (!rows.isEmpty())
            until = std::max(until, rows.at(std::min<qsizetype>(1, rows.size() - 1)).bottom);
    }
    return until;
}

// Line tops are cuts; a figure (an image and its caption) stays together; a heading stays
// with what follows it.
void addLines(QTextDocument &doc, qreal pageHeight, Constraints *c)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    qreal headingTop = -1;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *text = block.layout();
        if (!text || text->lineCount() == 0)
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        const qreal base = rect.top() - text->boundingRect().top();
        for (int i = 0; i < text->lineCount(); ++i)
            c->cuts << base + text->lineAt(i).y();
        if (text->lineCount() > 1 && rect.height() < pageHeight &&
            block.text().contains(QChar::ObjectReplacementCharacter))
            c->keep << Span{base, base + text->boundingRect().bottom()};
        if (headingTop >= 0) {
            const qreal until =
                headingKeepsUntil(doc, block, base + text->lineAt(0).rect().bottom(), *c);
            if (until - headingTop < pageHeight / 2)
                c->keep << Span{headingTop, until};
            headingTop = -1;
        }
        if (block.blockFormat().headingLevel() > 0)
            headingTop = base + text->lineAt(0).y();
    }
}

constexpr qreal kEps = 0.5;

// The cuts outside every kept span. The spans are merged into disjoint ones first, so one
// binary search answers "inside a kept span?".
QList<qreal> allowedCuts(const QList<qreal> &cuts, QList<Span> keep)
{
    std::sort(keep.begin(), keep.end(), [](const Span &a, const Span &b) { return a.top < b.top; });
    QList<Span> merged;
    for (const Span &s : std::as_const(keep)) {
        if (!merged.isEmpty() && s.top < merged.last().bottom)
            merged.last().bottom = std::max(merged.last().bottom, s.bottom);
        else
            merged << s;
    }
    QList<qreal> good;
    for (qreal y : cuts) {
        auto it = std::upper_bound(merged.cbegin(), merged.cend(), y,
                                   [](qreal v, const Span &s) { return v < s.top + kEps; });
        if (it == merged.cbegin() || !(y < std::prev(it)->bottom - kEps))
            good << y;
    }
    return good;
}

// The last of the sorted `list` in (from, limit], or -1.
qreal lastAtOrBelow(const QList<qreal> &list, qreal from, qreal limit)
{
    auto it = std::upper_bound(list.cbegin(), list.cend(), limit);
    if (it == list.cbegin())
        return -1;
    const qreal y = *std::prev(it);
    return y > from ? y : -1;
}

// The header a page starting at `y` repeats, if it starts inside a table's body.
Span headerAt(const QList<Header> &headers, qreal y)
{
    for (const Header &h : headers)
        if (y > h.body.top + kEps && y < h.body.bottom - kEps)
            return h.header;
    return {0, 0};
}

} // namespace

PagePlan PagePlan::make(QTextDocument &doc, qreal pageHeight)
{
    const qreal end = doc.documentLayout()->documentSize().height();
    Constraints c;
    addTables(doc, pageHeight, &c);
    addLines(doc, pageHeight, &c);
    std::sort(c.cuts.begin(), c.cuts.end());
    c.cuts.erase(std::unique(c.cuts.begin(), c.cuts.end()), c.cuts.end());
    const QList<qreal> good = allowedCuts(c.cuts, c.keep);

    // The best start for the next page: the lowest allowed cut that fits, unless that leaves
    // this page less than a third full; then any line top; then wherever the page ends.
    PagePlan plan;
    Page page;
    while (true) {
        const Span header = headerAt(c.headers, page.top);
        page.headerTop = header.top;
        page.headerBottom = header.bottom;
        const qreal room = pageHeight - (header.bottom - header.top);
        if (end - page.top <= room)
            break;
        const qreal limit = page.top + room;
        qreal next = lastAtOrBelow(good, page.top + room / 3, limit);
        if (next < 0)
            next = lastAtOrBelow(c.cuts, page.top + 1, limit);
        if (next < 0)
            next = limit;
        page.bottom = next;
        plan.m_pages << page;
        page = Page{next, 0, 0, 0};
    }
    page.bottom = end;
    plan.m_pages << page;
    return plan;
}

} // namespace debrief
