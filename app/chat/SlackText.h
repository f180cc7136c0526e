// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QString>

namespace debrief {

// Slack's message markup made Markdown: "<@U123>" becomes "@Mira Chen" (from the export's
// users), "<#C1|incident>" "#incident", "<!here>" "@here", "<https://x|label>"
// "[label](https://x)". Links to Slack's file servers lose their query, where the access tokens
// are. Slack's escapes stay readable: "&gt;" and "&amp;" are decoded, "&lt;" becomes "\<" so no tag
// can come of it.
class SlackText
{
public:
    static QString toMarkdown(const QString &text, const QHash<QString, QString> &userNames);
    // `url` without its query and fragment when it points at Slack's file servers.
    static QString withoutToken(const QString &url);
};

} // namespace debrief
