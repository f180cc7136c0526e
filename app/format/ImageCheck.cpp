// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "format/ImageCheck.h"

#include "format/FormatText.h"
#include "format/MediaTypes.h"
#include "format/PmdLimits.h"
#include "format/ReportValidator.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace debrief {

namespace {

bool isInside(QStringView target)
{
    const QStringView t = target.trimmed();
    return t.isEmpty() || t.startsWith(u'#') || t.startsWith(u"data:", Qt::CaseInsensitive);
}

// A url(...) or @import in style text that leads outside the document.
QString styleReference(const QString &text)
{
    static const QRegularExpression url(QStringLiteral(R"(url\(\s*['"]?\s*([^'")\s]*))"),
                                        QRegularExpression::CaseInsensitiveOption);
    for (auto it = url.globalMatch(text); it.hasNext();) {
        const QString target = it.next().captured(1);
        if (!isInside(target))
            return target;
    }
    if (text.contains(QLatin1String("@import"), Qt::CaseInsensitive))
        return QStringLiteral("@import");
    return {};
}

QString attributeReference(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &a : attributes) {
        const QStringView name = a.name();
        if ((name == u"href" || name == u"src") && !isInside(a.value()))
            return a.value().toString();
        if (const QString s = styleReference(a.value().toString()); !s.isEmpty())
            return s;
    }
    return {};
}

bool decodes(const QByteArray &bytes)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return !reader.read().isNull();
}

} // namespace

QString ImageCheck::svgOutsideReference(const QByteArray &svg)
{
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            if (!xml.entityDeclarations().isEmpty() || xml.text().contains(u"SYSTEM"))
                return QStringLiteral("<!ENTITY>");
            break;
        case QXmlStreamReader::StartElement:
            if (const QString r = attributeReference(xml.attributes()); !r.isEmpty())
                return r;
            break;
        case QXmlStreamReader::Characters:
            if (const QString r = styleReference(xml.text().toString()); !r.isEmpty())
                return r;
            break;
        case QXmlStreamReader::ProcessingInstruction:
            if (xml.processingInstructionTarget() == u"xml-stylesheet")
                return xml.processingInstructionData().toString().simplified();
            break;
        default:
            break;
        }
    }
    return xml.hasError() ? FormatText::tr("XML error") : QString(); // shown in a message
}

QString ImageCheck::problem(const QByteArray &bytes, const QString &fileName, Depth depth)
{
    const QString name = QFileInfo(fileName).fileName();
    if (bytes.isEmpty())
        return FormatText::tr("“%1” is empty.").arg(name);
    if (bytes.size() > PmdLimits::kMaxAttachmentBytes)
        return FormatText::tr("“%1” is larger than %2 MiB, the most a report embeds.")
            .arg(name)
            .arg(PmdLimits::kMaxAttachmentBytes >> 20);
    const QString type = MediaTypes::detect(bytes, fileName);
    if (!MediaTypes::isSupportedImage(type))
        return FormatText::tr("“%1” is not an image Debrief can embed (%2); it takes PNG, JPEG, "
                              "GIF, WebP and SVG.")
            .arg(name, type);
    if (type == QLatin1String("image/svg+xml")) {
        if (const QString r = svgOutsideReference(bytes); !r.isEmpty())
            return FormatText::tr("“%1” is an SVG that refers to something outside itself (%2); "
                                  "Debrief embeds only self-contained SVG images.")
                .arg(name, r);
    }
    if (const QString bad = ReportValidator::checkImage(bytes, type); !bad.isEmpty())
        return FormatText::tr("“%1” %2.").arg(name, bad);
    if (depth == Depth::Decode && !decodes(bytes))
        return FormatText::tr("“%1” is damaged: its image data cannot be read.").arg(name);
    return {};
}

} // namespace debrief
