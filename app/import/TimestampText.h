// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ZoneName.h"

#include <QDate>
#include <QTime>

#include <optional>

namespace debrief {

// Dates and clock times as people write them in postmortems: "2024-03-05", "March 5, 2024",
// "Tue 5 Mar", "09:15", "9:15 PM", "9am", "2024-03-05T09:15:00Z", "09:15 UTC", "(PDT)".
// A date without a year takes `year` (0: no year known, no date).
class TimestampText
{
public:
    QDate date; // null when the text names no date
    QTime time;
    std::optional<ZoneName> zone;
    qsizetype length = 0;     // characters read
    bool yearMissing = false; // "Mar 5" with no year known: read, but no date
    bool yearGiven = false;   // "Mar 5" read with the year the caller knew: inferred

    // A timestamp at the very start of `text`; the time is required.
    static std::optional<TimestampText> parsePrefix(const QString &text, int year = 0);
    // `text` is a timestamp and nothing else (surrounding blanks allowed).
    static std::optional<TimestampText> parseWhole(const QString &text, int year = 0);
    static std::optional<QDate> parseDate(const QString &text, int year = 0);
    // The first date anywhere in `text`.
    static std::optional<QDate> findDate(const QString &text, int year = 0);
};

} // namespace debrief
