// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "document/ReportItem.h"

#include <QUndoCommand>

namespace debrief {

class ReportDocument;

// Changes fields of one row. Edits of the same row with the same merge key (typing in one
// cell) merge into one step.
class ReplaceItemCommand : public QUndoCommand
{
public:
    ReplaceItemCommand(ReportDocument *doc, int index, ReportItem item, QString mergeKey);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ReportDocument *m_doc;
    int m_index;
    ReportItem m_before;
    ReportItem m_after;
    QString m_mergeKey;
};

} // namespace debrief
