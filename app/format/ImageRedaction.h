// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QRect>
#include <QString>

class QImage;

namespace debrief {

// A screenshot made safe to share: covered with solid boxes (not blur or pixelation, which can
// be undone) and cropped. The result is a new PNG painted from the pixels alone, so it carries
// none of the original's metadata (EXIF, GPS, comments, text chunks).
class ImageRedaction
{
public:
    QRect crop;         // in the image's pixels; empty keeps the whole image
    QList<QRect> boxes; // in the image's pixels, before the crop

    bool isEmpty() const { return crop.isEmpty() && boxes.isEmpty(); }
    // PNG bytes, or empty with `error` set.
    QByteArray apply(const QImage &image, QString *error) const;
    // Decodes `bytes` first (bounded as every image Debrief reads).
    QByteArray apply(const QByteArray &bytes, QString *error) const;
};

} // namespace debrief
