// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace debrief {

// The headless side of the binary: `debrief COMMAND ...`. Needs no display and never touches
// widgets. Exit codes are part of the interface (see ExitCode).
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
    int runNew(const QStringList &args);
    int runInfo(const QStringList &args);
    int runValidate(const QStringList &args);
    int runTemplates(const QStringList &args);
    int runExport(const QStringList &args);
    int runImport(const QStringList &args);
    int usageError(const QString &message);
    // Adds and parses the one FILE argument; an exit code when the command should stop.
    std::optional<int> parseFileArgument(QCommandLineParser &parser, const QStringList &args,
                                         const QString &command, QString *path);
    void printHelp();

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace debrief
