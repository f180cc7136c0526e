// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "document/ReportItem.h"

#include <QList>
#include <QUndoCommand>

#include <utility>

namespace debrief {

class ReportDocument;

// Puts the rows of one part into a new order in one undo step (a drag of several rows, also
// non-adjacent ones). `order[i]` is the old row that ends up at row i. The permutation is
// applied as the fewest single-row moves (the rows outside a longest run that already keeps
// its order), each through the document's applyMove, so item models see ordinary row moves;
// past a few moves (a sort) it is one reorder, which models see as one layout change.
class MoveItemsCommand : public QUndoCommand
{
public:
    // `rows`: how many rows the user moved, for the undo text.
    MoveItemsCommand(ReportDocument *doc, ReportPart part, const QList<int> &order, int rows);
    void undo() override;
    void redo() override;

    // The single moves (from, to) that turn the identity into `order`, as QList::move does them.
    static QList<std::pair<int, int>> movesFor(const QList<int> &order);

private:
    static constexpr qsizetype kMaxSingleMoves = 8;

    ReportDocument *m_doc;
    ReportPart m_part;
    QList<std::pair<int, int>> m_moves;
    QList<int> m_order;
};

} // namespace debrief
