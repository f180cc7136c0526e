// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chat/ChatSourceReader.h"

#include "chat/ChatText.h"
#include "chat/CsvChatLog.h"
#include "chat/MattermostExport.h"
#include "chat/PagerDutyLog.h"
#include "chat/PlainChatLog.h"
#include "chat/SlackExport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

namespace debrief {

namespace {

using Format = ChatSource::Format;

// "line 7: the line's text", shortened: what the user is shown of a line nobody understood.
QStringList describeLines(const QList<int> &lines, const QString &text)
{
    const QStringList all = text.split(QLatin1Char('\n'));
    QStringList out;
    for (const int line : lines) {
        QString s = all.value(line - 1).trimmed();
        if (s.size() > 200)
            s = s.left(200) + QChar(0x2026);
        out << ChatText::tr("line %1: %2").arg(line).arg(s);
    }
    return out;
}

// The messages of the chosen channel, or none while a channel is still to be chosen.
void chooseChannel(ChatSource &source, const QString &wanted)
{
    if (source.channels.size() == 1 && wanted.isEmpty())
        source.channel = source.channels.first();
    else if (source.channels.contains(wanted))
        source.channel = wanted;
    QList<ChatMessage> kept;
    for (const ChatMessage &m : std::as_const(source.messages)) {
        if (!source.channel.isEmpty() && m.channel == source.channel)
            kept << m;
    }
    source.messages = kept;
}

std::optional<ChatSource> fromJson(const QByteArray &bytes, const ChatSourceReader::Options &o,
                                   QString *error)
{
    ChatSource source;
    if (MattermostExport::looksLike(bytes)) {
        auto r = MattermostExport::parse(bytes, error);
        if (!r)
            return std::nullopt;
        source = {Format::Mattermost, {}, r->channels, {}, r->messages, r->skipped};
        if (!o.channel.isEmpty() && !r->channels.contains(o.channel)) {
            *error = ChatText::tr("the export has no channel named %1").arg(o.channel);
            return std::nullopt;
        }
        chooseChannel(source, o.channel);
        return source;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull()) {
        *error = ChatText::tr("not valid JSON: %1 at byte %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (PagerDutyLog::looksLike(doc)) {
        auto r = PagerDutyLog::parse(doc, error);
        if (!r)
            return std::nullopt;
        return ChatSource{Format::PagerDuty, {}, {}, {}, r->messages, r->skipped};
    }
    QStringList skipped;
    auto day = doc.isArray() ? SlackExport::parseDay(bytes, {}, {}, &skipped, error) : std::nullopt;
    if (!day || (day->isEmpty() && !doc.array().isEmpty())) {
        *error = ChatText::tr("JSON of a shape Debrief does not know as a chat or pager log");
        return std::nullopt;
    }
    return ChatSource{Format::SlackDay, {}, {}, {}, *day, skipped};
}

std::optional<ChatSource> fromText(const QString &text, const ChatSourceReader::Options &o,
                                   QString *error)
{
    const auto plain = PlainChatLog::parse(text, o.zone);
    // A log whose lines nearly all read as chat lines is no table: no need to try it as one.
    if (!plain.messages.isEmpty() && plain.unparsed.size() * 10 <= plain.messages.size())
        return ChatSource{
            Format::PlainText, {}, {}, {}, plain.messages, describeLines(plain.unparsed, text)};
    const auto csv = CsvChatLog::parse(text, o.zone);
    const bool csvBetter = csv.messages.size() > plain.messages.size();
    if (plain.messages.isEmpty() && csv.messages.isEmpty()) {
        *error = ChatText::tr("no line of it is a chat message Debrief knows (\"09:15 alice: "
                              "text\", a WeeChat or irssi log, a CSV table with a time column)");
        return std::nullopt;
    }
    if (csvBetter)
        return ChatSource{Format::Csv, {}, {}, {}, csv.messages, describeLines(csv.unparsed, text)};
    return ChatSource{
        Format::PlainText, {}, {}, {}, plain.messages, describeLines(plain.unparsed, text)};
}

} // namespace

std::optional<ChatSource> ChatSourceReader::readBytes(const QByteArray &bytes,
                                                      const QString &fileName,
                                                      const Options &options, QString *error)
{
    const QByteArray head = bytes.left(4096).trimmed();
    std::optional<ChatSource> source;
    if (head.startsWith('{') || head.startsWith('[')) {
        source = fromJson(bytes, options, error);
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8.decode(bytes);
        if (utf8.hasError()) {
            *error = ChatText::tr("not UTF-8 text");
            return std::nullopt;
        }
        source = fromText(text, options, error);
    }
    if (source)
        source->fileName = fileName;
    return source;
}

std::optional<ChatSource> ChatSourceReader::read(const QString &path, const Options &options,
                                                 QString *error)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isDir() && !file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    if (info.isDir() || file.peek(4) == QByteArrayLiteral("PK\x03\x04")) {
        SlackExport slack;
        if (!slack.open(path, error))
            return std::nullopt;
        ChatSource source{Format::SlackExport, info.fileName(), slack.channels(), {}, {}, {}};
        chooseChannel(source, options.channel);
        if (!options.channel.isEmpty() && source.channel.isEmpty()) {
            *error = ChatText::tr("the export has no channel named %1").arg(options.channel);
            return std::nullopt;
        }
        if (source.channel.isEmpty())
            return source;
        auto messages =
            slack.read(source.channel, options.from, options.to, &source.skipped, error);
        if (!messages)
            return std::nullopt;
        source.messages = *messages;
        return source;
    }
    if (file.size() > kMaxBytes) {
        *error = ChatText::tr("larger than %1 MiB: not read").arg(kMaxBytes >> 20);
        return std::nullopt;
    }
    return readBytes(file.read(kMaxBytes), info.fileName(), options, error);
}

} // namespace debrief
