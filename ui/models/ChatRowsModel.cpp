// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/ChatRowsModel.h"

#include "LocaleFormats.h"
#include "format/ReportJson.h"
#include "models/TimelineModel.h"

#include <QIcon>

namespace debrief {

ChatRowsModel::ChatRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ChatRowsModel::setRows(const QList<ChatEntries::Row> &rows, const QTimeZone &zone)
{
    beginResetModel();
    m_items.clear();
    m_items.reserve(rows.size());
    m_checked = 0;
    m_duplicates = 0;
    for (const ChatEntries::Row &row : rows) {
        const bool take = !row.joinOrLeave && row.duplicateOf < 0;
        m_items.append({row, take});
        m_checked += take;
        m_duplicates += row.duplicateOf >= 0;
    }
    m_zone = zone;
    endResetModel();
    Q_EMIT checkedCountChanged(m_checked);
}

QList<TimelineEntry> ChatRowsModel::chosenEntries() const
{
    QList<TimelineEntry> out;
    for (const Item &item : m_items) {
        if (!item.take)
            continue;
        out << item.row.entry;
        out.last().id = ReportJson::newId(); // only for the rows taken: ids are not free
    }
    return out;
}

int ChatRowsModel::checkedCount() const
{
    return m_checked;
}

int ChatRowsModel::duplicateCount() const
{
    return m_duplicates;
}

void ChatRowsModel::setChecked(const QList<int> &rows, bool checked)
{
    int first = rowCount();
    int last = -1;
    for (const int row : rows) {
        if (row < 0 || row >= rowCount() || m_items.at(row).take == checked)
            continue;
        m_items[row].take = checked;
        m_checked += checked ? 1 : -1;
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (last < 0)
        return;
    Q_EMIT dataChanged(index(first, Take), index(last, Take),
                       {Qt::CheckStateRole, Qt::AccessibleTextRole});
    Q_EMIT checkedCountChanged(m_checked);
}

int ChatRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ChatRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChatRowsModel::note(const Item &item) const
{
    QStringList parts;
    if (item.row.duplicateOf >= 0)
        parts << tr("repeats timeline entry %1").arg(item.row.duplicateOf + 1);
    if (item.row.joinOrLeave)
        parts << tr("joined or left");
    if (item.row.kindInferred)
        parts << tr("kind inferred from the words");
    return parts.join(QStringLiteral("; "));
}

QVariant ChatRowsModel::displayData(const Item &item, int column) const
{
    const TimelineEntry &e = item.row.entry;
    switch (column) {
    case Time:
        // The user's own way of writing dates and times: this table is only a preview.
        if (e.at.isValid())
            return QLocale().toString(e.at.toTimeZone(m_zone),
                                      LocaleFormats::dateTimeWithSeconds());
        return e.clock.isValid()
                   ? tr("%1 (no date)")
                         .arg(QLocale().toString(e.clock, LocaleFormats::timeWithSeconds()))
                   : QStringLiteral("—");
    case Kind:
        return item.row.kindInferred ? tr("%1 (inferred)").arg(TimelineModel::kindLabel(e.kind))
                                     : TimelineModel::kindLabel(e.kind);
    case Author:
        return e.author.isEmpty() ? QStringLiteral("—") : e.author;
    case Text:
        return TimelineModel::summaryLine(e.description);
    case Note:
        return note(item);
    }
    return {};
}

QVariant ChatRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Item &item = m_items.at(index.row());
    const int col = index.column();
    if (role == Qt::CheckStateRole && (col == Take || col == KeyMoment)) {
        const bool on = col == Take ? item.take : item.row.entry.keyMoment;
        return on ? Qt::Checked : Qt::Unchecked;
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        if (col == Take && role == Qt::AccessibleTextRole)
            return item.take ? tr("Added") : tr("Left out");
        if (col == KeyMoment && role == Qt::AccessibleTextRole)
            return item.row.entry.keyMoment ? tr("Key moment") : tr("Not a key moment");
        return displayData(item, col);
    }
    if (role == Qt::ToolTipRole && col == Text)
        return item.row.entry.description;
    if (role == Qt::ToolTipRole && col == Note)
        return note(item);
    if (role == Qt::DecorationRole && col == Kind)
        return TimelineModel::kindIcon(item.row.entry.kind);
    if (role == TellingRole)
        return item.row.entry.kind != QLatin1String("event");
    return {};
}

bool ChatRowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::CheckStateRole)
        return false;
    Item &item = m_items[index.row()];
    const bool on = value.value<Qt::CheckState>() == Qt::Checked;
    if (index.column() == Take) {
        if (item.take == on)
            return true;
        item.take = on;
        m_checked += on ? 1 : -1;
        Q_EMIT checkedCountChanged(m_checked);
    } else if (index.column() == KeyMoment) {
        item.row.entry.keyMoment = on;
    } else {
        return false;
    }
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, Qt::AccessibleTextRole});
    return true;
}

Qt::ItemFlags ChatRowsModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Take || index.column() == KeyMoment)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ChatRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Take:
        return tr("Add");
    case KeyMoment:
        return tr("Key");
    case Time:
        return tr("Time");
    case Kind:
        return tr("Kind");
    case Author:
        return tr("Author");
    case Text:
        return tr("Message");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace debrief
