// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/ChatRowsFilter.h"

#include "models/ChatRowsModel.h"

namespace debrief {

void ChatRowsFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void ChatRowsFilter::setTellingOnly(bool only)
{
    m_tellingOnly = only;
    invalidateRowsFilter();
}

void ChatRowsFilter::setShownChecked(bool checked)
{
    QList<int> rows;
    rows.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        rows << mapToSource(index(row, 0)).row();
    static_cast<ChatRowsModel *>(sourceModel())->setChecked(rows, checked);
}

bool ChatRowsFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_tellingOnly && !source->index(row, 0, parent).data(ChatRowsModel::TellingRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column : {ChatRowsModel::Author, ChatRowsModel::Text, ChatRowsModel::Kind}) {
        if (source->index(row, column, parent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace debrief
