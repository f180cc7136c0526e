// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "document/ReportItem.h"

#include <QUndoCommand>

namespace debrief {

class ReportDocument;

class RemoveItemCommand : public QUndoCommand
{
public:
    RemoveItemCommand(ReportDocument *doc, ReportPart part, int index);
    void undo() override;
    void redo() override;

private:
    ReportDocument *m_doc;
    ReportPart m_part;
    int m_index;
    ReportItem m_removed;
};

} // namespace debrief
