// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace debrief {

// Who, what and when of an incident. Instants keep the offset they were written with; the
// report's IANA zone decides how they are displayed.
struct ReportMetadata
{
    static constexpr int kDefaultGapMinutes = 30;
    static constexpr int kMaxGapMinutes = 7 * 24 * 60;

    QString title;
    QString incidentId;
    QString severity; // one of Vocabulary::severities(), empty when not yet decided
    QString status = QStringLiteral("draft");
    QStringList authors;
    QStringList reviewers;
    QDateTime started;
    QDateTime detected;
    QDateTime mitigated;
    QDateTime resolved;
    // A time the source gave without any date ("From 09:00 to 11:30"), in `timeZone`, kept only
    // while the instant above is unset: never an invented day. Set Date gives them their day.
    QTime startedClock;
    QTime detectedClock;
    QTime mitigatedClock;
    QTime resolvedClock;
    QByteArray timeZone;                 // IANA id, e.g. "Europe/Berlin"
    bool timelineInUtc = false;          // the timeline shown in UTC rather than `timeZone`
    int gapMinutes = kDefaultGapMinutes; // a silence this long between entries is marked
    QStringList services;
    QStringList tags;
    QJsonObject extra; // keys this version does not know, kept for the next save

    bool operator==(const ReportMetadata &) const = default;

    bool hasDateLessTimes() const
    {
        return startedClock.isValid() || detectedClock.isValid() || mitigatedClock.isValid() ||
               resolvedClock.isValid();
    }
};

} // namespace debrief
