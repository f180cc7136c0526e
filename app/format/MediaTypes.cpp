// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "format/MediaTypes.h"

#include <QMimeDatabase>

namespace debrief {

namespace {
struct Kind
{
    const char *mediaType;
    const char *extension;
    bool compressed;
};

constexpr Kind kKinds[] = {
    {"image/png", "png", true},   {"image/jpeg", "jpg", true},     {"image/gif", "gif", true},
    {"image/webp", "webp", true}, {"image/svg+xml", "svg", false}, {"image/bmp", "bmp", false},
};

const Kind *find(const QString &mediaType)
{
    for (const Kind &k : kKinds) {
        if (mediaType == QLatin1String(k.mediaType))
            return &k;
    }
    return nullptr;
}
} // namespace

QString MediaTypes::detect(const QByteArray &bytes, const QString &fileName)
{
    const QMimeDatabase db;
    QMimeType type = db.mimeTypeForData(bytes);
    if (type.isDefault() || type.name() == QLatin1String("text/plain") ||
        type.name() == QLatin1String("application/xml"))
        type = db.mimeTypeForFileNameAndData(fileName, bytes);
    return type.name();
}

bool MediaTypes::isSupportedImage(const QString &mediaType)
{
    return find(mediaType) != nullptr;
}

bool MediaTypes::isCompressed(const QString &mediaType)
{
    const Kind *k = find(mediaType);
    return k && k->compressed;
}

QString MediaTypes::extensionFor(const QString &mediaType)
{
    const Kind *k = find(mediaType);
    return k ? QLatin1String(k->extension) : QStringLiteral("bin");
}

} // namespace debrief
