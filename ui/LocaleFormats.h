// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>
#include <QString>

namespace debrief {

// Display formats for the window's date and time fields: the user's locale (its order of day,
// month and year, its 12- or 24-hour clock), always with the whole year and without seconds.
// Where no locale is set (C, POSIX) they are ISO 8601, as the files and exports write them.
class LocaleFormats
{
public:
    static QString date(const QLocale &locale = QLocale());
    static QString time(const QLocale &locale = QLocale());
    static QString dateTime(const QLocale &locale = QLocale());
    // The same with seconds, for chat messages, several of which share a minute.
    static QString timeWithSeconds(const QLocale &locale = QLocale());
    static QString dateTimeWithSeconds(const QLocale &locale = QLocale());
};

} // namespace debrief
