// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

// An image dropped, pasted, picked or found in a .pmd: the checks before it is accepted, its
// metadata, and the SVG outside-reference scan.

#include "FuzzTarget.h"

#include "format/ImageCheck.h"
#include "format/ImageMetadata.h"

using namespace debrief;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray bytes = fuzz::bytes(data, size);
    const QString name = QStringLiteral("input");
    ImageCheck::problem(bytes, name, ImageCheck::Depth::Header);
    if (ImageCheck::problem(bytes, name, ImageCheck::Depth::Decode).isEmpty()) {
        ImageMetadata::inspect(bytes);
        QString error;
        if (ImageMetadata::canRemove(bytes))
            ImageMetadata::removed(bytes, &error);
    }
    ImageCheck::svgOutsideReference(bytes);
    return 0;
}
