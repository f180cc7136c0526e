// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/TimelineAnalysis.h"

#include "model/IncidentMetrics.h"
#include "model/ModelText.h"
#include "model/Report.h"

#include <algorithm>
#include <array>

namespace debrief {

namespace {

const QString kDateTime = QStringLiteral("yyyy-MM-dd HH:mm");
const QString kClock = QStringLiteral("HH:mm");

QString offsetText(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// Dated entries (0) compare by instant, date-less ones (1) by time of day; never across.
using Key = std::pair<int, qint64>;

std::optional<Key> sortKey(const TimelineEntry &e)
{
    if (e.at.isValid())
        return Key{0, e.at.toMSecsSinceEpoch()};
    if (e.clock.isValid())
        return Key{1, e.clock.msecsSinceStartOfDay()};
    return std::nullopt;
}

} // namespace

QTimeZone TimelineAnalysis::displayZone(const ReportMetadata &m)
{
    const QTimeZone zone(m.timeZone);
    return !m.timelineInUtc && zone.isValid() ? zone : QTimeZone(QTimeZone::UTC);
}

QString TimelineAnalysis::timeText(const TimelineEntry &e, const QTimeZone &zone, bool withDate)
{
    QString text;
    if (e.at.isValid())
        text = e.at.toTimeZone(zone).toString(withDate ? kDateTime : kClock);
    else if (e.clock.isValid())
        text = e.clock.toString(kClock);
    else
        return QStringLiteral("—");
    return e.approximate ? QLatin1Char('~') + text : text;
}

const TimelineAnalysis::LocalTimes::Local &TimelineAnalysis::LocalTimes::of(const QDateTime &at,
                                                                            const QTimeZone &zone)
{
    if (m_zone != zone.id() || m_byMsecs.size() > 100000) {
        m_zone = zone.id();
        m_byMsecs.clear();
    }
    const qint64 key = at.toMSecsSinceEpoch();
    if (const auto it = m_byMsecs.constFind(key); it != m_byMsecs.cend())
        return it.value();
    const QDateTime local = at.toTimeZone(zone);
    return *m_byMsecs.insert(key, Local{local.date(), local.offsetFromUtc(), local.toString(kClock),
                                        local.toString(kDateTime)});
}

// An entry's time text (with its date where the day changed since `lastDate`) and where
// it came from.
void TimelineAnalysis::describeTime(Row &row, const TimelineEntry &e, LocalTimes &times,
                                    QDate &lastDate, const QTimeZone &reportZone) const
{
    if (e.at.isValid()) {
        const LocalTimes::Local &local = times.of(e.at, m_zone);
        row.time = (e.approximate ? QStringLiteral("~") : QString()) +
                   (local.date != lastDate ? local.dateTime : local.clock);
        lastDate = local.date;
        if (e.at.offsetFromUtc() != local.offset)
            row.recorded = ModelText::tr("Recorded as %1 (%2)")
                               .arg(e.at.toString(kDateTime), offsetText(e.at.offsetFromUtc()));
        return;
    }
    row.time = timeText(e, m_zone, false);
    if (!e.clock.isValid())
        return;
    row.recorded = m_zone == reportZone || !reportZone.isValid()
                       ? ModelText::tr("A time of day; no date is known")
                       : ModelText::tr("A time of day in %1; no date is known, so it is not "
                                       "converted")
                             .arg(QString::fromLatin1(reportZone.id()));
}

TimelineAnalysis::TimelineAnalysis(const Report &report, LocalTimes *cache)
    : m_zone(displayZone(report.metadata))
    , m_gapSecs(qint64(report.metadata.gapMinutes) * 60)
{
    struct Seen
    {
        int row = -1;
        qint64 value = 0;
    };
    std::array<Seen, 2> previous; // the nearest timed entry above, per kind of key
    std::array<Seen, 2> latest;   // the latest one above
    const QTimeZone reportZone(report.metadata.timeZone);
    LocalTimes own;
    LocalTimes &times = cache ? *cache : own;
    QDate lastDate;
    m_rows.reserve(report.timeline.size());
    for (int i = 0; i < report.timeline.size(); ++i) {
        const TimelineEntry &e = report.timeline[i];
        Row row;
        describeTime(row, e, times, lastDate, reportZone);
        if (const auto key = sortKey(e)) {
            Seen &before = previous[key->first];
            Seen &top = latest[key->first];
            if (before.row >= 0 && key->second >= before.value) {
                row.sincePrevious = (key->second - before.value) / 1000;
                row.gap = *row.sincePrevious > m_gapSecs;
            }
            if (top.row >= 0 && key->second < top.value) {
                row.contradicts = top.row;
                row.earlierBy = (top.value - key->second) / 1000;
            } else {
                top = {i, key->second};
            }
            before = {i, key->second};
        }
        m_rows << row;
    }
}

QList<int> TimelineAnalysis::chronologyProblems() const
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].contradicts >= 0)
            rows << i;
    }
    return rows;
}

QList<int> TimelineAnalysis::gaps() const
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].gap)
            rows << i;
    }
    return rows;
}

QString TimelineAnalysis::problemText(int row) const
{
    const Row &r = m_rows.at(row);
    if (r.contradicts < 0)
        return {};
    return ModelText::tr("Earlier than entry %1 (%2) above it, by %3")
        .arg(r.contradicts + 1)
        .arg(m_rows.at(r.contradicts).time, IncidentMetrics::formatDuration(r.earlierBy));
}

QString TimelineAnalysis::sinceText(int row) const
{
    const auto secs = m_rows.at(row).sincePrevious;
    return secs ? QLatin1Char('+') + IncidentMetrics::formatDuration(*secs) : QString();
}

QList<int> TimelineAnalysis::timeOrder(const QList<TimelineEntry> &timeline)
{
    struct Group
    {
        std::optional<Key> key;
        QList<int> rows;
    };
    QList<Group> groups;
    for (int i = 0; i < timeline.size(); ++i) {
        const auto key = sortKey(timeline[i]);
        if (key || groups.isEmpty())
            groups.append({key, {i}});
        else
            groups.last().rows.append(i); // untimed: travels with the entry it follows
    }
    // Only a leading group of untimed entries has no key; it stays first.
    std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        if (!a.key || !b.key)
            return !a.key && b.key;
        return *a.key < *b.key;
    });
    QList<int> order;
    order.reserve(timeline.size());
    for (const Group &g : std::as_const(groups))
        order << g.rows;
    return order;
}

} // namespace debrief
