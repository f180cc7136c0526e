// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace debrief {

// One message of an incident channel's or a pager's log, as the source gives it.
struct ChatMessage
{
    enum class Kind { Message, Join, Leave };

    QDateTime at; // invalid when the log gives no date: `clock` alone then
    QTime clock;  // a time of day in the log's zone, when nobody gave its date
    QString author;
    QString text; // Markdown: mentions and links already rewritten
    Kind kind = Kind::Message;
    int line = 0;      // 1-based, in a line-based source; 0 otherwise
    QString id;        // the message's id in a source that has them (a Slack "ts")
    QString channel;   // the channel it was said in, when the source has channels
    QString threadOf;  // a reply: the id of the message that started its thread
    bool bot = false;  // said by an integration, not a person
    QString entryKind; // a timeline kind the source states (a pager's "trigger"), or empty

    bool operator==(const ChatMessage &) const = default;
};

} // namespace debrief
