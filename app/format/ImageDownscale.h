// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

namespace debrief {

// The optional downscale of very large images as they are added: a 6000-pixel photo of a
// whiteboard reads as well at 2560 and weighs a fifth. Only when the user asks for it; the
// image keeps its format (JPEG, PNG, WebP) and loses its metadata on the way.
class ImageDownscale
{
public:
    static constexpr int kLongSide = 2560;

    // The image with its longer side cut to `longSide`; empty when it is not larger, or is a
    // kind that is not scaled (SVG draws at any size, a GIF may be animated), or unreadable.
    static QByteArray downscaled(const QByteArray &bytes, int longSide = kLongSide);
};

} // namespace debrief
