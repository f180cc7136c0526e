// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "UiLogging.h"

namespace debrief {

Q_LOGGING_CATEGORY(lcUi, "debrief.ui", QtWarningMsg)

} // namespace debrief
