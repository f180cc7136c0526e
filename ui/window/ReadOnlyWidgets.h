// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QWidget;

namespace debrief {

// Read-only review for the editing panes: text stays selectable and copyable, tables stay
// navigable, but nothing can be typed, chosen, edited in place, dragged or dropped. Applied to
// the panes' container; each widget's own setting comes back when review ends. The panes'
// actions follow the document's read-only flag themselves, and the document refuses every
// edit that might still get through.
class ReadOnlyWidgets
{
public:
    static void apply(QWidget *root, bool readOnly);
};

} // namespace debrief
