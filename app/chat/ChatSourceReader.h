// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chat/ChatSource.h"

#include <QDate>
#include <QTimeZone>

#include <optional>

namespace debrief {

// Reads a chat or pager log of any format Debrief knows, recognised from its content: a Slack
// export (ZIP or folder) or one of its day files, a Mattermost bulk export, a PagerDuty log,
// a CSV table, or a plain-text log. Files other than a Slack ZIP are read whole, up to
// kMaxBytes; a Slack ZIP is read a few day files at a time.
class ChatSourceReader
{
public:
    static constexpr qint64 kMaxBytes = 128LL * 1024 * 1024;

    struct Options
    {
        QString channel; // of a source with channels; empty: read the only one, or none
        QDate from, to;  // days of a Slack export to read (null: no bound)
        QTimeZone zone;  // of times a log writes without one
    };

    static std::optional<ChatSource> read(const QString &path, const Options &options,
                                          QString *error);
    // A source that is one file's bytes (everything but a Slack export).
    static std::optional<ChatSource> readBytes(const QByteArray &bytes, const QString &fileName,
                                               const Options &options, QString *error);
};

} // namespace debrief
