// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Report.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace debrief {

class AttachmentStore;

// The .pmd container: a ZIP with `mimetype` first and stored, `report.json`, and
// `attachments/<sha256>.<ext>`. docs/pmd-format.md is its specification.
class PmdArchive
{
public:
    static const char kMediaType[];

    struct Loaded
    {
        Report report;
        QStringList warnings;                      // readable, but something is off
        QHash<QString, QString> attachmentEntries; // attachment id -> entry name
    };

    // Reads and checks a whole archive except attachment bytes, which the AttachmentStore
    // reads later. nullopt with *error set when the file cannot be used at all.
    static std::optional<Loaded> read(const QString &path, QString *error);

    // The archive's bytes; the same report and attachments give the same bytes every time.
    static std::optional<QByteArray> encode(const Report &report, const AttachmentStore &store,
                                            QString *error);

    // Atomically replaces `path`: on any failure the previous file is left as it was.
    static bool write(const QString &path, const Report &report, const AttachmentStore &store,
                      QString *error);

    static QString entryNameFor(const QString &id, const QString &mediaType);
    static bool isSafeEntryName(const QString &name);
};

} // namespace debrief
