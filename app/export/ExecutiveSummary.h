// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Report.h"

namespace debrief {

// What an executive reads: the summary and impact sections, the key moments of the timeline
// and the action items still open. `brevity` shortens it step by step (0: all of it), so the
// PDF exporter can make it fit on two pages.
class ExecutiveSummary
{
public:
    static constexpr int kMaxBrevity = 3;
    static Report select(const Report &full, int brevity);
    // Markdown cut at a block boundary after about `budget` characters, never inside a fence.
    static QString shortened(const QString &markdown, qsizetype budget);
};

} // namespace debrief
