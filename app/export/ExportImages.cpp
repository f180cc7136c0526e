// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/ExportImages.h"

#include "export/ExportText.h"
#include "format/AttachmentStore.h"
#include "format/MediaTypes.h"
#include "model/Report.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace debrief {

QString ExportImages::safeFileName(const QString &wanted, const QString &extension)
{
    const QString base = QFileInfo(wanted).completeBaseName();
    QString out;
    for (const QChar c : base) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else if (c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.'))
            out += c;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char('-')))
        out.chop(1);
    while (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    out = out.left(60);
    static const QRegularExpression reserved(
        QStringLiteral("^(con|prn|aux|nul|com[1-9]|lpt[1-9])$"),
        QRegularExpression::CaseInsensitiveOption);
    if (out.isEmpty() || reserved.match(out).hasMatch())
        out = QStringLiteral("image-") + out;
    return out + QLatin1Char('.') + extension;
}

ExportImages ExportImages::collect(const Report &report, const AttachmentStore &attachments,
                                   const QString &folder)
{
    ExportImages out;
    QSet<QString> used; // case-insensitively: macOS and Windows file systems
    for (const Attachment &a : report.attachments) {
        const auto bytes = attachments.bytes(a.id);
        if (!bytes) {
            out.warnings << ExportText::tr("attachment \"%1\" has no data and was not written")
                                .arg(a.fileName);
            continue;
        }
        const QString extension = MediaTypes::extensionFor(a.mediaType);
        QString name = safeFileName(a.fileName, extension);
        for (int n = 2; used.contains(name.toLower()); ++n)
            name = safeFileName(
                QFileInfo(a.fileName).completeBaseName() + QStringLiteral("-%1").arg(n), extension);
        used.insert(name.toLower());
        out.files.insert(name, *bytes);
        out.pathFor.insert(a.id, folder + QLatin1Char('/') + name);
    }
    return out;
}

} // namespace debrief
