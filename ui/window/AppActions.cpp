// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "window/AppActions.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QWidget>

namespace debrief {

namespace {
QKeySequence ctrlShift(Qt::Key key)
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | key);
}

QAction *make(QWidget *window, const char *name, const QString &text, const char *icon,
              const QKeySequence &key)
{
    auto *a = new QAction(QIcon::fromTheme(QLatin1String(icon)), text, window);
    a->setObjectName(QLatin1String(name));
    if (!key.isEmpty())
        a->setShortcut(key);
    window->addAction(a); // window-wide shortcut even when the menu bar is hidden
    return a;
}
} // namespace

AppActions::AppActions(QWidget *window)
    : QObject(window)
    , fileNew(make(window, "fileNew", tr("&New…"), "document-new", QKeySequence::New))
    , fileOpen(make(window, "fileOpen", tr("&Open…"), "document-open", QKeySequence::Open))
    , fileSave(make(window, "fileSave", tr("&Save"), "document-save", QKeySequence::Save))
    , fileSaveAs(
          make(window, "fileSaveAs", tr("Save &As…"), "document-save-as", QKeySequence::SaveAs))
    , fileImport(make(window, "fileImport", tr("&Import Markdown…"), "document-import",
                      ctrlShift(Qt::Key_I)))
    , fileExport(
          make(window, "fileExport", tr("&Export…"), "document-export", ctrlShift(Qt::Key_E)))
    , fileKeepBackup(make(window, "fileKeepBackup", tr("&Keep Backup on Save"), "", {}))
    , fileClose(make(window, "fileClose", tr("&Close"), "document-close", QKeySequence::Close))
    , fileQuit(make(window, "fileQuit", tr("&Quit"), "application-exit", QKeySequence::Quit))
    , editUndo(make(window, "editUndo", tr("&Undo"), "edit-undo", QKeySequence::Undo))
    , editRedo(make(window, "editRedo", tr("&Redo"), "edit-redo", QKeySequence::Redo))
    , sectionAdd(make(window, "sectionAdd", tr("&Add Section"), "list-add", ctrlShift(Qt::Key_A)))
    , sectionRename(make(window, "sectionRename", tr("&Rename Section"), "edit-rename",
                         QKeySequence(Qt::Key_F2)))
    , sectionRemove(make(window, "sectionRemove", tr("R&emove Section"), "list-remove",
                         ctrlShift(Qt::Key_Delete)))
    , sectionUp(make(window, "sectionUp", tr("Move Section &Up"), "go-up", ctrlShift(Qt::Key_Up)))
    , sectionDown(
          make(window, "sectionDown", tr("Move Section &Down"), "go-down", ctrlShift(Qt::Key_Down)))
    , viewPreviousPart(make(window, "viewPreviousPart", tr("&Previous Part"), "go-previous",
                            QKeySequence(Qt::CTRL | Qt::Key_PageUp)))
    , viewNextPart(make(window, "viewNextPart", tr("&Next Part"), "go-next",
                        QKeySequence(Qt::CTRL | Qt::Key_PageDown)))
    , viewGoTo(make(window, "viewGoTo", tr("&Go to Part…"), "go-jump",
                    QKeySequence(Qt::CTRL | Qt::Key_J)))
    , viewReadOnly(make(window, "viewReadOnly", tr("&Read Only"), "", {}))
    , helpAbout(make(window, "helpAbout", tr("&About Debrief"), "help-about", QKeySequence()))
{}

} // namespace debrief
