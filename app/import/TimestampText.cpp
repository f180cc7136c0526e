// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/TimestampText.h"

#include <QRegularExpression>

namespace debrief {

namespace {

const QString kMonth =
    QStringLiteral("(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?");
// A year, or a placeholder for one: "20XX", "YYYY".
const QString kYear = QStringLiteral("(?:\\d{4}|\\d{2}[xX?]{2}|[xXyY?]{4})(?![\\w?])");
const QString kWeekday = QStringLiteral("(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?");

QString datePattern()
{
    return QStringLiteral("(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}"
                          "|%1%2\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+%3)?"
                          "|%1\\d{1,2}(?:st|nd|rd|th)?\\s+%2(?:,?\\s+%3)?)")
        .arg(kWeekday, kMonth, kYear);
}

QString timePattern()
{
    // Also as people write clocks: "2100hrs", "3:AM", "Midnight", "Noon".
    return QStringLiteral("(?:\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[ap]\\.?m\\.?(?![a-z]))?"
                          "|\\d{1,2}:?\\s?[ap]\\.?m\\.?(?![a-z])"
                          "|\\d{4}\\s?hrs?(?![a-z])|midnight(?![a-z])|noon(?![a-z]))");
}

int monthNumber(const QString &name)
{
    static const QStringList months{
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    static const QStringList full{
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
        QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
        QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    QString n = name.toLower();
    n.remove(QLatin1Char('.'));
    const int i = int(months.indexOf(n.left(3)));
    // "Mar" and "March" are months; "Marching" is not.
    if (i < 0 || !(n.size() == 3 || full.at(i) == n || (i == 8 && n == QLatin1String("sept"))))
        return 0;
    return i + 1;
}

std::optional<QTime> parseTime(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("midnight"))
        return QTime(0, 0);
    if (t == QLatin1String("noon"))
        return QTime(12, 0);
    static const QRegularExpression military(QStringLiteral("^(\\d{2})(\\d{2})\\s?hrs?$"));
    if (const auto m = military.match(t); m.hasMatch()) {
        const QTime clock(m.captured(1).toInt(), m.captured(2).toInt());
        return clock.isValid() ? std::optional<QTime>(clock) : std::nullopt;
    }
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2}))?:?\\s?(?:([ap])\\.?m\\.?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(t);
    if (!m.hasMatch() || (m.captured(2).isEmpty() && m.captured(4).isEmpty()))
        return std::nullopt;
    int hour = m.captured(1).toInt();
    const int minute = m.captured(2).toInt();
    const int second = m.captured(3).toInt();
    if (!m.captured(4).isEmpty()) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        const bool pm = m.captured(4).compare(QLatin1String("p"), Qt::CaseInsensitive) == 0;
        hour = hour % 12 + (pm ? 12 : 0);
    }
    const QTime clock(hour, minute, second);
    if (!clock.isValid())
        return std::nullopt;
    return clock;
}

// The year as written, or `known` when none is written or it is a placeholder ("20XX").
int yearOf(const QString &written, int known)
{
    bool ok = false;
    const int y = written.toInt(&ok);
    return ok ? y : known;
}

} // namespace

std::optional<QDate> TimestampText::parseDate(const QString &text, int year)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    static const QRegularExpression monthFirst(
        QStringLiteral("^%1(%2)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(%3))?$")
            .arg(kWeekday, kMonth, kYear),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayFirst(
        QStringLiteral("^%1(\\d{1,2})(?:st|nd|rd|th)?\\s+(%2)(?:,?\\s+(%3))?$")
            .arg(kWeekday, kMonth, kYear),
        QRegularExpression::CaseInsensitiveOption);
    // "24-10-2024" and "24.10.2024" are day first, "10/24/2024" month first, unless the
    // numbers say otherwise.
    static const QRegularExpression numeric(
        QStringLiteral("^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})$"));
    const QString t = text.trimmed();
    QDate d;
    if (const auto m = iso.match(t); m.hasMatch()) {
        d = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if (const auto m = numeric.match(t); m.hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(3).toInt();
        const bool monthFirst = m.captured(2) == QLatin1String("/") ? a <= 12 : b > 12;
        d = QDate(m.captured(4).toInt(), monthFirst ? a : b, monthFirst ? b : a);
    } else if (const auto m = monthFirst.match(t); m.hasMatch()) {
        const int y = yearOf(m.captured(3), year);
        if (y > 0)
            d = QDate(y, monthNumber(m.captured(1)), m.captured(2).toInt());
    } else if (const auto m = dayFirst.match(t); m.hasMatch()) {
        const int y = yearOf(m.captured(3), year);
        if (y > 0)
            d = QDate(y, monthNumber(m.captured(2)), m.captured(1).toInt());
    }
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<QDate> TimestampText::findDate(const QString &text, int year)
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\w-])(%1)(?![\\w-])").arg(datePattern()),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = re.globalMatch(text); it.hasNext();) {
        if (const auto d = parseDate(it.next().captured(1), year))
            return d;
    }
    return std::nullopt;
}

std::optional<TimestampText> TimestampText::parsePrefix(const QString &text, int year)
{
    // Case-insensitive for month names and am/pm; zone tokens are checked by ZoneName.
    static const QRegularExpression re(
        QStringLiteral("^(?:(%1)(?:T|/|\\s+-\\s+|\\s*,?\\s+(?:at\\s+)?))?(%2)(?!\\d|:\\d)"
                       "(?:\\s*\\(\\s*(%3)\\s*\\)|\\s+(%3)|(Z|[+-]\\d{2}:?\\d{2})(?![\\d]))?")
            .arg(datePattern(), timePattern(), ZoneName::pattern()),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    TimestampText ts;
    if (!m.captured(1).isEmpty()) {
        static const QRegularExpression fourDigits(QStringLiteral("\\d{4}"));
        if (const auto d = parseDate(m.captured(1), year)) {
            ts.date = *d;
            ts.yearGiven = !fourDigits.match(m.captured(1)).hasMatch();
        } else if (year == 0 && parseDate(m.captured(1), 2000)) // valid on some year
            ts.yearMissing = true;
        else
            return std::nullopt;
    }
    const auto t = parseTime(m.captured(2));
    if (!t)
        return std::nullopt;
    ts.time = *t;
    ts.length = m.capturedEnd(2);
    for (int group : {3, 4, 5}) {
        const QString z = m.captured(group);
        if (z.isEmpty())
            continue;
        // Abbreviations are capitals as written: "at 9 am" must not read "am" as a zone.
        if (group != 5 && !z.contains(QLatin1Char('/')) && z != z.toUpper())
            break;
        std::optional<ZoneName> zone;
        if (group == 5)
            zone = z == QLatin1String("Z") || z == QLatin1String("z")
                       ? ZoneName::parse(QStringLiteral("UTC"))
                       : ZoneName::parse(QStringLiteral("UTC") + z);
        else
            zone = ZoneName::parse(z);
        if (zone) {
            ts.zone = zone;
            ts.length = m.capturedEnd(0);
        }
        break;
    }
    return ts;
}

std::optional<TimestampText> TimestampText::parseWhole(const QString &text, int year)
{
    const QString t = text.trimmed();
    auto ts = parsePrefix(t, year);
    if (!ts || ts->length != t.size())
        return std::nullopt;
    return ts;
}

} // namespace debrief
