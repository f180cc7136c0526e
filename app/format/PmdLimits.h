// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

namespace debrief {

// Bounds on everything read from a .pmd: a file from someone else is untrusted input, and
// these keep a hostile one from exhausting memory or time.
struct PmdLimits
{
    static constexpr qint64 kMaxArchiveBytes = qint64(1) << 30; // 1 GiB on disk
    static constexpr qint64 kMaxEntries = 4096;
    static constexpr qint64 kMaxJsonBytes = 32 << 20;         // report.json, inflated
    static constexpr qint64 kMaxAttachmentBytes = 64 << 20;   // one attachment
    static constexpr qint64 kMaxTotalBytes = qint64(1) << 30; // all entries, inflated
    static constexpr qint64 kMaxCompressionRatio = 200;       // above 1 MiB inflated
    static constexpr int kMaxImageSide = 20000;               // pixels
    static constexpr qint64 kMaxImagePixels = 120'000'000;    // ~ 11000 x 11000
    static constexpr int kImageAllocationLimitMb = 512;       // QImageReader's limit
};

} // namespace debrief
