// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/ReportFile.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "format/PmdArchive.h"
#include "format/ReportValidator.h"

#include <QFileInfo>

namespace debrief {

std::optional<int> ReportFile::open(CliContext &context, const QString &path)
{
    QString error;
    auto loaded = PmdArchive::read(path, &error);
    if (!loaded)
        return context.fail(path, error, CommandLine::BadInput);
    report = std::move(loaded->report);
    warnings = std::move(loaded->warnings);
    attachments.setArchive(QFileInfo(path).absoluteFilePath(), loaded->attachmentEntries);
    return std::nullopt;
}

void ReportFile::validate()
{
    warnings << ReportValidator::check(report, attachments);
}

} // namespace debrief
