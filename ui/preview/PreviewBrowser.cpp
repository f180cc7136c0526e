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
        return fitted(*it);
    if (const auto it = m_pending.constFind(id); it != m_pending.cend())
        return placeholder(*it);
    // Only the header is read here; the pixels are decoded on a worker thread, so opening a
    // report with thirty screenshots does not freeze the window. A placeholder of the final
    // size keeps the layout from jumping when the image arrives.
    QByteArray data;
    QSize size;
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
    if (size.width() > kMaxDisplayWidth)
        size = size.scaled(kMaxDisplayWidth, INT_MAX, Qt::KeepAspectRatio);
    m_pending.insert(id, size);
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
    return placeholder(size);
}

void PreviewBrowser::imageDecoded(const QString &id, const QImage &image)
{
    if (!m_pending.contains(id))
        return;
    const QSize expected = placeholder(m_pending.take(id)).size();
    QImage decoded = image;
    if (decoded.isNull()) {
        decoded = QImage(320, 60, QImage::Format_RGB32);
        decoded.fill(QColor(0xcc, 0xcc, 0xcc));
    }
    m_images.insert(id, decoded);
    const QImage shown = fitted(decoded);
    document()->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("attachment:") + id),
                            shown);
    if (shown.size() != expected)
        document()->markContentsDirty(0, document()->characterCount());
    viewport()->update();
    if (m_pending.isEmpty())
        Q_EMIT imagesReady();
}

QImage PreviewBrowser::placeholder(const QSize &decodedSize) const
{
    const qreal dpr = devicePixelRatioF();
    const int width = int(imageWidth() * dpr);
    const QSize shown =
        decodedSize.width() > width
            ? QSize(width, qRound(qreal(decodedSize.height()) * width / decodedSize.width()))
            : decodedSize;
    QImage box(shown, QImage::Format_RGB32);
    box.fill(palette().color(QPalette::AlternateBase));
    box.setDevicePixelRatio(decodedSize.width() > width ? dpr : 1.0);
    return box;
}

void PreviewBrowser::forgetImages()
{
    m_images.clear();
}

int PreviewBrowser::imageWidth() const
{
    return std::max(120, viewport()->width() - 2 * int(document()->documentMargin()) - 12);
}

QImage PreviewBrowser::fitted(const QImage &decoded) const
{
    const qreal dpr = devicePixelRatioF();
    const int width = int(imageWidth() * dpr);
    QImage out =
        decoded.width() > width ? decoded.scaledToWidth(width, Qt::SmoothTransformation) : decoded;
    out.setDevicePixelRatio(decoded.width() > width ? dpr : 1.0);
    return out;
}

void PreviewBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    if (m_images.isEmpty() || imageWidth() == m_fittedWidth)
        return;
    // Refit the images the document holds to the new column width, then relayout.
    m_fittedWidth = imageWidth();
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it)
        document()->addResource(QTextDocument::ImageResource,
                                QUrl(QStringLiteral("attachment:") + it.key()), fitted(*it));
    document()->markContentsDirty(0, document()->characterCount());
}

} // namespace debrief
