// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/CommandSyntax.h"

#include <QCommandLineOption>
#include <QStringList>

namespace debrief {

// One `debrief COMMAND`: a name, a line for `debrief --help`, and run(). Commands hold no
// state; CommandTable owns one of each.
class Command
{
public:
    virtual ~Command() = default;

    // The word after `debrief`.
    virtual QString name() const = 0;
    // The arguments as the help listing shows them after the name ("[--json] FILE.pmd"); a
    // line break continues them on the next line.
    virtual QString synopsis() const = 0;
    // What the command does, for the listing's right-hand column; a line break continues it
    // in that column.
    virtual QString description() const = 0;
    // Its options and arguments, which run() parses and the man page and completions list.
    virtual CommandSyntax syntax() const = 0;
    // args as QCommandLineParser takes them: "PROGRAM COMMAND" first, then the options.
    // Returns a CommandLine::ExitCode.
    virtual int run(CliContext &context, const QStringList &args) const = 0;
};

// The options more than one command has, spelt the same everywhere.
namespace CliOptions {
QCommandLineOption output(const QString &description); // -o, --output FILE
QCommandLineOption force();                            // --force: replace the output
} // namespace CliOptions

} // namespace debrief
