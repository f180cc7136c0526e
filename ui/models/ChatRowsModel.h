// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chat/ChatEntries.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace debrief {

// The rows of a chat or pager log offered as timeline entries: each with a box to take it
// and one to make it a key moment. Joins and leaves, and rows that repeat an entry the report
// has, start unchecked and say why. A model, not a widget per row, so 100,000 rows scroll.
class ChatRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Take, KeyMoment, Time, Kind, Author, Note, Text, ColumnCount };
    static constexpr int TellingRole = Qt::UserRole + 1; // a kind other than "event": bool

    explicit ChatRowsModel(QObject *parent = nullptr);

    void setRows(const QList<ChatEntries::Row> &rows, const QTimeZone &zone);
    // The checked rows' entries, key moments marked, each with a new id, in the source's order.
    QList<TimelineEntry> chosenEntries() const;
    int checkedCount() const;
    int duplicateCount() const;
    // Checks or unchecks `rows` at once: one change signal, however many rows.
    void setChecked(const QList<int> &rows, bool checked);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void checkedCountChanged(int count);

private:
    struct Item
    {
        ChatEntries::Row row;
        bool take = false;
    };
    QVariant displayData(const Item &item, int column) const;
    QString note(const Item &item) const;

    QList<Item> m_items;
    QTimeZone m_zone;
    int m_checked = 0;
    int m_duplicates = 0;
};

} // namespace debrief
