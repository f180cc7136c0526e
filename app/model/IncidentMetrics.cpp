// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/IncidentMetrics.h"

#include "model/ReportMetadata.h"

#include <QCoreApplication>

#include <iterator>

namespace debrief {

namespace {
std::optional<qint64> between(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    return from.secsTo(to);
}
} // namespace

IncidentMetrics::IncidentMetrics(const ReportMetadata &m)
    : m_detect(between(m.started, m.detected))
    , m_mitigate(between(m.started, m.mitigated))
    , m_resolve(between(m.started, m.resolved))
{
    struct Instant
    {
        const QDateTime &at;
        const char *name;
    };
    const Instant sequence[] = {{m.started, "started"},
                                {m.detected, "detected"},
                                {m.mitigated, "mitigated"},
                                {m.resolved, "resolved"}};
    auto check = [this](const Instant &earlier, const Instant &later) {
        if (earlier.at.isValid() && later.at.isValid() && later.at < earlier.at) {
            m_problems << QCoreApplication::translate("IncidentMetrics",
                                                      "the %1 time is before the %2 time")
                              .arg(QLatin1String(later.name), QLatin1String(earlier.name));
        }
    };
    // Each instant against the nearest one before it that is set (a missing instant in
    // between must not hide a negative figure), and the resolution against the start.
    for (qsizetype i = 1; i < std::ssize(sequence); ++i) {
        qsizetype previous = i - 1;
        while (previous > 0 && !sequence[previous].at.isValid())
            --previous;
        check(sequence[previous], sequence[i]);
    }
    if (m.detected.isValid() || m.mitigated.isValid())
        check(sequence[0], sequence[3]);
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
