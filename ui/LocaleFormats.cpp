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

QString LocaleFormats::timeWithSeconds(const QLocale &locale)
{
    QString format = time(locale);
    const qsizetype minutes = format.indexOf(QLatin1String("mm"));
    if (minutes >= 0)
        format.insert(minutes + 2, QLatin1String(":ss"));
    return format;
}

QString LocaleFormats::dateTimeWithSeconds(const QLocale &locale)
{
    return date(locale) + QLatin1Char(' ') + timeWithSeconds(locale);
}

} // namespace debrief
