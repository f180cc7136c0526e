// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace debrief {

// The most recently opened or saved reports, kept in QSettings.
class RecentFiles
{
public:
    static constexpr int kMax = 10;
    static QStringList list(); // existing files only, newest first
    static void add(const QString &path);
    static void clear();
};

} // namespace debrief
