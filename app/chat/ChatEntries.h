// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chat/ChatSource.h"
#include "model/TimelineEntry.h"

#include <QTimeZone>

namespace debrief {

struct ReportMetadata;

// A chat or pager log's messages as draft timeline entries: inside a time window, moved by a
// clock offset, with their author, a kind taken from the source or guessed from the words,
// and a link back to the message. Rows that repeat an entry the report has (the same minute,
// much the same words) are marked.
class ChatEntries
{
public:
    struct Options
    {
        QDateTime from, to;    // invalid: no bound; messages without a date are always in
        int offsetMinutes = 0; // added to every time: for a source whose clock was wrong
        QTimeZone reportZone;  // entries keep their instant, shown in this zone
        QTimeZone sourceZone;  // of the log's times without a date, when not the report's
    };

    struct Row
    {
        TimelineEntry entry; // without an id: the rows taken get theirs when they are added
        bool joinOrLeave = false;
        bool kindInferred = false; // from the words, not stated by the source
        int duplicateOf = -1;      // the row of the report's timeline it repeats
    };

    static QList<Row> rows(const ChatSource &source, const Options &options,
                           const QList<TimelineEntry> &existing);
    // Whether two entries' texts say much the same thing.
    static bool similar(const QString &a, const QString &b);
    // `entries` in time order (stable; those without a time last), as insertionRows wants them.
    static QList<TimelineEntry> inTimeOrder(QList<TimelineEntry> entries, const QTimeZone &zone);
    // Where each of `added` (in time order) goes in `existing` to keep time order: the row it
    // is inserted at, in the order of `added`, each counted after the ones before it are in.
    static QList<int> insertionRows(const QList<TimelineEntry> &existing,
                                    const QList<TimelineEntry> &added, const QTimeZone &zone);
    // From an hour before the incident's first instant to an hour after its last; an
    // invalid end where the report has none.
    static std::pair<QDateTime, QDateTime> defaultWindow(const ReportMetadata &metadata);
};

} // namespace debrief
