// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/commands/RemoveItemCommand.h"

#include "document/ReportDocument.h"
#include "document/commands/ItemText.h"

#include <QCoreApplication>

namespace debrief {

RemoveItemCommand::RemoveItemCommand(ReportDocument *doc, ReportPart part, int index)
    : m_doc(doc)
    , m_part(part)
    , m_index(index)
{
    setText(QCoreApplication::translate("RemoveItemCommand", "Remove %1")
                .arg(ItemText::partName(part)));
}

void RemoveItemCommand::undo()
{
    m_doc->applyInsert(m_index, m_removed);
}

void RemoveItemCommand::redo()
{
    m_removed = m_doc->applyRemove(m_part, m_index);
}

} // namespace debrief
