// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

// The core's logging categories, one per module. Debug and info messages are off unless
// asked for, so a normal run prints nothing; turn them on with
//   QT_LOGGING_RULES="debrief.*=true" debrief ...
// (or "debrief.export.debug=true" for one module). The UI's category is in ui/UiLogging.h.
namespace debrief {

Q_DECLARE_LOGGING_CATEGORY(lcCore)   // debrief.core: model, document, templates
Q_DECLARE_LOGGING_CATEGORY(lcFormat) // debrief.format: the .pmd archive and report.json
Q_DECLARE_LOGGING_CATEGORY(lcRender) // debrief.render: Markdown and report HTML
Q_DECLARE_LOGGING_CATEGORY(lcExport) // debrief.export: Markdown, HTML and PDF exports
Q_DECLARE_LOGGING_CATEGORY(lcImport) // debrief.import: the Markdown importer
Q_DECLARE_LOGGING_CATEGORY(lcCli)    // debrief.cli: the headless commands

} // namespace debrief
