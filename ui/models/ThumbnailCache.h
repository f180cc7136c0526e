// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "format/ImageMetadata.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>

#include <atomic>

namespace debrief {

class AttachmentStore;

// Small images of a report's attachments, made on worker threads the first time a view asks
// and kept (a few hundred, a few kilobytes each): the window never decodes a full screenshot to
// show a thumbnail, and nothing is decoded until something is on screen. Attachments are keyed
// by content hash, so a thumbnail never goes stale. Its workers read the store: the store's
// owner must outlive them (the window waits for the thread pool before it goes).
class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSide = 96; // logical pixels, the longer side

    explicit ThumbnailCache(const AttachmentStore *store, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    // The thumbnail, or a null image while it is being made (ready() follows) or when the
    // image cannot be read (failed() is then true).
    QImage thumbnail(const QString &id);
    bool failed(const QString &id) const { return m_failed.contains(id); }
    // The image's size in pixels, known once its thumbnail was made; invalid before.
    QSize pixelSize(const QString &id) const { return m_sizes.value(id); }
    // The metadata the image carries (EXIF, GPS…), known with its thumbnail; none before.
    ImageMetadata::Kinds metadata(const QString &id) const { return m_metadata.value(id); }
    // How many images have been decoded, for tests that an open decodes none.
    static int decodeCount() { return s_decodes.load(); }
    void setDevicePixelRatio(qreal ratio) { m_ratio = ratio; }

Q_SIGNALS:
    void ready(const QString &id);

private:
    struct Made
    {
        QImage image;
        QSize size;
        ImageMetadata::Kinds metadata;
    };
    static Made make(const QByteArray &bytes, int side);
    void made(const QString &id, const Made &result);

    const AttachmentStore *m_store;
    QHash<QString, QImage> m_thumbnails;
    QHash<QString, QSize> m_sizes;
    QHash<QString, ImageMetadata::Kinds> m_metadata;
    QSet<QString> m_pending;
    QSet<QString> m_failed;
    qreal m_ratio = 1.0;
    static std::atomic<int> s_decodes;
};

} // namespace debrief
