// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ClearButton.h"

#include <QLineEdit>
#include <QToolButton>

namespace debrief {

void ClearButton::enable(QLineEdit *line)
{
    const QList<QToolButton *> before = line->findChildren<QToolButton *>();
    line->setClearButtonEnabled(true);
    // The one button enabling added is the clear button.
    for (QToolButton *button : line->findChildren<QToolButton *>()) {
        if (before.contains(button))
            continue;
        button->setAccessibleName(tr("Clear"));
        button->setToolTip(tr("Clear the field"));
    }
}

} // namespace debrief
