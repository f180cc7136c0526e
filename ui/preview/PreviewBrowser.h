// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QImage>
#include <QTextBrowser>

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

    static constexpr int kMaxDisplayWidth = 1600; // decoded images are scaled down to this

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void imagesReady();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QImage fitted(const QImage &decoded) const;
    QImage placeholder(const QSize &decodedSize) const;
    void imageDecoded(const QString &id, const QImage &image);
    QHash<QString, QSize> m_pending; // being decoded, with their decoded size
    const AttachmentStore *m_store;
    int m_fittedWidth = 0;
    QHash<QString, QImage> m_images; // decoded, at most kMaxDisplayWidth wide
    int m_blocked = 0;
};

} // namespace debrief
