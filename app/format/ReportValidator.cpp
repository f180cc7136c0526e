// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "format/ReportValidator.h"

#include "format/AttachmentStore.h"
#include "format/FormatText.h"
#include "format/MediaTypes.h"
#include "format/PmdLimits.h"
#include "model/AttachmentUsage.h"
#include "model/IncidentMetrics.h"
#include "model/Report.h"
#include "model/TimelineAnalysis.h"

#include <QBuffer>
#include <QImageReader>

namespace debrief {

QString ReportValidator::checkImage(const QByteArray &bytes, const QString &mediaType)
{
    if (!MediaTypes::isSupportedImage(mediaType))
        return FormatText::tr("has the unsupported media type %1").arg(mediaType);
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    if (!reader.canRead())
        return FormatText::tr("is not a readable %1 image").arg(mediaType);
    const QSize size = reader.size();
    if (!size.isValid())
        return {}; // some formats (SVG) have no fixed pixel size
    if (size.width() > PmdLimits::kMaxImageSide || size.height() > PmdLimits::kMaxImageSide ||
        qint64(size.width()) * size.height() > PmdLimits::kMaxImagePixels)
        return FormatText::tr(
                   "claims %1×%2 pixels, more than Debrief decodes (%3 pixels a side at most)")
            .arg(size.width())
            .arg(size.height())
            .arg(PmdLimits::kMaxImageSide);
    return {};
}

QStringList ReportValidator::check(const Report &report, const AttachmentStore &attachments)
{
    QStringList problems;
    const IncidentMetrics metrics(report);
    for (const QString &p : metrics.problems())
        problems << FormatText::tr("metadata: %1").arg(p);
    const TimelineAnalysis timeline(report);
    for (qsizetype i = 0; i < report.timeline.size(); ++i) {
        if (!report.timeline[i].hasTime())
            problems << FormatText::tr("timeline[%1]: the entry has no time").arg(i);
        else if (const QString order = timeline.problemText(int(i)); !order.isEmpty())
            problems << FormatText::tr("timeline[%1]: out of order: %2").arg(i).arg(order);
    }
    const AttachmentUsage usage(report);
    for (const AttachmentUsage::Missing &m : usage.missing())
        problems << FormatText::tr("%1: shows the image attachment:%2, which is not in the report")
                        .arg(AttachmentUsage::placeText(report, m.use), m.id.left(12) + u'…');
    for (const Attachment &a : report.attachments) {
        if (!attachments.hasSource(a.id))
            continue; // already reported when the archive was read
        QString why;
        const auto bytes = attachments.bytes(a.id, &why);
        if (!bytes) {
            problems << FormatText::tr("attachment \"%1\": %2").arg(a.fileName, why);
            continue;
        }
        if (const QString bad = checkImage(*bytes, a.mediaType); !bad.isEmpty())
            problems << FormatText::tr("attachment \"%1\" %2").arg(a.fileName, bad);
    }
    return problems;
}

QStringList ReportValidator::notices(const Report &report)
{
    QStringList notices;
    const AttachmentUsage usage(report);
    for (const QString &id : usage.unusedIds()) {
        const Attachment &a = report.attachments[report.attachmentIndex(id)];
        notices << FormatText::tr("attachment \"%1\" is not shown anywhere in the report")
                       .arg(a.fileName);
    }
    return notices;
}

} // namespace debrief
