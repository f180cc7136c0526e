// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "window/ReadOnlyWidgets.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QToolButton>

namespace debrief {

namespace {

// Sets the review value, keeping the widget's own in a property (`kept`) to restore after.
template <typename Get, typename Set>
void swap(QWidget *w, bool readOnly, Get get, Set set, const QVariant &reviewValue,
          const char *kept = "debriefBeforeReadOnly")
{
    if (readOnly) {
        if (!w->property(kept).isValid())
            w->setProperty(kept, get());
        set(reviewValue);
    } else if (const QVariant was = w->property(kept); was.isValid()) {
        set(was);
        w->setProperty(kept, {});
    }
}

} // namespace

void ReadOnlyWidgets::apply(QWidget *root, bool readOnly)
{
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            swap(
                w, readOnly, [line] { return line->isReadOnly(); },
                [line](const QVariant &v) { line->setReadOnly(v.toBool()); }, true);
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
            swap(
                w, readOnly, [spin] { return spin->isReadOnly(); },
                [spin](const QVariant &v) { spin->setReadOnly(v.toBool()); }, true);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            swap(
                w, readOnly, [plain] { return plain->isReadOnly(); },
                [plain](const QVariant &v) { plain->setReadOnly(v.toBool()); }, true);
        } else if (auto *text = qobject_cast<QTextEdit *>(w);
                   text && !qobject_cast<QTextBrowser *>(w)) {
            swap(
                w, readOnly, [text] { return text->isReadOnly(); },
                [text](const QVariant &v) { text->setReadOnly(v.toBool()); }, true);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            swap(
                w, readOnly, [view] { return int(view->editTriggers()); },
                [view](const QVariant &v) {
                    view->setEditTriggers(QAbstractItemView::EditTriggers(v.toInt()));
                },
                int(QAbstractItemView::NoEditTriggers));
            swap(
                w, readOnly, [view] { return int(view->dragDropMode()); },
                [view](const QVariant &v) {
                    view->setDragDropMode(QAbstractItemView::DragDropMode(v.toInt()));
                },
                int(QAbstractItemView::NoDragDrop), "debriefDragDropBeforeReadOnly");
        } else if (qobject_cast<QComboBox *>(w) ||
                   (qobject_cast<QAbstractButton *>(w) && !qobject_cast<QToolButton *>(w))) {
            // Choices (kind, severity, check boxes); tool buttons follow their actions.
            swap(
                w, readOnly, [w] { return w->isEnabled(); },
                [w](const QVariant &v) { w->setEnabled(v.toBool()); }, false);
        }
    }
}

} // namespace debrief
