// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace debrief {

// How the window asks the C library to manage memory. Screenshots are decoded into buffers of
// tens of megabytes on worker threads; glibc would, after the first is freed, start carving
// such buffers out of its heaps and keep the pages, so the window's footprint would grow with
// every decode. A fixed threshold keeps every large buffer in its own mapping, returned to
// the system the moment it is freed.
class MemoryTuning
{
public:
    static void apply();
};

} // namespace debrief
