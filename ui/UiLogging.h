// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

// debrief.ui: windows, panes and the preview. Off below warnings unless enabled, like the
// core's categories (app/diagnostics/Logging.h): QT_LOGGING_RULES="debrief.ui.debug=true".
namespace debrief {

Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace debrief
