// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "document/ReportItem.h"

#include <QUndoCommand>

namespace debrief {

class ReportDocument;

// Many rows of one part inserted at once (an import from a chat log): each run of adjacent
// new rows is one insertion for the views, so 10,000 entries are not 10,000 updates.
class InsertItemsCommand : public QUndoCommand
{
public:
    // rows[k] is the row items[k] takes once items[0..k-1] are in; rows ascend.
    InsertItemsCommand(ReportDocument *doc, QList<int> rows, QList<ReportItem> items,
                       const QString &text);
    void undo() override;
    void redo() override;

private:
    struct Run
    {
        int first;
        qsizetype from; // into m_items
        qsizetype count;
    };

    ReportDocument *m_doc;
    QList<ReportItem> m_items;
    QList<Run> m_runs;
};

} // namespace debrief
