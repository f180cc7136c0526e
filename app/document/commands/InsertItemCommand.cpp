// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/commands/InsertItemCommand.h"

#include "document/ReportDocument.h"
#include "document/commands/ItemText.h"

#include <QCoreApplication>

namespace debrief {

InsertItemCommand::InsertItemCommand(ReportDocument *doc, int index, ReportItem item)
    : m_doc(doc)
    , m_index(index)
    , m_item(std::move(item))
{
    setText(QCoreApplication::translate("InsertItemCommand", "Add %1")
                .arg(ItemText::partName(partOf(m_item))));
}

void InsertItemCommand::undo()
{
    m_doc->applyRemove(partOf(m_item), m_index);
}

void InsertItemCommand::redo()
{
    m_doc->applyInsert(m_index, m_item);
}

} // namespace debrief
