// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/TemplatesCommand.h"

#include "cli/CliText.h"
#include "templates/TemplateLibrary.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace debrief {

QString TemplatesCommand::synopsis() const
{
    return {};
}

QString TemplatesCommand::description() const
{
    return CliText::tr("list the templates");
}

CommandSyntax TemplatesCommand::syntax() const
{
    CommandSyntax s;
    s.description = CliText::tr("List the report templates.");
    return s;
}

int TemplatesCommand::run(CliContext &context, const QStringList &args) const
{
    QCommandLineParser parser;
    syntax().addTo(parser);
    if (const auto code = context.parse(parser, args))
        return *code;
    QTextStream &out = context.out();
    for (const ReportTemplate &t : TemplateLibrary::all()) {
        out << t.id.leftJustified(12) << ' ' << t.name << " — " << t.description << '\n';
        QStringList titles;
        for (const Section &s : t.sections)
            titles << s.title;
        out << QString(13, QLatin1Char(' ')) << titles.join(QStringLiteral(" · ")) << '\n';
    }
    out.flush();
    return CommandLine::Ok;
}

} // namespace debrief
