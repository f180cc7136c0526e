// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "document/ReportDocument.h"

#include <QAbstractItemModel>

namespace debrief {

// An item model base that mirrors one part of a report: the document's about-to/done row
// signals for that part become the model's begin/end calls, shifted by `offset` rows (the
// parts list shows sections after its Overview row).
template <typename Base> class DocumentRowsModel : public Base
{
public:
    DocumentRowsModel(ReportDocument *doc, ReportPart part, int offset, QObject *parent)
        : Base(parent)
        , m_doc(doc)
    {
        QObject::connect(doc, &ReportDocument::reportAboutToBeReset, this,
                         [this] { this->beginResetModel(); });
        QObject::connect(doc, &ReportDocument::reportReset, this, [this] {
            partChanged();
            this->endResetModel();
        });
        QObject::connect(doc, &ReportDocument::rowsAboutToBeInserted, this,
                         [this, part, offset](ReportPart p, int first, int last) {
                             if (p == part)
                                 this->beginInsertRows({}, first + offset, last + offset);
                         });
        QObject::connect(doc, &ReportDocument::rowsAboutToBeRemoved, this,
                         [this, part, offset](ReportPart p, int first, int last) {
                             if (p == part)
                                 this->beginRemoveRows({}, first + offset, last + offset);
                         });
        QObject::connect(doc, &ReportDocument::rowAboutToBeMoved, this,
                         [this, part, offset](ReportPart p, int from, int to) {
                             // Qt wants the row the moved one lands before, in old numbering.
                             if (p == part)
                                 this->beginMoveRows({}, from + offset, from + offset, {},
                                                     (to > from ? to + 1 : to) + offset);
                         });
        QObject::connect(doc, &ReportDocument::rowsInserted, this, [this, part](ReportPart p) {
            if (p == part) {
                partChanged();
                this->endInsertRows();
            } else
                otherPartChanged(p);
        });
        QObject::connect(doc, &ReportDocument::rowsRemoved, this, [this, part](ReportPart p) {
            if (p == part) {
                partChanged();
                this->endRemoveRows();
            } else
                otherPartChanged(p);
        });
        QObject::connect(doc, &ReportDocument::rowMoved, this, [this, part](ReportPart p) {
            if (p == part) {
                partChanged();
                this->endMoveRows();
            }
        });
        QObject::connect(
            doc, &ReportDocument::rowsAboutToBeReordered, this, [this, part](ReportPart p) {
                if (p != part)
                    return;
                Q_EMIT this->layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
                m_layoutIndexes = this->persistentIndexList();
            });
        QObject::connect(doc, &ReportDocument::rowsReordered, this,
                         [this, part, offset](ReportPart p, const QList<int> &order) {
                             if (p == part)
                                 reordered(order, offset);
                         });
        QObject::connect(
            doc, &ReportDocument::rowChanged, this, [this, part, offset](ReportPart p, int row) {
                if (p != part)
                    return;
                partChanged();
                // Through the base: list models hide columnCount().
                const int columns = static_cast<QAbstractItemModel *>(this)->columnCount();
                Q_EMIT this->dataChanged(this->index(row + offset, 0),
                                         this->index(row + offset, columns - 1));
            });
    }

protected:
    // Persistent indexes follow their rows to the new order (order[i] = the old row at i).
    void reordered(const QList<int> &order, int offset)
    {
        partChanged();
        QList<int> newRow(order.size());
        for (int i = 0; i < order.size(); ++i)
            newRow[order[i]] = i;
        QModelIndexList moved;
        for (const QModelIndex &old : std::as_const(m_layoutIndexes)) {
            const int row = old.row() - offset;
            moved << (row >= 0 && row < newRow.size()
                          ? this->index(newRow[row] + offset, old.column(), old.parent())
                          : old);
        }
        this->changePersistentIndexList(m_layoutIndexes, moved);
        m_layoutIndexes.clear();
        Q_EMIT this->layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // The part changed and the model is about to say so: drop what was derived from it.
    virtual void partChanged() {}
    // Rows were added to or removed from another part (counts shown elsewhere may change).
    virtual void otherPartChanged(ReportPart) {}

    ReportDocument *m_doc;

private:
    QModelIndexList m_layoutIndexes; // between the about-to and done signals of a reorder
};

} // namespace debrief
