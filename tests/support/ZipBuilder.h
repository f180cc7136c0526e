// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Writes ZIP archives byte by byte, including the malformed ones a real writer refuses to
// make: unsafe names, duplicates, lying sizes, gigabytes of zeros.
class ZipBuilder
{
public:
    void addStored(const QString &name, const QByteArray &data);
    void addDeflated(const QString &name, const QByteArray &data);
    // `count` zero bytes, deflated in a stream so the inflated form never exists in memory.
    // claimedSize, when set, is written in the headers instead of the real size.
    void addZeros(const QString &name, qint64 count, std::optional<quint32> claimedSize = {});
    QByteArray finish() const;

private:
    struct Entry
    {
        QByteArray name;
        QByteArray payload;
        quint16 method;
        quint32 crc;
        quint32 size;
    };
    QList<Entry> m_entries;
};
