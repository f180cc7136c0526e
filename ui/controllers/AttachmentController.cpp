// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "controllers/AttachmentController.h"

#include "dialogs/RedactCanvas.h"
#include "dialogs/RedactDialog.h"
#include "document/ReportDocument.h"
#include "format/ImageCheck.h"
#include "format/ImageDownscale.h"
#include "format/ImageMetadata.h"
#include "format/ImageRedaction.h"
#include "format/MediaTypes.h"
#include "format/PmdLimits.h"
#include "format/ReportValidator.h"
#include "model/ImageReference.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QMessageBox>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPointer>
#include <QSaveFile>
#include <QSettings>
#include <QThreadPool>
#include <QUndoStack>
#include <QUrl>

namespace debrief {

namespace {

const QString kDownscaleKey = QStringLiteral("attachments/downscaleLarge");

bool isImageFile(const QUrl &url)
{
    return url.isLocalFile() &&
           QMimeDatabase()
               .mimeTypeForFile(url.toLocalFile(), QMimeDatabase::MatchExtension)
               .name()
               .startsWith(QLatin1String("image/"));
}

// Raw bytes in a format the report keeps as they are: no decode and re-encode of a screenshot
// the source application already compressed.
QByteArray rawImage(const QMimeData *data, QString *suffix)
{
    for (const char *type : {"image/png", "image/jpeg", "image/gif", "image/webp"}) {
        const QString name = QLatin1String(type);
        if (data->hasFormat(name)) {
            *suffix = MediaTypes::extensionFor(name);
            return data->data(name);
        }
    }
    return {};
}

} // namespace

AttachmentController::AttachmentController(ReportDocument *doc, QWidget *window)
    : QObject(window)
    , m_doc(doc)
    , m_window(window)
{}

bool AttachmentController::hasImages(const QMimeData *data)
{
    if (!data)
        return false;
    QString suffix;
    if (data->hasImage() || !rawImage(data, &suffix).isEmpty())
        return true;
    const QList<QUrl> urls = data->urls();
    return std::any_of(urls.cbegin(), urls.cend(), isImageFile);
}

QString AttachmentController::screenshotName()
{
    return tr("Screenshot %1.png")
        .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH-mm-ss")));
}

std::optional<AttachmentController::Candidate>
AttachmentController::fromBytes(const QByteArray &bytes, const QString &fileName,
                                ImageCheck::Depth depth)
{
    if (const QString problem = ImageCheck::problem(bytes, fileName, depth); !problem.isEmpty()) {
        m_refusals << problem;
        return std::nullopt;
    }
    return Candidate{bytes, fileName};
}

std::optional<AttachmentController::Candidate> AttachmentController::fromFile(const QString &path)
{
    const QFileInfo info(path);
    QFile file(path);
    // The size first: a 4 GB file is refused without being read.
    if (info.isFile() && info.size() > PmdLimits::kMaxAttachmentBytes) {
        m_refusals << tr("“%1” is larger than %2 MiB, the most a report embeds.")
                          .arg(info.fileName())
                          .arg(PmdLimits::kMaxAttachmentBytes >> 20);
        return std::nullopt;
    }
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        m_refusals << tr("“%1” cannot be read: %2")
                          .arg(info.fileName(), info.isDir()     ? tr("it is a folder")
                                                : !info.exists() ? tr("it does not exist")
                                                                 : file.errorString());
        return std::nullopt;
    }
    return fromBytes(file.read(PmdLimits::kMaxAttachmentBytes + 1), info.fileName());
}

std::optional<AttachmentController::Candidate>
AttachmentController::fromImageData(const QMimeData *data)
{
    QString suffix;
    QByteArray bytes = rawImage(data, &suffix);
    const QString name = screenshotName();
    // What another application just encoded: the header is checked, not every pixel, so a
    // pasted screenshot comes in at once (the preview and thumbnails cope with damage).
    if (!bytes.isEmpty())
        return fromBytes(bytes, QFileInfo(name).completeBaseName() + u'.' + suffix,
                         ImageCheck::Depth::Header);
    const QImage image = qvariant_cast<QImage>(data->imageData());
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG")) {
        m_refusals << tr("The pasted image could not be read.");
        return std::nullopt;
    }
    return fromBytes(bytes, name);
}

QList<AttachmentController::Candidate> AttachmentController::candidates(const QStringList &paths)
{
    QList<Candidate> list;
    for (const QString &path : paths) {
        if (auto c = fromFile(path))
            list << *c;
    }
    return list;
}

