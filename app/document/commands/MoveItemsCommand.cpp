// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/commands/MoveItemsCommand.h"

#include "document/ReportDocument.h"
#include "document/commands/ItemText.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace debrief {

namespace {

// Marks the entries of `order` on one longest increasing run: those rows keep their place
// relative to each other and need not move.
QList<bool> longestIncreasingRun(const QList<int> &order)
{
    QList<int> tails;                      // index into order of the smallest tail per length
    QList<int> previous(order.size(), -1); // predecessor on the best run ending here
    for (int i = 0; i < order.size(); ++i) {
        const auto at = std::lower_bound(tails.begin(), tails.end(), order[i],
                                         [&](int t, int value) { return order[t] < value; });
        const auto length = at - tails.begin();
        previous[i] = length > 0 ? tails[length - 1] : -1;
        if (at == tails.end())
            tails.append(i);
        else
            *at = i;
    }
    QList<bool> kept(order.size(), false);
    for (int i = tails.isEmpty() ? -1 : tails.back(); i >= 0; i = previous[i])
        kept[i] = true;
    return kept;
}

} // namespace

QList<std::pair<int, int>> MoveItemsCommand::movesFor(const QList<int> &order)
{
    // Each moving row is put right after the row that precedes it in the new order, in that
    // order; rows that stay keep their relative order, so the result is `order`.
    const QList<bool> kept = longestIncreasingRun(order);
    QList<int> current(order.size());
    std::iota(current.begin(), current.end(), 0);
    QList<std::pair<int, int>> moves;
    for (int i = 0; i < order.size(); ++i) {
        if (kept[i])
            continue;
        const int from = int(current.indexOf(order[i]));
        int to = 0;
        if (i > 0) {
            const int before = int(current.indexOf(order[i - 1]));
            to = from < before ? before : before + 1;
        }
        if (from == to)
            continue;
        current.move(from, to);
        moves.append({from, to});
    }
    return moves;
}

MoveItemsCommand::MoveItemsCommand(ReportDocument *doc, ReportPart part, const QList<int> &order,
                                   int rows)
    : m_doc(doc)
    , m_part(part)
    , m_moves(movesFor(order))
    , m_order(order)
{
    setText(rows == 1 ? QCoreApplication::translate("MoveItemsCommand", "Move %1")
                            .arg(ItemText::partName(part))
                      : QCoreApplication::translate("MoveItemsCommand", "Move %1 (%n rows)",
                                                    nullptr, rows)
                            .arg(ItemText::partName(part)));
}

void MoveItemsCommand::undo()
{
    if (m_moves.size() > kMaxSingleMoves) {
        QList<int> inverse(m_order.size());
        for (int i = 0; i < m_order.size(); ++i)
            inverse[m_order[i]] = i;
        m_doc->applyReorder(m_part, inverse);
        return;
    }
    for (auto it = m_moves.crbegin(); it != m_moves.crend(); ++it)
        m_doc->applyMove(m_part, it->second, it->first);
}

void MoveItemsCommand::redo()
{
    if (m_moves.size() > kMaxSingleMoves) {
        m_doc->applyReorder(m_part, m_order);
        return;
    }
    for (const auto &[from, to] : std::as_const(m_moves))
        m_doc->applyMove(m_part, from, to);
}

} // namespace debrief
