// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CommandLine.h"

#include "cli/CliText.h"
#include "cli/Command.h"
#include "cli/CommandTable.h"

#include <QTextStream>

namespace debrief {

namespace {

bool isHelp(const QString &arg)
{
    return arg == QLatin1String("help") || arg == QLatin1String("--help") ||
           arg == QLatin1String("-h");
}

bool isVersion(const QString &arg)
{
    return arg == QLatin1String("--version") || arg == QLatin1String("-v");
}

// The listing's right-hand column, where every description starts.
constexpr int kDescriptionColumn = 35;

// "  NAME SYNOPSIS  DESCRIPTION", the description on a line of its own when the synopsis
// leaves no room for it.
QString listingEntry(const Command &command)
{
    QStringList lines;
    const QString usage = (command.name() + QLatin1Char(' ') + command.synopsis()).trimmed();
    for (const QString &line : usage.split(QLatin1Char('\n')))
        lines << QStringLiteral("  ") + line;
    QStringList description = command.description().split(QLatin1Char('\n'));
    if (lines.last().size() + 2 <= kDescriptionColumn)
        lines.last() = lines.last().leftJustified(kDescriptionColumn) + description.takeFirst();
    for (const QString &line : std::as_const(description))
        lines << QString(kDescriptionColumn, QLatin1Char(' ')) + line;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_context(out, err)
{}

bool CommandLine::isCommand(const QString &arg)
{
    return CommandTable::find(arg) || isHelp(arg) || isVersion(arg);
}

int CommandLine::run(const QStringList &args)
{
    const QString name = args.value(1);
    if (isVersion(name)) {
        m_context.out() << "debrief " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    if (isHelp(name)) {
        printHelp();
        return Ok;
    }
    const Command *command = CommandTable::find(name);
    if (!command)
        return m_context.usageError(CliText::tr("unknown command '%1'").arg(name));
    // QCommandLineParser skips the first argument as the program's name.
    const QStringList rest = QStringList{args.value(0) + QLatin1Char(' ') + name} + args.mid(2);
    return command->run(m_context, rest);
}

void CommandLine::printHelp()
{
    QTextStream &out = m_context.out();
    out << CliText::tr("Usage: debrief [FILE.pmd]            open the editor\n"
                       "       debrief --new                 open the editor on a new report\n"
                       "       debrief COMMAND [OPTIONS...]  work headless\n"
                       "\n"
                       "Commands:\n");
    for (const auto &command : CommandTable::all())
        out << listingEntry(*command);
    out << CliText::tr("\n"
                       "Run 'debrief COMMAND --help' for a command's options.\n"
                       "Exit codes: 0 success, 1 problems found, 2 bad input or usage, 3 cannot "
                       "write output.\n");
    out.flush();
}

} // namespace debrief
