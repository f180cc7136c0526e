// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QStringList>

#include <array>
#include <optional>

namespace debrief {

struct Report;
struct ReportMetadata;

// The figures a reader judges a response by, derived from instants, never from display
// strings: time to detect (start to detection), to mitigate and to resolve (from detection)
// and the duration (start to resolution). Each instant is the overview's, or where that is
// empty the first timeline entry of the matching kind (the earliest entry for the start),
// and then the figure says it comes from the timeline. A missing input leaves the figure
// empty with the reason; an impossible (negative) one is an error, never a number.
class IncidentMetrics
{
public:
    struct Figure
    {
        std::optional<qint64> secs; // known and not negative
        QString missing;            // why there is no figure ("no detection time")
        QString error;              // why the figure is impossible
        bool fromTimeline = false;  // an input is a timeline entry's time
        bool approximate = false;   // an input is an approximate time

        std::optional<qint64> minutes() const;
        QString text() const; // "1 h 05 min", "~1 h 05 min", "—"
        QString note() const; // "from the timeline", the reason or the error; may be empty
    };

    explicit IncidentMetrics(const Report &report);
    // The overview's instants alone.
    explicit IncidentMetrics(const ReportMetadata &metadata);

    const Figure &timeToDetect() const { return m_detect; }
    const Figure &timeToMitigate() const { return m_mitigate; }
    const Figure &timeToResolve() const { return m_resolve; }
    const Figure &duration() const { return m_duration; }
    // Instants out of order: the overview's among themselves, and impossible figures that
    // come from the timeline.
    const QStringList &problems() const { return m_problems; }

    // "1 h 05 min", "3 d 2 h", "-12 min": short, for title blocks and summaries.
    static QString formatDuration(qint64 secs);

private:
    struct Instant
    {
        QDateTime at;
        bool fromTimeline = false;
        bool approximate = false;
        QTime clock;    // a time without a date, in the report's zone, when `at` is unset
        int order = -1; // the timeline row it comes from
    };
    static Instant dateLessEntry(const Report &report, int instant);
    using Instants = std::array<Instant, 4>; // started, detected, mitigated, resolved
    IncidentMetrics(const ReportMetadata &metadata, const Instants &instants);
    static Instants overviewInstants(const ReportMetadata &m);
    static Instants reportInstants(const Report &report);
    static Figure between(const Instants &instants, int from, int to);
    static Figure betweenClocks(Figure f, const Instant &a, const Instant &b, int from, int to);
    void checkOverviewOrder(const ReportMetadata &m);

    Figure m_detect;
    Figure m_mitigate;
    Figure m_resolve;
    Figure m_duration;
    QStringList m_problems;
};

} // namespace debrief
