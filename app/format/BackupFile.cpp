// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "format/BackupFile.h"

#include "format/FormatText.h"
#include "format/PmdLimits.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace debrief {

bool BackupFile::keep(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    if (!info.isFile() || info.size() > PmdLimits::kMaxArchiveBytes) {
        *error = FormatText::tr("%1 is not a report file that can be copied").arg(path);
        return false;
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return false;
    }
    QSaveFile out(pathFor(path));
    if (!out.open(QIODevice::WriteOnly)) {
        *error = out.errorString();
        return false;
    }
    while (!in.atEnd()) { // a megabyte at a time: a report may be large
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            *error = chunk.isEmpty() ? in.errorString() : out.errorString();
            out.cancelWriting();
            return false;
        }
    }
    if (!out.commit()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace debrief
