// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "format/ImageMetadata.h"
#include "model/AttachmentUsage.h"
#include "models/DocumentRowsModel.h"

#include <QAbstractTableModel>

#include <optional>

namespace debrief {

struct Attachment;
class ThumbnailCache;

// The report's attachments as a table: a thumbnail beside the file name and, under it, the
// media type and the size in pixels and bytes; the caption and alt text (each edit one undo
// step); and where the text shows the image, with unused images marked. An image that carries
// metadata (a GPS position, camera data) says so under its sizes.
class AttachmentsModel : public DocumentRowsModel<QAbstractTableModel>
{
    Q_OBJECT
public:
    enum Column { Name, Caption, AltText, UsedIn, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1,
        UsesRole, // QVariantList of {place, index} maps: where the image is shown
    };

    AttachmentsModel(ReportDocument *doc, ThumbnailCache *thumbnails, QObject *parent = nullptr);

    const Attachment &attachment(int row) const;
    const AttachmentUsage &usage() const;
    // What the image carries besides pixels, known once its thumbnail is made.
    ImageMetadata::Kinds metadata(const QString &id) const;
    // Asks for every row's thumbnail at once, so that the workers make them side by side and
    // scrolling finds them made.
    void prefetchThumbnails();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void partChanged() override;
    void otherPartChanged(ReportPart part) override;
    // The text changed somewhere: the "used in" column may differ.
    void textChanged();
    QVariant displayData(const Attachment &a, int column) const;
    // "image/png · 900 × 500 · 54.8 KB"
    QString detailsText(const Attachment &a) const;
    QString usedInText(const QString &id) const;

    ThumbnailCache *m_thumbnails;
    mutable std::optional<AttachmentUsage> m_usage;
};

} // namespace debrief
