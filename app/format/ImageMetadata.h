// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QFlags>
#include <QString>
#include <QStringList>

namespace debrief {

// What an image carries besides its pixels (camera and editing data, a GPS position,
// captions, comments), found and removed with Exiv2 rather than by parsing here. Removal
// rewrites only the metadata blocks: the compressed pixels stay byte for byte, and the colour
// profile (which is not about anyone) is kept.
class ImageMetadata
{
public:
    enum Kind {
        Exif = 0x1,
        Gps = 0x2, // part of EXIF, named apart: it says where the picture was taken
        Iptc = 0x4,
        Xmp = 0x8,
        Comment = 0x10,
    };
    Q_DECLARE_FLAGS(Kinds, Kind)

    // The kinds the image carries; none for formats Exiv2 does not read (SVG) or damage.
    static Kinds inspect(const QByteArray &bytes);
    // "EXIF, GPS position", for a row's details and messages.
    static QString describe(Kinds kinds);
    // Whether the format lets metadata be removed without re-encoding (JPEG, PNG, WebP).
    static bool canRemove(const QByteArray &bytes);
    // The image without its metadata; empty with `error` set when it cannot be done.
    static QByteArray removed(const QByteArray &bytes, QString *error);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ImageMetadata::Kinds)

} // namespace debrief
