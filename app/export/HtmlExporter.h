// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "export/ExportImages.h"

namespace debrief {

// A report as one standalone HTML page: the same HTML the preview shows, with the print
// stylesheet, and images from the folder beside the file. Written as XHTML-compatible markup
// so XML tools can read it too.
class HtmlExporter
{
public:
    struct Result
    {
        QString html;
        ExportImages images;
    };
    static Result exportReport(const Report &report, const AttachmentStore &attachments,
                               const QString &imagesFolder);
};

} // namespace debrief
