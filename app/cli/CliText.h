// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

namespace debrief {

// The CLI's one translation context: every command's text is translated as "Cli".
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace debrief
