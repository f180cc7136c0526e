// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/commands/ReplaceItemCommand.h"

#include "document/ReportDocument.h"
#include "document/commands/CommandIds.h"
#include "document/commands/ItemText.h"

#include <QCoreApplication>

namespace debrief {

ReplaceItemCommand::ReplaceItemCommand(ReportDocument *doc, int index, ReportItem item,
                                       QString mergeKey)
    : m_doc(doc)
    , m_index(index)
    , m_before(doc->itemAt(partOf(item), index))
    , m_after(std::move(item))
    , m_mergeKey(std::move(mergeKey))
{
    setText(QCoreApplication::translate("ReplaceItemCommand", "Edit %1")
                .arg(ItemText::partName(partOf(m_after))));
}

void ReplaceItemCommand::undo()
{
    m_doc->applyReplace(m_index, m_before);
}

void ReplaceItemCommand::redo()
{
    m_doc->applyReplace(m_index, m_after);
}

int ReplaceItemCommand::id() const
{
    return ReplaceItemId;
}

bool ReplaceItemCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ReplaceItemCommand *>(other);
    if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey || next->m_index != m_index ||
        partOf(next->m_after) != partOf(m_after))
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace debrief
