// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QPalette;

namespace debrief {

// The stylesheet of resources/style/report.css with its colours filled in: from the screen
// palette for the preview, always light for print.
class ReportStyle
{
public:
    static QString forPrint();
    static QString forPalette(const QPalette &palette);
    static bool isDark(const QPalette &palette);
};

} // namespace debrief
