// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chat/ChatMessage.h"

#include <QJsonDocument>
#include <QList>
#include <QStringList>

#include <optional>

namespace debrief {

// An incident's log entries as PagerDuty's REST API gives them: {"log_entries": [...]} or the
// array alone, each with "created_at", "type", "summary" and the "agent" who acted. Its types
// state the entry's kind: a trigger is a detection, an acknowledgement, escalation, notice or
// assignment an escalation, a resolve the resolution.
class PagerDutyLog
{
public:
    struct Result
    {
        QList<ChatMessage> messages; // in time order
        QStringList skipped;
    };

    // Whether a parsed JSON document is such a log.
    static bool looksLike(const QJsonDocument &doc);
    static std::optional<Result> parse(const QJsonDocument &doc, QString *error);
    // The timeline kind of a log entry type ("trigger_log_entry"), empty for none.
    static QString kindOf(const QString &type);
};

} // namespace debrief
