// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QStringList>

namespace debrief {

class AttachmentStore;
struct Report;

// The report's attachments as files for an export's images folder: unique names that are
// valid on Windows, macOS and Linux, and the relative path each attachment id maps to.
struct ExportImages
{
    QHash<QString, QByteArray> files; // file name inside the folder -> bytes
    QHash<QString, QString> pathFor;  // attachment id -> "folder/name"
    QStringList warnings;

    static ExportImages collect(const Report &report, const AttachmentStore &attachments,
                                const QString &folder);
    // A file name that is valid everywhere: no separators, reserved names or trailing dots.
    static QString safeFileName(const QString &wanted, const QString &extension);
};

} // namespace debrief
