// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QAction;
class QKeySequence;
class QWidget;

namespace debrief {

// Every window-wide action, created once with its text, icon and shortcut. The window lays
// them out in menus and the toolbar; the controllers connect the ones they own. Actions are
// reached as members, never looked up by name.
class AppActions : public QObject
{
    Q_OBJECT
public:
    // The actions are added to `window` so their shortcuts work with the menu bar hidden.
    explicit AppActions(QWidget *window);

    QAction *const fileNew;
    QAction *const fileOpen;
    QAction *const fileSave;
    QAction *const fileSaveAs;
    QAction *const fileImport;
    QAction *const fileExport;
    QAction *const fileKeepBackup; // checkable: keep NAME.pmd~ on save
    QAction *const fileClose;
    QAction *const fileQuit;

    QAction *const editUndo;
    QAction *const editRedo;

    QAction *const sectionAdd;
    QAction *const sectionRename;
    QAction *const sectionRemove;
    QAction *const sectionUp;
    QAction *const sectionDown;

    QAction *const viewPreviousPart;
    QAction *const viewNextPart;
    QAction *const viewGoTo;
    QAction *const viewReadOnly; // checkable: review without editing

    QAction *const helpAbout;
};

} // namespace debrief
