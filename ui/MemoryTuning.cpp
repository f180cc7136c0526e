// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MemoryTuning.h"

#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

namespace debrief {

void MemoryTuning::apply()
{
#if defined(M_MMAP_THRESHOLD) // glibc
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
}

} // namespace debrief
