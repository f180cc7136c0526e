// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace debrief {

struct Report;
class AttachmentStore;

// Problems in a report that loads but should not be trusted as it is: durations out of
// order, attachments that are missing, damaged or images too large to decode safely.
class ReportValidator
{
public:
    static QStringList check(const Report &report, const AttachmentStore &attachments);
    // What is worth knowing but not wrong: attachments nothing in the text shows.
    static QStringList notices(const Report &report);
    // Header-only look at an image: never decodes the pixels. Empty when acceptable.
    static QString checkImage(const QByteArray &bytes, const QString &mediaType);
};

} // namespace debrief
