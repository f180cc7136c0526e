// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/PdfInfo.h"

#include <QRegularExpression>

namespace debrief {

namespace {

// Text strings as UTF-16BE with a byte order mark, in hex: any character survives, and no
// bracket or backslash in a title can end the string early.
QByteArray textString(const QString &s)
{
    QByteArray out("<FEFF");
    for (const QChar c : s)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out + '>';
}

QByteArray date(const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    return "(D:" + utc.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

} // namespace

bool PdfInfo::appendTo(QByteArray *pdf) const
{
    // The last trailer decides: its size, root and ID carry over; the old xref is /Prev.
    const qsizetype trailerAt = pdf->lastIndexOf("trailer");
    const qsizetype startAt = pdf->lastIndexOf("startxref");
    if (trailerAt < 0 || startAt < trailerAt)
        return false;
    const QString trailer = QString::fromLatin1(pdf->mid(trailerAt, startAt - trailerAt));
    static const QRegularExpression sizeRe(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression rootRe(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)"));
    static const QRegularExpression idRe(QStringLiteral("/ID\\s*(\\[[^\\]]*\\])"));
    static const QRegularExpression prevRe(QStringLiteral("startxref\\s+(\\d+)"));
    const auto size = sizeRe.match(trailer);
    const auto root = rootRe.match(trailer);
    const auto prev = prevRe.match(QString::fromLatin1(pdf->mid(startAt, 64)));
    if (!size.hasMatch() || !root.hasMatch() || !prev.hasMatch())
        return false;
    const int object = size.captured(1).toInt();
    if (object <= 0)
        return false;

    QByteArray update;
    if (!pdf->endsWith('\n'))
        update += '\n';
    const qsizetype objectAt = pdf->size() + update.size();
    update += QByteArray::number(object) + " 0 obj\n<<\n";
    auto entry = [&update](const char *key, const QString &value) {
        if (!value.isEmpty())
            update += QByteArray("/") + key + ' ' + textString(value) + '\n';
    };
    entry("Title", title);
    entry("Author", author);
    entry("Subject", subject);
    entry("Keywords", keywords);
    entry("Creator", creator);
    entry("Producer", creator);
    if (created.isValid())
        update += "/CreationDate " + date(created) + "\n/ModDate " + date(created) + '\n';
    update += ">>\nendobj\n";

    const qsizetype xrefAt = pdf->size() + update.size();
    // Each xref entry is exactly 20 bytes, the line end included.
    update += "xref\n" + QByteArray::number(object) + " 1\n" +
              QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<<\n/Size " + QByteArray::number(object + 1) + "\n/Root " +
              root.captured(1).toLatin1() + "\n/Info " + QByteArray::number(object) +
              " 0 R\n/Prev " + prev.captured(1).toLatin1() + '\n';
    const auto id = idRe.match(trailer);
    if (id.hasMatch())
        update += "/ID " + id.captured(1).toLatin1() + '\n';
    update += ">>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    pdf->append(update);
    return true;
}

} // namespace debrief
