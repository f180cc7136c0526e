// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CommandSyntax.h"

#include <QCommandLineParser>

namespace debrief {

void CommandSyntax::addTo(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(description);
    for (const QCommandLineOption &option : options)
        parser.addOption(option);
    for (const CommandArgument &argument : arguments)
        parser.addPositionalArgument(argument.name, argument.description);
}

} // namespace debrief
