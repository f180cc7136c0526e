// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/PartsModel.h"

#include "document/ReportDocument.h"

#include <QIcon>
#include <QMimeData>

namespace debrief {

namespace {
const QString kMime = QStringLiteral("application/x-debrief-section-index");
}

PartsModel::PartsModel(ReportDocument *doc, QObject *parent)
    : DocumentRowsModel(doc, ReportPart::Sections, 1, parent)
{}

void PartsModel::otherPartChanged(ReportPart)
{
    countsChanged(); // the Timeline, Action items and Attachments rows show counts
}

int PartsModel::sectionCount() const
{
    return m_doc->itemCount(ReportPart::Sections);
}

void PartsModel::countsChanged()
{
    const ReportParts p = parts();
    Q_EMIT dataChanged(index(p.row(Kind::Timeline)), index(p.row(Kind::Attachments)),
                       {Qt::DisplayRole});
}

int PartsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : parts().count();
}

PartsModel::Kind PartsModel::kindAt(int row) const
{
    return parts().at(row).kind;
}

int PartsModel::sectionIndexAt(int row) const
{
    return parts().at(row).section;
}

int PartsModel::rowForKind(Kind kind) const
{
    return parts().row(kind);
}

QVariant PartsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Report &r = m_doc->report();
    const Kind kind = kindAt(index.row());
    if (role == KindRole)
        return int(kind);
    if (role == SectionIndexRole)
        return sectionIndexAt(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (kind) {
        case Kind::Overview:
            return tr("Overview");
        case Kind::Section: {
            const Section &s = r.sections.at(sectionIndexAt(index.row()));
            if (role == Qt::EditRole)
                return s.title;
            return s.title.isEmpty() ? tr("(untitled section)") : s.title;
        }
        case Kind::Timeline:
            return tr("Timeline (%1)").arg(r.timeline.size());
        case Kind::ActionItems:
            return tr("Action items (%1)").arg(r.actionItems.size());
        case Kind::Attachments:
            return tr("Attachments (%1)").arg(r.attachments.size());
        }
    }
    if (role == Qt::ToolTipRole && kind == Kind::Section) {
        const Section &s = r.sections.at(sectionIndexAt(index.row()));
        return s.help.isEmpty() ? s.title : s.help;
    }
    if (role == Qt::DecorationRole) {
        static const char *const icons[] = {"document-properties", "text-x-generic",
                                            "view-calendar-timeline", "checkbox",
                                            "mail-attachment"};
        return QIcon::fromTheme(QLatin1String(icons[int(kind)]));
    }
    return {};
}

Qt::ItemFlags PartsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (kindAt(index.row()) == Kind::Section)
        f |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    return f;
}

bool PartsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        kindAt(index.row()) != Kind::Section)
        return false;
    const QString title = value.toString().trimmed();
    if (title.isEmpty())
        return false;
    m_doc->setSectionTitle(sectionIndexAt(index.row()), title);
    return true;
}

Qt::DropActions PartsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList PartsModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *PartsModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.size() != 1 || kindAt(indexes.first().row()) != Kind::Section)
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kMime, QByteArray::number(sectionIndexAt(indexes.first().row())));
    return data;
}

bool PartsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                 const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(kMime))
        return false;
    const int target = parent.isValid() ? parent.row() : row;
    // Anywhere from before the first section to just before the timeline.
    return target >= parts().rowOfSection(0) && target <= parts().row(Kind::Timeline);
}

bool PartsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                              const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const int from = data->data(kMime).toInt(&ok);
    if (!ok || from < 0 || from >= sectionCount())
        return false;
    // A drop "before row R" is before the section shown in row R (the timeline's row: after
    // the last section).
    const int before = (parent.isValid() ? parent.row() : row) - parts().rowOfSection(0);
    const int to = before > from ? before - 1 : before;
    m_doc->moveItem(ReportPart::Sections, from, std::clamp(to, 0, sectionCount() - 1));
    // The move is done through the undo stack; returning false stops the view from also
    // removing the dragged row as if it had been copied.
    return false;
}

} // namespace debrief
