// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/ReportMetadata.h"

#include <QObject>

class QAction;

namespace debrief {

class NavigationPanel;
class ReportDocument;

// Undo and redo that show the part they change, so nothing changes out of sight. The window's
// Undo and Redo actions wrap the document's stack; their text still names the step.
class UndoFollower : public QObject
{
    Q_OBJECT
public:
    UndoFollower(ReportDocument *doc, NavigationPanel *navigation, QAction *undo, QAction *redo,
                 QObject *parent = nullptr);

    void undo() { step(true); }
    void redo() { step(false); }

Q_SIGNALS:
    // A step was undone or redone: the part now shown may need refreshing (a section's title).
    void stepped();

private:
    void step(bool undo);
    void follow(int partsRow);
    void updateActions();

    ReportDocument *m_doc;
    NavigationPanel *m_navigation;
    QAction *m_undo;
    QAction *m_redo;
    bool m_following = false;
    ReportMetadata m_metadata; // as last seen, to tell which part a change belongs to
};

} // namespace debrief
