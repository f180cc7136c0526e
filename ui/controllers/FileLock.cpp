// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "controllers/FileLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSysInfo>

namespace debrief {

namespace {

QString ownerPath(const QString &file)
{
    return FileLock::lockPathFor(file) + QStringLiteral(".owner");
}

QString userName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("?") : user;
}

} // namespace

FileLock::FileLock() = default;

FileLock::~FileLock()
{
    release();
}

QString FileLock::lockPathFor(const QString &file)
{
    const QFileInfo info(file);
    return info.dir().filePath(u'.' + info.fileName() + QStringLiteral(".lock"));
}

bool FileLock::isHeld() const
{
    return m_lock && m_lock->isLocked();
}

bool FileLock::acquire(const QString &file)
{
    const QString absolute = QFileInfo(file).absoluteFilePath();
    if (isHeld() && absolute == m_file)
        return true;
    release();
    m_holder.reset();
    auto lock = std::make_unique<QLockFile>(lockPathFor(absolute));
    lock->setStaleLockTime(0); // held for hours; stale only when its process died
    if (!lock->tryLock(0)) {
        m_holder = readHolder(absolute);
        return false;
    }
    m_lock = std::move(lock);
    m_file = absolute;
    QSaveFile owner(ownerPath(absolute));
    const QByteArray json =
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("user"), userName()},
                {QStringLiteral("host"), QSysInfo::machineHostName()},
                {QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            })
            .toJson(QJsonDocument::Compact);
    if (owner.open(QIODevice::WriteOnly) && owner.write(json) == json.size())
        owner.commit(); // a read-only folder: the lock alone still tells "someone"
    return true;
}

void FileLock::release()
{
    if (isHeld()) {
        QFile::remove(ownerPath(m_file));
        m_lock->unlock();
    }
    m_lock.reset();
    m_file.clear();
}

bool FileLock::breakAndAcquire(const QString &file)
{
    QLockFile stale(lockPathFor(file));
    stale.removeStaleLockFile();
    QFile::remove(lockPathFor(file)); // what removeStaleLockFile judges live is the user's call
    return acquire(file);
}

std::optional<FileLock::Holder> FileLock::readHolder(const QString &file) const
{
    Holder h;
    QLockFile probe(lockPathFor(file));
    qint64 pid = 0;
    QString host;
    QString app;
    if (probe.getLockInfo(&pid, &host, &app))
        h.host = host;
    h.otherMachine = !h.host.isEmpty() && h.host != QSysInfo::machineHostName();
    h.since = QFileInfo(lockPathFor(file)).lastModified();
    QFile owner(ownerPath(file));
    if (owner.open(QIODevice::ReadOnly) && owner.size() < 4096) {
        const QJsonObject o = QJsonDocument::fromJson(owner.readAll()).object();
        h.user = o.value(QLatin1String("user")).toString();
        if (const QDateTime since =
                QDateTime::fromString(o.value(QLatin1String("since")).toString(), Qt::ISODate);
            since.isValid())
            h.since = since.toLocalTime();
    }
    return h;
}

} // namespace debrief
