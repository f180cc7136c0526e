// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/ActionItem.h"
#include "model/Attachment.h"
#include "model/ReportMetadata.h"
#include "model/Section.h"
#include "model/TimelineEntry.h"

#include <QList>

namespace debrief {

// A whole postmortem as plain values: cheap to copy, compare and hand to a worker thread.
struct Report
{
    QString templateId;
    ReportMetadata metadata;
    QList<Section> sections;
    QList<TimelineEntry> timeline;
    QList<ActionItem> actionItems;
    QList<Attachment> attachments;
    int formatMinor = 0; // minor format version the file was written with
    QJsonObject extra;   // unknown top-level keys

    // The content; formatMinor is a fact about the file it came from.
    bool operator==(const Report &other) const
    {
        return templateId == other.templateId && metadata == other.metadata &&
               sections == other.sections && timeline == other.timeline &&
               actionItems == other.actionItems && attachments == other.attachments &&
               extra == other.extra;
    }

    int sectionIndex(const QString &id) const;
    int attachmentIndex(const QString &id) const;

    // The counts a summary of the report gives (`debrief info`).
    qsizetype writtenSectionCount() const;
    qsizetype keyMomentCount() const;
    qsizetype openActionItemCount() const; // not done: open or in progress
    qint64 attachmentBytes() const;
};

} // namespace debrief
