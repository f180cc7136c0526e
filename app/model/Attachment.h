// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>

namespace debrief {

// The table entry for an embedded file. The bytes stay in the archive (or in the
// AttachmentStore for files added since the last save) until something needs them.
struct Attachment
{
    QString id; // lowercase hex SHA-256 of the bytes: the same image twice is stored once
    QString fileName;
    QString mediaType;
    qint64 size = 0;
    QString caption;
    QString altText;
    QJsonObject extra;

    bool operator==(const Attachment &) const = default;
};

} // namespace debrief
