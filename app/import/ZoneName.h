// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QTimeZone>

#include <optional>

namespace debrief {

// A time zone as postmortems write it: an IANA id ("Europe/Berlin"), UTC or an offset from it
// ("UTC+2"), or a common abbreviation ("PDT"), which is read as its fixed offset and shown in
// the IANA zone that uses it.
class ZoneName
{
public:
    QTimeZone zone;       // how written times are read
    QByteArray displayId; // the IANA zone to show the report in; empty for bare offsets
    QString written;

    static std::optional<ZoneName> parse(const QString &token);
    // A sentence or note that names the zone of a document's times: "All times UTC.",
    // "Times are in PDT", "(all times Europe/Berlin)", "Time zone: UTC".
    static std::optional<ZoneName> fromStatement(const QString &line);
    // The first parenthesised zone or statement in a heading or table header: "Time (UTC)".
    static std::optional<ZoneName> inHeading(const QString &heading);
    // A regular expression (no capturing groups) matching one zone token.
    static QString pattern();
};

} // namespace debrief
