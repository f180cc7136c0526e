// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chat/ChatMessage.h"

#include <QList>
#include <QStringList>

namespace debrief {

// What a chat or pager log gave: its messages, and what of it could not be read.
struct ChatSource
{
    enum class Format { SlackExport, SlackDay, Mattermost, PlainText, Csv, PagerDuty };

    Format format = Format::PlainText;
    QString fileName;     // without its folder: what entries link back to
    QStringList channels; // of a source that has several; empty otherwise
    QString channel;      // the one read; empty when the source has none or none was chosen
    QList<ChatMessage> messages;
    QStringList skipped; // "line 7: …": what was not understood, for the user to see

    // The source has channels and none was chosen: no messages were read.
    bool needsChannel() const { return !channels.isEmpty() && channel.isEmpty(); }
    static QString formatName(Format format);
};

} // namespace debrief
