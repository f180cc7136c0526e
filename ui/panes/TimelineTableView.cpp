// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "panes/TimelineTableView.h"

#include "controllers/AttachmentController.h"

#include <QDropEvent>
#include <QMimeData>

#include <algorithm>

namespace debrief {

int TimelineTableView::imageTargetRow(const QPoint &pos) const
{
    const QModelIndex at = indexAt(pos);
    return at.isValid() ? at.row() : currentIndex().row();
}

QString TimelineTableView::chatLogIn(const QMimeData *data)
{
    if (!data->hasUrls() || data->urls().size() != 1 || AttachmentController::hasImages(data))
        return {};
    const QUrl url = data->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

void TimelineTableView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->source() != this && !chatLogIn(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    if (event->source() != this && AttachmentController::hasImages(event->mimeData())) {
        event->acceptProposedAction();
        return;
    }
    QTableView::dragEnterEvent(event);
}

void TimelineTableView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->source() != this && !chatLogIn(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    if (event->source() != this && AttachmentController::hasImages(event->mimeData())) {
        const int row = imageTargetRow(event->position().toPoint());
        if (row < 0) {
            event->ignore();
            return;
        }
        setCurrentIndex(
            model()->index(row, currentIndex().isValid() ? currentIndex().column() : 0));
        event->acceptProposedAction();
        return;
    }
    QTableView::dragMoveEvent(event);
}

void TimelineTableView::dropEvent(QDropEvent *event)
{
    if (const QString log = event->source() != this ? chatLogIn(event->mimeData()) : QString();
        !log.isEmpty()) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        Q_EMIT chatLogDropped(log);
        return;
    }
    if (event->source() != this && AttachmentController::hasImages(event->mimeData())) {
        const int row = imageTargetRow(event->position().toPoint());
        if (row < 0)
            return;
        event->setDropAction(Qt::CopyAction);
        event->accept();
        Q_EMIT imagesDropped(row, event->mimeData());
        return;
    }
    if (event->source() != this || !model()) {
        QTableView::dropEvent(event);
        return;
    }
    const QModelIndex target = indexAt(event->position().toPoint());
    int before = model()->rowCount();
    switch (dropIndicatorPosition()) {
    case AboveItem:
        before = target.row();
        break;
    case BelowItem:
        before = target.row() + 1;
        break;
    case OnItem: // rows take no drops on themselves: the upper half means above
        before = target.row() + (event->position().y() > visualRect(target).center().y() ? 1 : 0);
        break;
    case OnViewport:
        break;
    }
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    // Copy, not move, for the drag's source: the rows are already where they belong, and
    // a Move result would make the view try to remove them.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    stopAutoScroll();
    setState(NoState);
    viewport()->update();
    if (!rows.isEmpty())
        Q_EMIT moveRequested(rows, before);
}

} // namespace debrief
