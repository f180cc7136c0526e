#pragma once

#include <QList>

class QTextDocument;

namespace debrief {

// Where a laid-out document breaks into pages. The document is laid out once as one long
// column; pages then cut it only between lines, never through a table row (unless the row is
// taller than a page), and never right after a heading. Page i shows [tops[i], tops[i + 1]).
class PagePlan
{
public:
    static PagePlan make(QTextDocument &doc, qreal pageHeight);

    int pageCount() const { return int(m_tops.size()) - 1; }
    qreal top(int page) const { return m_tops.at(page); }
    qreal bottom(int page) const { return m_tops.at(page + 1); }

private:
    QList<qreal> m_tops; // page tops and, last, the document's end
};

} // namespace debrief
