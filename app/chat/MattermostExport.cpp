// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chat/MattermostExport.h"

#include "chat/ChatText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace debrief {

namespace {

std::optional<ChatMessage> postOf(const QJsonObject &p, const QString &channel)
{
    const QJsonValue at = p.value(QLatin1String("create_at"));
    const double ms = at.toDouble(-1);
    if (!at.isDouble() || ms < 0 || ms > 1e14)
        return std::nullopt;
    ChatMessage m;
    m.at = QDateTime::fromMSecsSinceEpoch(qint64(ms), QTimeZone::UTC);
    m.id = QString::number(qint64(ms));
    m.author = p.value(QLatin1String("user")).toString();
    m.text = p.value(QLatin1String("message")).toString().trimmed();
    m.channel = channel;
    for (const QJsonValue &a : p.value(QLatin1String("attachments")).toArray()) {
        const QString path = a.toObject().value(QLatin1String("path")).toString();
        if (!path.isEmpty())
            m.text += QLatin1Char(' ') +
                      ChatText::tr("(file: %1)").arg(path.section(QLatin1Char('/'), -1));
    }
    m.text = m.text.trimmed();
    return m;
}

QString channelOf(const QJsonObject &post, bool direct)
{
    if (!direct)
        return post.value(QLatin1String("channel")).toString();
    QStringList members;
    for (const QJsonValue &v : post.value(QLatin1String("channel_members")).toArray())
        members << v.toString();
    return ChatText::tr("direct: %1").arg(members.join(QStringLiteral(", ")));
}

// One post line: the post and its replies, each marked with the thread it belongs to.
bool addPost(const QJsonObject &line, MattermostExport::Result &out, QSet<QString> &channels)
{
    const bool direct =
        line.value(QLatin1String("type")).toString() == QLatin1String("direct_post");
    const QJsonObject post =
        line.value(direct ? QLatin1String("direct_post") : QLatin1String("post")).toObject();
    const QString channel = channelOf(post, direct);
    auto root = postOf(post, channel);
    if (!root)
        return false;
    channels.insert(channel);
    out.messages << *root;
    for (const QJsonValue &r : post.value(QLatin1String("replies")).toArray()) {
        if (auto reply = postOf(r.toObject(), channel)) {
            reply->threadOf = root->id;
            out.messages << *reply;
        }
    }
    return true;
}

} // namespace

bool MattermostExport::looksLike(const QByteArray &head)
{
    const QByteArray first = head.left(head.indexOf('\n')).trimmed();
    const QJsonObject o = QJsonDocument::fromJson(first).object();
    const QString type = o.value(QLatin1String("type")).toString();
    return type == QLatin1String("version") || type == QLatin1String("post") ||
           type == QLatin1String("direct_post") || type == QLatin1String("channel");
}

std::optional<MattermostExport::Result> MattermostExport::parse(const QByteArray &jsonLines,
                                                                QString *error)
{
    Result out;
    QSet<QString> channels;
    int lineNumber = 0;
    int understood = 0;
    for (qsizetype from = 0; from < jsonLines.size();) {
        qsizetype end = jsonLines.indexOf('\n', from);
        if (end < 0)
            end = jsonLines.size();
        const QByteArray line = jsonLines.mid(from, end - from).trimmed();
        from = end + 1;
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString type = o.value(QLatin1String("type")).toString();
        if (type.isEmpty()) {
            out.skipped << ChatText::tr("line %1: not a JSON object with a type").arg(lineNumber);
            continue;
        }
        ++understood;
        if ((type == QLatin1String("post") || type == QLatin1String("direct_post")) &&
            !addPost(o, out, channels))
            out.skipped
                << ChatText::tr("line %1: a post without a time (\"create_at\")").arg(lineNumber);
    }
    if (understood == 0) {
        *error = ChatText::tr("no line of it is a Mattermost export record");
        return std::nullopt;
    }
    std::stable_sort(out.messages.begin(), out.messages.end(),
                     [](const ChatMessage &a, const ChatMessage &b) { return a.at < b.at; });
    out.channels = channels.values();
    std::sort(out.channels.begin(), out.channels.end());
    return out;
}

} // namespace debrief
