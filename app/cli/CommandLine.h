// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/CliContext.h"

#include <QStringList>

class QTextStream;

namespace debrief {

// The headless side of the binary: `debrief COMMAND ...`. Needs no display and never touches
// widgets. Finds the command in CommandTable and runs it; answers --help and --version itself.
// Exit codes are part of the interface (see ExitCode).
class CommandLine
{
public:
    enum ExitCode {
        Ok = 0,
        Problems = 1,   // validate: readable, but with problems
        BadInput = 2,   // unreadable input, or a usage error
        CannotWrite = 3 // the output could not be written (nothing partial is left)
    };

    CommandLine(QTextStream &out, QTextStream &err);

    static bool isCommand(const QString &arg);
    // args as from QCoreApplication::arguments(): program name first.
    int run(const QStringList &args);

private:
    void printHelp();

    CliContext m_context;
};

} // namespace debrief
