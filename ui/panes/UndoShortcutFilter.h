// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

namespace debrief {

// Line edits and spin boxes keep a private undo history and claim Ctrl+Z for it. Installed on
// them, this filter hands Undo and Redo to the window so they act on the whole report.
class UndoShortcutFilter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Installs one filter on every editable child of `root`.
    static void installOn(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace debrief
