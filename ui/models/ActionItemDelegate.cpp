// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/ActionItemDelegate.h"

#include "LocaleFormats.h"
#include "models/ActionItemsModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

namespace debrief {

QWidget *ActionItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const int column = index.column();
    if (column == ActionItemsModel::Due) {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(LocaleFormats::date());
        return edit;
    }
    const QStringList values = ActionItemsModel::valuesFor(column);
    if (!values.isEmpty()) {
        auto *combo = new QComboBox(parent);
        for (const QString &v : values)
            combo->addItem(ActionItemsModel::labelFor(column, v), v);
        return combo;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor); line && column == ActionItemsModel::Tracker)
        line->setPlaceholderText(QStringLiteral("https://"));
    return editor;
}

void ActionItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        date->setDate(value.toDate().isValid() ? value.toDate() : QDate::currentDate().addDays(14));
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ActionItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, date->date());
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor);
        line && index.column() == ActionItemsModel::Tracker) {
        const QString why = ActionItemsModel::checkTrackerUrl(line->text().trimmed());
        if (!why.isEmpty()) {
            Q_EMIT rejected(why);
            return;
        }
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace debrief
