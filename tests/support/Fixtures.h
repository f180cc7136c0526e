// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Report.h"

#include <QHash>

#include <functional>

namespace debrief {
class AttachmentStore;
}

// Reports and images made by the tests themselves.
class Fixtures
{
public:
    // Every kind of content: all metadata, custom sections, Unicode, code, timeline entries in
    // two offsets, action items, three attachments and unknown keys at every level.
    static debrief::Report fullReport(debrief::AttachmentStore *store);

    // Looks like a monitoring dashboard: flat background, grid, plotted series. Not noise.
    static QImage dashboard(int width, int height, int seed);
    static QByteArray png(const QImage &image);
    static QByteArray jpeg(const QImage &image);
    // The image with camera data, a GPS position, an IPTC caption, XMP and (JPEG) a comment,
    // written by Exiv2: a tool nobody here wrote puts in what Debrief must find and remove.
    // The secrets it writes: "cage 14", "db-7", "on-call" and (comment) "4471".
    static QByteArray withMetadata(const QByteArray &image, bool comment);
    // A valid PNG signature and header claiming width x height pixels, with a tiny body.
    static QByteArray pngClaiming(quint32 width, quint32 height);

    static QByteArray sha256(const QByteArray &bytes);
    // Runs `work` as if the disk filled up after `bytes` bytes of any file: a file size limit,
    // which binds root too (permission bits do not).
    static void withDiskFullAfter(qint64 bytes, const std::function<void()> &work);
    static bool writeFile(const QString &path, const QByteArray &bytes);
    static QByteArray readFile(const QString &path);
};
