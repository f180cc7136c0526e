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
    QString title;       // Markdown, one line
    QString description; // Markdown, optional: what the title alone does not say
    QString owner;
    QDate due;
    // Empty when nobody said: shown as missing ("—"), never as a plausible default.
    QString kind;                            // Vocabulary::actionKinds()
    QString priority;                        // Vocabulary::priorities()
    QString status = QStringLiteral("open"); // Vocabulary::actionStatuses()
    QString trackerUrl;
    QJsonObject extra;

    bool operator==(const ActionItem &) const = default;

    bool isDone() const { return status == QLatin1String("done"); }
};

} // namespace debrief
