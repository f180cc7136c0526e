// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "document/ReportItem.h"

#include <QUndoCommand>

namespace debrief {

class ReportDocument;

class MoveItemCommand : public QUndoCommand
{
public:
    MoveItemCommand(ReportDocument *doc, ReportPart part, int from, int to);
    void undo() override;
    void redo() override;

private:
    ReportDocument *m_doc;
    ReportPart m_part;
    int m_from;
    int m_to;
};

} // namespace debrief
