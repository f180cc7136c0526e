// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "format/ImageDownscale.h"

#include "format/MediaTypes.h"
#include "format/ReportValidator.h"

#include <QBuffer>
#include <QColorSpace>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace debrief {

QByteArray ImageDownscale::downscaled(const QByteArray &bytes, int longSide)
{
    const QString type = MediaTypes::detect(bytes, {});
    static const QStringList scaled{QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
                                    QStringLiteral("image/webp")};
    if (!scaled.contains(type) || !ReportValidator::checkImage(bytes, type).isEmpty())
        return {};
    QByteArray data = bytes;
    QBuffer in(&data);
    in.open(QIODevice::ReadOnly);
    QImageReader reader(&in);
    const QByteArray format = reader.format();
    const QSize size = reader.size();
    if (!size.isValid() || std::max(size.width(), size.height()) <= longSide)
        return {};
    // JPEG decodes straight to a fraction of its size; the others are scaled smoothly.
    reader.setScaledSize(size.scaled(longSide, longSide, Qt::KeepAspectRatio));
    const QImage read = reader.read();
    if (read.isNull())
        return {};
    // Painted into a fresh image: the reader's text (comments, PNG text chunks) stays behind.
    QImage image(read.size(),
                 read.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    image.fill(Qt::transparent);
    image.setColorSpace(read.colorSpace());
    {
        QPainter painter(&image);
        painter.drawImage(0, 0, read);
    }
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (format == "jpeg" || format == "webp")
        writer.setQuality(90);
    return writer.write(image) ? out : QByteArray();
}

} // namespace debrief
