// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/ZoneName.h"

#include <QRegularExpression>

namespace debrief {

namespace {

struct Abbreviation
{
    const char *name;
    int offsetMinutes;
    const char *iana;
};

// Only abbreviations a reader would not mistake: CST is read as US Central, IST as India.
constexpr Abbreviation kAbbreviations[] = {
    {"UTC", 0, "UTC"},
    {"GMT", 0, "UTC"},
    {"PST", -8 * 60, "America/Los_Angeles"},
    {"PDT", -7 * 60, "America/Los_Angeles"},
    {"MST", -7 * 60, "America/Denver"},
    {"MDT", -6 * 60, "America/Denver"},
    {"CST", -6 * 60, "America/Chicago"},
    {"CDT", -5 * 60, "America/Chicago"},
    {"EST", -5 * 60, "America/New_York"},
    {"EDT", -4 * 60, "America/New_York"},
    {"AKST", -9 * 60, "America/Anchorage"},
    {"AKDT", -8 * 60, "America/Anchorage"},
    {"HST", -10 * 60, "Pacific/Honolulu"},
    {"WET", 0, "Europe/Lisbon"},
    {"WEST", 60, "Europe/Lisbon"},
    {"BST", 60, "Europe/London"},
    {"CET", 60, "Europe/Berlin"},
    {"CEST", 120, "Europe/Berlin"},
    {"EET", 120, "Europe/Helsinki"},
    {"EEST", 180, "Europe/Helsinki"},
    {"MSK", 180, "Europe/Moscow"},
    {"WAT", 60, "Africa/Lagos"},
    {"CAT", 120, "Africa/Maputo"},
    {"SAST", 120, "Africa/Johannesburg"},
    {"EAT", 180, "Africa/Nairobi"},
    {"IST", 330, "Asia/Kolkata"},
    {"SGT", 480, "Asia/Singapore"},
    {"HKT", 480, "Asia/Hong_Kong"},
    {"JST", 540, "Asia/Tokyo"},
    {"KST", 540, "Asia/Seoul"},
    {"AEST", 600, "Australia/Sydney"},
    {"AEDT", 660, "Australia/Sydney"},
    {"NZST", 720, "Pacific/Auckland"},
    {"NZDT", 780, "Pacific/Auckland"},
};

QString plain(QString s)
{
    s.remove(QLatin1Char('*'));
    s.remove(QLatin1Char('_'));
    s = s.trimmed();
    while (s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')')))
        s = s.mid(1, s.size() - 2).trimmed();
    while (s.endsWith(QLatin1Char('.')) || s.endsWith(QLatin1Char(':')))
        s.chop(1);
    return s.trimmed();
}

} // namespace

QString ZoneName::pattern()
{
    static const QString p = [] {
        QStringList names;
        for (const Abbreviation &a : kAbbreviations)
            names << QLatin1String(a.name);
        return QStringLiteral(
                   "(?:(?:UTC|GMT)\\s?[+\\x{2212}-]\\s?\\d{1,2}(?::?\\d{2})?|(?:%1)(?![A-Za-z])"
                   "|[A-Z][A-Za-z]+/[A-Za-z0-9_+-]+(?:/[A-Za-z0-9_+-]+)?)")
            .arg(names.join(QLatin1Char('|')));
    }();
    return p;
}

std::optional<ZoneName> ZoneName::parse(const QString &token)
{
    const QString t = token.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    static const QRegularExpression offset(
        QStringLiteral("^(?:UTC|GMT)\\s?([+\\x{2212}-])\\s?(\\d{1,2})(?::?(\\d{2}))?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = offset.match(t); m.hasMatch()) {
        const int minutes = m.captured(2).toInt() * 60 + m.captured(3).toInt();
        if (minutes > 14 * 60)
            return std::nullopt;
        const int sign = m.captured(1) == QLatin1String("+") ? 1 : -1;
        return ZoneName{QTimeZone(sign * minutes * 60), QByteArray(), t};
    }
    const QString upper = t.toUpper();
    for (const Abbreviation &a : kAbbreviations) {
        if (upper == QLatin1String(a.name)) {
            const QByteArray iana(a.iana);
            const QTimeZone zone =
                a.offsetMinutes == 0 ? QTimeZone(QTimeZone::UTC) : QTimeZone(a.offsetMinutes * 60);
            return ZoneName{zone, QTimeZone::isTimeZoneIdAvailable(iana) ? iana : QByteArray(),
                            upper};
        }
    }
    if (upper == QLatin1String("Z") || upper == QLatin1String("ZULU"))
        return ZoneName{QTimeZone(QTimeZone::UTC), QByteArrayLiteral("UTC"), t};
    const QByteArray id = t.toLatin1();
    if (t.contains(QLatin1Char('/')) && QTimeZone::isTimeZoneIdAvailable(id))
        return ZoneName{QTimeZone(id), id, t};
    return std::nullopt;
}

std::optional<ZoneName> ZoneName::fromStatement(const QString &line)
{
    static const QRegularExpression statement(
        QStringLiteral("^(?:all\\s+)?(?:times?|timestamps?|clock times?)(?:\\s+(?:are|is))?"
                       "(?:\\s+(?:shown|given|listed|written))?(?:\\s+(?:in|as))?\\s+(\\S+)$"
                       "|^(?:time\\s*zone|timezone|zone|tz)\\s*[:=]?\\s*(\\S+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = statement.match(plain(line));
    if (!m.hasMatch())
        return std::nullopt;
    return parse(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
}

std::optional<ZoneName> ZoneName::inHeading(const QString &heading)
{
    static const QRegularExpression paren(QStringLiteral("\\(([^()]*)\\)"));
    for (auto it = paren.globalMatch(heading); it.hasNext();) {
        const QString inside = it.next().captured(1);
        if (auto z = parse(inside))
            return z;
        if (auto z = fromStatement(inside))
            return z;
    }
    static const QRegularExpression trailing(QStringLiteral("[\\s,\\x{2013}\\x{2014}-]\\s*(") +
                                             pattern() + QStringLiteral(")\\s*$"));
    if (const auto m = trailing.match(heading); m.hasMatch())
        return parse(m.captured(1));
    return std::nullopt;
}

} // namespace debrief
