// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "window/NavigationPanel.h"

#include "ClearButton.h"
#include "models/PartsModel.h"

#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace debrief {

NavigationPanel::NavigationPanel(PartsModel *parts, QWidget *parent)
    : QWidget(parent)
    , m_parts(parts)
    , m_filter(new QSortFilterProxyModel(this))
    , m_find(new QLineEdit)
    , m_view(new QListView)
{
    m_filter->setSourceModel(m_parts);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_find->setObjectName(QStringLiteral("findPart"));
    m_find->setPlaceholderText(tr("Go to part… (Ctrl+J)"));
    m_find->setAccessibleName(tr("Go to part"));
    ClearButton::enable(m_find);
    m_view->setObjectName(QStringLiteral("parts"));
    m_view->setAccessibleName(tr("Report parts"));
    m_view->setModel(m_filter);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_find);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT partChosen(m_filter->mapToSource(current).row());
            });
    connect(m_find, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() == 0)
            return;
        const int row = m_filter->mapToSource(m_filter->index(0, 0)).row();
        m_find->clear();
        selectPart(row);
        Q_EMIT filterAccepted();
    });
}

int NavigationPanel::currentPart() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : 0;
}

void NavigationPanel::selectPart(int row)
{
    if (!m_find->text().isEmpty())
        m_find->clear();
    const QModelIndex index = m_filter->mapFromSource(m_parts->index(row, 0));
    if (index == m_view->currentIndex())
        Q_EMIT partChosen(row);
    else
        m_view->setCurrentIndex(index);
}

void NavigationPanel::selectPrevious()
{
    selectPart(std::max(0, currentPart() - 1));
}

void NavigationPanel::selectNext()
{
    selectPart(std::min(m_parts->rowCount() - 1, currentPart() + 1));
}

void NavigationPanel::focusFilter()
{
    m_find->setFocus();
    m_find->selectAll();
}

void NavigationPanel::renameCurrent()
{
    m_view->setFocus();
    m_view->edit(m_view->currentIndex());
}

} // namespace debrief