QList<AttachmentController::Candidate> AttachmentController::candidates(const QMimeData *data)
{
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty())
        return candidates(paths);
    if (auto c = fromImageData(data))
        return {*c};
    return {};
}

QStringList AttachmentController::add(const QList<Candidate> &accepted, const QString &undoText,
                                      const std::function<void(const QString &)> &insert)
{
    QStringList ids;
    if (!accepted.isEmpty()) {
        const QList<Candidate> kept = downscaledIfAsked(accepted);
        m_doc->undoStack()->beginMacro(undoText);
        for (const Candidate &c : kept) {
            if (const QString id = m_doc->addAttachment(c.bytes, c.fileName); !ids.contains(id))
                ids << id;
        }
        if (insert)
            insert(markdownFor(ids));
        m_doc->undoStack()->endMacro();
    }
    report(ids);
    return ids;
}

QList<AttachmentController::Candidate>
AttachmentController::downscaledIfAsked(const QList<Candidate> &accepted) const
{
    if (!downscalesLargeImages())
        return accepted;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QList<Candidate> out = accepted;
    for (Candidate &c : out) {
        if (const QByteArray smaller = ImageDownscale::downscaled(c.bytes); !smaller.isEmpty())
            c.bytes = smaller;
    }
    QGuiApplication::restoreOverrideCursor();
    return out;
}

bool AttachmentController::downscalesLargeImages() const
{
    return QSettings().value(kDownscaleKey, false).toBool();
}

void AttachmentController::setDownscalesLargeImages(bool on)
{
    QSettings().setValue(kDownscaleKey, on);
}

