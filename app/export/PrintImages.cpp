// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/PrintImages.h"

#include "diagnostics/Logging.h"
#include "export/ExportText.h"
#include "format/AttachmentStore.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QTextDocument>
#include <QTextTable>
#include <QThread>

#include <algorithm>

namespace debrief {

PrintImages::PrintImages(const AttachmentStore &store, qreal columnWidth, qreal maxHeight,
                         qreal unitsPerInch, qreal printDpi)
    : m_store(store)
    , m_columnWidth(columnWidth)
    , m_maxHeight(maxHeight)
    , m_unitsPerInch(unitsPerInch)
    , m_printDpi(printDpi)
{}

PrintImages::~PrintImages()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_changed.wakeAll();
    }
    if (m_worker)
        m_worker->wait();
}

QString PrintImages::idFromName(const QString &name)
{
    static const QLatin1String scheme("attachment:");
    return name.startsWith(scheme) ? name.mid(scheme.size()) : QString();
}

const PrintImages::Info &PrintImages::info(const QString &id)
{
    auto it = m_info.find(id);
    if (it != m_info.end())
        return *it;
    Info info;
    QString error;
    const auto bytes = m_store.bytes(id, &error);
    if (!bytes) {
        info.problem = ExportText::tr("an image is not in the report (%1)").arg(error);
    } else {
        QBuffer buffer(const_cast<QByteArray *>(&*bytes));
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        info.natural = reader.size();
        info.jpeg = reader.format() == "jpeg";
        if (!info.natural.isValid() || info.natural.isEmpty())
            info.problem = ExportText::tr("an image cannot be read: %1").arg(reader.errorString());
    }
    if (info.problem.isEmpty()) {
        // Shown at its own size when it fits, else at the column's width; never taller than
        // the page allows.
        QSizeF shown = info.natural;
        if (shown.width() > m_columnWidth)
            shown = QSizeF(m_columnWidth, shown.height() * m_columnWidth / shown.width());
        if (shown.height() > m_maxHeight)
            shown = QSizeF(shown.width() * m_maxHeight / shown.height(), m_maxHeight);
        info.shown = shown;
        const qreal scale =
            std::min(1.0, shown.width() / m_unitsPerInch * m_printDpi / info.natural.width());
        info.embedded = QSize(std::max(1, qRound(info.natural.width() * scale)),
                              std::max(1, qRound(info.natural.height() * scale)));
    } else {
        info.shown = QSizeF(m_columnWidth, m_unitsPerInch / 2);
        qCInfo(lcExport) << "image" << id.left(12) << "is drawn as a placeholder -" << info.problem;
    }
    return *m_info.insert(id, info);
}

QSizeF PrintImages::intrinsicSize(QTextDocument *doc, int position, const QTextFormat &format)
{
    QSizeF shown = info(idFromName(format.toImageFormat().name())).shown;
    // In a table cell, no wider than the cell's column (a percentage of the column width).
    if (auto *table = qobject_cast<QTextTable *>(doc->frameAt(position))) {
        const QTextTableCell cell = table->cellAt(position);
        const QList<QTextLength> widths = table->format().columnWidthConstraints();
        qreal width = m_columnWidth / std::max(1, table->columns());
        if (cell.isValid() && cell.column() < widths.size() &&
            widths.at(cell.column()).type() == QTextLength::PercentageLength)
            width = m_columnWidth * widths.at(cell.column()).rawValue() / 100;
        width = std::max<qreal>(16, width - 12); // the cell's padding
        if (shown.width() > width)
            shown = QSizeF(width, shown.height() * width / shown.width());
    }
    return shown;
}

QImage PrintImages::decode(const QString &id, const Info &info) const
{
    const auto bytes = m_store.bytes(id);
    if (!bytes) {
        qCInfo(lcExport) << "image" << id.left(12) << "has gone from the report";
        return {};
    }
    QBuffer buffer(const_cast<QByteArray *>(&*bytes));
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // JPEG scales while decoding; other formats are decoded whole and smoothed down.
    if (info.jpeg)
        reader.setScaledSize(info.embedded);
    QImage image = reader.read();
    if (image.isNull()) {
        qCInfo(lcExport) << "could not decode image" << id.left(12) << "-" << reader.errorString();
        return {};
    }
    if (image.size() != info.embedded)
        image = image.scaled(info.embedded, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    // The PDF engine wants 32-bit pixels; without an alpha channel it writes no soft mask.
    return image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32
                                                         : QImage::Format_RGB32);
}

