// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "document/ReportItem.h"

#include <QUndoCommand>

namespace debrief {

class ReportDocument;

class InsertItemCommand : public QUndoCommand
{
public:
    InsertItemCommand(ReportDocument *doc, int index, ReportItem item);
    void undo() override;
    void redo() override;

private:
    ReportDocument *m_doc;
    int m_index;
    ReportItem m_item;
};

} // namespace debrief
