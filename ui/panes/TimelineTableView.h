// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTableView>

namespace debrief {

// The timeline's table. A drop of its own rows is one request to move them all, whatever the
// rows and wherever they land: since Qt 6.8 the base view moves a drop between rows itself,
// one moveRow per row, which would be one undo step per row. Images dropped from outside go
// to the entry they are dropped on.
class TimelineTableView : public QTableView
{
    Q_OBJECT
public:
    using QTableView::QTableView;

Q_SIGNALS:
    // Move `rows` (ascending) to just before `before` (old numbering; the row count for the end).
    void moveRequested(const QList<int> &rows, int before);
    // Image files or image data dropped on the entry in `row`.
    void imagesDropped(int row, const QMimeData *data);
    // A chat or pager log (a file that is no image, or a folder) dropped on the table.
    void chatLogDropped(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The entry images dropped at `pos` belong to: the row under it, else the current row.
    int imageTargetRow(const QPoint &pos) const;
    // The local file or folder a drop carries when it is no image, else empty.
    static QString chatLogIn(const QMimeData *data);
};

} // namespace debrief
