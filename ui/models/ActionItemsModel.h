// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/DocumentRowsModel.h"

#include <QAbstractTableModel>

namespace debrief {

struct ActionItem;

// The action items as a table. Every change (a cell, a new row, a move) is one undo step.
class ActionItemsModel : public DocumentRowsModel<QAbstractTableModel>
{
    Q_OBJECT
public:
    enum Column { Title, Owner, Due, Kind, Priority, Status, Tracker, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1 };

    explicit ActionItemsModel(ReportDocument *doc, QObject *parent = nullptr);

    // Adds an empty item at `row` (the end when -1) and returns its row.
    int addItem(int row = -1);
    void removeItem(int row);
    void moveItem(int from, int to);
    // The choices a column's combo box offers, with their stored values.
    static QStringList valuesFor(int column);
    static QString labelFor(int column, const QString &value);
    // Empty when acceptable; otherwise why the text is not a tracker link.
    static QString checkTrackerUrl(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    const ActionItem &item(int row) const;
};

} // namespace debrief
