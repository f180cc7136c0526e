// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chat/ChatMessage.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace debrief {

class ZipReader;

// A Slack workspace or channel export, as its ZIP or its unpacked folder: users.json, and a
// folder per channel with one JSON file per day. Opening reads the file list and the users;
// reading a channel parses only that channel's days inside the asked window, one day file per
// core at a time, so a large export is never held whole. Every size is bounded: a day file or
// users.json of more than 64 MiB, days of one channel of more than 256 MiB in all, or an archive
// of more than 1,000,000 entries or with a name that climbs out of it ("../"), is refused
// with a message. Only one export is read from an archive or folder: the channels beside the
// first day file found.
class SlackExport
{
public:
    static constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;
    static constexpr qint64 kMaxEntries = 1000000;
    static constexpr qint64 kMaxReadBytes = 256LL * 1024 * 1024;

    SlackExport();
    ~SlackExport();
    SlackExport(const SlackExport &) = delete;
    SlackExport &operator=(const SlackExport &) = delete;

    bool open(const QString &path, QString *error);
    QStringList channels() const; // sorted
    // The days of `channel` from `from` to `to` (a null date: no bound), in time order.
    // Messages that cannot be read are described in *skipped, never dropped silently.
    std::optional<QList<ChatMessage>> read(const QString &channel, const QDate &from,
                                           const QDate &to, QStringList *skipped,
                                           QString *error) const;

    // One day file's messages (a JSON array), for the export's users. Public for a day file
    // read alone and for the fuzz target.
    static std::optional<QList<ChatMessage>> parseDay(const QByteArray &json,
                                                      const QString &channel,
                                                      const QHash<QString, QString> &users,
                                                      QStringList *skipped, QString *error);
    // users.json: id -> the name people know them by; nothing when it is not a JSON array.
    static std::optional<QHash<QString, QString>> parseUsers(const QByteArray &json);

private:
    struct Day
    {
        QDate date;
        QString name;      // inside the archive or the folder
        qint64 index = -1; // in the archive
    };

    bool listArchive(QString *error);
    bool listFolder(QString *error);
    void addFile(const QString &name, qint64 index);
    std::optional<QByteArray> readFile(const Day &file, QString *error) const;
    bool parseBatch(QList<std::pair<QString, QByteArray>> &batch, const QString &channel,
                    QList<ChatMessage> &out, QStringList *skipped, QString *error) const;

    std::unique_ptr<ZipReader> m_zip;
    QString m_folder;
    QHash<QString, QList<Day>> m_days; // channel -> its day files
    QHash<QString, QString> m_users;
    Day m_usersFile;
    std::optional<QString> m_root; // the folder the first day file's channel is in
};

} // namespace debrief
