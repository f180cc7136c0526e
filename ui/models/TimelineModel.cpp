// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/TimelineModel.h"

#include "model/AttachmentUsage.h"
#include "models/ThumbnailCache.h"

#include "document/ReportDocument.h"
#include "model/IncidentMetrics.h"
#include "model/Vocabulary.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QMimeData>
#include <QRegularExpression>
#include <QUndoStack>

#include <algorithm>
#include <numeric>

namespace debrief {

using namespace Qt::StringLiterals;

namespace {

const QString kMime = QStringLiteral("application/x-debrief-timeline-rows");
const QColor kStar(0xd9, 0x9a, 0x06);
const QColor kGap(0xc0, 0x50, 0x10);

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
    connect(this, &QAbstractItemModel::layoutChanged, this, [this] { timesChangedFrom(0); });
    connect(doc, &ReportDocument::metadataChanged, this, [this] {
        m_analysis.reset(); // the zone and the gap threshold live in the metadata
        timesChangedFrom(0);
        Q_EMIT headerDataChanged(Qt::Horizontal, Time, Time);
    });
}

// The time text, chronology flag and gap of a row depend on the rows above it.
void TimelineModel::timesChangedFrom(int row)
{
    if (row >= 0 && row < rowCount())
        Q_EMIT dataChanged(index(row, Time), index(rowCount() - 1, Since));
}

const TimelineAnalysis &TimelineModel::analysis() const
{
    if (!m_analysis)
        m_analysis.emplace(m_doc->report(), &m_localTimes);
    return *m_analysis;
}

const TimelineEntry &TimelineModel::entry(int row) const
{
    return m_doc->report().timeline.at(row);
}

QTimeZone TimelineModel::zone() const
{
    return TimelineAnalysis::displayZone(m_doc->report().metadata);
}

QTimeZone TimelineModel::recordingZone() const
{
    const QTimeZone zone(m_doc->report().metadata.timeZone);
    return zone.isValid() ? zone : QTimeZone(QTimeZone::UTC);
}

QIcon TimelineModel::kindIcon(const QString &kind)
{
    // Looked up once per kind: every painted row asks for its icon.
    static QHash<QString, QIcon> icons;
    auto it = icons.find(kind);
    if (it == icons.end())
        it = icons.insert(kind, QIcon::fromTheme(QStringLiteral("debrief-timeline-") + kind));
    return it.value();
}

QString TimelineModel::kindLabel(const QString &kind)
{
    return Vocabulary::timelineKindLabel(kind);
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
    const TimelineAnalysis::Row &info = analysis().rows().at(row);
    const QString problem = analysis().problemText(row);
    switch (role) {
    case Qt::DisplayRole:
        return info.time;
    case Qt::AccessibleTextRole:
        return problem.isEmpty() ? info.time : QStringLiteral("%1, %2").arg(info.time, problem);
    case Qt::EditRole:
        if (e.at.isValid())
            return e.at.toTimeZone(zone());
        return e.clock.isValid() ? QVariant(e.clock) : QVariant(QDateTime());
    case Qt::DecorationRole:
        if (problem.isEmpty())
            return {};
        static const QIcon warning = QIcon::fromTheme(u"dialog-warning"_s);
        return warning;
    case Qt::ToolTipRole: {
        if (!e.hasTime())
            return tr("No time recorded: the entry's place in the list is its order");
        QStringList lines{
            TimelineAnalysis::timeText(e, zone(), e.at.isValid()) +
            (e.at.isValid() ? u" ("_s + QString::fromUtf8(zone().id()) + u')' : QString())};
        if (e.approximate)
            lines << tr("Approximate");
        if (!info.recorded.isEmpty())
            lines << info.recorded;
        if (!problem.isEmpty())
            lines << u"⚠ "_s + problem;
        return lines.join(QLatin1Char('\n'));
    }
    }
    return {};
}

QVariant TimelineModel::sourceText(const EntrySource &source)
{
    if (source.isEmpty())
        return {};
    if (source.channel.isEmpty())
        return tr("Imported from %1, %2").arg(source.file, source.message);
    return tr("Imported from %1, channel %2, message %3")
        .arg(source.file, source.channel, source.message);
}

QVariant TimelineModel::sinceData(int row, int role) const
{
    const TimelineAnalysis::Row &info = analysis().rows().at(row);
    const int threshold = m_doc->report().metadata.gapMinutes;
    switch (role) {
    case Qt::DisplayRole:
        return analysis().sinceText(row);
    case Qt::AccessibleTextRole:
        return info.gap ? tr("%1, a gap").arg(analysis().sinceText(row))
                        : analysis().sinceText(row);
    case Qt::ToolTipRole:
        if (info.gap)
            return tr("A gap: no entry for %1, longer than this report's threshold of %n min",
                      nullptr, threshold)
                .arg(IncidentMetrics::formatDuration(*info.sincePrevious));
        return info.sincePrevious ? tr("Time since the previous timed entry") : QVariant();
    case Qt::ForegroundRole:
        return info.gap ? QVariant(kGap) : QVariant();
    case Qt::FontRole:
        if (info.gap) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
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

void TimelineModel::setThumbnails(ThumbnailCache *thumbnails)
{
    m_thumbnails = thumbnails;
    connect(thumbnails, &ThumbnailCache::ready, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, Description), index(rowCount() - 1, Description),
                               {Qt::DecorationRole});
    });
}

