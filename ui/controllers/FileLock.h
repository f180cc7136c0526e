// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace debrief {

// "Someone has this report open": a QLockFile beside the report (".NAME.pmd.lock", which a
// Debrief on another machine sees too on a shared folder) and a small note of who and since
// when (".NAME.pmd.lock.owner"). A lock whose process died on this machine is stale and taken
// over silently; one from another machine can only be judged by the user.
class FileLock
{
public:
    struct Holder
    {
        QString user;
        QString host;
        QDateTime since;
        bool otherMachine = false;
    };

    FileLock();
    ~FileLock(); // releases

    // Takes the lock for `file`; false when someone else holds it (holder() then says who).
    bool acquire(const QString &file);
    void release();
    QString file() const { return m_file; }
    bool isHeld() const;
    std::optional<Holder> holder() const { return m_holder; }
    // Removes another machine's lock the user judged stale, then takes it.
    bool breakAndAcquire(const QString &file);

    static QString lockPathFor(const QString &file);

private:
    std::optional<Holder> readHolder(const QString &file) const;

    std::unique_ptr<QLockFile> m_lock;
    QString m_file;
    std::optional<Holder> m_holder;
};

} // namespace debrief
