// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QLockFile;
class QTimer;

namespace debrief {

class ReportDocument;

// Autosave to a recovery file, never over the user's file: a few seconds after typing stops,
// and at least every minute while editing, for saved and never-saved reports alike. The
// snapshot (a copy of the report, whose strings are shared) is taken on the GUI thread and
// written as a .pmd on a worker, through QSaveFile, so a power cut leaves the previous
// snapshot or the new one. Each window's snapshot is locked (QLockFile) while it runs: two
// Debriefs never take each other's. A clean save or close removes it; a crash leaves it for
// the next start (recoverable()).
class AutoSaver : public QObject
{
    Q_OBJECT
public:
    // A snapshot a window that is no longer running left behind.
    struct Recoverable
    {
        QString id;
        QString snapshotPath; // the .pmd in the recovery folder
        QString originalPath; // the report's own file; empty when it was never saved
        QString title;
        QDateTime autosaved;
        int unsavedSteps = 0; // edits the snapshot holds that the saved file does not
    };

    explicit AutoSaver(ReportDocument *doc, QObject *parent = nullptr);
    ~AutoSaver() override; // a clean close: the snapshot goes

    static QString folder();
    // The snapshots whose window is gone (a crash, a kill), newest first.
    static QList<Recoverable> recoverable();
    // Removes a snapshot the user declined (after asking).
    static void remove(const Recoverable &r);

    // Takes over a recovered snapshot: its files become this window's.
    bool adopt(const Recoverable &r);
    void setDelays(int idleMs, int maxMs); // tests
    QString snapshotPath() const;
    bool isWriting() const { return m_writing; }
    // Writes the snapshot now (when there are unsaved edits); the write ends on a worker.
    void snapshot();

Q_SIGNALS:
    // `error` says why a snapshot could not be written (a full disk, a read-only folder).
    void written(bool ok, const QString &error);

private:
    void changed();
    void discard();
    bool lock();
    void writeDone(bool ok, const QString &error);

    QPointer<ReportDocument> m_doc; // null while the window takes it down
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    QTimer *m_idle;
    QTimer *m_max;
    bool m_writing = false;
    bool m_again = false; // edits came while writing
};

} // namespace debrief
