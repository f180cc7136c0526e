// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/ElidedTextCache.h"

#include <QStyledItemDelegate>

namespace debrief {

// Inline editors for the timeline table: a combo box with icons for the kind, and a date and
// time in the report's zone for the time (an entry without a time keeps none unless the user
// changes the editor's value: nothing is invented).
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // As the style paints a cell, with the text shaped once and cached (see ElidedTextCache).
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    mutable ElidedTextCache m_texts;
};

} // namespace debrief
