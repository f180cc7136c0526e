// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/ReportParts.h"
#include "models/DocumentRowsModel.h"

#include <QAbstractListModel>

namespace debrief {

// The navigation list: one row per ReportParts part, in its order.
// Sections can be reordered by drag and drop; the move goes through the document's undo stack.
class PartsModel : public DocumentRowsModel<QAbstractListModel>
{
    Q_OBJECT
public:
    using Kind = ReportParts::Kind;
    enum Roles { KindRole = Qt::UserRole + 1, SectionIndexRole };

    explicit PartsModel(ReportDocument *doc, QObject *parent = nullptr);

    Kind kindAt(int row) const;
    int sectionIndexAt(int row) const; // -1 when the row is not a section
    int rowForSection(int section) const { return parts().rowOfSection(section); }
    int rowForKind(Kind kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

protected:
    void otherPartChanged(ReportPart part) override;

private:
    int sectionCount() const;
    ReportParts parts() const { return ReportParts(sectionCount()); }
    void countsChanged();
};

} // namespace debrief
