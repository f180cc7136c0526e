// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "panes/UndoShortcutFilter.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>

namespace debrief {

void UndoShortcutFilter::installOn(QWidget *root)
{
    auto *filter = new UndoShortcutFilter(root);
    for (QLineEdit *w : root->findChildren<QLineEdit *>())
        w->installEventFilter(filter);
    for (QAbstractSpinBox *w : root->findChildren<QAbstractSpinBox *>())
        w->installEventFilter(filter);
}

bool UndoShortcutFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace debrief
