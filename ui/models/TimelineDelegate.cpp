// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/TimelineDelegate.h"

#include "LocaleFormats.h"
#include "model/Vocabulary.h"
#include "models/TimelineModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QPainter>

namespace debrief {

namespace {
const char *const kTouched = "debriefTouched";
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear(); // the style draws the background, icon and focus; the text is ours
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                           .adjusted(margin, 0, -margin, 0);
    const QStaticText &shaped = m_texts.text(text, opt.font, rect.width());
    const Qt::Alignment align = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
    const QSizeF size = shaped.size();
    qreal x = rect.left();
    if (align & Qt::AlignRight)
        x = rect.right() + 1 - size.width();
    else if (align & Qt::AlignHCenter)
        x = rect.left() + (rect.width() - size.width()) / 2;
    const qreal y = rect.top() + (rect.height() - size.height()) / 2;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(
        group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(rect);
    painter->drawStaticText(QPointF(x, y), shaped);
    painter->restore();
}

QWidget *TimelineDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    if (index.column() == TimelineModel::Kind) {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(tr("Kind"));
        for (const QString &kind : Vocabulary::timelineKinds())
            combo->addItem(TimelineModel::kindIcon(kind), TimelineModel::kindLabel(kind), kind);
        return combo;
    }
    if (index.column() == TimelineModel::Time &&
        index.data(Qt::EditRole).typeId() == QMetaType::QTime) {
        auto *edit = new QTimeEdit(parent); // a time with no known date gets no date here
        edit->setAccessibleName(tr("Time of day"));
        edit->setDisplayFormat(LocaleFormats::time());
        return edit;
    }
    if (index.column() == TimelineModel::Time) {
        auto *edit = new QDateTimeEdit(parent);
        edit->setAccessibleName(tr("Time"));
        edit->setDisplayFormat(LocaleFormats::dateTime());
        if (const auto *model = qobject_cast<const TimelineModel *>(index.model()))
            edit->setTimeZone(model->zone());
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void TimelineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
        return;
    }
    if (auto *edit = qobject_cast<QTimeEdit *>(editor)) {
        edit->setTime(value.toTime());
        return;
    }
    if (auto *edit = qobject_cast<QDateTimeEdit *>(editor)) {
        const QDateTime at = value.toDateTime();
        // No time yet: start from now as a convenience, but store it only once changed.
        edit->setDateTime(at.isValid() ? at.toTimeZone(edit->timeZone())
                                       : QDateTime::currentDateTime().toTimeZone(edit->timeZone()));
        edit->setProperty(kTouched, false);
        connect(edit, &QDateTimeEdit::dateTimeChanged, edit,
                [edit] { edit->setProperty(kTouched, true); });
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TimelineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
        return;
    }
    if (auto *edit = qobject_cast<QTimeEdit *>(editor)) {
        model->setData(index, edit->time());
        return;
    }
    if (auto *edit = qobject_cast<QDateTimeEdit *>(editor)) {
        if (index.data(Qt::EditRole).toDateTime().isValid() || edit->property(kTouched).toBool())
            model->setData(index, edit->dateTime());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace debrief
