// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/ActionItemsModel.h"

#include "document/ReportDocument.h"
#include "format/ReportJson.h"
#include "model/Vocabulary.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QLocale>
#include <QMimeData>
#include <QPalette>
#include <QUrl>

namespace debrief {

namespace {
const QString kMime = QStringLiteral("application/x-debrief-action-row");
}

ActionItemsModel::ActionItemsModel(ReportDocument *doc, QObject *parent)
    : DocumentRowsModel(doc, ReportPart::ActionItems, 0, parent)
{}

const ActionItem &ActionItemsModel::item(int row) const
{
    return m_doc->report().actionItems.at(row);
}

int ActionItemsModel::addItem(int row)
{
    if (row < 0 || row > rowCount())
        row = rowCount();
    ActionItem a;
    a.id = ReportJson::newId();
    m_doc->insertItem(row, a);
    return row;
}

void ActionItemsModel::removeItem(int row)
{
    m_doc->removeItem(ReportPart::ActionItems, row);
}

void ActionItemsModel::moveItem(int from, int to)
{
    m_doc->moveItem(ReportPart::ActionItems, from, to);
}

QStringList ActionItemsModel::valuesFor(int column)
{
    // Kind and priority may be left unset ("—"), as nobody gave them.
    switch (column) {
    case Kind:
        return QStringList{QString()} + Vocabulary::actionKinds();
    case Priority:
        return QStringList{QString()} + Vocabulary::priorities();
    case Status:
        return Vocabulary::actionStatuses();
    default:
        return {};
    }
}

QString ActionItemsModel::labelFor(int column, const QString &value)
{
    if (column == Status)
        return Vocabulary::actionStatusLabel(value);
    if (value.isEmpty())
        return QStringLiteral("—");
    if (column == Kind)
        return value.at(0).toUpper() + value.mid(1);
    return value;
}

QString ActionItemsModel::checkTrackerUrl(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("A tracker link is a full http:// or https:// address, such as "
                  "https://tracker.example.com/OPS-12.");
    return {};
}

int ActionItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_doc->itemCount(ReportPart::ActionItems);
}

int ActionItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ActionItem &a = item(index.row());
    const int col = index.column();
    if (role == Qt::EditRole || role == SortRole) {
        switch (col) {
        case Title:
            return a.title;
        case Owner:
            return a.owner;
        case Due:
            return a.due;
        case Kind:
            return role == SortRole ? QVariant(int(Vocabulary::actionKinds().indexOf(a.kind)))
                                    : QVariant(a.kind);
        case Priority:
            return a.priority;
        case Status:
            return role == SortRole ? QVariant(int(Vocabulary::actionStatuses().indexOf(a.status)))
                                    : QVariant(a.status);
        case Tracker:
            return a.trackerUrl;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (col) {
        case Title:
            return a.title;
        case Owner:
            return a.owner.isEmpty() ? QStringLiteral("—") : a.owner;
        case Due:
            return a.due.isValid() ? QLocale().toString(a.due, QLocale::ShortFormat)
                                   : QStringLiteral("—");
        case Kind:
        case Status:
            return labelFor(col, col == Kind ? a.kind : a.status);
        case Priority:
            return labelFor(col, a.priority);
        case Tracker:
            return a.trackerUrl;
        }
    }
    if (role == Qt::ToolTipRole && col == Tracker && !a.trackerUrl.isEmpty())
        return a.trackerUrl;
    if (role == Qt::ForegroundRole && col == Due && a.due.isValid() &&
        a.due < QDate::currentDate() && !a.isDone())
        return QColor(0xd0, 0x30, 0x30); // overdue
    if (role == Qt::FontRole && a.isDone()) {
        QFont f;
        f.setStrikeOut(col == Title);
        return col == Title ? QVariant(f) : QVariant();
    }
    return {};
}

QVariant ActionItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Action");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case Kind:
        return tr("Kind");
    case Priority:
        return tr("Priority");
    case Status:
        return tr("Status");
    case Tracker:
        return tr("Tracker link");
    }
    return {};
}

Qt::ItemFlags ActionItemsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
}

bool ActionItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    ActionItem a = item(index.row());
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Title:
        a.title = text;
        break;
    case Owner:
        a.owner = text;
        break;
    case Due:
        a.due = value.toDate();
        break;
    case Kind:
    case Priority:
    case Status:
        if (!valuesFor(index.column()).contains(text))
            return false;
        (index.column() == Kind       ? a.kind
         : index.column() == Priority ? a.priority
                                      : a.status) = text;
        break;
    case Tracker:
        if (!checkTrackerUrl(text).isEmpty())
            return false;
        a.trackerUrl = text;
        break;
    default:
        return false;
    }
    m_doc->replaceItem(index.row(), a);
    return true;
}

Qt::DropActions ActionItemsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ActionItemsModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *ActionItemsModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kMime, QByteArray::number(indexes.first().row()));
    return data;
}

bool ActionItemsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &) const
{
    return action == Qt::MoveAction && data && data->hasFormat(kMime);
}

bool ActionItemsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const int from = data->data(kMime).toInt(&ok);
    if (!ok || from < 0 || from >= rowCount())
        return false;
    int before = parent.isValid() ? parent.row() : row;
    if (before < 0)
        before = rowCount();
    const int to = std::clamp(before > from ? before - 1 : before, 0, rowCount() - 1);
    moveItem(from, to);
    return false; // moved through the undo stack; the view must not remove the source row
}

} // namespace debrief
