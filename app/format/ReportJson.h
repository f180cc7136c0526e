// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace debrief {

struct Report;

// report.json <-> Report. Reading is forgiving where it can be (a value of the wrong type
// becomes a warning and a default) and strict where it must be (format and major version).
// Keys it does not know are kept in each object's `extra` and written back unchanged.
class ReportJson
{
public:
    static constexpr int kVersion = 1;      // major: a newer one is refused
    static constexpr int kMinorVersion = 4; // minor: a newer one loads, unknown keys kept

    static QJsonObject toJson(const Report &report);
    static std::optional<Report> fromJson(const QJsonObject &root, QStringList *warnings,
                                          QString *error);

    // Canonical bytes for report.json: indented, keys sorted, so saves are reproducible.
    static QByteArray serialize(const Report &report);

    static QString formatInstant(const QDateTime &instant);
    static QString newId();
};

} // namespace debrief
