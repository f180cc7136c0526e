// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/TimelineModel.h"

#include "document/ReportDocument.h"
#include "model/Vocabulary.h"

#include <QColor>
#include <QIcon>
#include <QMimeData>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace debrief {

namespace {

const QString kMime = QStringLiteral("application/x-debrief-timeline-rows");
const QString kDateTime = QStringLiteral("yyyy-MM-dd HH:mm");
const QString kNoTime = QStringLiteral("—");

QString offsetText(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// "<model address>:<row>,<row>,…": rows dragged from another window's timeline are refused.
QByteArray encodeRows(const void *model, const QList<int> &rows)
{
    QByteArray bytes = QByteArray::number(quintptr(model)) + ':';
    for (const int row : rows)
        bytes += QByteArray::number(row) + ',';
    return bytes;
}

} // namespace

TimelineModel::TimelineModel(ReportDocument *doc, QObject *parent)
    : DocumentRowsModel(doc, ReportPart::Timeline, 0, parent)
{
    // A row's time decides whether the next rows show their date; the zone decides them all.
    connect(doc, &ReportDocument::rowChanged, this, [this](ReportPart part, int row) {
        if (part == ReportPart::Timeline)
            timesChangedFrom(row + 1);
    });
    connect(this, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) { timesChangedFrom(first); });
    connect(this, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first) { timesChangedFrom(first); });
    connect(this, &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int from, int, const QModelIndex &, int to) {
                timesChangedFrom(std::min(from, to));
            });
    connect(doc, &ReportDocument::metadataChanged, this, [this] {
        timesChangedFrom(0);
        Q_EMIT headerDataChanged(Qt::Horizontal, Time, Time);
    });
}

void TimelineModel::timesChangedFrom(int row)
{
    if (row >= 0 && row < rowCount())
        Q_EMIT dataChanged(index(row, Time), index(rowCount() - 1, Time));
}

const TimelineEntry &TimelineModel::entry(int row) const
{
    return m_doc->report().timeline.at(row);
}

QTimeZone TimelineModel::zone() const
{
    const QTimeZone zone(m_doc->report().metadata.timeZone);
    return zone.isValid() ? zone : QTimeZone(QTimeZone::UTC);
}

QIcon TimelineModel::kindIcon(const QString &kind)
{
    return QIcon::fromTheme(QStringLiteral("debrief-timeline-") + kind);
}

QString TimelineModel::kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("event"), QT_TR_NOOP("Event")},
        {QStringLiteral("detection"), QT_TR_NOOP("Detection")},
        {QStringLiteral("escalation"), QT_TR_NOOP("Escalation")},
        {QStringLiteral("mitigation"), QT_TR_NOOP("Mitigation")},
        {QStringLiteral("resolution"), QT_TR_NOOP("Resolution")},
        {QStringLiteral("communication"), QT_TR_NOOP("Communication")}};
    const auto it = labels.constFind(kind);
    return it == labels.cend() ? kind : tr(it.value()); // a newer version's kind: as written
}

