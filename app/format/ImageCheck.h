// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace debrief {

// Whether a file the user offers may become an attachment: a supported image (PNG, JPEG, GIF,
// WebP, SVG; BMP as the format allows), within the size and pixel limits, not damaged, and
// for SVG self-contained (no reference to a file, an address or an entity outside itself,
// which a renderer might otherwise load).
class ImageCheck
{
public:
    enum class Depth {
        Header, // the header only: cheap, for what must not block the window
        Decode, // the whole image decoded once: finds damage past the header
    };
    // Empty when the bytes are acceptable, else why not, in a sentence that names the file.
    static QString problem(const QByteArray &bytes, const QString &fileName,
                           Depth depth = Depth::Decode);
    // The first outside reference in an SVG document ("https://x/y.png", "file.css"), or
    // "<!ENTITY>"/"XML error" for what cannot be trusted; empty when self-contained.
    static QString svgOutsideReference(const QByteArray &svg);
};

} // namespace debrief
