// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A Markdown postmortem someone else wrote, imported as `debrief import` and File → Import do.

#include "FuzzTarget.h"

#include "import/MarkdownImporter.h"

#include <QTemporaryDir>

using namespace debrief;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    if (qint64(size) > MarkdownImporter::kMaxInputBytes)
        return 0; // importFile refuses these before reading them
    // Relative images are looked up in an empty folder: found nowhere, as for most inputs.
    static QTemporaryDir images;
    const auto result =
        MarkdownImporter::importMarkdown(QString::fromUtf8(fuzz::bytes(data, size)), images.path());
    result.toJson();
    result.describe();
    return 0;
}
