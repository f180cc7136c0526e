// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCache>
#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>
#include <optional>

class QFile;

namespace debrief {

// Where attachment bytes come from: memory for files added since the last save, the report's
// archive for the rest (read on demand, checked against their SHA-256 id; the last few megabytes
// read are kept, so a report's images never all sit in memory at once). Safe to use from a
// render worker thread.
class AttachmentStore
{
public:
    AttachmentStore();
    ~AttachmentStore();
    static QString idFor(const QByteArray &bytes);

    void setArchive(const QString &path, const QHash<QString, QString> &entryNames);
    QString archivePath() const;
    bool hasSource(const QString &id) const;

    void insert(const QString &id, const QByteArray &bytes);
    std::optional<QByteArray> bytes(const QString &id, QString *error = nullptr) const;
    void clear();

private:
    mutable QMutex m_mutex;
    QString m_archive;
    // The archive as loaded or saved, held open: another program replacing or removing the
    // file (a colleague's save, a sync tool) leaves the bytes this report refers to readable.
    std::unique_ptr<QFile> m_handle;
    QHash<QString, QString> m_entryNames; // id -> entry name in m_archive
    QHash<QString, QByteArray> m_added;   // not in the archive: kept until cleared
    static constexpr int kReadCacheKb = 8 * 1024;
    mutable QCache<QString, QByteArray> m_read{kReadCacheKb}; // cost: kilobytes
};

} // namespace debrief
