// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "IconTheme.h"

#include <QIcon>

namespace debrief {

void IconTheme::ensureInstalled()
{
    static const bool installed = [] {
        QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << QStringLiteral(":/icons"));
        QIcon::setFallbackThemeName(QStringLiteral("debrief"));
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace debrief
