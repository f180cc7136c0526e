// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>

class QTextDocument;

namespace debrief {

// Where a laid-out document breaks into pages. The document is laid out once as one long
// column; pages then cut it only between lines, never through a table row (unless the row is
// taller than a page), and never right after a heading. Page i shows [top(i), bottom(i)).
class PagePlan
{
public:
    static PagePlan make(QTextDocument &doc, qreal pageHeight);

    int pageCount() const { return int(m_pages.size()); }
    qreal top(int page) const { return m_pages.at(page).top; }
    qreal bottom(int page) const { return m_pages.at(page).bottom; }
    // A page that starts inside a table with header rows repeats them first: the span of the
    // document to draw above the page's own slice (empty when there is none).
    qreal headerTop(int page) const { return m_pages.at(page).headerTop; }
    qreal headerHeight(int page) const
    {
        return m_pages.at(page).headerBottom - m_pages.at(page).headerTop;
    }

private:
    struct Page
    {
        qreal top = 0;
        qreal bottom = 0;
        qreal headerTop = 0;
        qreal headerBottom = 0;
    };
    QList<Page> m_pages;
};

} // namespace debrief
