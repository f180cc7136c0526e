// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "panes/ReadOnlyPartPane.h"

#include "model/Report.h"

namespace debrief {

ReadOnlyPartPane::ReadOnlyPartPane(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("partView"));
    setReadOnly(true);
}

void ReadOnlyPartPane::showAttachments(const Report &report)
{
    setAccessibleName(tr("Attachments"));
    QString text;
    for (const Attachment &a : report.attachments)
        text += QStringLiteral("%1 (%2, %3 KiB)%4\n")
                    .arg(a.fileName, a.mediaType)
                    .arg((a.size + 1023) / 1024)
                    .arg(a.caption.isEmpty() ? QString() : QStringLiteral(" — ") + a.caption);
    setPlainText(text.isEmpty() ? tr("No attachments.") : text);
}

} // namespace debrief
