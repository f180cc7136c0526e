// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace debrief {

struct Report;
struct ReportMetadata;
struct TimelineEntry;

// What a reader should see beside each timeline entry: its time in the zone the timeline is
// shown in, the silence since the previous timed entry and whether it is a gap, and whether it
// contradicts the order above it. Everything is computed from instants; a date-less time is
// only compared with other date-less times. The pane, the preview, every export, `info` and
// `validate` read the same figures from here.
class TimelineAnalysis
{
public:
    struct Row
    {
        QString time;     // "2026-11-03 09:15", "09:20" (same day as above), "~09:30", "—"
        QString recorded; // "2026-11-03 08:15 (UTC+00:00)" when recorded in another offset
        std::optional<qint64> sincePrevious; // seconds after the previous timed entry, >= 0
        bool gap = false;                    // sincePrevious longer than the report's threshold
        int contradicts = -1;                // the latest entry above that is later than this one
        qint64 earlierBy = 0;                // seconds this entry is earlier than `contradicts`

        bool operator==(const Row &) const = default;
    };

    // Instants in the zone the timeline is shown in. A zone lookup per entry is most of the
    // analysis's cost, so views that analyse the same timeline after every edit keep one of
    // these: a move then converts no instant twice.
    class LocalTimes
    {
    public:
        struct Local
        {
            QDate date;
            int offset = 0;   // seconds from UTC in the zone at that instant
            QString clock;    // "09:15"
            QString dateTime; // "2026-11-03 09:15"
        };
        const Local &of(const QDateTime &at, const QTimeZone &zone);

    private:
        QByteArray m_zone;
        QHash<qint64, Local> m_byMsecs;
    };

    explicit TimelineAnalysis(const Report &report, LocalTimes *cache = nullptr);

    // The zone the timeline is shown in: UTC when the report says so or names no valid zone.
    static QTimeZone displayZone(const ReportMetadata &metadata);
    // "~09:30", "09:00" for one entry without the date-change rule (a label, a tooltip).
    static QString timeText(const TimelineEntry &entry, const QTimeZone &zone, bool withDate);
    // The order "Sort by time" gives (order[i] = the old row at i): stable, dated entries by
    // instant, then date-less ones by time of day; an untimed entry stays after the entry it
    // followed (at the top when it leads).
    static QList<int> timeOrder(const QList<TimelineEntry> &timeline);

    const QList<Row> &rows() const { return m_rows; }
    QTimeZone zone() const { return m_zone; }
    QList<int> chronologyProblems() const; // rows earlier than an entry above them
    QList<int> gaps() const;               // rows after a silence over the threshold
    // "Earlier than entry 4 (10:20) by 12 min", for tooltips and `validate`; empty when fine.
    QString problemText(int row) const;
    QString sinceText(int row) const; // "+12 min", empty when unknown

private:
    void describeTime(Row &row, const TimelineEntry &e, LocalTimes &times, QDate &lastDate,
                      const QTimeZone &reportZone) const;

    QList<Row> m_rows;
    QTimeZone m_zone;
    qint64 m_gapSecs = 0;
};

} // namespace debrief
