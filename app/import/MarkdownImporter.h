// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Report.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace debrief {

// A Markdown postmortem turned into a structured report: the title from the first heading,
// sections matched to template sections by name (SectionMatcher), summary lines into metadata
// (SummaryFields), the timeline section into entries (TimelineParser), action-item lists and
// tables into action items (ActionItemParser), local images into attachments (ImageEmbedder).
// Text that fits nowhere stays in a section as written. Reads back what MarkdownExporter
// writes. MarkdownImport does the work, one phase at a time; docs/architecture.md describes
// the rules.
class MarkdownImporter
{
public:
    static constexpr qint64 kMaxInputBytes = 16 << 20;

    struct SectionMapping
    {
        QString heading;  // as written; empty for the text before the first heading
        QString mappedTo; // a section id, "timeline" or "actionItems"
        bool custom = false;
    };

    struct FieldMapping
    {
        QString label;
        QString mappedTo; // empty: recognised but kept in the text
    };

    struct Result
    {
        Report report;
        QHash<QString, QByteArray> attachmentBytes; // attachment id -> bytes
        QList<SectionMapping> sections;
        QList<FieldMapping> fields;
        QStringList embedded, missing, remote, refused; // images as written in the text
        QStringList warnings;
        QStringList inferred; // what the import guessed rather than read, for the user to check

        QJsonObject toJson() const;
        // What was mapped and what was not, one line each, for people.
        QStringList describe() const;
    };

    // Reads a UTF-8 file of at most kMaxInputBytes; nullopt with *error when it cannot.
    static std::optional<Result> importFile(const QString &path, QString *error);
    // Images are looked up relative to baseDir.
    static Result importMarkdown(const QString &markdown, const QString &baseDir);
};

} // namespace debrief
