// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QString>

namespace debrief {

// Writes an export so that it is either complete or absent: the images go to a temporary
// folder beside the target first, the document through QSaveFile, and the folder is moved into
// place only when everything else has succeeded.
class ExportWriter
{
public:
    // `images` are written into `imagesFolder` (a name, beside `path`) when not empty.
    static bool write(const QString &path, const QByteArray &document, const QString &imagesFolder,
                      const QHash<QString, QByteArray> &images, QString *error);
    // The folder name used for a target: "report.md" -> "report_images".
    static QString imagesFolderFor(const QString &path);
};

} // namespace debrief
