// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LocaleFormats.h"

#include <QRegularExpression>

namespace debrief {

namespace {

bool isUnset(const QLocale &locale)
{
    return locale.language() == QLocale::C;
}

} // namespace

QString LocaleFormats::date(const QLocale &locale)
{
    if (isUnset(locale))
        return QStringLiteral("yyyy-MM-dd");
    // "dd.MM.yy" -> "dd.MM.yyyy": an incident's year is never left to be guessed.
    static const QRegularExpression shortYear(QStringLiteral("(?<!y)yy(?!y)"));
    return locale.dateFormat(QLocale::ShortFormat).replace(shortYear, QStringLiteral("yyyy"));
}

QString LocaleFormats::time(const QLocale &locale)
{
    if (isUnset(locale))
        return QStringLiteral("HH:mm");
    // Minutes are the timeline's precision; a locale's short format may still show seconds.
    static const QRegularExpression seconds(QStringLiteral("[.:]ss?"));
    return locale.timeFormat(QLocale::ShortFormat).remove(seconds);
}

QString LocaleFormats::dateTime(const QLocale &locale)
{
    return date(locale) + QLatin1Char(' ') + time(locale);
}

} // namespace debrief
