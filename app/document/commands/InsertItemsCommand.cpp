// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/commands/InsertItemsCommand.h"

#include "document/ReportDocument.h"

namespace debrief {

InsertItemsCommand::InsertItemsCommand(ReportDocument *doc, QList<int> rows,
                                       QList<ReportItem> items, const QString &text)
    : m_doc(doc)
    , m_items(std::move(items))
{
    setText(text);
    for (qsizetype k = 0; k < rows.size(); ++k) {
        if (!m_runs.isEmpty() && rows.at(k) == rows.at(k - 1) + 1)
            ++m_runs.last().count;
        else
            m_runs.append({rows.at(k), k, 1});
    }
}

void InsertItemsCommand::redo()
{
    for (const Run &run : std::as_const(m_runs))
        m_doc->applyInsertRun(run.first, m_items.mid(run.from, run.count));
}

void InsertItemsCommand::undo()
{
    const ReportPart part = partOf(m_items.constFirst());
    for (auto run = m_runs.crbegin(); run != m_runs.crend(); ++run)
        m_doc->applyRemoveRun(part, run->first, int(run->count));
}

} // namespace debrief
