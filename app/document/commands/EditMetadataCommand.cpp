// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/commands/EditMetadataCommand.h"

#include "document/ReportDocument.h"
#include "document/commands/CommandIds.h"

#include <QCoreApplication>

namespace debrief {

EditMetadataCommand::EditMetadataCommand(ReportDocument *doc, ReportMetadata before,
                                         ReportMetadata after, QString mergeKey)
    : m_doc(doc)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(std::move(mergeKey))
{
    setText(m_mergeKey.isEmpty()
                ? QCoreApplication::translate("EditMetadataCommand", "Edit Overview")
                : QCoreApplication::translate("EditMetadataCommand", "Edit %1").arg(m_mergeKey));
}

void EditMetadataCommand::undo()
{
    m_doc->applyMetadata(m_before);
}

void EditMetadataCommand::redo()
{
    m_doc->applyMetadata(m_after);
}

int EditMetadataCommand::id() const
{
    return EditMetadataId;
}

bool EditMetadataCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditMetadataCommand *>(other);
    if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace debrief
