// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace debrief {

// The kinds of file a report embeds, by media type, and how each is stored in the archive.
class MediaTypes
{
public:
    // Media type of the bytes, from their content first and the file name second.
    static QString detect(const QByteArray &bytes, const QString &fileName);
    static bool isSupportedImage(const QString &mediaType);
    // Already compressed formats are stored as they are: deflating them again wastes time.
    static bool isCompressed(const QString &mediaType);
    static QString extensionFor(const QString &mediaType);
};

} // namespace debrief
