// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "export/ExportResult.h"
#include "export/ExportSettings.h"

namespace debrief {

class AttachmentStore;
struct Report;

// The one way to export a report: `debrief export`, the export dialog and the window's worker
// thread all call run(). It produces the document in the settings' format and writes it with
// its images folder all-or-nothing (ExportWriter). Touches no widgets, so it runs on any
// thread; the attachment store is thread-safe.
class ExportService
{
public:
    // PDF only: (0, 0) after layout, then (done, total) after each page; false cancels.
    using Progress = PdfExporter::Progress;

    static ExportResult run(const Report &report, const AttachmentStore &attachments,
                            const QString &path, const ExportSettings &settings,
                            const Progress &progress = {});
};

} // namespace debrief
