// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "format/ImageRedaction.h"

#include "format/FormatText.h"
#include "format/MediaTypes.h"
#include "format/ReportValidator.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace debrief {

QByteArray ImageRedaction::apply(const QImage &image, QString *error) const
{
    if (image.isNull()) {
        *error = FormatText::tr("the image cannot be read");
        return {};
    }
    // Painted onto a fresh image: nothing of the original but its pixels comes along.
    QImage out(image.size(), QImage::Format_ARGB32);
    out.fill(Qt::transparent);
    {
        QPainter p(&out);
        p.drawImage(0, 0, image);
        p.setCompositionMode(QPainter::CompositionMode_Source); // opaque even over alpha
        for (const QRect &box : boxes)
            p.fillRect(box.normalized() & out.rect(), Qt::black);
    }
    const QRect kept = crop.normalized() & out.rect();
    if (!crop.isEmpty()) {
        if (kept.isEmpty()) {
            *error = FormatText::tr("the crop leaves nothing of the image");
            return {};
        }
        out = out.copy(kept);
    }
    if (!image.hasAlphaChannel())
        out = out.convertToFormat(QImage::Format_RGB32);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(out)) {
        *error = writer.errorString();
        return {};
    }
    return bytes;
}

QByteArray ImageRedaction::apply(const QByteArray &bytes, QString *error) const
{
    const QString type = MediaTypes::detect(bytes, {});
    if (const QString bad = ReportValidator::checkImage(bytes, type); !bad.isEmpty()) {
        *error = FormatText::tr("the image %1").arg(bad);
        return {};
    }
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return apply(reader.read(), error);
}

} // namespace debrief