QVariant TimelineModel::entryThumbnail(const TimelineEntry &e) const
{
    if (!m_thumbnails)
        return {};
    const QStringList ids = AttachmentUsage::referencedIds(e.description);
    if (ids.isEmpty() || m_doc->report().attachmentIndex(ids.first()) < 0)
        return {};
    const QImage thumb = m_thumbnails->thumbnail(ids.first());
    return thumb.isNull() ? QVariant(QIcon::fromTheme(QStringLiteral("image-x-generic")))
                          : QVariant(QIcon(QPixmap::fromImage(thumb)));
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int col = index.column();
    const TimelineEntry &e = entry(row);
    if (col == Time && role != Qt::ForegroundRole && role != Qt::TextAlignmentRole)
        return timeData(row, role);
    if (col == Since)
        return sinceData(row, role);
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
        return col == Kind          ? QVariant(kindIcon(e.kind))
               : col == Description ? entryThumbnail(e)
                                    : QVariant();
    case Qt::AccessibleTextRole:
        if (col == KeyMoment)
            return e.keyMoment ? tr("Key moment") : tr("Not a key moment");
        return displayData(row, col);
    case Qt::ToolTipRole:
        if (col == KeyMoment)
            return tr("Key moment (Ctrl+K)");
        return (col == Description || col == Author) ? sourceText(e.source) : QVariant();
    case Qt::TextAlignmentRole:
        return col == KeyMoment ? QVariant(Qt::AlignCenter) : QVariant();
    case Qt::ForegroundRole:
        return col == KeyMoment && e.keyMoment ? QVariant(kStar) : QVariant();
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == KeyMoment &&
        (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole))
        return tr("Key moment");
    if (orientation == Qt::Horizontal && section == Since && role == Qt::ToolTipRole)
        return tr("Time since the previous timed entry; gaps over %n min are marked", nullptr,
                  m_doc->report().metadata.gapMinutes);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time (%1)").arg(QString::fromUtf8(zone().id()));
    case Since:
        return tr("Since");
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
        if (value.typeId() == QMetaType::QTime) { // a date-less time stays date-less
            e.clock = value.toTime();
            e.at = {};
            return e.clock.isValid();
        }
        const QDateTime at = value.toDateTime();
        if (!at.isValid() && !text.trimmed().isEmpty())
            return false; // not a time; an empty value clears it
        const QTimeZone recording = recordingZone();
        e.at = at.isValid() ? at.toOffsetFromUtc(recording.offsetFromUtc(at)) : QDateTime();
        e.clock = {};
        e.approximate = e.approximate && e.at.isValid();
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
                              : QString(),
                       cellEditText(index.column(), entry(index.row())));
    return true;
}

QString TimelineModel::cellEditText(int column, const TimelineEntry &before) const
{
    switch (column) {
    case Time:
        return tr("Change Entry Time");
    case Kind:
        return tr("Change Entry Kind");
    case Description:
        return tr("Edit Entry Description");
    case Author:
        return tr("Edit Entry Author");
    case KeyMoment:
        return before.keyMoment ? tr("Unmark Key Moment") : tr("Mark Key Moment");
    }
    return {};
}

bool TimelineModel::toggleKeyMoments(const QList<int> &rows)
{
    QList<int> valid;
    bool allStarred = true;
    for (const int row : rows) {
        if (row >= 0 && row < rowCount() && !valid.contains(row)) {
            valid << row;
            allStarred = allStarred && entry(row).keyMoment;
        }
    }
    if (valid.isEmpty())
        return false;
    QList<ReportItem> items;
    for (const int row : std::as_const(valid)) {
        TimelineEntry e = entry(row);
        e.keyMoment = !allStarred;
        items << e;
    }
    m_doc->replaceItems(valid, items,
                        allStarred ? tr("Unmark %n Key Moments", nullptr, int(valid.size()))
                                   : tr("Mark %n Key Moments", nullptr, int(valid.size())));
    return true;
}

