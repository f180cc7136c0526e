// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

struct zip;

class QFile;

namespace debrief {

// Read-only access to a ZIP archive through libzip, with every read bounded by the caller:
// the sizes in an archive's headers are claims, not facts.
class ZipReader
{
public:
    struct Entry
    {
        QString name;
        qint64 size = 0;           // claimed inflated size
        qint64 compressedSize = 0; // claimed stored size
        bool stored = false;       // no compression
    };

    ZipReader() = default;
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    bool open(const QString &path, QString *error);
    // The archive in an open file: still the same one after the path is replaced or removed.
    bool open(const QFile &file, QString *error);
    qint64 entryCount() const;
    Entry entry(qint64 index) const;
    qint64 indexOf(const QString &name) const;
    // At most maxBytes inflated; more than that is an error, not a truncation.
    std::optional<QByteArray> read(qint64 index, qint64 maxBytes, QString *error) const;

private:
    bool opened(int code, QString *error);

    ::zip *m_zip = nullptr;
};

} // namespace debrief
