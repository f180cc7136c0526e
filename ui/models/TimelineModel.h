// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TimelineAnalysis.h"
#include "models/DocumentRowsModel.h"

#include <QAbstractTableModel>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace debrief {

struct EntrySource;
struct TimelineEntry;
class ThumbnailCache;

// The timeline as a table: the key-moment star, the time (in the report's zone or UTC, flagged
// when it contradicts the order above), the time since the previous timed entry (marked when
// it is a gap), kind, a one-line description and author. Every change (a cell, a new row, a
// move of one or several rows, a sort) is one undo step through the document.
class TimelineModel : public DocumentRowsModel<QAbstractTableModel>
{
    Q_OBJECT
public:
    // The star comes first: a row's time text depends on the row above (the date is shown
    // where the day changes), so it is no stable first column.
    enum Column { KeyMoment, Time, Since, Kind, Description, Author, ColumnCount };

    explicit TimelineModel(ReportDocument *doc, QObject *parent = nullptr);

    // The zone times are shown in: the report's, or UTC when the report says so or names none.
    QTimeZone zone() const;
    // The zone new times are recorded in: the report's, or UTC.
    QTimeZone recordingZone() const;
    const TimelineAnalysis &analysis() const;
    static QIcon kindIcon(const QString &kind);
    static QString kindLabel(const QString &kind);
    // The first line of an entry's Markdown as plain text, "…" when more follows.
    static QString summaryLine(const QString &markdown);
    // "Imported from FILE, channel C, message M": where an imported entry came from.
    static QVariant sourceText(const EntrySource &source);

    // Moves `rows` to just before `before` (old numbering; rowCount() for the end).
    void moveEntries(const QList<int> &rows, int before);
    // Moves each of `rows` one place up (delta -1) or down (+1), past the unselected neighbour.
    // Returns false when a row is already at the edge.
    bool shiftEntries(const QList<int> &rows, int delta);
    bool toggleKeyMoment(int row);
    // Stars every row, or clears them all when all are starred already. One undo step.
    bool toggleKeyMoments(const QList<int> &rows);
    bool setApproximate(const QList<int> &rows, bool approximate);
    // "Sort by time" (TimelineAnalysis::timeOrder); false when already in order.
    bool sortByTime();
    int dateLessCount() const;
    // Gives every date-less time the date `date` in the report's zone. One undo step.
    bool setDateOfDateLessTimes(QDate date);
    void setShowUtc(bool utc);
    void setGapMinutes(int minutes);
    // Where the small image on a row with images comes from (none shown without it).
    void setThumbnails(ThumbnailCache *thumbnails);

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

protected:
    void partChanged() override { m_analysis.reset(); }

private:
    const TimelineEntry &entry(int row) const;
    // The first image the entry shows, row-sized; null while it is being made.
    QVariant entryThumbnail(const TimelineEntry &entry) const;
    QVariant sinceData(int row, int role) const;
    QString cellEditText(int column, const TimelineEntry &before) const;
    void setMetadataField(const std::function<void(ReportMetadata &)> &change, const QString &key,
                          const QString &text);
    void timesChangedFrom(int row);
    QVariant timeData(int row, int role) const;
    QVariant displayData(int row, int column) const;
    bool setEntryData(TimelineEntry &e, int column, const QVariant &value, int role) const;

    mutable std::optional<TimelineAnalysis> m_analysis; // dropped on every change
    ThumbnailCache *m_thumbnails = nullptr;
    mutable TimelineAnalysis::LocalTimes m_localTimes; // kept: instants do not change
};

} // namespace debrief