void PrintImages::prefetch(const QStringList &drawOrder)
{
    QMutexLocker lock(&m_mutex);
    for (const QString &id : drawOrder) {
        if (info(id).problem.isEmpty()) {
            if (!m_usesLeft.contains(id))
                m_order << id;
            ++m_usesLeft[id];
        }
    }
    m_plan = m_info;
    if (!m_worker && !m_order.isEmpty()) {
        m_worker.reset(QThread::create([this] { runWorker(); }));
        m_worker->start();
    }
}

void PrintImages::runWorker()
{
    for (qsizetype i = 0;; ++i) {
        QString id;
        Info meta;
        {
            QMutexLocker lock(&m_mutex);
            // Stay a few images ahead of the painter, so memory stays bounded.
            auto ahead = [this] {
                return std::count_if(m_ready.keyBegin(), m_ready.keyEnd(),
                                     [this](const QString &k) { return !m_drawn.contains(k); });
            };
            while (!m_stop && i < m_order.size() && ahead() >= m_aheadLimit)
                m_changed.wait(&m_mutex);
            if (m_stop || i >= m_order.size())
                return;
            id = m_order.at(i);
            // The painter may have needed it out of order and decoded it itself.
            if (m_ready.contains(id) || m_drawn.contains(id))
                continue;
            meta = m_plan.value(id);
            m_decoding = id;
        }
        QImage image = decode(id, meta);
        QMutexLocker lock(&m_mutex);
        m_decoding.clear();
        // A null image still counts as ready: the painter must not wait for it forever.
        if (!m_ready.contains(id) && !m_drawn.contains(id))
            m_ready.insert(id, image);
        m_changed.wakeAll();
    }
}

QImage PrintImages::take(const QString &id, const Info &meta)
{
    QMutexLocker lock(&m_mutex);
    if (!m_usesLeft.contains(id)) {
        // Not planned (or drawn more often than planned): decode it here.
        lock.unlock();
        return decode(id, meta);
    }
    while (!m_ready.contains(id)) {
        if (m_decoding != id) {
            // Drawing order differs from document order (cells of a row that spans a page
            // cut), and the worker may be waiting for room: never wait for it, decode here.
            lock.unlock();
            const QImage image = decode(id, meta);
            lock.relock();
            if (!m_ready.contains(id))
                m_ready.insert(id, image);
            break;
        }
        m_changed.wait(&m_mutex);
    }
    const QImage image = m_ready.value(id);
    m_drawn.insert(id);
    // Dropped after its last use; kept until then so the PDF embeds it once.
    if (--m_usesLeft[id] <= 0) {
        m_usesLeft.remove(id);
        m_ready.remove(id);
    }
    m_changed.wakeAll();
    return image;
}

void PrintImages::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                             const QTextFormat &format)
{
    // The layout also draws lines just outside the clip; an image there is invisible and
    // must not use up a planned draw or be embedded again.
    if (painter->hasClipping() && !painter->clipBoundingRect().intersects(rect))
        return;
    const QString id = idFromName(format.toImageFormat().name());
    const Info &meta = info(id);
    const QImage image = meta.problem.isEmpty() ? take(id, meta) : QImage();
    if (image.isNull() && meta.problem.isEmpty())
        m_failed.insert(id);
    painter->save();
    if (image.isNull()) {
        painter->setPen(QColor(0xb3, 0x26, 0x1e));
        painter->drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
        painter->drawText(rect, Qt::AlignCenter | Qt::TextWordWrap,
                          meta.problem.isEmpty() ? ExportText::tr("Image could not be decoded")
                                                 : meta.problem);
    } else {
        painter->setRenderHint(QPainter::LosslessImageRendering, !meta.jpeg);
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(rect, image);
    }
    painter->restore();
}

QStringList PrintImages::problems() const
{
    QStringList out;
    for (const Info &i : m_info)
        if (!i.problem.isEmpty())
            out << i.problem;
    for (const QString &id : m_failed)
        out << ExportText::tr("an image could not be decoded (attachment %1)").arg(id.left(12));
    out.removeDuplicates();
    return out;
}

} // namespace debrief
