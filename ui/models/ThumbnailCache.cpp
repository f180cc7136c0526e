// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/ThumbnailCache.h"

#include "format/AttachmentStore.h"
#include "format/ReportValidator.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QMimeDatabase>
#include <QPointer>
#include <QThreadPool>

namespace debrief {

std::atomic<int> ThumbnailCache::s_decodes{0};

namespace {

constexpr qsizetype kMaxKept = 600; // ~ 600 × 36 KiB at most

} // namespace

// Reads the header, checks the limits, then decodes straight to the small size (JPEG decodes
// at a fraction of its resolution; other formats are scaled as they are read). The metadata
// is read on the way, while the bytes are at hand.
ThumbnailCache::Made ThumbnailCache::make(const QByteArray &bytes, int side)
{
    const QString type = QMimeDatabase().mimeTypeForData(bytes).name();
    if (!ReportValidator::checkImage(bytes, type).isEmpty())
        return {};
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    QSize size = reader.size();
    if (!size.isValid())
        size = QSize(side, side); // SVG without a size: drawn at the thumbnail's
    const QSize scaled = size.width() <= side && size.height() <= side
                             ? size
                             : size.scaled(side, side, Qt::KeepAspectRatio);
    reader.setScaledSize(scaled.expandedTo(QSize(1, 1)));
    return {reader.read(), size, ImageMetadata::inspect(bytes)};
}

ThumbnailCache::ThumbnailCache(const AttachmentStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

ThumbnailCache::~ThumbnailCache() = default;

QImage ThumbnailCache::thumbnail(const QString &id)
{
    if (const auto it = m_thumbnails.constFind(id); it != m_thumbnails.cend())
        return it.value();
    if (m_pending.contains(id) || m_failed.contains(id))
        return {};
    m_pending.insert(id);
    const AttachmentStore *store = m_store;
    const int side = int(kSide * m_ratio);
    QPointer<ThumbnailCache> guard(this);
    // The store is safe to read from any thread; the result comes back through the event loop.
    QThreadPool::globalInstance()->start([store, id, side, guard] {
        Made made;
        if (const auto bytes = store->bytes(id)) {
            made = make(*bytes, side);
            ++s_decodes;
        }
        QMetaObject::invokeMethod(
            qApp,
            [guard, id, made] {
                if (guard)
                    guard->made(id, made);
            },
            Qt::QueuedConnection);
    });
    return {};
}

void ThumbnailCache::made(const QString &id, const Made &result)
{
    m_pending.remove(id);
    if (result.image.isNull()) {
        m_failed.insert(id);
    } else {
        if (m_thumbnails.size() >= kMaxKept)
            m_thumbnails.clear(); // views ask again for what they still show
        QImage image = result.image;
        image.setDevicePixelRatio(m_ratio);
        m_thumbnails.insert(id, image);
        m_sizes.insert(id, result.size);
        m_metadata.insert(id, result.metadata);
    }
    Q_EMIT ready(id);
}

} // namespace debrief
