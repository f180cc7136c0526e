// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A .pmd from someone else: the ZIP container, report.json, the attachments and their checks,
// as opening the file in the window or `debrief validate` reads them.

#include "FuzzTarget.h"

#include "document/ReportDocument.h"
#include "format/ReportValidator.h"

using namespace debrief;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QString path = fuzz::asFile(data, size, QStringLiteral("input.pmd"));
    if (path.isEmpty())
        return 0;
    ReportDocument document;
    QString error;
    if (document.load(path, &error))
        ReportValidator::check(document.report(), document.attachments());
    return 0;
}
