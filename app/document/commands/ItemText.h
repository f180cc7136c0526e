// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "document/ReportItem.h"

namespace debrief {

// Words for undo menu entries ("Add Timeline Entry").
class ItemText
{
public:
    static QString partName(ReportPart part);
};

} // namespace debrief
