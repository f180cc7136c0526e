// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace debrief {

// Where an entry was taken from, when it came from a chat channel's or a pager's log: enough
// to find the message again, never a link that could carry a token.
struct EntrySource
{
    QString file;    // the source's file name, without its folder
    QString channel; // empty when the source has none
    QString message; // the message in the source: its id, its time stamp or "line 14"

    bool isEmpty() const { return file.isEmpty() && channel.isEmpty() && message.isEmpty(); }
    bool operator==(const EntrySource &) const = default;
};

struct TimelineEntry
{
    QString id;
    QDateTime at; // with the offset it was recorded in; invalid when no date is known
    QTime clock;  // a time of day with no known date (an imported "09:00 AM"), in the report's
                  // zone; only when `at` is invalid
    bool approximate = false;               // "~10:15": the writer was not sure
    QString kind = QStringLiteral("event"); // one of Vocabulary::timelineKinds()
    QString description;                    // Markdown
    QString author;
    bool keyMoment = false;
    EntrySource source; // empty for entries the user wrote
    QJsonObject extra;

    bool operator==(const TimelineEntry &) const = default;

    bool hasTime() const { return at.isValid() || clock.isValid(); }
    bool hasDateLessTime() const { return !at.isValid() && clock.isValid(); }
};

} // namespace debrief
