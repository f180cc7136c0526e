// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace debrief {

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

QStringList RecentFiles::list()
{
    QStringList out;
    for (const QString &path : QSettings().value(kKey).toStringList()) {
        if (QFileInfo(path).isFile())
            out << path;
    }
    return out;
}

void RecentFiles::add(const QString &path)
{
    QStringList files = QSettings().value(kKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    QSettings().setValue(kKey, files.mid(0, kMax));
}

void RecentFiles::clear()
{
    QSettings().remove(kKey);
}

} // namespace debrief
