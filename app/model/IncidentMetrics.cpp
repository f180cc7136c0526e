// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/IncidentMetrics.h"

#include "model/ModelText.h"
#include "model/Report.h"

#include <iterator>

namespace debrief {

namespace {

enum { Started, Detected, Mitigated, Resolved };

// The timeline kind that stands in for each instant; any entry stands in for the start.
const char *const kKinds[] = {nullptr, "detection", "mitigation", "resolution"};

QString missingText(int instant)
{
    switch (instant) {
    case Started:
        return ModelText::tr("no start time");
    case Detected:
        return ModelText::tr("no detection time");
    case Mitigated:
        return ModelText::tr("no mitigation time");
    }
    return ModelText::tr("no resolution time");
}

QString noDateText(int instant)
{
    static const char *const names[] = {"start", "detection", "mitigation", "resolution"};
    return ModelText::tr("the %1 time has no date").arg(QLatin1String(names[instant]));
}

QString orderText(int later, int earlier)
{
    static const char *const names[] = {"started", "detected", "mitigated", "resolved"};
    return ModelText::tr("the %1 time is before the %2 time")
        .arg(QLatin1String(names[later]), QLatin1String(names[earlier]));
}

} // namespace

std::optional<qint64> IncidentMetrics::Figure::minutes() const
{
    return secs ? std::optional<qint64>(*secs / 60) : std::nullopt;
}

QString IncidentMetrics::Figure::text() const
{
    if (!secs)
        return QStringLiteral("—");
    return (approximate ? QStringLiteral("~") : QString()) + formatDuration(*secs);
}

QString IncidentMetrics::Figure::note() const
{
    if (!error.isEmpty())
        return error;
    if (!missing.isEmpty())
        return missing;
    return fromTimeline ? ModelText::tr("from the timeline") : QString();
}

IncidentMetrics::IncidentMetrics(const Report &report)
    : IncidentMetrics(report.metadata, reportInstants(report))
{}

IncidentMetrics::IncidentMetrics(const ReportMetadata &metadata)
    : IncidentMetrics(metadata, overviewInstants(metadata))
{}

IncidentMetrics::IncidentMetrics(const ReportMetadata &metadata, const Instants &instants)
    : m_detect(between(instants, Started, Detected))
    , m_mitigate(between(instants, Detected, Mitigated))
    , m_resolve(between(instants, Detected, Resolved))
    , m_duration(between(instants, Started, Resolved))
{
    checkOverviewOrder(metadata);
    for (const Figure *f : {&m_detect, &m_mitigate, &m_resolve, &m_duration}) {
        const QString problem = ModelText::tr("%1 (from the timeline)").arg(f->error);
        if (f->fromTimeline && !f->error.isEmpty() && !m_problems.contains(problem))
            m_problems << problem;
    }
}

IncidentMetrics::Instants IncidentMetrics::overviewInstants(const ReportMetadata &m)
{
    return {Instant{m.started, false, false, m.startedClock},
            Instant{m.detected, false, false, m.detectedClock},
            Instant{m.mitigated, false, false, m.mitigatedClock},
            Instant{m.resolved, false, false, m.resolvedClock}};
}

IncidentMetrics::Instants IncidentMetrics::reportInstants(const Report &report)
{
    Instants instants = overviewInstants(report.metadata);
    for (int i = Started; i <= Resolved; ++i) {
        if (instants[i].at.isValid())
            continue;
        // The earliest dated entry of the kind: the list order may still be wrong.
        for (const TimelineEntry &e : report.timeline) {
            if (!e.at.isValid() || (kKinds[i] && e.kind != QLatin1String(kKinds[i])))
                continue;
            if (!instants[i].at.isValid() || e.at < instants[i].at)
                instants[i] = {e.at, true, e.approximate, QTime(), -1};
        }
        if (!instants[i].at.isValid() && !instants[i].clock.isValid())
            instants[i] = dateLessEntry(report, i);
    }
    return instants;
}

// With no dated entry of the kind, the first one with a time alone (in list order: without
// dates, the order is all there is).
IncidentMetrics::Instant IncidentMetrics::dateLessEntry(const Report &report, int instant)
{
    for (qsizetype row = 0; row < report.timeline.size(); ++row) {
        const TimelineEntry &e = report.timeline.at(row);
        if (e.hasDateLessTime() && (!kKinds[instant] || e.kind == QLatin1String(kKinds[instant])))
            return {QDateTime(), true, e.approximate, e.clock, int(row)};
    }
    return {};
}

IncidentMetrics::Figure IncidentMetrics::between(const Instants &instants, int from, int to)
{
    Figure f;
    const Instant &a = instants[from];
    const Instant &b = instants[to];
    f.fromTimeline = a.fromTimeline || b.fromTimeline;
    f.approximate = a.approximate || b.approximate;
    if (!a.at.isValid() && !b.at.isValid() && a.clock.isValid() && b.clock.isValid())
        return betweenClocks(f, a, b, from, to);
    auto known = [](const Instant &i) { return i.at.isValid() || i.clock.isValid(); };
    if (!known(a) || !known(b)) {
        f.missing = missingText(known(a) ? to : from);
        return f;
    }
    if (!a.at.isValid() || !b.at.isValid()) { // one dated, one a time alone
        f.missing = noDateText(a.at.isValid() ? to : from);
        return f;
    }
    const qint64 secs = a.at.secsTo(b.at);
    if (secs < 0)
        f.error = orderText(to, from);
    else
        f.secs = secs;
    return f;
}

// Two times of day with no date: a later one more than twelve hours earlier on the clock is
// past midnight; a smaller step back, or one the timeline lists first, is out of order.
IncidentMetrics::Figure IncidentMetrics::betweenClocks(Figure f, const Instant &a, const Instant &b,
                                                       int from, int to)
{
    const qint64 secs = a.clock.secsTo(b.clock);
    // 23:10 then 00:40 is past midnight; 10:00 then 09:20 is out of order, as is anything the
    // timeline lists the other way round.
    const bool listedBefore = a.order >= 0 && b.order >= 0 && b.order < a.order;
    if (secs < 0 && (secs > -12 * 3600 || listedBefore)) {
        f.error = orderText(to, from);
        return f;
    }
    f.secs = secs < 0 ? secs + 86400 : secs;
    return f;
}

void IncidentMetrics::checkOverviewOrder(const ReportMetadata &m)
{
    const QDateTime *sequence[] = {&m.started, &m.detected, &m.mitigated, &m.resolved};
    auto check = [&](int earlier, int later) {
        if (sequence[earlier]->isValid() && sequence[later]->isValid() &&
            *sequence[later] < *sequence[earlier])
            m_problems << orderText(later, earlier);
    };
    // Each instant against the nearest one before it that is set (a missing instant in
    // between must not hide a negative figure), and the resolution against the start.
    for (int i = Detected; i < int(std::size(sequence)); ++i) {
        int previous = i - 1;
        while (previous > Started && !sequence[previous]->isValid())
            --previous;
        check(previous, i);
    }
    if (m.detected.isValid() || m.mitigated.isValid())
        check(Started, Resolved);
}

QString IncidentMetrics::formatDuration(qint64 secs)
{
    const QString sign = secs < 0 ? QStringLiteral("-") : QString();
    qint64 s = secs < 0 ? -secs : secs;
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 mins = (s % 3600) / 60;
    if (days > 0)
        return QStringLiteral("%1%2 d %3 h").arg(sign).arg(days).arg(hours);
    if (hours > 0)
        return QStringLiteral("%1%2 h %3 min")
            .arg(sign)
            .arg(hours)
            .arg(mins, 2, 10, QLatin1Char('0'));
    if (mins > 0 || s == 0)
        return QStringLiteral("%1%2 min").arg(sign).arg(mins);
    return QStringLiteral("%1%2 s").arg(sign).arg(s);
}

} // namespace debrief
