// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/IncidentMetrics.h"

#include "model/ReportMetadata.h"

#include <QCoreApplication>

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
    struct Pair
    {
        const QDateTime &earlier;
        const QDateTime &later;
        const char *earlierName;
        const char *laterName;
    };
    const Pair order[] = {{m.started, m.detected, "started", "detected"},
                          {m.detected, m.mitigated, "detected", "mitigated"},
                          {m.mitigated, m.resolved, "mitigated", "resolved"},
                          {m.started, m.resolved, "started", "resolved"}};
    for (const Pair &p : order) {
        if (p.earlier.isValid() && p.later.isValid() && p.later < p.earlier) {
            m_problems << QCoreApplication::translate("IncidentMetrics",
                                                      "the %1 time is before the %2 time")
                              .arg(QLatin1String(p.laterName), QLatin1String(p.earlierName));
        }
    }
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
