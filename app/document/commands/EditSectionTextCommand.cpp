// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/commands/EditSectionTextCommand.h"

#include "document/ReportDocument.h"
#include "document/commands/CommandIds.h"

#include <QCoreApplication>

namespace debrief {

EditSectionTextCommand::EditSectionTextCommand(ReportDocument *doc, int section, int position,
                                               QString removed, QString inserted)
    : m_doc(doc)
    , m_section(section)
    , m_position(position)
    , m_removed(std::move(removed))
    , m_inserted(std::move(inserted))
{
    // By reference: copying the section would copy its whole text on every keystroke.
    const auto &sections = doc->report().sections;
    const QString title = section < sections.size() ? sections.at(section).title : QString();
    setText(QCoreApplication::translate("EditSectionTextCommand", "Typing in %1").arg(title));
}

void EditSectionTextCommand::undo()
{
    m_doc->applySectionEdit(m_section, m_position, int(m_inserted.size()), m_removed);
}

void EditSectionTextCommand::redo()
{
    m_doc->applySectionEdit(m_section, m_position, int(m_removed.size()), m_inserted);
}

int EditSectionTextCommand::id() const
{
    return EditSectionTextId;
}

bool EditSectionTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditSectionTextCommand *>(other);
    if (next->m_section != m_section)
        return false;
    const bool typing = m_removed.isEmpty() && next->m_removed.isEmpty();
    const bool deleting = m_inserted.isEmpty() && next->m_inserted.isEmpty();
    if (typing) {
        if (next->m_position != m_position + m_inserted.size())
            return false;
        if (next->m_inserted.contains(QLatin1Char('\n')) || m_inserted.contains(QLatin1Char('\n')))
            return false;
        // A new word after a space starts a new undo step.
        if (!m_inserted.isEmpty() && m_inserted.back().isSpace() &&
            !next->m_inserted.front().isSpace())
            return false;
        m_inserted += next->m_inserted;
        return true;
    }
    if (deleting) {
        if (next->m_position + next->m_removed.size() == m_position) { // backspace
            m_removed.prepend(next->m_removed);
            m_position = next->m_position;
            return true;
        }
        if (next->m_position == m_position) { // delete key
            m_removed.append(next->m_removed);
            return true;
        }
    }
    return false;
}

} // namespace debrief
