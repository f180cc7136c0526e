// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "diagnostics/Logging.h"

namespace debrief {

// QtWarningMsg: warnings and worse are shown by default, debug and info only when enabled.
Q_LOGGING_CATEGORY(lcCore, "debrief.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFormat, "debrief.format", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRender, "debrief.render", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "debrief.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "debrief.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "debrief.cli", QtWarningMsg)

} // namespace debrief
