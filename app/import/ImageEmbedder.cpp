// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/ImageEmbedder.h"

#include "format/AttachmentStore.h"
#include "format/MediaTypes.h"
#include "format/PmdLimits.h"
#include "format/ReportValidator.h"
#include "import/ImportText.h"
#include "import/MarkdownTable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace debrief {

namespace {

void addOnce(QStringList *list, const QString &s)
{
    if (!list->contains(s))
        *list << s;
}

} // namespace

ImageEmbedder::ImageEmbedder(const QString &baseDir)
    : m_baseDir(baseDir)
{}

std::optional<QFileInfo> ImageEmbedder::localFile(const QString &url)
{
    static const QRegularExpression remote(QStringLiteral("^(?:https?|ftp)://"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression windows(QStringLiteral("^(?:[A-Za-z]:[\\\\/]|\\\\\\\\)"));
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    if (remote.match(url).hasMatch()) {
        addOnce(&m_remote, url);
        return {};
    }
    if (windows.match(url).hasMatch()) {
        addOnce(&m_missing, url);
        m_warnings << ImportText::tr(
                          "image %1 is a Windows path from another machine; kept as written")
                          .arg(url);
        return {};
    }
    if (scheme.match(url).hasMatch() || url.isEmpty()) {
        addOnce(&m_missing, url);
        m_warnings << ImportText::tr(
                          "image %1 is not a path relative to the document; kept as written")
                          .arg(url);
        return {};
    }

    QString path = QDir(m_baseDir).absoluteFilePath(url);
    if (!QFileInfo::exists(path)) {
        const QString decoded = QUrl::fromPercentEncoding(
            url.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('#'), 0, 0).toUtf8());
        path = QDir(m_baseDir).absoluteFilePath(decoded);
    }
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        addOnce(&m_missing, url);
        return {};
    }
    return info;
}

QString ImageEmbedder::load(const QString &url, const QString &alt)
{
    if (const auto it = m_idForUrl.constFind(url); it != m_idForUrl.cend())
        return *it;
    const std::optional<QFileInfo> found = localFile(url);
    if (!found)
        return {};
    const QFileInfo &info = *found;
    // The user chose this document, and only files that check out as images are read, so a
    // path outside its folder (a shared ../images, an absolute path) is embedded too, but
    // named in the warnings: a borrowed document could point at someone's own screenshots.
    const QString root = QFileInfo(m_baseDir).canonicalFilePath();
    const QString canonical = info.canonicalFilePath();
    const bool outside = root.isEmpty() || !canonical.startsWith(root + QLatin1Char('/'));
    if (info.size() > PmdLimits::kMaxAttachmentBytes ||
        m_totalBytes + info.size() > PmdLimits::kMaxTotalBytes) {
        addOnce(&m_refused, url);
        m_warnings << ImportText::tr(
                          "image %1 is larger than a report may hold (%2 MiB); kept as written")
                          .arg(url)
                          .arg(PmdLimits::kMaxAttachmentBytes >> 20);
        return {};
    }
    QFile file(canonical);
    if (!file.open(QIODevice::ReadOnly)) {
        addOnce(&m_refused, url);
        m_warnings << ImportText::tr("image %1 cannot be read: %2").arg(url, file.errorString());
        return {};
    }
    const QByteArray data = file.read(PmdLimits::kMaxAttachmentBytes + 1);
    if (data.size() > PmdLimits::kMaxAttachmentBytes) {
        addOnce(&m_refused, url);
        m_warnings << ImportText::tr("image %1 grew while being read; kept as written").arg(url);
        return {};
    }
    const QString mediaType = MediaTypes::detect(data, info.fileName());
    const QString bad = ReportValidator::checkImage(data, mediaType);
    if (!bad.isEmpty()) {
        addOnce(&m_refused, url);
        m_warnings << ImportText::tr("image %1 %2; kept as written").arg(url, bad);
        return {};
    }
    const QString id = AttachmentStore::idFor(data);
    if (!m_bytes.contains(id)) {
        Attachment a;
        a.id = id;
        a.fileName = info.fileName();
        a.mediaType = mediaType;
        a.size = data.size();
        a.altText = alt;
        m_attachments << a;
        m_bytes.insert(id, data);
        m_totalBytes += data.size();
    }
    if (outside)
        m_warnings << ImportText::tr(
                          "image %1 is outside the document's folder (%2); embedded, check that "
                          "it belongs in this report")
                          .arg(url, canonical);
    addOnce(&m_embedded, url);
    m_idForUrl.insert(url, id);
    return id;
}

void ImageEmbedder::embed(ImportSource *source)
{
    // Inline images: ![alt](destination "title"). Reference-style ones are left alone.
    static const QRegularExpression image(
        QStringLiteral("!\\[((?:[^\\]\\\\]|\\\\.)*)\\]\\(\\s*(<[^>\\n]*>|(?:[^\\s()\\\\]|\\\\.|"
                       "\\((?:[^\\s()\\\\]|\\\\.)*\\))+)"));
    int blockFirst = -1;
    QString text;
    qsizetype cursor = 0;
    auto flush = [&] {
        if (blockFirst < 0)
            return;
        const QStringList rewritten = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < rewritten.size(); ++i)
            source->setLine(blockFirst + int(i), rewritten.at(i));
    };
    for (const MarkdownOutline::Image &img : source->outline().images()) {
        if (img.first != blockFirst) {
            flush();
            blockFirst = img.first;
            text = source->lines().mid(img.first, img.last - img.first + 1).join(QLatin1Char('\n'));
            cursor = 0;
        }
        bool found = false;
        for (auto it = image.globalMatch(text, cursor); it.hasNext();) {
            const auto m = it.next();
            QString dest = m.captured(2);
            if (dest.startsWith(QLatin1Char('<')))
                dest = dest.mid(1, dest.size() - 2);
            if (MarkdownTable::unescapePlain(dest) != img.url)
                continue;
            found = true;
            cursor = m.capturedEnd(2);
            const QString id = load(img.url, MarkdownOutline::plainText(m.captured(1)));
            if (!id.isEmpty()) {
                const QString link = QStringLiteral("attachment:") + id;
                text.replace(m.capturedStart(2), m.capturedLength(2), link);
                cursor = m.capturedStart(2) + link.size();
            }
            break;
        }
        if (!found) {
            addOnce(&m_missing, img.url);
            m_warnings
                << ImportText::tr(
                       "image %1 is not an inline image link (a reference?); kept as written")
                       .arg(img.url);
        }
    }
    flush();
}

} // namespace debrief
