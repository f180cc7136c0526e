// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chat/ChatMessage.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace debrief {

// Plain-text chat logs as people keep or paste them, one message a line: WeeChat
// ("2025-10-12 09:15:02<TAB>nick<TAB>text"), irssi ("09:15 <nick> text", with "--- Day
// changed" and "--- Log opened" lines), and the generic shapes "[10:15 AM] bob: text",
// "09:15 alice: text", "2025-10-12T09:15:00Z text" and "09:00 - text". Joins and leaves are
// marked, not dropped; lines that are none of these are listed, never lost silently. Times
// without a date keep their time alone unless the caller gives the day the log starts on;
// a clock going back by more than six hours is the next day.
class PlainChatLog
{
public:
    struct Result
    {
        QList<ChatMessage> messages;
        QList<int> unparsed; // 1-based lines that are no message (blank lines are not listed)
    };

    // `zone` is the zone of times the log writes without one.
    static Result parse(const QString &text, const QTimeZone &zone, const QDate &firstDay = {});
};

} // namespace debrief