bool TimelineModel::setApproximate(const QList<int> &rows, bool approximate)
{
    QList<int> changing;
    QList<ReportItem> items;
    for (const int row : rows) {
        if (row < 0 || row >= rowCount() || !entry(row).hasTime() ||
            entry(row).approximate == approximate || changing.contains(row))
            continue;
        TimelineEntry e = entry(row);
        e.approximate = approximate;
        changing << row;
        items << e;
    }
    if (changing.isEmpty())
        return false;
    m_doc->replaceItems(changing, items,
                        approximate ? tr("Mark Time Approximate") : tr("Mark Time Exact"));
    return true;
}

bool TimelineModel::sortByTime()
{
    const QList<int> order = TimelineAnalysis::timeOrder(m_doc->report().timeline);
    int moved = 0;
    for (int i = 0; i < order.size(); ++i)
        moved += order[i] != i ? 1 : 0;
    if (moved == 0)
        return false;
    m_doc->reorderItems(ReportPart::Timeline, order, moved, tr("Sort Timeline by Time"));
    return true;
}

int TimelineModel::dateLessCount() const
{
    const QList<TimelineEntry> &timeline = m_doc->report().timeline;
    const ReportMetadata &m = m_doc->report().metadata;
    int overview = 0;
    for (const QTime *t : {&m.startedClock, &m.detectedClock, &m.mitigatedClock, &m.resolvedClock})
        overview += t->isValid() ? 1 : 0;
    return overview +
           int(std::count_if(timeline.cbegin(), timeline.cend(),
                             [](const TimelineEntry &e) { return e.hasDateLessTime(); }));
}

namespace {

// The overview's times without a date, on `date`.
bool dateOverviewClocks(ReportMetadata *m, QDate date, const QTimeZone &zone)
{
    if (!m->hasDateLessTimes())
        return false;
    const QTime start = m->startedClock;
    const std::pair<QDateTime *, QTime *> instants[] = {{&m->started, &m->startedClock},
                                                        {&m->detected, &m->detectedClock},
                                                        {&m->mitigated, &m->mitigatedClock},
                                                        {&m->resolved, &m->resolvedClock}};
    for (const auto &[at, clock] : instants) {
        if (!clock->isValid())
            continue;
        // Past midnight only when far earlier on the clock (23:40, then 00:50), as the
        // durations read it.
        const QDate day =
            start.isValid() && clock->secsTo(start) > 12 * 3600 ? date.addDays(1) : date;
        const QDateTime local(day, *clock, zone);
        *at = local.toOffsetFromUtc(local.offsetFromUtc());
        *clock = QTime();
    }
    return true;
}

} // namespace

bool TimelineModel::setDateOfDateLessTimes(QDate date)
{
    if (!date.isValid())
        return false;
    const QTimeZone recording = recordingZone();
    QList<int> rows;
    QList<ReportItem> items;
    for (int row = 0; row < rowCount(); ++row) {
        if (!entry(row).hasDateLessTime())
            continue;
        TimelineEntry e = entry(row);
        const QDateTime at(date, e.clock, recording);
        e.at = at.toOffsetFromUtc(at.offsetFromUtc());
        e.clock = {};
        rows << row;
        items << e;
    }
    ReportMetadata metadata = m_doc->report().metadata;
    const bool overview = dateOverviewClocks(&metadata, date, recording);
    if (rows.isEmpty() && !overview)
        return false;
    // One step for the timeline and the overview.
    const QString text = tr("Set Date of %n Times", nullptr, dateLessCount());
    m_doc->undoStack()->beginMacro(text);
    if (!rows.isEmpty())
        m_doc->replaceItems(rows, items, text);
    if (overview)
        m_doc->setMetadata(metadata, {}, text);
    m_doc->undoStack()->endMacro();
    return true;
}

void TimelineModel::setMetadataField(const std::function<void(ReportMetadata &)> &change,
                                     const QString &key, const QString &text)
{
    ReportMetadata m = m_doc->report().metadata;
    change(m);
    m_doc->setMetadata(m, key, text);
}

void TimelineModel::setShowUtc(bool utc)
{
    setMetadataField([utc](ReportMetadata &m) { m.timelineInUtc = utc; }, {},
                     utc ? tr("Show Timeline in UTC") : tr("Show Timeline in Report's Zone"));
}

void TimelineModel::setGapMinutes(int minutes)
{
    const int bounded = std::clamp(minutes, 1, ReportMetadata::kMaxGapMinutes);
    setMetadataField([bounded](ReportMetadata &m) { m.gapMinutes = bounded; }, u"timeline-gap"_s,
                     tr("Change Gap Threshold"));
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
