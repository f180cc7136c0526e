// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chat/SlackExport.h"

#include "chat/ChatText.h"
#include "chat/SlackText.h"
#include "format/ZipReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <future>
#include <vector>

namespace debrief {

namespace {

QString firstOf(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString v = o.value(QLatin1String(key)).toString().trimmed();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

// "1760260502.000200": seconds since the epoch and a sequence number within the second.
QDateTime instantOf(const QString &ts)
{
    const qsizetype dot = ts.indexOf(QLatin1Char('.'));
    const QStringView seconds = QStringView(ts).left(dot < 0 ? ts.size() : dot);
    const QStringView fraction = dot < 0 ? QStringView() : QStringView(ts).mid(dot + 1);
    auto digits = [](QStringView s) {
        return std::all_of(s.begin(), s.end(),
                           [](QChar c) { return c.isDigit() && c.unicode() < 128; });
    };
    if (seconds.isEmpty() || seconds.size() > 11 || fraction.size() > 6 || !digits(seconds) ||
        !digits(fraction))
        return {};
    const qint64 ms =
        seconds.toLongLong() * 1000 +
        (fraction.isEmpty()
             ? 0
             : fraction.left(3).toString().leftJustified(3, QLatin1Char('0')).toLongLong());
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
}

QString authorOf(const QJsonObject &o, const QHash<QString, QString> &users, bool bot)
{
    const QString fromProfile = firstOf(o.value(QLatin1String("user_profile")).toObject(),
                                        {"real_name", "display_name", "name"});
    if (!fromProfile.isEmpty())
        return fromProfile;
    if (bot) {
        const QString name = firstOf(o, {"username"});
        if (!name.isEmpty())
            return name;
        const QString botName = firstOf(o.value(QLatin1String("bot_profile")).toObject(), {"name"});
        if (!botName.isEmpty())
            return botName;
    }
    const QString id = o.value(QLatin1String("user")).toString();
    return users.value(id, id);
}

// The words of a message: its text, else what its attachments say; then the files it carried,
// by name only (their links hold access tokens).
QString textOf(const QJsonObject &o, const QHash<QString, QString> &users)
{
    QString text = SlackText::toMarkdown(o.value(QLatin1String("text")).toString(), users);
    if (text.trimmed().isEmpty()) {
        QStringList parts;
        for (const QJsonValue &a : o.value(QLatin1String("attachments")).toArray()) {
            const QString part = firstOf(a.toObject(), {"fallback", "text", "title"});
            if (!part.isEmpty())
                parts << SlackText::toMarkdown(part, users);
        }
        text = parts.join(QLatin1Char('\n'));
    }
    for (const QJsonValue &f : o.value(QLatin1String("files")).toArray()) {
        const QString name = firstOf(f.toObject(), {"name", "title"});
        if (!name.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) +
                    ChatText::tr("(file: %1)").arg(name);
    }
    return text.trimmed();
}

std::optional<ChatMessage> messageOf(const QJsonObject &o, const QHash<QString, QString> &users,
                                     const QString &where, QStringList *skipped)
{
    const QString subtype = o.value(QLatin1String("subtype")).toString();
    if (subtype == QLatin1String("message_changed") ||
        subtype == QLatin1String("message_deleted")) {
        *skipped << ChatText::tr("%1: an edit record, not a message").arg(where);
        return std::nullopt;
    }
    ChatMessage m;
    m.id = o.value(QLatin1String("ts")).toString();
    m.at = instantOf(m.id);
    if (!m.at.isValid()) {
        *skipped << ChatText::tr("%1: no time stamp (\"ts\")").arg(where);
        return std::nullopt;
    }
    if (subtype.endsWith(QLatin1String("_join")))
        m.kind = ChatMessage::Kind::Join;
    else if (subtype.endsWith(QLatin1String("_leave")))
        m.kind = ChatMessage::Kind::Leave;
    m.bot = subtype == QLatin1String("bot_message") || o.contains(QLatin1String("bot_id"));
    m.author = authorOf(o, users, m.bot);
    m.text = textOf(o, users);
    const QString thread = o.value(QLatin1String("thread_ts")).toString();
    if (!thread.isEmpty() && thread != m.id)
        m.threadOf = thread;
    return m;
}

} // namespace

SlackExport::SlackExport() = default;
SlackExport::~SlackExport() = default;

std::optional<QHash<QString, QString>> SlackExport::parseUsers(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isArray())
        return std::nullopt;
    QHash<QString, QString> names;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject u = v.toObject();
        const QString id = u.value(QLatin1String("id")).toString();
        QString name =
            firstOf(u.value(QLatin1String("profile")).toObject(), {"real_name", "display_name"});
        if (name.isEmpty())
            name = firstOf(u, {"real_name", "name"});
        if (!id.isEmpty() && !name.isEmpty())
            names.insert(id, name);
    }
    return names;
}

