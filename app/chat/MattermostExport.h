// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chat/ChatMessage.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace debrief {

// A Mattermost bulk export: JSON lines, of which the "post" and "direct_post" lines are
// messages ("create_at" in milliseconds since the epoch) with their thread's replies. Other
// lines (version, team, channel, user) are read past; a line that is not JSON is listed.
class MattermostExport
{
public:
    struct Result
    {
        QList<ChatMessage> messages; // every channel's, in time order
        QStringList channels;        // sorted
        QStringList skipped;
    };

    // Whether `head`, the first bytes of a file, look like a bulk export.
    static bool looksLike(const QByteArray &head);
    static std::optional<Result> parse(const QByteArray &jsonLines, QString *error);
};

} // namespace debrief
