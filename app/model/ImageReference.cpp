// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/ImageReference.h"

#include "model/Attachment.h"

#include <QFileInfo>

namespace debrief {

QString ImageReference::markdown(const Attachment &attachment)
{
    return markdown(altTextFor(attachment), attachment.id);
}

QString ImageReference::markdown(const QString &altText, const QString &id)
{
    QString alt;
    alt.reserve(altText.size());
    for (const QChar c : altText.simplified()) {
        // Backslash-escapes for every character that is special in link text.
        if (c == u'\\' || c == u'[' || c == u']' || c == u'*' || c == u'_' || c == u'`' ||
            c == u'<' || c == u'!' || c == u'&')
            alt += u'\\';
        alt += c;
    }
    return QStringLiteral("![%1](attachment:%2)").arg(alt, id);
}

QString ImageReference::altTextFor(const Attachment &attachment)
{
    if (!attachment.altText.trimmed().isEmpty())
        return attachment.altText;
    if (!attachment.caption.trimmed().isEmpty())
        return attachment.caption;
    return QFileInfo(attachment.fileName).completeBaseName();
}

} // namespace debrief
