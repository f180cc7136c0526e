// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chat/PagerDutyLog.h"

#include "chat/ChatText.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace debrief {

namespace {

QJsonArray entriesOf(const QJsonDocument &doc)
{
    if (doc.isArray())
        return doc.array();
    return doc.object().value(QLatin1String("log_entries")).toArray();
}

} // namespace

bool PagerDutyLog::looksLike(const QJsonDocument &doc)
{
    const QJsonArray entries = entriesOf(doc);
    if (doc.isObject() && doc.object().contains(QLatin1String("log_entries")))
        return true;
    return !entries.isEmpty() && entries.first()
                                     .toObject()
                                     .value(QLatin1String("type"))
                                     .toString()
                                     .endsWith(QLatin1String("_log_entry"));
}

QString PagerDutyLog::kindOf(const QString &type)
{
    const QString t = type.section(QLatin1Char('_'), 0, 0);
    if (t == QLatin1String("trigger"))
        return QStringLiteral("detection");
    if (t == QLatin1String("acknowledge") || t == QLatin1String("escalate") ||
        t == QLatin1String("notify") || t == QLatin1String("assign"))
        return QStringLiteral("escalation");
    if (t == QLatin1String("resolve"))
        return QStringLiteral("resolution");
    return {};
}

std::optional<PagerDutyLog::Result> PagerDutyLog::parse(const QJsonDocument &doc, QString *error)
{
    if (!looksLike(doc)) {
        *error = ChatText::tr("not a PagerDuty log: no \"log_entries\"");
        return std::nullopt;
    }
    Result out;
    const QJsonArray entries = entriesOf(doc);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries.at(i).toObject();
        ChatMessage m;
        m.at = QDateTime::fromString(e.value(QLatin1String("created_at")).toString(),
                                     Qt::ISODateWithMs);
        if (!m.at.isValid() || m.at.timeSpec() == Qt::LocalTime) {
            out.skipped
                << ChatText::tr("log entry %1: no time with an offset (\"created_at\")").arg(i + 1);
            continue;
        }
        m.id = e.value(QLatin1String("id")).toString();
        m.author =
            e.value(QLatin1String("agent")).toObject().value(QLatin1String("summary")).toString();
        m.text = e.value(QLatin1String("summary")).toString().trimmed();
        m.entryKind = kindOf(e.value(QLatin1String("type")).toString());
        m.bot =
            e.value(QLatin1String("agent")).toObject().value(QLatin1String("type")).toString() !=
            QLatin1String("user_reference");
        out.messages << m;
    }
    std::stable_sort(out.messages.begin(), out.messages.end(),
                     [](const ChatMessage &a, const ChatMessage &b) { return a.at < b.at; });
    return out;
}

} // namespace debrief