QString TimelineModel::summaryLine(const QString &markdown)
{
    static const QRegularExpression blockMarker(
        QStringLiteral(R"(^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+))"));
    static const QRegularExpression link(QStringLiteral(R"(!?\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression emphasis(QStringLiteral(R"(\*\*|__|`)"));
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    qsizetype first = 0;
    while (first < lines.size() && lines[first].trimmed().isEmpty())
        ++first;
    if (first == lines.size())
        return {};
    QString line = lines[first];
    line.remove(blockMarker).replace(link, QStringLiteral("\\1")).remove(emphasis);
    bool more = false;
    for (qsizetype i = first + 1; i < lines.size() && !more; ++i)
        more = !lines[i].trimmed().isEmpty();
    return line.trimmed() + (more ? QStringLiteral(" …") : QString());
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_doc->itemCount(ReportPart::Timeline);
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::timeData(int row, int role) const
{
    const TimelineEntry &e = entry(row);
    if (!e.at.isValid())
        return role == Qt::DisplayRole || role == Qt::AccessibleTextRole ? QVariant(kNoTime)
               : role == Qt::ToolTipRole ? QVariant(tr("No time recorded"))
                                         : QVariant(QDateTime());
    const QTimeZone z = zone();
    const QDateTime local = e.at.toTimeZone(z);
    if (role == Qt::EditRole)
        return local;
    if (role == Qt::ToolTipRole) {
        if (e.at.offsetFromUtc() != local.offsetFromUtc())
            return tr("Recorded as %1 (%2)")
                .arg(e.at.toString(kDateTime), offsetText(e.at.offsetFromUtc()));
        return QStringLiteral("%1 (%2)").arg(local.toString(kDateTime), QString::fromUtf8(z.id()));
    }
    // The date only where the day changes from the previous timed row.
    QDate previous;
    for (int r = row - 1; r >= 0 && !previous.isValid(); --r) {
        if (entry(r).at.isValid())
            previous = entry(r).at.toTimeZone(z).date();
    }
    return local.toString(previous == local.date() ? QStringLiteral("HH:mm") : kDateTime);
}

QVariant TimelineModel::displayData(int row, int column) const
{
    const TimelineEntry &e = entry(row);
    switch (column) {
    case Kind:
        return kindLabel(e.kind);
    case Description:
        return summaryLine(e.description);
    case Author:
        return e.author;
    case KeyMoment:
        return e.keyMoment ? QStringLiteral("★") : QStringLiteral("☆");
    }
    return {};
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int col = index.column();
    const TimelineEntry &e = entry(row);
    if (col == Time && (role == Qt::DisplayRole || role == Qt::EditRole ||
                        role == Qt::ToolTipRole || role == Qt::AccessibleTextRole))
        return timeData(row, role);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, col);
    case Qt::EditRole:
        return col == Kind          ? QVariant(e.kind)
               : col == Description ? QVariant(e.description)
               : col == Author      ? QVariant(e.author)
               : col == KeyMoment   ? QVariant(e.keyMoment)
                                    : QVariant();
    case Qt::DecorationRole:
        return col == Kind ? QVariant(kindIcon(e.kind)) : QVariant();
    case Qt::AccessibleTextRole:
        if (col == KeyMoment)
            return e.keyMoment ? tr("Key moment") : tr("Not a key moment");
        return displayData(row, col);
    case Qt::ToolTipRole:
        return col == KeyMoment ? tr("Key moment (Ctrl+K)") : QVariant();
    case Qt::TextAlignmentRole:
        return col == KeyMoment ? QVariant(Qt::AlignCenter) : QVariant();
    case Qt::ForegroundRole:
        return col == KeyMoment && e.keyMoment ? QVariant(QColor(0xd9, 0x9a, 0x06)) : QVariant();
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == KeyMoment &&
        (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole))
        return tr("Key moment");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time (%1)").arg(QString::fromUtf8(zone().id()));
    case Kind:
        return tr("Kind");
    case Description:
        return tr("Description");
    case Author:
        return tr("Author");
    case KeyMoment:
        return QStringLiteral("★");
    }
    return {};
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    const int col = index.column();
    // A description of several lines is edited below the table, never flattened in a cell.
    const bool oneLine = !entry(index.row()).description.contains(QLatin1Char('\n'));
    if (col == Time || col == Kind || col == Author || (col == Description && oneLine))
        f |= Qt::ItemIsEditable;
    return f;
}

bool TimelineModel::setEntryData(TimelineEntry &e, int column, const QVariant &value,
                                 int role) const
{
    if (column == KeyMoment && (role == Qt::CheckStateRole || role == Qt::EditRole)) {
        e.keyMoment = role == Qt::CheckStateRole ? value.toInt() == Qt::Checked : value.toBool();
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    switch (column) {
    case Time: {
        const QDateTime at = value.toDateTime();
        if (!at.isValid() && !text.trimmed().isEmpty())
            return false; // not a time; an empty value clears it
        e.at = at.isValid() ? at.toOffsetFromUtc(zone().offsetFromUtc(at)) : QDateTime();
        return true;
    }
    case Kind:
        if (!Vocabulary::timelineKinds().contains(text))
            return false;
        e.kind = text;
        return true;
    case Description:
        e.description = text;
        return true;
    case Author:
        e.author = text.trimmed();
        return true;
    }
    return false;
}

bool TimelineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    TimelineEntry e = entry(index.row());
    if (!setEntryData(e, index.column(), value, role))
        return false;
    // Typing in one cell merges into one step; other changes are a step each.
    const bool typing = index.column() == Description || index.column() == Author;
    m_doc->replaceItem(index.row(), e,
                       typing ? QStringLiteral("timeline:%1:%2").arg(e.id).arg(index.column())
                              : QString());
    return true;
}

bool TimelineModel::toggleKeyMoment(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    return setData(index(row, KeyMoment), !entry(row).keyMoment);
}

void TimelineModel::moveEntries(const QList<int> &rows, int before)
{
    m_doc->moveItems(ReportPart::Timeline, rows, before);
}

bool TimelineModel::shiftEntries(const QList<int> &rows, int delta)
{
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    const int n = rowCount();
    if (sorted.isEmpty() || (delta < 0 && sorted.front() <= 0) ||
        (delta > 0 && sorted.back() >= n - 1) || sorted.front() < 0 || sorted.back() >= n)
        return false;
    // Each chosen row trades places with its neighbour; a block of rows moves as one.
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    if (delta < 0) {
        for (const int row : std::as_const(sorted))
            std::swap(order[row - 1], order[row]);
    } else {
        for (auto it = sorted.crbegin(); it != sorted.crend(); ++it)
            std::swap(order[*it], order[*it + 1]);
    }
    m_doc->reorderItems(ReportPart::Timeline, order, int(sorted.size()));
    return true;
}

Qt::DropActions TimelineModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList TimelineModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *TimelineModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes) {
        if (checkIndex(i, CheckIndexOption::IndexIsValid) && !rows.contains(i.row()))
            rows.append(i.row());
    }
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    auto *data = new QMimeData;
    data->setData(kMime, encodeRows(this, rows));
    return data;
}

bool TimelineModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &) const
{
    return action == Qt::MoveAction && data && data->hasFormat(kMime) &&
           data->data(kMime).startsWith(QByteArray::number(quintptr(this)) + ':');
}

bool TimelineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QByteArray bytes = data->data(kMime);
    QList<int> rows;
    for (const QByteArray &part : bytes.mid(bytes.indexOf(':') + 1).split(',')) {
        bool ok = false;
        const int r = part.toInt(&ok);
        if (ok && r >= 0 && r < rowCount())
            rows.append(r);
    }
    int before = parent.isValid() ? parent.row() : row;
    if (before < 0 || before > rowCount())
        before = rowCount();
    moveEntries(rows, before);
    return false; // moved through the undo stack; the view must not remove the source rows
}

bool TimelineModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                             const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0 ||
        sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    QList<int> rows;
    for (int r = sourceRow; r < sourceRow + count; ++r)
        rows.append(r);
    moveEntries(rows, destinationChild);
    return true;
}

} // namespace debrief
