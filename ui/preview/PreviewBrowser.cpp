// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "preview/PreviewBrowser.h"

#include "format/AttachmentStore.h"
#include "format/ReportValidator.h"

#include <QApplication>
#include <QBuffer>
#include <QImageReader>
#include <QMimeDatabase>
#include <QPointer>
#include <QThreadPool>

namespace debrief {

PreviewBrowser::PreviewBrowser(const AttachmentStore *store, QWidget *parent)
    : QTextBrowser(parent)
    , m_store(store)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme().isEmpty() && url.path().isEmpty() && !url.fragment().isEmpty())
            scrollToAnchor(url.fragment());
        else
            Q_EMIT linkActivated(url);
    });
}

QVariant PreviewBrowser::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource || name.scheme() != QLatin1String("attachment")) {
        ++m_blocked; // files, network, data: none of it is read
        return {};
    }
    const QString id = name.path();
    if (const auto it = m_images.constFind(id); it != m_images.cend())
        return *it;
    if (const auto it = m_pending.constFind(id); it != m_pending.cend())
        return placeholder(id, *it);
    // Only the header is read here; the pixels are decoded on a worker thread, so opening a
    // report with thirty screenshots does not freeze the window. A placeholder of the final
    // size keeps the layout from jumping when the image arrives.
    QSize size;
    QByteArray data;
    if (const auto bytes = m_store->bytes(id)) {
        data = *bytes;
        const QString mediaType = QMimeDatabase().mimeTypeForData(data).name();
        if (ReportValidator::checkImage(data, mediaType).isEmpty()) {
            QBuffer buffer(&data);
            buffer.open(QIODevice::ReadOnly);
            size = QImageReader(&buffer).size();
        }
    }
    if (!size.isValid()) {
        // Damaged or missing: a visible grey box, not a broken layout.
        QImage box(320, 60, QImage::Format_RGB32);
        box.fill(QColor(0xcc, 0xcc, 0xcc));
        m_images.insert(id, box);
        return box;
    }
    m_sourceSizes.insert(id, size);
    const QSize shown = decodeSize(size);
    decode(id, shown, data);
    return placeholder(id, shown);
}

QSize PreviewBrowser::decodeSize(const QSize &source) const
{
    const int width = std::min(kMaxDisplayWidth, int(imageWidth() * devicePixelRatioF()));
    return source.width() > width ? source.scaled(width, INT_MAX, Qt::KeepAspectRatio) : source;
}

void PreviewBrowser::decode(const QString &id, const QSize &size, const QByteArray &data)
{
    m_pending.insert(id, size);
    // The worker gets the bytes, not the store: the document may be gone before it ends.
    QThreadPool::globalInstance()->start([data, size, id, guard = QPointer<PreviewBrowser>(this)] {
        QByteArray bytes = data;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setScaledSize(size);
        const QImage image = reader.read();
        // Delivered on the GUI thread, where the guard may be checked safely.
        QMetaObject::invokeMethod(
            qApp,
            [guard, id, image] {
                if (guard)
                    guard->imageDecoded(id, image);
            },
            Qt::QueuedConnection);
    });
}

void PreviewBrowser::decodeAgain(const QString &id, const QSize &size)
{
    if (const auto bytes = m_store->bytes(id))
        decode(id, size, *bytes);
}

qreal PreviewBrowser::ratioFor(const QString &id, const QSize &shown) const
{
    // An image scaled to the column is drawn at the screen's density; a smaller one as it is.
    return m_sourceSizes.value(id).width() > shown.width() ? devicePixelRatioF() : 1.0;
}

void PreviewBrowser::imageDecoded(const QString &id, const QImage &image)
{
    if (!m_pending.contains(id))
        return;
    const QSize expected = m_pending.take(id);
    const bool replacing = m_images.contains(id); // decoded again for a wider column
    QImage decoded = image;
    if (decoded.isNull()) {
        decoded = QImage(320, 60, QImage::Format_RGB32);
        decoded.fill(QColor(0xcc, 0xcc, 0xcc));
    } else if (const QSize want = decodeSize(m_sourceSizes.value(id)); want.isValid()) {
        // The column may have changed while this was decoded.
        if (decoded.width() > want.width())
            decoded = decoded.scaled(want, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        else if (decoded.width() < want.width())
            decodeAgain(id, want); // shown meanwhile as it is
        decoded.setDevicePixelRatio(ratioFor(id, decoded.size()));
    }
    // Kept once: the document's resource and this cache share the pixels.
    m_images.insert(id, decoded);
    document()->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("attachment:") + id),
                            decoded);
    if (replacing || decoded.size() != expected)
        document()->markContentsDirty(0, document()->characterCount());
    viewport()->update();
    if (m_pending.isEmpty())
        Q_EMIT imagesReady();
}

QImage PreviewBrowser::placeholder(const QString &id, const QSize &shown) const
{
    QImage box(shown, QImage::Format_RGB32);
    box.fill(palette().color(QPalette::AlternateBase));
    box.setDevicePixelRatio(ratioFor(id, shown));
    return box;
}

void PreviewBrowser::forgetImages()
{
    m_images.clear();
    m_sourceSizes.clear();
}

int PreviewBrowser::imageWidth() const
{
    return std::max(120, viewport()->width() - 2 * int(document()->documentMargin()) - 12);
}

void PreviewBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    if (m_images.isEmpty() || imageWidth() == m_fittedWidth)
        return;
    // Images follow the column: a narrower one scales them down (memory shrinks with them),
    // a wider one decodes again those that were cut down, the old ones shown meanwhile.
    m_fittedWidth = imageWidth();
    for (auto it = m_images.begin(); it != m_images.end(); ++it) {
        const auto source = m_sourceSizes.constFind(it.key());
        if (source == m_sourceSizes.cend())
            continue; // the grey box of an unreadable image
        const QSize want = decodeSize(*source);
        if (want == it->size() || m_pending.contains(it.key()))
            continue;
        if (want.width() > it->width()) {
            decodeAgain(it.key(), want);
            continue;
        }
        QImage smaller = it->scaled(want, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        smaller.setDevicePixelRatio(ratioFor(it.key(), want));
        *it = smaller;
        document()->addResource(QTextDocument::ImageResource,
                                QUrl(QStringLiteral("attachment:") + it.key()), smaller);
    }
    document()->markContentsDirty(0, document()->characterCount());
}

} // namespace debrief
