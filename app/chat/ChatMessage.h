// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>

namespace debrief {

// One message of an incident channel's log, as the log gives it.
struct ChatMessage
{
    enum class Kind { Message, Join, Leave };

    QDateTime at; // invalid when the log gives no date: `clock` alone then
    QTime clock;  // a time of day in the log's zone, when nobody gave its date
    QString author;
    QString text;
    Kind kind = Kind::Message;
    int line = 0; // 1-based, in the source

    bool operator==(const ChatMessage &) const = default;
};

} // namespace debrief
