// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace debrief {

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
    QJsonObject extra;

    bool operator==(const TimelineEntry &) const = default;

    bool hasTime() const { return at.isValid() || clock.isValid(); }
    bool hasDateLessTime() const { return !at.isValid() && clock.isValid(); }
};

} // namespace debrief
