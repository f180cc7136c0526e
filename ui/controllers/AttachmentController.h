// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "format/ImageCheck.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QImage;
class QMimeData;
class QWidget;

namespace debrief {

class ImageRedaction;
class ReportDocument;

// Turns files, dropped data and pasted screenshots into attachments: each is checked
// (ImageCheck), the same bytes twice are stored once, and a refused one is named with the
// reason. Adding images and writing their references into the text is one undo step.
class AttachmentController : public QObject
{
    Q_OBJECT
public:
    AttachmentController(ReportDocument *doc, QWidget *window);

    // Whether dropped or pasted data holds images (image data, or local image files).
    static bool hasImages(const QMimeData *data);
    // "Screenshot 2026-12-01 14-03-22.png", from the current local time.
    static QString screenshotName();

    // Adds the files; returns the ids of those accepted (already present ones included).
    QStringList addFiles(const QStringList &paths);
    QStringList addFromMimeData(const QMimeData *data);
    // Adds what `data` holds and hands the Markdown that shows it to `insert`, all as one undo
    // step named `undoText`; nothing happens when no image is accepted.
    bool addAndInsert(const QMimeData *data, const QString &undoText,
                      const std::function<void(const QString &markdown)> &insert);
    // The Markdown that shows the attachments, one per paragraph.
    QString markdownFor(const QStringList &ids) const;
    // The file chooser: several images at once.
    QStringList chooseAndAdd();
    // Writes the attachment's bytes to a file the user picks.
    bool saveCopy(const QString &id);
    bool saveCopyTo(const QString &id, const QString &path, QString *error) const;

    // "Crop and Redact" on the attachment: the dialog, then applyRedaction().
    bool redact(const QString &id);
    // Replaces the attachment everywhere by its redacted version; one undo step. Returns the
    // new id, empty on failure (with a message).
    QString applyRedaction(const QString &id, const ImageRedaction &redaction);

    // Removes the metadata (EXIF, GPS…) of these attachments without re-encoding them, as one
    // undo step; those whose format does not allow it are named. Returns how many changed.
    int removeMetadata(const QStringList &ids);

    // Whether images larger than ImageDownscale::kLongSide are scaled down as they are added:
    // off unless the user turns it on, and remembered.
    bool downscalesLargeImages() const;
    void setDownscalesLargeImages(bool on);

    QStringList lastRefusals() const { return m_refusals; }
    // Pasted pixels still being encoded (they arrive with their reference when done).
    bool isEncoding() const { return m_encoding > 0; }

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    struct Candidate
    {
        QByteArray bytes;
        QString fileName;
    };
    // Read and checked; what is refused is listed in m_refusals.
    std::optional<Candidate> fromBytes(const QByteArray &bytes, const QString &fileName,
                                       ImageCheck::Depth depth = ImageCheck::Depth::Decode);
    std::optional<Candidate> fromFile(const QString &path);
    std::optional<Candidate> fromImageData(const QMimeData *data);
    QList<Candidate> candidates(const QMimeData *data);
    QList<Candidate> candidates(const QStringList &paths);
    // Adds the accepted images, then hands their Markdown to `insert` (when given), as one
    // undo step; nothing is pushed when nothing was accepted.
    QStringList add(const QList<Candidate> &accepted, const QString &undoText,
                    const std::function<void(const QString &)> &insert = {});
    bool encodeInBackground(const QImage &image, const QString &undoText,
                            const std::function<void(const QString &)> &insert);
    void encoded(const QByteArray &bytes, const QString &fileName, const QString &undoText,
                 const std::function<void(const QString &)> &insert);
    // Scaled down when the user asked for it (ImageDownscale), else as they are.
    QList<Candidate> downscaledIfAsked(const QList<Candidate> &accepted) const;
    // Reports what was refused (a message box that does not block) and what was added.
    void report(const QStringList &added);

    ReportDocument *m_doc;
    QWidget *m_window;
    QStringList m_refusals;
    int m_encoding = 0;
};

} // namespace debrief
