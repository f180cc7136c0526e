// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace debrief {

// The one previous generation of a report, kept as "NAME.pmd~" beside it before a save
// replaces it. Written through QSaveFile, so a failure leaves the last backup as it was.
class BackupFile
{
public:
    static QString pathFor(const QString &path) { return path + QLatin1Char('~'); }
    // Copies `path` to its backup; true when there was nothing to keep (no file yet). On
    // failure `error` says why; the report itself is never touched.
    static bool keep(const QString &path, QString *error);
};

} // namespace debrief
