// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QImage>
#include <QSet>
#include <QTextBrowser>

class QTimer;

namespace debrief {

class AttachmentStore;

// A QTextBrowser that reaches nothing outside the report: images come only from the report's
// attachments (attachment:<sha256>), every other resource loads as nothing, and links are
// never followed by the widget itself but handed to linkActivated.
class PreviewBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PreviewBrowser(const AttachmentStore *store, QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    void forgetImages();
    bool hasDecoded(const QString &id) const { return m_images.contains(id); }
    bool isDecoding() const { return !m_pending.isEmpty(); }
    int blockedRequests() const { return m_blocked; }
    // The width images are shown at: the text column, never wider than the image.
    int imageWidth() const;
    // Decodes the images near the visible part and lets the others go (the browser does it
    // itself after loading, scrolling and resizing; a caller that needs it now may too).
    void updateResidentImages();

    static constexpr int kMaxDisplayWidth = 1600; // never decoded wider than this

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void imagesReady();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The size an image of `source` pixels is decoded at: the column's width in device
    // pixels (at most kMaxDisplayWidth), or its own when smaller. Nothing larger is kept.
    QSize decodeSize(const QSize &source) const;
    void decode(const QString &id, const QSize &size, const QByteArray &data);
    void decodeAgain(const QString &id, const QSize &size); // reads the bytes again
    qreal ratioFor(const QString &id, const QSize &shown) const;
    QImage placeholder(const QString &id, const QSize &shown) const;
    void imageDecoded(const QString &id, const QImage &image);
    // The attachments shown within a screen of the visible part.
    QSet<QString> imagesNearView() const;
    QHash<QString, QSize> m_pending; // being decoded, with their decoded size
    const AttachmentStore *m_store;
    int m_fittedWidth = 0;
    QHash<QString, QImage> m_images;     // decoded at the column's width, shared with the document
    QHash<QString, QSize> m_sourceSizes; // each image's own size in pixels
    int m_blocked = 0;
    QTimer *m_residency;
};

} // namespace debrief
