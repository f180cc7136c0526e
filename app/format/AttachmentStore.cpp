// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "format/AttachmentStore.h"

#include "format/FormatText.h"
#include "format/PmdLimits.h"
#include "format/ZipReader.h"

#include <QCryptographicHash>
#include <QFile>

namespace debrief {

AttachmentStore::AttachmentStore() = default;
AttachmentStore::~AttachmentStore() = default;

QString AttachmentStore::idFor(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

void AttachmentStore::setArchive(const QString &path, const QHash<QString, QString> &entryNames)
{
    QMutexLocker lock(&m_mutex);
    m_archive = path;
    m_entryNames = entryNames;
    m_handle = std::make_unique<QFile>(path);
    if (!m_handle->open(QIODevice::ReadOnly))
        m_handle.reset(); // read by path, and fail there with the reason
}

QString AttachmentStore::archivePath() const
{
    QMutexLocker lock(&m_mutex);
    return m_archive;
}

bool AttachmentStore::hasSource(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    return m_added.contains(id) || m_entryNames.contains(id);
}

void AttachmentStore::insert(const QString &id, const QByteArray &bytes)
{
    QMutexLocker lock(&m_mutex);
    m_added.insert(id, bytes);
}

void AttachmentStore::clear()
{
    QMutexLocker lock(&m_mutex);
    m_added.clear();
    m_read.clear();
    m_entryNames.clear();
    m_archive.clear();
    m_handle.reset();
}

std::optional<QByteArray> AttachmentStore::bytes(const QString &id, QString *error) const
{
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_added.constFind(id); it != m_added.cend())
        return *it;
    if (const QByteArray *kept = m_read.object(id))
        return *kept;
    const QString entryName = m_entryNames.value(id);
    if (entryName.isEmpty()) {
        if (error)
            *error = FormatText::tr("attachment %1 is missing").arg(id.left(12));
        return std::nullopt;
    }
    ZipReader zip;
    QString why;
    std::optional<QByteArray> data;
    if (m_handle ? zip.open(*m_handle, &why) : zip.open(m_archive, &why)) {
        const qint64 index = zip.indexOf(entryName);
        if (index < 0)
            why = FormatText::tr("entry %1 has gone from %2").arg(entryName, m_archive);
        else
            data = zip.read(index, PmdLimits::kMaxAttachmentBytes, &why);
    }
    if (data && idFor(*data) != id) {
        why =
            FormatText::tr("%1 does not match its SHA-256 id (damaged or altered)").arg(entryName);
        data.reset();
    }
    if (!data) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    m_read.insert(id, new QByteArray(*data), int(std::max<qsizetype>(1, data->size() >> 10)));
    return data;
}

} // namespace debrief
