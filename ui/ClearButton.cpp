// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ClearButton.h"

#include <QAction>
#include <QLineEdit>
#include <QToolButton>

namespace debrief {

namespace {

// What enabling the clear button added: its action and the button showing it.
template <typename T> QList<T *> added(const QLineEdit *line, const QList<T *> &before)
{
    QList<T *> found;
    for (T *child : line->findChildren<T *>()) {
        if (!before.contains(child))
            found << child;
    }
    return found;
}

} // namespace

void ClearButton::enable(QLineEdit *line)
{
    const QList<QAction *> actionsBefore = line->findChildren<QAction *>();
    const QList<QToolButton *> buttonsBefore = line->findChildren<QToolButton *>();
    line->setClearButtonEnabled(true);
    // The action's text and tooltip come back whenever Qt refreshes the button from it (as
    // read-only mode does); the name is set on the button too, where AT-SPI reads it.
    for (QAction *action : added(line, actionsBefore)) {
        action->setText(tr("Clear"));
        action->setToolTip(tr("Clear the field"));
    }
    for (QToolButton *button : added(line, buttonsBefore)) {
        button->setAccessibleName(tr("Clear"));
        button->setToolTip(tr("Clear the field"));
    }
}

} // namespace debrief
