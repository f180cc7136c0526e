// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace debrief {

// Makes the bundled icons the fallback theme, so menus and toolbars have icons on desktops
// whose theme lacks them (or with no desktop at all).
class IconTheme
{
public:
    static void ensureInstalled();
};

} // namespace debrief
