// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

#include <optional>

namespace debrief {

struct ReportMetadata;

// Durations derived from the metadata instants, never from display strings. A missing instant
// leaves its figures empty; an out-of-order pair is kept (negative) and named in problems().
class IncidentMetrics
{
public:
    explicit IncidentMetrics(const ReportMetadata &metadata);

    std::optional<qint64> timeToDetectSecs() const { return m_detect; }
    std::optional<qint64> timeToMitigateSecs() const { return m_mitigate; }
    std::optional<qint64> timeToResolveSecs() const { return m_resolve; }
    const QStringList &problems() const { return m_problems; }

    // "1 h 05 min", "3 d 2 h", "-12 min": short, for title blocks and summaries.
    static QString formatDuration(qint64 secs);

private:
    std::optional<qint64> m_detect;
    std::optional<qint64> m_mitigate;
    std::optional<qint64> m_resolve;
    QStringList m_problems;
};

} // namespace debrief
