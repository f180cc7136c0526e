// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace debrief {

// Notices when the report's file changes on disk behind the window's back: someone else saved
// it, a sync tool replaced it, it was deleted. The file as Debrief last read or wrote it is
// "ours"; anything else is a change. A new modification time alone (a `touch`, a sync tool
// copying the same bytes) is not: the content's SHA-256 decides.
class FileWatcher : public QObject
{
    Q_OBJECT
public:
    enum class State { Same, Changed, Removed };

    explicit FileWatcher(QObject *parent = nullptr);

    // The file at `path`, as it is now, is ours (just opened or saved); empty: watch nothing.
    void track(const QString &path);
    QString path() const { return m_path; }
    // How the file differs from ours now; checked on demand too (before a save).
    State check();
    // The user has seen the change and keeps their version: the file as it is now counts as
    // ours until the next change.
    void acknowledge() { track(m_path); }

Q_SIGNALS:
    // Once per change, after the file has been quiet for a moment (writers take a while).
    void changedOnDisk(debrief::FileWatcher::State state);

private:
    struct Stamp
    {
        bool exists = false;
        qint64 size = -1;
        QDateTime modified;
        quint64 inode = 0;
        bool operator==(const Stamp &) const = default;
    };
    static Stamp stampOf(const QString &path);
    static QByteArray hashOf(const QString &path);
    void hashInBackground();
    void rewatch();
    void settle();

    QString m_path;
    Stamp m_ours;
    QByteArray m_oursHash; // empty until the background hash is done
    quint64 m_generation = 0;
    QFileSystemWatcher *m_watcher;
    QTimer *m_quiet;
    State m_reported = State::Same;
};

} // namespace debrief
