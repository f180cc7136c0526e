// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/Command.h"

#include "cli/CliText.h"

namespace debrief {

QCommandLineOption CliOptions::output(const QString &description)
{
    return {{QStringLiteral("o"), QStringLiteral("output")}, description, CliText::tr("file")};
}

QCommandLineOption CliOptions::force()
{
    return {QStringLiteral("force"), CliText::tr("Replace the output file if it exists.")};
}

} // namespace debrief
