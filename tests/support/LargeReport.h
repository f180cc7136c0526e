// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Report.h"

namespace debrief {
class AttachmentStore;
}

// The large report of DESIGN.md's performance budget, generated: 300 timeline entries,
// about 40 KB of prose in 12 sections with 20 code blocks, and 30 dashboard-like screenshots
// of 2400x1200. `scale` multiplies the text and the timeline (not the images).
class LargeReport
{
public:
    static debrief::Report make(debrief::AttachmentStore *store, int scale = 1, int images = 30);
};
