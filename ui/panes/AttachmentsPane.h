// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace debrief {

class AttachmentController;
class AttachmentsModel;
class ReportDocument;
class ThumbnailCache;

// The Attachments part: every image the report carries, with its thumbnail, sizes, caption
// and alt text (edited in place), and where the text shows it. Images are added from a file
// dialog or by dropping files here; each change is one undo step.
class AttachmentsPane : public QWidget
{
    Q_OBJECT
public:
    AttachmentsPane(ReportDocument *doc, ThumbnailCache *thumbnails,
                    AttachmentController *controller, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    AttachmentsModel *model() const { return m_model; }
    QAction *addAction() const { return m_add; }
    QAction *removeAction() const { return m_remove; }
    QAction *insertAction() const { return m_insert; }
    QAction *saveCopyAction() const { return m_saveCopy; }
    QAction *showAction() const { return m_show; }
    QAction *redactAction() const { return m_redact; }
    QAction *downloadAction() const { return m_download; }
    QAction *removeMetadataAction() const { return m_removeMetadata; }
    QAction *downscaleAction() const { return m_downscale; }
    // The ids of the selected rows, in table order.
    QStringList selectedIds() const;
    void selectRow(int row);

Q_SIGNALS:
    // Insert references to these attachments into the section last edited.
    void insertRequested(const QStringList &ids);
    // Show where the image is used: a section, or a timeline entry.
    void sectionRequested(int section);
    void timelineEntryRequested(int row);
    void message(const QString &text, int timeoutMs);
    // Download the remote images the text shows (the window asks first).
    void downloadRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QList<int> selectedRows() const;
    void removeSelected();
    void showFirstUse(int row);
    void updateActions();

    ReportDocument *m_doc;
    AttachmentController *m_controller;
    AttachmentsModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_insert;
    QAction *m_saveCopy;
    QAction *m_show;
    QAction *m_redact;
    QAction *m_download;
    QAction *m_removeMetadata;
    QAction *m_downscale;
};

} // namespace debrief
