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

} // namespace

PagePlan PagePlan::make(QTextDocument &doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const qreal end = layout->documentSize().height();
    QList<qreal> cuts; // where a page may start: line tops and row tops
    QList<Span> keep;  // spans no page may start inside

    QHash<int, QList<Row>> rowsByTable; // keyed by the table's first position
    struct Header
    {
        Span header;
        Span body;
    };
    QList<Header> headers;
    QList<QTextTable *> tables;
    collectTables(doc.rootFrame(), &tables);
    for (QTextTable *table : std::as_const(tables)) {
        const QList<Row> rows = tableRows(doc, table);
        rowsByTable.insert(table->firstPosition(), rows);
        const int headerRows = table->format().headerRowCount();
        if (headerRows > 0 && headerRows < rows.size() &&
            rows.at(headerRows - 1).bottom - rows.first().top < pageHeight / 4) {
            headers << Header{{rows.first().top, rows.at(headerRows - 1).bottom},
                              {rows.at(headerRows).top, rows.last().bottom}};
            // Header rows never end a page alone.
            keep << Span{rows.first().top, rows.at(headerRows).bottom};
        }
        for (const Row &row : rows) {
            cuts << row.top;
            if (row.bottom - row.top < pageHeight)
                keep << Span{row.top, row.bottom};
        }
    }

    qreal headingTop = -1;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *text = block.layout();
        if (!text || text->lineCount() == 0)
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        const qreal base = rect.top() - text->boundingRect().top();
        for (int i = 0; i < text->lineCount(); ++i)
            cuts << base + text->lineAt(i).y();
        // A figure (an image and its caption) stays together.
        if (text->lineCount() > 1 && rect.height() < pageHeight &&
            block.text().contains(QChar::ObjectReplacementCharacter))
            keep << Span{base, base + text->boundingRect().bottom()};
        if (headingTop >= 0) {
            // A heading stays with what follows it: the next line, or a table's first rows.
            qreal until = base + text->lineAt(0).rect().bottom();
            if (auto *table = qobject_cast<QTextTable *>(doc.frameAt(block.position()))) {
                const QList<Row> rows = rowsByTable.value(table->firstPosition());
                if (!rows.isEmpty())
                    until =
                        std::max(until, rows.at(std::min<qsizetype>(1, rows.size() - 1)).bottom);
            }
            if (until - headingTop < pageHeight / 2)
                keep << Span{headingTop, until};
            headingTop = -1;
        }
        if (block.blockFormat().headingLevel() > 0)
            headingTop = base + text->lineAt(0).y();
    }

    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::sort(keep.begin(), keep.end(), [](const Span &a, const Span &b) { return a.top < b.top; });
    // Merged into disjoint spans, so one binary search answers "inside a kept span?".
    QList<Span> merged;
    for (const Span &s : std::as_const(keep)) {
        if (!merged.isEmpty() && s.top < merged.last().bottom)
            merged.last().bottom = std::max(merged.last().bottom, s.bottom);
        else
            merged << s;
    }
    constexpr qreal eps = 0.5;
    auto allowed = [&merged](qreal y) {
        auto it = std::upper_bound(merged.cbegin(), merged.cend(), y,
                                   [](qreal v, const Span &s) { return v < s.top + eps; });
        return it == merged.cbegin() || !(y < std::prev(it)->bottom - eps);
    };
    QList<qreal> good;
    for (qreal y : std::as_const(cuts))
        if (allowed(y))
            good << y;

    // The best start for the next page: the lowest allowed cut that fits, unless that leaves
    // this page less than a third full; then any line top; then wherever the page ends.
    auto lastAtOrBelow = [](const QList<qreal> &list, qreal from, qreal limit) -> qreal {
        auto it = std::upper_bound(list.cbegin(), list.cend(), limit);
        if (it == list.cbegin())
            return -1;
        const qreal y = *std::prev(it);
        return y > from ? y : -1;
    };
    // The header a page starting at `y` repeats, if it starts inside a table's body.
    auto headerAt = [&headers](qreal y) -> Span {
        for (const Header &h : std::as_const(headers))
            if (y > h.body.top + eps && y < h.body.bottom - eps)
                return h.header;
        return {0, 0};
    };
    PagePlan plan;
    Page page;
    while (true) {
        const Span header = headerAt(page.top);
        page.headerTop = header.top;
        page.headerBottom = header.bottom;
        const qreal room = pageHeight - (header.bottom - header.top);
        if (end - page.top <= room)
            break;
        const qreal limit = page.top + room;
        qreal next = lastAtOrBelow(good, page.top + room / 3, limit);
        if (next < 0)
            next = lastAtOrBelow(cuts, page.top + 1, limit);
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
