// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/commands/MoveItemCommand.h"

#include "document/ReportDocument.h"
#include "document/commands/ItemText.h"

#include <QCoreApplication>

namespace debrief {

MoveItemCommand::MoveItemCommand(ReportDocument *doc, ReportPart part, int from, int to)
    : m_doc(doc)
    , m_part(part)
    , m_from(from)
    , m_to(to)
{
    setText(
        QCoreApplication::translate("MoveItemCommand", "Move %1").arg(ItemText::partName(part)));
}

void MoveItemCommand::undo()
{
    m_doc->applyMove(m_part, m_to, m_from);
}

void MoveItemCommand::redo()
{
    m_doc->applyMove(m_part, m_from, m_to);
}

} // namespace debrief
