// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QUndoCommand>

namespace debrief {

class ReportDocument;

// One splice of a section's Markdown. Typing and deleting merge until a word boundary or a new
// line, so undo steps back by words, not by keystrokes.
class EditSectionTextCommand : public QUndoCommand
{
public:
    EditSectionTextCommand(ReportDocument *doc, int section, int position, QString removed,
                           QString inserted);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ReportDocument *m_doc;
    int m_section;
    int m_position;
    QString m_removed;
    QString m_inserted;
};

} // namespace debrief
