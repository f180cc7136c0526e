// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/DocumentRowsModel.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace debrief {

struct TimelineEntry;

// The timeline as a table: time (in the report's zone), kind, a one-line description, author
// and the key-moment star. Every change (a cell, a new row, a move of one or several rows) is
// one undo step through the document.
class TimelineModel : public DocumentRowsModel<QAbstractTableModel>
{
    Q_OBJECT
public:
    // The star comes first: a row's time text depends on the row above (the date is shown
    // where the day changes), so it is no stable first column.
    enum Column { KeyMoment, Time, Kind, Description, Author, ColumnCount };

    explicit TimelineModel(ReportDocument *doc, QObject *parent = nullptr);

    // The zone times are shown in: the report's, or UTC when it names none (or an unknown one).
    QTimeZone zone() const;
    static QIcon kindIcon(const QString &kind);
    static QString kindLabel(const QString &kind);
    // The first line of an entry's Markdown as plain text, "…" when more follows.
    static QString summaryLine(const QString &markdown);

    // Moves `rows` to just before `before` (old numbering; rowCount() for the end).
    void moveEntries(const QList<int> &rows, int before);
    // Moves each of `rows` one place up (delta -1) or down (+1), past the unselected neighbour.
    // Returns false when a row is already at the edge.
    bool shiftEntries(const QList<int> &rows, int delta);
    bool toggleKeyMoment(int row);

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
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

private:
    const TimelineEntry &entry(int row) const;
    void timesChangedFrom(int row);
    QVariant timeData(int row, int role) const;
    QVariant displayData(int row, int column) const;
    bool setEntryData(TimelineEntry &e, int column, const QVariant &value, int role) const;
};

} // namespace debrief