int AttachmentController::removeMetadata(const QStringList &ids)
{
    m_refusals.clear();
    QList<std::pair<QString, QByteArray>> cleaned;
    for (const QString &id : ids) {
        const int row = m_doc->report().attachmentIndex(id);
        QString error;
        const auto bytes = row < 0 ? std::nullopt : m_doc->attachments().bytes(id, &error);
        if (!bytes)
            continue;
        if (ImageMetadata::inspect(*bytes) == ImageMetadata::Kinds())
            continue; // nothing to remove
        const QByteArray clean = ImageMetadata::removed(*bytes, &error);
        if (clean.isEmpty())
            m_refusals << tr("“%1”: %2").arg(m_doc->report().attachments[row].fileName, error);
        else
            cleaned.append({id, clean});
    }
    if (!cleaned.isEmpty()) {
        m_doc->undoStack()->beginMacro(tr("Remove Image Metadata"));
        for (const auto &[id, clean] : std::as_const(cleaned))
            m_doc->replaceAttachment(id, clean, tr("Remove Image Metadata"));
        m_doc->undoStack()->endMacro();
        Q_EMIT statusMessage(tr("Removed the metadata of %n images; their pixels are unchanged.",
                                nullptr, int(cleaned.size())),
                             6000);
    }
    if (!m_refusals.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Metadata not removed"),
                                    tr("The metadata of these images could not be removed:"),
                                    QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("metadataRefusedBox"));
        box->setInformativeText(m_refusals.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return int(cleaned.size());
}

QStringList AttachmentController::addFiles(const QStringList &paths)
{
    m_refusals.clear();
    return add(candidates(paths),
               paths.size() == 1 ? tr("Add Image") : tr("Add %1 Images").arg(paths.size()));
}

QStringList AttachmentController::addFromMimeData(const QMimeData *data)
{
    m_refusals.clear();
    return data ? add(candidates(data), tr("Add Image")) : QStringList();
}

bool AttachmentController::addAndInsert(const QMimeData *data, const QString &undoText,
                                        const std::function<void(const QString &)> &insert)
{
    m_refusals.clear();
    if (!data)
        return false;
    QString suffix;
    if (data->urls().isEmpty() && rawImage(data, &suffix).isEmpty() && data->hasImage())
        return encodeInBackground(qvariant_cast<QImage>(data->imageData()), undoText, insert);
    return !add(candidates(data), undoText, insert).isEmpty();
}

// Only pixels on the clipboard: encoding a 4K screenshot to PNG takes half a second, so it
// happens on a worker and the image and its reference arrive when it is done.
bool AttachmentController::encodeInBackground(const QImage &image, const QString &undoText,
                                              const std::function<void(const QString &)> &insert)
{
    if (image.isNull()) {
        m_refusals << tr("The pasted image could not be read.");
        report({});
        return false;
    }
    ++m_encoding;
    Q_EMIT statusMessage(tr("Adding the pasted image…"), 0);
    const QString name = screenshotName();
    QPointer<AttachmentController> guard(this);
    const int longSide = downscalesLargeImages() ? ImageDownscale::kLongSide : 0;
    QThreadPool::globalInstance()->start([image, longSide, name, undoText, insert, guard] {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        const bool large = longSide > 0 && std::max(image.width(), image.height()) > longSide;
        if (!writer.write(large ? image.scaled(longSide, longSide, Qt::KeepAspectRatio,
                                               Qt::SmoothTransformation)
                                : image))
            bytes.clear();
        QMetaObject::invokeMethod(
            qApp,
            [guard, bytes, name, undoText, insert] {
                if (guard)
                    guard->encoded(bytes, name, undoText, insert);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void AttachmentController::encoded(const QByteArray &bytes, const QString &fileName,
                                   const QString &undoText,
                                   const std::function<void(const QString &)> &insert)
{
    --m_encoding;
    m_refusals.clear();
    QList<Candidate> accepted;
    if (bytes.isEmpty())
        m_refusals << tr("The pasted image could not be encoded.");
    else if (auto c = fromBytes(bytes, fileName, ImageCheck::Depth::Header))
        accepted << *c;
    add(accepted, undoText, insert);
}

QString AttachmentController::markdownFor(const QStringList &ids) const
{
    QStringList parts;
    for (const QString &id : ids) {
        const int row = m_doc->report().attachmentIndex(id);
        if (row >= 0)
            parts << ImageReference::markdown(m_doc->report().attachments[row]);
    }
    return parts.join(QStringLiteral("\n\n"));
}

void AttachmentController::report(const QStringList &added)
{
    if (!added.isEmpty())
        Q_EMIT statusMessage(tr("Added %n images.", nullptr, int(added.size())), 5000);
    if (m_refusals.isEmpty())
        return;
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Images not added"),
                        tr("These %n files could not be added:", nullptr, int(m_refusals.size())),
                        QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("imageRefusedBox"));
    box->setInformativeText(m_refusals.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QStringList AttachmentController::chooseAndAdd()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Add Images"), {},
        tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.svg);;All files (*)"));
    return paths.isEmpty() ? QStringList() : addFiles(paths);
}

bool AttachmentController::saveCopy(const QString &id)
{
    const int row = m_doc->report().attachmentIndex(id);
    if (row < 0)
        return false;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save a Copy of the Image"),
                                                      m_doc->report().attachments[row].fileName);
    if (path.isEmpty())
        return false;
    QString error;
    if (!saveCopyTo(id, path, &error)) {
        QMessageBox::warning(m_window, tr("Image not saved"), error);
        return false;
    }
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool AttachmentController::saveCopyTo(const QString &id, const QString &path, QString *error) const
{
    QString why;
    const auto bytes = m_doc->attachments().bytes(id, &why);
    if (!bytes) {
        *error = tr("Nothing was written to %1: %2").arg(path, why);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        *error = tr("Nothing was written to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool AttachmentController::redact(const QString &id)
{
    const int row = m_doc->report().attachmentIndex(id);
    if (row < 0)
        return false;
    const Attachment a = m_doc->report().attachments[row];
    QString why;
    const auto bytes = m_doc->attachments().bytes(id, &why);
    QImage image;
    if (bytes && ReportValidator::checkImage(*bytes, a.mediaType).isEmpty())
        image.loadFromData(*bytes);
    if (image.isNull()) {
        QMessageBox::warning(m_window, tr("Cannot redact"),
                             tr("“%1” cannot be opened as an image. %2").arg(a.fileName, why));
        return false;
    }
    RedactDialog dialog(image, a.fileName, m_window);
    dialog.resize(dialog.sizeHint().expandedTo(QSize(700, 500)));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return !applyRedaction(id, dialog.canvas()->redaction()).isEmpty();
}

QString AttachmentController::applyRedaction(const QString &id, const ImageRedaction &redaction)
{
    QString error;
    const auto bytes = m_doc->attachments().bytes(id, &error);
    const QByteArray redacted = bytes ? redaction.apply(*bytes, &error) : QByteArray();
    if (redacted.isEmpty()) {
        QMessageBox::warning(m_window, tr("Image not changed"),
                             tr("The image was not changed: %1").arg(error));
        return {};
    }
    const QString newId = m_doc->replaceAttachment(id, redacted, tr("Redact Image"));
    Q_EMIT statusMessage(tr("Image redacted; once saved, the original is not in the file."), 8000);
    return newId;
}

} // namespace debrief
