// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chat/ChatMessage.h"

#include <QList>
#include <QStringList>
#include <QTimeZone>

namespace debrief {

// A table of messages saved as CSV: a time column (or a date and a time column), an author
// and the text. The delimiter (comma, semicolon, tab or bar) is sniffed from the first line;
// a header row is recognised by its names ("timestamp", "user", "message", …) and without
// one the columns are found from what they hold. Quoted fields may span lines.
class CsvChatLog
{
public:
    struct Result
    {
        QList<ChatMessage> messages;
        QList<int> unparsed; // 1-based lines where a record starts that is no message
        bool header = false;
    };

    static Result parse(const QString &text, const QTimeZone &zone);
    // The records of `text`, each with the line it starts on (RFC 4180 quoting).
    static QList<QPair<int, QStringList>> records(const QString &text, QChar delimiter);
    static QChar sniffDelimiter(const QString &firstLine);
};

} // namespace debrief
