// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A chat or pager log from someone else, of any format but a Slack ZIP: recognised from its
// content and parsed (plain text, CSV, Mattermost, PagerDuty, a Slack day file), then made
// into timeline entries against an existing one, as the import dialog and the CLI do.

#include "FuzzTarget.h"

#include "chat/ChatEntries.h"
#include "chat/ChatSourceReader.h"
#include "chat/SlackExport.h"

using namespace debrief;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray bytes = fuzz::bytes(data, size);
    QString error;
    ChatSourceReader::Options options;
    options.zone = QTimeZone("Europe/Berlin");
    options.channel = QStringLiteral("incident");
    const auto source = ChatSourceReader::readBytes(bytes, QStringLiteral("log"), options, &error);
    QStringList skipped;
    SlackExport::parseUsers(bytes);
    SlackExport::parseDay(bytes, QStringLiteral("incident"), {}, &skipped, &error);
    if (!source)
        return 0;
    TimelineEntry existing;
    existing.at = QDateTime(QDate(2025, 10, 12), QTime(9, 40), QTimeZone::UTC);
    existing.description = QStringLiteral("rolled back the deploy");
    ChatEntries::Options o;
    o.offsetMinutes = -90;
    o.reportZone = QTimeZone("Europe/Berlin");
    QList<TimelineEntry> added;
    for (const auto &row : ChatEntries::rows(*source, o, {existing}))
        added << row.entry;
    ChatEntries::insertionRows({existing}, added, o.reportZone);
    return 0;
}
