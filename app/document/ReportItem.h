// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Report.h"

#include <variant>

namespace debrief {

// The row-shaped parts of a report. The order matches ReportItem's alternatives, so the part
// an item belongs to is its variant index.
enum class ReportPart { Sections, Timeline, ActionItems, Attachments };

using ReportItem = std::variant<Section, TimelineEntry, ActionItem, Attachment>;

inline ReportPart partOf(const ReportItem &item)
{
    return ReportPart(item.index());
}

} // namespace debrief
