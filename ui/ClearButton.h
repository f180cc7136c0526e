// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

class QLineEdit;

namespace debrief {

// Qt's clear button in a line edit, with a name and a tooltip: Qt leaves it unnamed, so a
// screen reader announced it as just "button".
class ClearButton
{
    Q_DECLARE_TR_FUNCTIONS(ClearButton)
public:
    static void enable(QLineEdit *line);
};

} // namespace debrief
