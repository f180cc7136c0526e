// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ImportSource.h"
#include "model/Attachment.h"

#include <QFileInfo>
#include <QHash>
#include <QStringList>

#include <optional>

namespace debrief {

// Embeds a Markdown document's local images as attachments and points the text at them with
// "attachment:<sha256>", as the editor does. Only files inside the document's folder are read,
// each bounded by PmdLimits and header-checked with QImageReader. Remote images, missing files
// and paths from other machines ("C:\shots\a.png") are left as written and listed.
class ImageEmbedder
{
public:
    explicit ImageEmbedder(const QString &baseDir);

    // Rewrites the destinations of embedded images in the source's lines.
    void embed(ImportSource *source);

    const QList<Attachment> &attachments() const { return m_attachments; }
    const QHash<QString, QByteArray> &bytes() const { return m_bytes; }
    const QStringList &embedded() const { return m_embedded; }
    const QStringList &missing() const { return m_missing; }
    const QStringList &remote() const { return m_remote; }
    const QStringList &refused() const { return m_refused; }
    const QStringList &warnings() const { return m_warnings; }

private:
    // The file a local image's url names, or nullopt (and the reason listed).
    std::optional<QFileInfo> localFile(const QString &url);
    // The attachment id for a local file, or empty (and the reason listed).
    QString load(const QString &url, const QString &alt);

    QString m_baseDir;
    qint64 m_totalBytes = 0;
    QList<Attachment> m_attachments;
    QHash<QString, QByteArray> m_bytes;
    QHash<QString, QString> m_idForUrl;
    QStringList m_embedded, m_missing, m_remote, m_refused, m_warnings;
};

} // namespace debrief
