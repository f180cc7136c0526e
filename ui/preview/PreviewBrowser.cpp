#include "preview/PreviewBrowser.h"

#include "format/AttachmentStore.h"
#include "format/ReportValidator.h"

#include <QBuffer>
#include <QImageReader>
#include <QMimeDatabase>

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
    QImage image;
    if (const auto bytes = m_store->bytes(id)) {
        QByteArray data = *bytes;
        const QString mediaType = QMimeDatabase().mimeTypeForData(data).name();
        if (ReportValidator::checkImage(data, mediaType).isEmpty()) {
            QBuffer buffer(&data);
            buffer.open(QIODevice::ReadOnly);
            QImageReader reader(&buffer);
            const QSize size = reader.size();
            if (size.width() > kMaxDisplayWidth)
                reader.setScaledSize(size.scaled(kMaxDisplayWidth, INT_MAX, Qt::KeepAspectRatio));
            image = reader.read();
        }
    }
    if (image.isNull()) {
        // Damaged or missing: a visible grey box, not a broken layout.
        image = QImage(320, 60, QImage::Format_RGB32);
        image.fill(QColor(0xcc, 0xcc, 0xcc));
    }
    m_images.insert(id, image);
    return fitted(image);
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
