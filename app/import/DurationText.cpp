// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/DurationText.h"

#include <QRegularExpression>

namespace debrief {

namespace {

qint64 unitSeconds(const QString &unit)
{
    const QChar u = unit.at(0).toLower();
    return u == QLatin1Char('d')   ? 86400
           : u == QLatin1Char('h') ? 3600
           : u == QLatin1Char('m') ? 60
                                   : 1;
}

} // namespace

std::optional<qint64> DurationText::seconds(const QString &text)
{
    static const QRegularExpression lead(
        QStringLiteral("^\\s*(?:about|around|approximately|approx\\.?|roughly|~)?\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression part(
        QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*(days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|"
                       "secs?|s)\\b\\s*(?:,|and|&)?\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    QString rest = text.trimmed();
    while (rest.endsWith(QLatin1Char('.')))
        rest.chop(1);
    rest.remove(0, lead.match(rest).capturedLength());
    double total = 0;
    bool any = false;
    while (!rest.isEmpty()) {
        const auto m = part.match(rest);
        if (!m.hasMatch())
            return std::nullopt;
        total += m.captured(1).toDouble() * double(unitSeconds(m.captured(2)));
        any = true;
        rest.remove(0, m.capturedLength());
    }
    if (!any)
        return std::nullopt;
    return qint64(total + 0.5);
}

std::optional<DurationText::Span> DurationText::span(const QString &text, int year)
{
    static const QRegularExpression from(QStringLiteral("^\\s*(?:from|between)\\s+"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression to(
        QStringLiteral("^\\s*(?:to|until|till|and|-|\\x{2013}|\\x{2014})\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression zoneAfter(QStringLiteral("^\\s*\\(([^()]+)\\)\\s*\\.?\\s*$"));
    QString rest = text.trimmed();
    rest.remove(0, from.match(rest).capturedLength());
    auto first = TimestampText::parsePrefix(rest, year);
    if (!first)
        return std::nullopt;
    rest.remove(0, first->length);
    const auto sep = to.match(rest);
    if (!sep.hasMatch())
        return std::nullopt;
    rest.remove(0, sep.capturedLength());
    auto second =
        TimestampText::parsePrefix(rest, first->date.isValid() ? first->date.year() : year);
    if (!second)
        return std::nullopt;
    rest.remove(0, second->length);
    if (!rest.trimmed().isEmpty() && rest.trimmed() != QLatin1String(".")) {
        const auto z = zoneAfter.match(rest);
        const auto zone = z.hasMatch() ? ZoneName::parse(z.captured(1).trimmed()) : std::nullopt;
        if (!zone)
            return std::nullopt;
        second->zone = zone;
    }
    if (!first->zone)
        first->zone = second->zone;
    if (!second->zone)
        second->zone = first->zone;
    return Span{*first, *second};
}

} // namespace debrief
