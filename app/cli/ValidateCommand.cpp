// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/ValidateCommand.h"

#include "cli/CliText.h"
#include "cli/ReportFile.h"
#include "format/ReportValidator.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace debrief {

QString ValidateCommand::synopsis() const
{
    return CliText::tr("FILE.pmd");
}

QString ValidateCommand::description() const
{
    return CliText::tr("check a report (exit 0 valid, 1 problems,\n"
                       "2 unreadable)");
}

CommandSyntax ValidateCommand::syntax() const
{
    CommandSyntax s;
    s.description =
        CliText::tr("Check a report. Exit code 0: valid; 1: readable but with problems (listed); "
                    "2: unreadable.");
    s.arguments = {FileArgument::reportArgument()};
    return s;
}

int ValidateCommand::run(CliContext &context, const QStringList &args) const
{
    QCommandLineParser parser;
    syntax().addTo(parser);
    QString path;
    if (const auto code = context.parseWithFile(parser, args, FileArgument::report(name()), &path))
        return *code;
    ReportFile file;
    if (const auto code = file.open(context, path))
        return *code;
    file.validate();
    // Notices (an unused attachment) are printed but do not make the report invalid.
    const QStringList notices = ReportValidator::notices(file.report);
    if (file.warnings.isEmpty()) {
        context.out() << CliText::tr("%1: valid").arg(path) << Qt::endl;
        printNotices(context, notices);
        return CommandLine::Ok;
    }
    const qsizetype n = file.warnings.size();
    context.out() << (n == 1 ? CliText::tr("%1: 1 problem").arg(path)
                             : CliText::tr("%1: %2 problems").arg(path).arg(n))
                  << Qt::endl;
    context.printItems(file.warnings);
    printNotices(context, notices);
    return CommandLine::Problems;
}

void ValidateCommand::printNotices(CliContext &context, const QStringList &notices)
{
    if (notices.isEmpty())
        return;
    context.out() << CliText::tr("Notices (not problems):") << Qt::endl;
    context.printItems(notices);
}

} // namespace debrief
