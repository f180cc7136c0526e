// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QTextObjectInterface>
#include <QWaitCondition>

#include <memory>

class QThread;

namespace debrief {

class AttachmentStore;

// Attachment images in a printed document. It replaces QTextDocument's image handler so that
// layout needs only each image's header, and each image is decoded once, scaled to the
// resolution it prints at, drawn and dropped: a report of thirty 2400-pixel screenshots never
// holds more than a few decoded. Screenshots are drawn with lossless compression; JPEG photos
// stay JPEG. A worker decodes ahead of the page being painted, in drawing order.
class PrintImages : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    // `columnWidth` and `maxHeight` are in layout units of `unitsPerInch`; `printDpi` is the
    // resolution images are embedded at.
    PrintImages(const AttachmentStore &store, qreal columnWidth, qreal maxHeight,
                qreal unitsPerInch, qreal printDpi);
    ~PrintImages() override;

    QSizeF intrinsicSize(QTextDocument *doc, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int position,
                    const QTextFormat &format) override;

    // The attachment ids in the order they will be drawn, repeats included; starts decoding.
    void prefetch(const QStringList &drawOrder);
    // Images that could not be shown, for the export's warnings.
    QStringList problems() const;

    static QString idFromName(const QString &name);

private:
    struct Info
    {
        QSize natural;  // pixels
        QSizeF shown;   // layout units
        QSize embedded; // pixels in the PDF
        bool jpeg = false;
        QString problem;
    };
    const Info &info(const QString &id);
    QImage decode(const QString &id, const Info &info) const;
    // The image for a planned draw: from the worker, or decoded here rather than waiting.
    QImage take(const QString &id, const Info &meta);
    void runWorker();

    const AttachmentStore &m_store;
    const qreal m_columnWidth;
    const qreal m_maxHeight;
    const qreal m_unitsPerInch;
    const qreal m_printDpi;
    QHash<QString, Info> m_info; // the painting thread's only
    QSet<QString> m_failed;      // ids whose bytes did not decode

    // Shared with the worker, under m_mutex.
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    QHash<QString, Info> m_plan;    // the worker's copy of m_info
    QStringList m_order;            // unique ids in first-draw order
    QHash<QString, int> m_usesLeft; // draws still to come; the image is kept until the last
    QHash<QString, QImage> m_ready;
    QSet<QString> m_drawn;
    QString m_decoding; // the id the worker is decoding now
    int m_aheadLimit = 3;
    bool m_stop = false;
    std::unique_ptr<QThread> m_worker;
};

} // namespace debrief
