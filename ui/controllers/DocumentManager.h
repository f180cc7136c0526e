// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "controllers/AutoSaver.h"
#include "controllers/FileLock.h"
#include "controllers/FileWatcher.h"

#include <QObject>

class QMenu;
class QMimeData;
class QWidget;

namespace debrief {

class ReportDocument;

// The open report's file life cycle: new, open, save, save as, recent files, dropped files,
// and the question about unsaved changes before any of them (and before closing). Asks and
// reports through dialogs parented to the window; short news goes out as statusMessage.
// Autosave and crash recovery (AutoSaver) and locking belong here too.
class DocumentManager : public QObject
{
    Q_OBJECT
public:
    DocumentManager(ReportDocument *doc, QWidget *window);

    ReportDocument *document() const { return m_doc; }

    void newReport(); // asks about unsaved changes, then for a template
    void newFromTemplate(const QString &templateId);
    void openSample();
    void open(); // asks about unsaved changes, then for a file
    bool openFile(const QString &path);
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    // Whether a save keeps the file it replaces as "NAME.pmd~" (on unless turned off;
    // remembered).
    static bool keepsBackup();
    static void setKeepsBackup(bool on);
    // Whether the current report may be replaced or closed: true when it is saved, saved
    // now, or the user discards it.
    bool confirmDiscard();
    void fillRecentMenu(QMenu *menu);

    AutoSaver *autoSaver() const { return m_autoSaver; }
    // At start: lists the reports a crashed window left unsaved, opens the chosen ones (the
    // first here when this window holds nothing modified, the others through
    // recoverInNewWindow) and, after asking, removes the declined ones. True when a report
    // was recovered into this window.
    bool offerRecovery();
    // Opens a recovery snapshot as the modified report it was, with its own file path.
    bool recover(const AutoSaver::Recoverable &r);
    // The lock on the open report's file (held while it is open for editing).
    const FileLock &fileLock() const { return m_fileLock; }
    // Watches the open report's file for changes made outside this window.
    FileWatcher *fileWatcher() const { return m_watcher; }

    // One local .pmd or Markdown file: a .pmd opens, Markdown goes to importRequested.
    bool acceptsDrop(const QMimeData *data) const;
    bool drop(const QMimeData *data);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    void importRequested(const QString &markdownPath);
    void recoverInNewWindow(const debrief::AutoSaver::Recoverable &r);

private:
    void showError(const QString &title, const QString &text);
    enum class Claim { Edit, ReadOnly, Copy, Cancel };
    // Locks the file before it is opened; when another Debrief has it open, says who and
    // since when, and asks how to open it.
    Claim claim(const QString &path);
    // The file changed or went away on disk: says so and lets the user reload (their version
    // saved aside first) or keep theirs.
    void changedOnDisk(FileWatcher::State state);
    void reloadFromDisk();
    // Before writing over the open file when it changed on disk since it was ours: replace
    // theirs, save elsewhere or cancel.
    enum class Overwrite { Yes, SaveElsewhere, Cancel };
    Overwrite confirmOverwrite(const QString &path);
    // Writes the open report beside its file as "NAME (your version).pmd"; the path or empty.
    QString saveAside();

    ReportDocument *m_doc;
    QWidget *m_window;
    AutoSaver *m_autoSaver;
    FileLock m_fileLock;
    FileWatcher *m_watcher;
    bool m_autosaveFailing = false;
};

} // namespace debrief
