// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "preview/PreviewBrowser.h"

#include "format/AttachmentStore.h"
#include "format/ReportValidator.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBuffer>
#include <QImageReader>
#include <QMimeDatabase>
#include <QPointer>
#include <QScrollBar>
#include <QTextBlock>
#include <QThreadPool>
#include <QTimer>

namespace debrief {

namespace {
const QLatin1String kScheme("attachment:");
}

PreviewBrowser::PreviewBrowser(const AttachmentStore *store, QWidget *parent)
    : QTextBrowser(parent)
    , m_store(store)
    , m_residency(new QTimer(this))
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    m_residency->setSingleShot(true);
    m_residency->setInterval(30); // after a scroll settles a little, not on every step
    connect(m_residency, &QTimer::timeout, this, &PreviewBrowser::updateResidentImages);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, m_residency,
            qOverload<>(&QTimer::start));
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
    // Only the header is read here. The pixels are decoded on a worker thread once the image
    // is near the visible part (updateResidentImages), so opening a report with thirty
    // screenshots neither freezes the window nor holds thirty decoded images. A placeholder of
    // the final size keeps the layout from jumping when the image arrives.
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
    m_residency->start();
    return placeholder(id, decodeSize(size));
}

// Keeps decoded only the images within a screen above and below the visible part: the others
// go back to their placeholder, whose size is the same, so the layout does not move.
void PreviewBrowser::updateResidentImages()
{
    m_residency->stop();
    const QSet<QString> near = imagesNearView();
    for (auto it = m_images.begin(); it != m_images.end();) {
        if (near.contains(it.key()) || !m_sourceSizes.contains(it.key())) {
            ++it;
            continue;
        }
        document()->addResource(QTextDocument::ImageResource, QUrl(kScheme + it.key()),
                                placeholder(it.key(), it->size()));
        it = m_images.erase(it);
    }
    for (const QString &id : near) {
        const auto source = m_sourceSizes.constFind(id);
        if (source != m_sourceSizes.cend() && !m_images.contains(id) && !m_pending.contains(id))
            decodeAgain(id, decodeSize(*source));
    }
    viewport()->update();
}

QSet<QString> PreviewBrowser::imagesNearView() const
{
    QSet<QString> ids;
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const int height = viewport()->height();
    const int top = verticalScrollBar()->value() - height;
    const int bottom = verticalScrollBar()->value() + 2 * height;
    const int first = layout->hitTest(QPointF(0, std::max(0, top)), Qt::FuzzyHit);
    for (QTextBlock block = document()->findBlock(std::max(0, first)); block.isValid();
         block = block.next()) {
        const QRectF rect = layout->blockBoundingRect(block);
        if (rect.top() > bottom)
            break;
        if (rect.bottom() < top)
            continue; // a cell of a table that started above
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat()) {
                const QString name = format.toImageFormat().name();
                if (name.startsWith(kScheme))
                    ids.insert(name.mid(kScheme.size()));
            }
        }
    }
    return ids;
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
    document()->addResource(QTextDocument::ImageResource, QUrl(kScheme + id), decoded);
    if (replacing || decoded.size() != expected)
        document()->markContentsDirty(0, document()->characterCount());
    viewport()->update();
    if (m_pending.isEmpty())
        Q_EMIT imagesReady();
}

QImage PreviewBrowser::placeholder(const QString &id, const QSize &shown) const
{
    // One bit a pixel: a screen-wide placeholder costs kilobytes, not megabytes.
    QImage box(shown, QImage::Format_Mono);
    const QRgb shade = palette().color(QPalette::AlternateBase).rgb();
    box.setColorTable({shade, shade});
    box.fill(0);
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
    if (m_sourceSizes.isEmpty() || imageWidth() == m_fittedWidth)
        return;
    // Images follow the column: a narrower one scales them down (memory shrinks with them),
    // a wider one decodes again those that were cut down, the old ones shown meanwhile; the
    // placeholders of those not decoded take the new size.
    m_fittedWidth = imageWidth();
    for (auto source = m_sourceSizes.cbegin(); source != m_sourceSizes.cend(); ++source) {
        const QString &id = source.key();
        const QSize want = decodeSize(*source);
        const auto it = m_images.find(id);
        if (m_pending.contains(id) || (it != m_images.end() && want == it->size()))
            continue;
        if (it == m_images.end()) {
            document()->addResource(QTextDocument::ImageResource, QUrl(kScheme + id),
                                    placeholder(id, want));
        } else if (want.width() > it->width()) {
            decodeAgain(id, want);
        } else {
            QImage smaller = it->scaled(want, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            smaller.setDevicePixelRatio(ratioFor(id, want));
            *it = smaller;
            document()->addResource(QTextDocument::ImageResource, QUrl(kScheme + id), smaller);
        }
    }
    document()->markContentsDirty(0, document()->characterCount());
    m_residency->start();
}

} // namespace debrief
