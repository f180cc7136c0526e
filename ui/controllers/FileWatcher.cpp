// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "controllers/FileWatcher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <sys/stat.h>

namespace debrief {

FileWatcher::FileWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_quiet(new QTimer(this))
{
    m_quiet->setSingleShot(true);
    m_quiet->setInterval(400);
    connect(m_quiet, &QTimer::timeout, this, &FileWatcher::settle);
    // Saving by rename (QSaveFile, most editors) replaces the file the watch was on, so the
    // folder is watched too and the file's watch renewed.
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_quiet, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_quiet, qOverload<>(&QTimer::start));
}

FileWatcher::Stamp FileWatcher::stampOf(const QString &path)
{
    Stamp s;
    struct stat st;
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &st) != 0 ||
        !S_ISREG(st.st_mode))
        return s;
    const QFileInfo info(path);
    s.exists = true;
    s.size = info.size();
    s.modified = info.lastModified(QTimeZone::UTC);
    s.inode = quint64(st.st_ino);
    return s;
}

QByteArray FileWatcher::hashOf(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result();
}

void FileWatcher::track(const QString &path)
{
    m_quiet->stop();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_ours = stampOf(m_path);
    m_oursHash.clear();
    m_reported = State::Same;
    ++m_generation;
    if (m_path.isEmpty())
        return;
    rewatch();
    // Most reports hash in a few milliseconds; only large ones are worth a thread (and until
    // their hash is known, a new time on an unchanged file counts as a change).
    constexpr qint64 kHashHereBytes = 4 << 20;
    if (m_ours.size <= kHashHereBytes)
        m_oursHash = hashOf(m_path);
    else
        hashInBackground();
}

// Reading a large report for its hash must not hold up the window after a save.
void FileWatcher::hashInBackground()
{
    QThreadPool::globalInstance()->start(
        [path = m_path, generation = m_generation, guard = QPointer<FileWatcher>(this)] {
            const QByteArray hash = hashOf(path);
            QMetaObject::invokeMethod(
                qApp,
                [guard, generation, hash] {
                    if (guard && guard->m_generation == generation)
                        guard->m_oursHash = hash;
                },
                Qt::QueuedConnection);
        });
}

void FileWatcher::rewatch()
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!m_watcher->directories().contains(folder))
        m_watcher->addPath(folder);
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
}

FileWatcher::State FileWatcher::check()
{
    if (m_path.isEmpty())
        return State::Same;
    const Stamp now = stampOf(m_path);
    if (now == m_ours)
        return State::Same;
    if (!now.exists)
        return m_ours.exists ? State::Removed : State::Same;
    if (!m_ours.exists || now.size != m_ours.size || m_oursHash.isEmpty())
        return State::Changed;
    return hashOf(m_path) == m_oursHash ? State::Same : State::Changed;
}

void FileWatcher::settle()
{
    if (m_path.isEmpty())
        return;
    rewatch();
    const State state = check();
    // A file that comes back as it was (deleted and restored) needs no second word.
    if (state == m_reported)
        return;
    m_reported = state;
    if (state != State::Same)
        Q_EMIT changedOnDisk(state);
}

} // namespace debrief
