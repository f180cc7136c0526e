// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace debrief {

// What an export did, the same for every format: where it wrote, how much, what a reader
// should be told, or why nothing was written.
struct ExportResult
{
    QString path;         // the document, as asked for
    QString imagesFolder; // beside the document; empty when no images were written
    qsizetype images = 0;
    int pages = 0; // PDF only
    QStringList warnings;
    QString error;          // why nothing was written; empty on success or cancel
    bool cancelled = false; // the user stopped it: nothing was written, nothing to report

    bool ok() const { return error.isEmpty() && !cancelled; }
};

} // namespace debrief
