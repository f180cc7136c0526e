// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ImportSource.h"
#include "import/Topic.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace debrief {

// Summary-style lines that name a fact about the incident: "**Severity:** SEV2",
// "- **Authors:** Ana, Bo", "**Impact:** …", and in front matter or the lines above the first
// section also "Severity: SEV2". MarkdownExporter's metadata list reads back through here.
class SummaryFields
{
public:
    enum class Field {
        Title,
        Severity,
        Status,
        Incident,
        Date,
        Authors,
        Reviewers,
        Services,
        Tags,
        Started,
        Detected,
        Mitigated,
        Resolved,
        Duration, // start to resolution
        TimeToDetect,
        TimeToMitigate,
        TimeToResolve, // detection to resolution
        TimeZone,
        Section // text for the section of `topic`
    };

    int line = -1;
    Field field = Field::Title;
    std::optional<Topic> topic; // Section fields only
    QString label;              // as written
    QString value;              // as written, hard line breaks removed

    static std::optional<SummaryFields> parse(const QString &text, bool plainLabels);
    // Every field on a line: "**Severity:** SEV3 · **Authors:** Hannah" gives two. Empty when
    // any part of the line is not a field.
    static QList<SummaryFields> parseLine(const QString &text, bool plainLabels);
    // The fields on every line of `range` (front matter).
    static QList<SummaryFields> inLines(const ImportSource &source, LineRange range,
                                        bool plainLabels);
    // The fields on the paragraph lines and one-line list items of the blocks in `range`.
    static QList<SummaryFields> inBlocks(const ImportSource &source, LineRange range,
                                         bool plainLabels);
    // "Ana, Bo and Cy" gives three names; Markdown resolved, "@" dropped.
    static QStringList names(const QString &value);
    static std::optional<QString> severity(const QString &value);
    static std::optional<QString> status(const QString &value);
};

} // namespace debrief