std::optional<QList<ChatMessage>> SlackExport::parseDay(const QByteArray &json,
                                                        const QString &channel,
                                                        const QHash<QString, QString> &users,
                                                        QStringList *skipped, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        *error = doc.isNull() ? ChatText::tr("not valid JSON: %1 at byte %2")
                                    .arg(parseError.errorString())
                                    .arg(parseError.offset)
                              : ChatText::tr("a day of a Slack export is a list of messages");
        return std::nullopt;
    }
    QList<ChatMessage> out;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = ChatText::tr("message %1").arg(i + 1);
        if (!array.at(i).isObject()) {
            *skipped << ChatText::tr("%1: not a message object").arg(where);
            continue;
        }
        if (auto m = messageOf(array.at(i).toObject(), users, where, skipped)) {
            m->channel = channel;
            out << *m;
        }
    }
    return out;
}

bool SlackExport::open(const QString &path, QString *error)
{
    m_days.clear();
    m_users.clear();
    m_usersFile = {};
    m_root.reset();
    m_zip.reset();
    m_folder.clear();
    if (QFileInfo(path).isDir()) {
        m_folder = QFileInfo(path).absoluteFilePath();
        if (!listFolder(error))
            return false;
    } else {
        m_zip = std::make_unique<ZipReader>();
        if (!m_zip->open(path, error) || !listArchive(error))
            return false;
    }
    if (m_days.isEmpty()) {
        *error = ChatText::tr("no channel with daily message files (channel/YYYY-MM-DD.json): "
                              "not a Slack export");
        return false;
    }
    if (!m_usersFile.name.isEmpty()) {
        const auto bytes = readFile(m_usersFile, error);
        if (!bytes)
            return false;
        const auto users = parseUsers(*bytes);
        if (!users) {
            *error = ChatText::tr("%1: not a list of users").arg(m_usersFile.name);
            return false;
        }
        m_users = *users;
    }
    return true;
}

// "general/2025-10-12.json", or the same under one folder the export was packed in.
void SlackExport::addFile(const QString &name, qint64 index)
{
    static const QRegularExpression dayFile(
        QStringLiteral("(?:^|/)([^/]+)/(\\d{4}-\\d{2}-\\d{2})\\.json$"));
    if (name == QLatin1String("users.json") || name.endsWith(QLatin1String("/users.json"))) {
        if (m_usersFile.name.isEmpty() || name.size() < m_usersFile.name.size())
            m_usersFile = {QDate(), name, index};
        return;
    }
    const auto m = dayFile.match(name);
    const QDate date = QDate::fromString(m.captured(2), Qt::ISODate);
    if (!m.hasMatch() || !date.isValid())
        return;
    // One export per archive: channels beside the first one's, not "a/x/…" and "b/x/…" both.
    const QString root = name.left(m.capturedStart(1));
    if (!m_root)
        m_root = root;
    if (*m_root == root)
        m_days[m.captured(1)] << Day{date, name, index};
}

bool SlackExport::listArchive(QString *error)
{
    const qint64 count = m_zip->entryCount();
    if (count > kMaxEntries) {
        *error =
            ChatText::tr("the archive has %1 entries, more than %2").arg(count).arg(kMaxEntries);
        return false;
    }
    for (qint64 i = 0; i < count; ++i) {
        const QString name = m_zip->entry(i).name;
        if (name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
            name.split(QLatin1Char('/')).contains(QStringLiteral(".."))) {
            *error = ChatText::tr("the archive names a file outside itself (%1); it is not read")
                         .arg(name.left(200));
            return false;
        }
        addFile(name, i);
    }
    return true;
}

