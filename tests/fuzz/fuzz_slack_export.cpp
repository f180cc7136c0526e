// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A Slack export ZIP from someone else: its names, users.json and every channel's day files,
// read as the import dialog reads them.

#include "FuzzTarget.h"

#include "chat/SlackExport.h"

using namespace debrief;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QString path = fuzz::asFile(data, size, QStringLiteral("export.zip"));
    if (path.isEmpty())
        return 0;
    SlackExport slack;
    QString error;
    if (!slack.open(path, &error))
        return 0;
    for (const QString &channel : slack.channels()) {
        QStringList skipped;
        slack.read(channel, {}, {}, &skipped, &error);
    }
    return 0;
}
