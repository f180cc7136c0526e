// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>
#include <QStringList>

namespace debrief {

// Loads Qt's and Debrief's translations for a locale (by default the user's, which QLocale
// reads from LANGUAGE, LC_ALL, LC_MESSAGES and LANG) into the running application, for the
// editor and the CLI alike.
class Translations
{
public:
    // Where Debrief's .qm files are looked for, first match wins: next to the binary (the
    // build tree), then share/debrief/translations beside the binary's folder, so an
    // installed, staged or moved tree finds its own files.
    static QStringList searchPaths();
    // Installs the catalogues found for `locale` (Qt's, then Debrief's, falling back to the
    // English plurals); returns the files loaded.
    static QStringList install(const QLocale &locale = QLocale(),
                               const QStringList &dirs = searchPaths());
};

} // namespace debrief
