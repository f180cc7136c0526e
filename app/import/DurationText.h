// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/TimestampText.h"

#include <QString>

#include <optional>

namespace debrief {

// How long something took, as people write it: "47 minutes", "2 hours and 30 minutes",
// "1h 10m", "about 90 mins"; or the span itself: "From 09:00 AM to 11:30 AM (UTC)",
// "10:30 AM – 12:00 PM (UTC-5)", "April 10, 2024, 10:30 AM - April 10, 2024, 12:00 PM".
class DurationText
{
public:
    struct Span
    {
        TimestampText from;
        TimestampText to; // the zone of either end is both ends' zone when only one names it
    };

    // The whole text is a duration (a leading "about", a trailing full stop allowed).
    static std::optional<qint64> seconds(const QString &text);
    // The whole text is a span of two times.
    static std::optional<Span> span(const QString &text, int year = 0);
};

} // namespace debrief
