// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace debrief {

// The PDF's document information (what pdfinfo and viewers show). Qt 6.8's QPdfWriter writes
// only a title and a creator, so the full dictionary is appended to a finished PDF as an
// incremental update: a new Info object, an xref section for it and a trailer pointing at it.
struct PdfInfo
{
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString creator;
    QDateTime created;

    // Appends the update to `pdf`. False, with `pdf` untouched, when its trailer cannot be
    // read (which would mean the writer's output changed shape).
    bool appendTo(QByteArray *pdf) const;
};

} // namespace debrief