// The folder, its channel folders and one level below (an export unpacked into a folder of
// its own): never a walk through a whole home folder dropped by mistake.
bool SlackExport::listFolder(QString *error)
{
    const QDir root(m_folder);
    qint64 seen = 0;
    QList<QString> folders{m_folder};
    for (int depth = 0; depth < 3 && !folders.isEmpty(); ++depth) {
        QList<QString> next;
        for (const QString &folder : std::as_const(folders)) {
            const QDir dir(folder);
            for (const QFileInfo &f : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
                if (++seen > kMaxEntries) {
                    *error = ChatText::tr("the folder holds more than %1 files").arg(kMaxEntries);
                    return false;
                }
                addFile(root.relativeFilePath(f.absoluteFilePath()), -1);
            }
            for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                next << dir.filePath(sub);
        }
        folders = next;
    }
    return true;
}

std::optional<QByteArray> SlackExport::readFile(const Day &file, QString *error) const
{
    if (m_zip) {
        QString why;
        auto bytes = m_zip->read(file.index, kMaxFileBytes, &why);
        if (!bytes)
            *error = QStringLiteral("%1: %2").arg(file.name, why);
        return bytes;
    }
    QFile f(QDir(m_folder).filePath(file.name));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(file.name, f.errorString());
        return std::nullopt;
    }
    if (f.size() > kMaxFileBytes) {
        *error = ChatText::tr("%1: larger than %2 MiB").arg(file.name).arg(kMaxFileBytes >> 20);
        return std::nullopt;
    }
    return f.read(kMaxFileBytes);
}

QStringList SlackExport::channels() const
{
    QStringList names = m_days.keys();
    std::sort(names.begin(), names.end());
    return names;
}

// Day files parsed side by side, one per core; their messages and problems in day order.
bool SlackExport::parseBatch(QList<std::pair<QString, QByteArray>> &batch, const QString &channel,
                             QList<ChatMessage> &out, QStringList *skipped, QString *error) const
{
    struct Parsed
    {
        std::optional<QList<ChatMessage>> messages;
        QStringList problems;
        QString why;
    };
    std::vector<std::future<Parsed>> running;
    for (const auto &[name, bytes] : std::as_const(batch)) {
        running.push_back(std::async(std::launch::async, [this, &channel, &bytes] {
            Parsed p;
            p.messages = parseDay(bytes, channel, m_users, &p.problems, &p.why);
            return p;
        }));
    }
    bool ok = true;
    for (std::size_t k = 0; k < running.size(); ++k) {
        Parsed p = running[k].get();
        const QString &name = batch.at(qsizetype(k)).first;
        if (!p.messages && ok) {
            *error = QStringLiteral("%1: %2").arg(name, p.why);
            ok = false;
        }
        for (const QString &problem : std::as_const(p.problems))
            *skipped << QStringLiteral("%1: %2").arg(name, problem);
        if (p.messages)
            out << *p.messages;
    }
    batch.clear();
    return ok;
}

std::optional<QList<ChatMessage>> SlackExport::read(const QString &channel, const QDate &from,
                                                    const QDate &to, QStringList *skipped,
                                                    QString *error) const
{
    QList<Day> days = m_days.value(channel);
    if (days.isEmpty()) {
        *error = ChatText::tr("the export has no channel named %1").arg(channel);
        return std::nullopt;
    }
    std::sort(days.begin(), days.end(), [](const Day &a, const Day &b) { return a.date < b.date; });
    QList<ChatMessage> out;
    qint64 bytesRead = 0;
    QList<std::pair<QString, QByteArray>> batch; // at most one day file per core in memory
    const qsizetype cores = std::max(1, QThread::idealThreadCount());
    for (const Day &day : std::as_const(days)) {
        // A file holds one day in the exporter's zone: a day either side is read too.
        if ((from.isValid() && day.date < from.addDays(-1)) ||
            (to.isValid() && day.date > to.addDays(1)))
            continue;
        auto bytes = readFile(day, error);
        if (!bytes)
            return std::nullopt;
        if ((bytesRead += bytes->size()) > kMaxReadBytes) {
            *error = ChatText::tr("the channel's days hold more than %1 MiB of messages: choose "
                                  "a narrower window")
                         .arg(kMaxReadBytes >> 20);
            return std::nullopt;
        }
        batch.append({day.name, std::move(*bytes)});
        if (batch.size() == cores && !parseBatch(batch, channel, out, skipped, error))
            return std::nullopt;
    }
    if (!parseBatch(batch, channel, out, skipped, error))
        return std::nullopt;
    std::stable_sort(out.begin(), out.end(),
                     [](const ChatMessage &a, const ChatMessage &b) { return a.at < b.at; });
    return out;
}

} // namespace debrief
