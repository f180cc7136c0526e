// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/AttachmentsModel.h"

#include "models/ThumbnailCache.h"

#include <QColor>
#include <QFileInfo>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPixmap>

namespace debrief {

namespace {
const QColor kUnused(0xb3, 0x6b, 0x00); // amber: a warning, not an error
}

AttachmentsModel::AttachmentsModel(ReportDocument *doc, ThumbnailCache *thumbnails, QObject *parent)
    : DocumentRowsModel(doc, ReportPart::Attachments, 0, parent)
    , m_thumbnails(thumbnails)
{
    connect(doc, &ReportDocument::sectionTextChanged, this, &AttachmentsModel::textChanged);
    connect(doc, &ReportDocument::rowChanged, this, [this](ReportPart part) {
        if (part != ReportPart::Attachments)
            textChanged();
    });
    connect(doc, &ReportDocument::rowMoved, this, [this](ReportPart part) {
        if (part != ReportPart::Attachments)
            textChanged(); // "Timeline entry 4" is now entry 5
    });
    connect(doc, &ReportDocument::rowsReordered, this, [this](ReportPart part) {
        if (part != ReportPart::Attachments)
            textChanged();
    });
    connect(thumbnails, &ThumbnailCache::ready, this, [this](const QString &id) {
        const int row = m_doc->report().attachmentIndex(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, Name), index(row, Name));
    });
}

const Attachment &AttachmentsModel::attachment(int row) const
{
    return m_doc->report().attachments.at(row);
}

const AttachmentUsage &AttachmentsModel::usage() const
{
    if (!m_usage)
        m_usage.emplace(m_doc->report());
    return *m_usage;
}

ImageMetadata::Kinds AttachmentsModel::metadata(const QString &id) const
{
    return m_thumbnails->metadata(id);
}

void AttachmentsModel::prefetchThumbnails()
{
    for (const Attachment &a : m_doc->report().attachments)
        m_thumbnails->thumbnail(a.id);
}

void AttachmentsModel::partChanged()
{
    m_usage.reset();
}

void AttachmentsModel::otherPartChanged(ReportPart)
{
    textChanged();
}

void AttachmentsModel::textChanged()
{
    m_usage.reset();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Name), index(rowCount() - 1, UsedIn));
}

int AttachmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_doc->report().attachments.size());
}

int AttachmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AttachmentsModel::usedInText(const QString &id) const
{
    QStringList places;
    for (const AttachmentUsage::Use &use : usage().usesOf(id))
        places << AttachmentUsage::placeText(m_doc->report(), use);
    return places.isEmpty() ? tr("Not used") : places.join(QStringLiteral(", "));
}

QString AttachmentsModel::detailsText(const Attachment &a) const
{
    const QSize size = m_thumbnails->pixelSize(a.id);
    const QString pixels = m_thumbnails->failed(a.id) ? tr("unreadable")
                           : size.isValid() ? tr("%1 × %2").arg(size.width()).arg(size.height())
                                            : tr("…");
    QString details = QStringList{a.mediaType, pixels, QLocale().formattedDataSize(a.size, 1)}.join(
        QStringLiteral(" · "));
    if (const ImageMetadata::Kinds kinds = metadata(a.id); kinds != ImageMetadata::Kinds())
        details += QChar::LineSeparator + tr("Carries %1").arg(ImageMetadata::describe(kinds));
    return details;
}

QVariant AttachmentsModel::displayData(const Attachment &a, int column) const
{
    switch (column) {
    case Name:
        return a.fileName + QChar::LineSeparator + detailsText(a);
    case Caption:
        return a.caption;
    case AltText:
        return a.altText;
    case UsedIn:
        return usedInText(a.id);
    }
    return {};
}

QVariant AttachmentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Attachment &a = attachment(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayData(a, column);
    case Qt::EditRole:
        return column == Name      ? QVariant(a.fileName)
               : column == Caption ? QVariant(a.caption)
               : column == AltText ? QVariant(a.altText)
                                   : displayData(a, column);
    case Qt::DecorationRole:
        if (column != Name)
            return {};
        if (const QImage thumb = m_thumbnails->thumbnail(a.id); !thumb.isNull())
            return QPixmap::fromImage(thumb);
        return QIcon::fromTheme(m_thumbnails->failed(a.id) ? QStringLiteral("dialog-warning")
                                                           : QStringLiteral("image-x-generic"));
    case Qt::ForegroundRole:
        return column == UsedIn && !usage().isUsed(a.id) ? QVariant(kUnused) : QVariant();
    case Qt::ToolTipRole:
        if (column == Name && metadata(a.id) != ImageMetadata::Kinds())
            return tr("%1\n%2\nRemove Metadata takes it out before the report is shared; the "
                      "pixels stay as they are.\nDouble-click to rename")
                .arg(a.fileName, detailsText(a));
        if (column == Name)
            return tr("%1\n%2\nDouble-click to rename").arg(a.fileName, detailsText(a));
        if (column == UsedIn && !usage().isUsed(a.id))
            return tr("Nothing in the report shows this image; it still travels with the file.");
        return column == UsedIn ? tr("Double-click to go there") : QVariant();
    case IdRole:
        return a.id;
    case UsesRole: {
        QVariantList uses;
        for (const AttachmentUsage::Use &use : usage().usesOf(a.id))
            uses << QVariantMap{
                {QStringLiteral("section"), use.place == AttachmentUsage::Use::Place::Section},
                {QStringLiteral("index"), use.index}};
        return uses;
    }
    }
    return {};
}

QVariant AttachmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Image");
    case Caption:
        return tr("Caption");
    case AltText:
        return tr("Alt text");
    case UsedIn:
        return tr("Used in");
    }
    return {};
}

Qt::ItemFlags AttachmentsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() &&
        (index.column() == Name || index.column() == Caption || index.column() == AltText))
        f |= Qt::ItemIsEditable;
    return f;
}

bool AttachmentsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Attachment a = attachment(index.row());
    const QString text = value.toString().simplified();
    QString undoText;
    switch (index.column()) {
    case Name: {
        // A name, not a path: what a reader sees and what "Save Copy" suggests.
        const QString name = QFileInfo(text).fileName();
        if (name.isEmpty() || name != text)
            return false;
        a.fileName = name;
        undoText = tr("Rename Attachment");
        break;
    }
    case Caption:
        a.caption = text;
        undoText = tr("Edit Caption");
        break;
    case AltText:
        a.altText = text;
        undoText = tr("Edit Alt Text");
        break;
    default:
        return false;
    }
    if (a == attachment(index.row()))
        return true;
    m_doc->replaceItem(index.row(), a, {}, undoText);
    return true;
}

} // namespace debrief
