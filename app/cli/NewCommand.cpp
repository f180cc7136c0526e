// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/NewCommand.h"

#include "cli/CliText.h"
#include "format/AttachmentStore.h"
#include "format/PmdArchive.h"
#include "templates/TemplateLibrary.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <QTimeZone>

namespace debrief {

namespace {

// The --time-zone asked for (the system's when none is), or a usage error.
std::optional<int> timeZoneFrom(CliContext &context, const QCommandLineParser &parser,
                                QTimeZone *zone)
{
    if (!parser.isSet(QStringLiteral("time-zone")))
        return std::nullopt;
    const QString name = parser.value(QStringLiteral("time-zone"));
    *zone = QTimeZone(name.toLatin1());
    if (zone->isValid())
        return std::nullopt;
    return context.usageError(
        CliText::tr("new: unknown time zone '%1' (use an IANA name such as Europe/Berlin)")
            .arg(name));
}

} // namespace

QString NewCommand::synopsis() const
{
    return CliText::tr("--template NAME -o FILE.pmd");
}

QString NewCommand::description() const
{
    return CliText::tr("create a report from a template");
}

CommandSyntax NewCommand::syntax() const
{
    CommandSyntax s;
    s.description = CliText::tr("Create a new report from a template.");
    s.options = {
        {{QStringLiteral("t"), QStringLiteral("template")},
         CliText::tr("Template: %1.").arg(TemplateLibrary::ids().join(QStringLiteral(", "))),
         CliText::tr("name"),
         QStringLiteral("classic")},
        CliOptions::output(CliText::tr("The file to write.")),
        {QStringLiteral("title"), CliText::tr("The report's title."), CliText::tr("text")},
        {QStringLiteral("time-zone"),
         CliText::tr("IANA time zone of the report (default: the system's)."), CliText::tr("zone")},
        CliOptions::force(),
    };
    s.choices = {{QStringLiteral("template"), TemplateLibrary::ids()}};
    s.fileOptions = {QStringLiteral("output")};
    return s;
}

int NewCommand::run(CliContext &context, const QStringList &args) const
{
    QCommandLineParser parser;
    syntax().addTo(parser);
    if (const auto code = context.parse(parser, args))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            CliText::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return context.usageError(
            CliText::tr("new: say where to write the report with -o FILE.pmd"));
    const QString templateId = parser.value(QStringLiteral("template"));
    const auto tmpl = TemplateLibrary::find(templateId);
    if (!tmpl)
        return context.usageError(
            CliText::tr("new: no template '%1'; choose one of: %2")
                .arg(templateId, TemplateLibrary::ids().join(QStringLiteral(", "))));
    QTimeZone zone;
    if (const auto code = timeZoneFrom(context, parser, &zone))
        return *code;
    if (const auto code = context.refuseToReplace(output, parser.isSet(QStringLiteral("force"))))
        return *code;
    Report report = TemplateLibrary::instantiate(*tmpl, zone);
    report.metadata.title = parser.value(QStringLiteral("title"));
    QString error;
    if (!PmdArchive::write(output, report, AttachmentStore(), &error))
        return context.fail(output, error, CommandLine::CannotWrite);
    context.out() << CliText::tr("Created %1 from the %2 template (%n sections).", nullptr,
                                 int(report.sections.size()))
                         .arg(output, tmpl->name)
                  << Qt::endl;
    return CommandLine::Ok;
}

} // namespace debrief
