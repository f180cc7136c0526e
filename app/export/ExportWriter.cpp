// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/ExportWriter.h"

#include "diagnostics/Logging.h"
#include "export/ExportText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <memory>

namespace debrief {

QString ExportWriter::imagesFolderFor(const QString &path)
{
    return QFileInfo(path).completeBaseName() + QStringLiteral("_images");
}

namespace {

bool writeAll(const QString &path, const QByteArray &document, const QString &imagesFolder,
              const QHash<QString, QByteArray> &images, QString *error)
{
    const QFileInfo target(path);
    const QDir parent = target.absoluteDir();
    if (!parent.exists()) {
        *error = ExportText::tr("the folder %1 does not exist").arg(parent.path());
        return false;
    }
    std::unique_ptr<QTemporaryDir> staging;
    if (!images.isEmpty()) {
        staging = std::make_unique<QTemporaryDir>(
            parent.filePath(QStringLiteral(".debrief-export-XXXXXX")));
        if (!staging->isValid()) {
            *error = ExportText::tr("cannot create a folder in %1: %2")
                         .arg(parent.path(), staging->errorString());
            return false;
        }
        for (auto it = images.cbegin(); it != images.cend(); ++it) {
            QFile f(staging->filePath(it.key()));
            if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size() ||
                !f.flush()) {
                *error = ExportText::tr("cannot write %1: %2").arg(it.key(), f.errorString());
                return false;
            }
        }
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(document) != document.size()) {
        *error = out.errorString();
        out.cancelWriting();
        return false;
    }
    // Put the images in place (keeping the old folder until the document is committed).
    const QString finalFolder = parent.filePath(imagesFolder);
    const QString backup = finalFolder + QStringLiteral(".debrief-old");
    const bool hadFolder = QFileInfo::exists(finalFolder);
    if (staging) {
        QDir(backup).removeRecursively();
        if (hadFolder && !QDir().rename(finalFolder, backup)) {
            *error = ExportText::tr("cannot replace the folder %1").arg(finalFolder);
            out.cancelWriting();
            return false;
        }
        if (!QDir().rename(staging->path(), finalFolder)) {
            *error = ExportText::tr("cannot create the folder %1").arg(finalFolder);
            if (hadFolder)
                QDir().rename(backup, finalFolder);
            out.cancelWriting();
            return false;
        }
        staging->setAutoRemove(false);
    }
    if (!out.commit()) {
        *error = out.errorString();
        if (staging) {
            QDir(finalFolder).removeRecursively();
            if (hadFolder)
                QDir().rename(backup, finalFolder);
        }
        return false;
    }
    if (staging)
        QDir(backup).removeRecursively();
    return true;
}

} // namespace

bool ExportWriter::write(const QString &path, const QByteArray &document,
                         const QString &imagesFolder, const QHash<QString, QByteArray> &images,
                         QString *error)
{
    if (!writeAll(path, document, imagesFolder, images, error)) {
        qCInfo(lcExport) << "could not write" << path << "-" << *error;
        return false;
    }
    qint64 imageBytes = 0;
    for (const QByteArray &bytes : images)
        imageBytes += bytes.size();
    if (images.isEmpty())
        qCInfo(lcExport).nospace() << "wrote " << path << ": " << document.size() << " bytes";
    else
        qCInfo(lcExport).nospace()
            << "wrote " << path << ": " << document.size() << " bytes, " << images.size()
            << " images (" << imageBytes << " bytes) in " << imagesFolder;
    return true;
}

} // namespace debrief
