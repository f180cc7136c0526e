// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chat/ChatSource.h"

#include "chat/ChatText.h"

namespace debrief {

QString ChatSource::formatName(Format format)
{
    switch (format) {
    case Format::SlackExport:
        return ChatText::tr("Slack export");
    case Format::SlackDay:
        return ChatText::tr("Slack channel day");
    case Format::Mattermost:
        return ChatText::tr("Mattermost bulk export");
    case Format::PlainText:
        return ChatText::tr("plain-text chat log");
    case Format::Csv:
        return ChatText::tr("CSV table");
    case Format::PagerDuty:
        return ChatText::tr("PagerDuty log");
    }
    return {};
}

} // namespace debrief
