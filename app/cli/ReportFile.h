// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "format/AttachmentStore.h"
#include "model/Report.h"

#include <QStringList>

#include <optional>

namespace debrief {

class CliContext;

// A .pmd a command reads: the report, its attachments served from the archive, and what a
// reader should be warned about.
struct ReportFile
{
    Report report;
    AttachmentStore attachments;
    QStringList warnings; // from reading, and from validate() once called

    // Reads `path`; when it cannot, says why and returns the exit code (BadInput).
    std::optional<int> open(CliContext &context, const QString &path);
    // Adds the problems ReportValidator finds to the warnings.
    void validate();
};

} // namespace debrief
