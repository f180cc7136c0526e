// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace debrief {

struct ActionItem
{
    QString id;
    QString title;
    QString owner;
    QDate due;
    QString kind = QStringLiteral("prevent"); // Vocabulary::actionKinds()
    QString priority = QStringLiteral("P2");  // Vocabulary::priorities()
    QString status = QStringLiteral("open");  // Vocabulary::actionStatuses()
    QString trackerUrl;
    QJsonObject extra;

    bool operator==(const ActionItem &) const = default;

    bool isDone() const { return status == QLatin1String("done"); }
};

} // namespace debrief
