// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ZipBuilder.h"

#include <QtEndian>

#include <zlib.h>

namespace {

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

quint32 crcOf(const QByteArray &data)
{
    return quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
}

QByteArray rawDeflate(const char *data, qint64 size, int chunks, int level)
{
    z_stream z{};
    deflateInit2(&z, level, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    QByteArray out;
    char buf[1 << 16];
    for (int i = 0; i < chunks; ++i) {
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        z.avail_in = uInt(size);
        const int flush = i + 1 == chunks ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = reinterpret_cast<Bytef *>(buf);
            z.avail_out = sizeof buf;
            deflate(&z, flush);
            out.append(buf, qsizetype(sizeof buf - z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    return out;
}

} // namespace

void ZipBuilder::addStored(const QString &name, const QByteArray &data)
{
    m_entries << Entry{name.toUtf8(), data, 0, crcOf(data), quint32(data.size())};
}

void ZipBuilder::addDeflated(const QString &name, const QByteArray &data)
{
    m_entries << Entry{name.toUtf8(), rawDeflate(data.constData(), data.size(), 1, 6), 8,
                       crcOf(data), quint32(data.size())};
}

void ZipBuilder::addZeros(const QString &name, qint64 count, std::optional<quint32> claimedSize)
{
    const qint64 chunk = 1 << 20;
    const QByteArray zeros(chunk, '\0');
    const int chunks = int(count / chunk);
    uLong crc = 0;
    for (int i = 0; i < chunks; ++i)
        crc = crc32(crc, reinterpret_cast<const Bytef *>(zeros.constData()), uInt(chunk));
    m_entries << Entry{name.toUtf8(), rawDeflate(zeros.constData(), chunk, chunks, 9), 8,
                       quint32(crc), claimedSize.value_or(quint32(qint64(chunks) * chunk))};
}

QByteArray ZipBuilder::finish() const
{
    QByteArray out;
    QByteArray central;
    for (const Entry &e : m_entries) {
        const auto offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20);     // version needed
        put16(out, 0x0800); // UTF-8 names
        put16(out, e.method);
        put16(out, 0);    // time
        put16(out, 0x21); // date: 1980-01-01
        put32(out, e.crc);
        put32(out, quint32(e.payload.size()));
        put32(out, e.size);
        put16(out, quint16(e.name.size()));
        put16(out, 0);
        out += e.name;
        out += e.payload;

        put32(central, 0x02014b50);
        put16(central, 0x031e); // made by: Unix, 3.0
        put16(central, 20);
        put16(central, 0x0800);
        put16(central, e.method);
        put16(central, 0);
        put16(central, 0x21);
        put32(central, e.crc);
        put32(central, quint32(e.payload.size()));
        put32(central, e.size);
        put16(central, quint16(e.name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, quint32(0100644) << 16);
        put32(central, offset);
        central += e.name;
    }
    const auto centralOffset = quint32(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}
