// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace debrief {

struct TimelineEntry
{
    QString id;
    QDateTime at;                           // with the offset it was recorded in
    QString kind = QStringLiteral("event"); // one of Vocabulary::timelineKinds()
    QString description;                    // Markdown
    QString author;
    bool keyMoment = false;
    QJsonObject extra;

    bool operator==(const TimelineEntry &) const = default;
};

} // namespace debrief
