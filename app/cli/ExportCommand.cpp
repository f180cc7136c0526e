// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/ExportCommand.h"

#include "cli/CliText.h"
#include "cli/ReportFile.h"
#include "export/ExportService.h"
#include "export/ExportSettings.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace debrief {

namespace {

// The settings the options ask for, or a usage error. The format comes from the output's
// suffix, by the rule every front end shares.
std::optional<int> settingsFrom(CliContext &context, const QCommandLineParser &parser,
                                ExportSettings *settings)
{
    const auto format = ExportSettings::formatForPath(parser.value(QStringLiteral("output")));
    if (!format)
        return context.usageError(
            CliText::tr("export: say where to write with -o FILE, a name ending in %1")
                .arg(ExportSettings::acceptedSuffixes()));
    const QString timelineName = parser.value(QStringLiteral("timeline"));
    const auto timeline = ExportSettings::timelineFromName(timelineName);
    if (!timeline)
        return context.usageError(
            CliText::tr("export: --timeline is list or table, not '%1'").arg(timelineName));
    const QString actionsName = parser.value(QStringLiteral("actions"));
    const auto actions = ExportSettings::actionsFromName(actionsName);
    if (!actions)
        return context.usageError(
            CliText::tr("export: --actions is table or list, not '%1'").arg(actionsName));
    const QString pageSizeName = parser.value(QStringLiteral("page-size"));
    const auto pageSize = ExportSettings::pageSizeFromName(pageSizeName);
    if (!pageSize)
        return context.usageError(
            CliText::tr("export: --page-size is A4 or Letter, not '%1'").arg(pageSizeName));
    const bool summary = parser.isSet(QStringLiteral("summary"));
    if (*format != ExportSettings::Format::Pdf &&
        (summary || parser.isSet(QStringLiteral("page-size"))))
        return context.usageError(
            CliText::tr("export: --summary and --page-size apply to PDF only"));
    settings->format = *format;
    settings->timeline = *timeline;
    settings->actions = *actions;
    settings->pageSize = *pageSize;
    settings->product =
        summary ? PdfExporter::Product::ExecutiveSummary : PdfExporter::Product::FullReport;
    return std::nullopt;
}

QString writtenMessage(const ExportSettings &settings, const ExportResult &result)
{
    if (settings.format == ExportSettings::Format::Pdf)
        return CliText::tr("Wrote %1 (%n pages)", nullptr, result.pages).arg(result.path);
    return CliText::tr("Wrote %1 (%n images)", nullptr, result.images).arg(result.path);
}

} // namespace

QString ExportCommand::synopsis() const
{
    return CliText::tr("FILE.pmd -o OUT.pdf|OUT.md|OUT.html [--summary] [--page-size A4|Letter]\n"
                       "               [--timeline list|table] [--actions table|list]");
}

QString ExportCommand::description() const
{
    return CliText::tr("export with an images folder beside");
}

CommandSyntax ExportCommand::syntax() const
{
    CommandSyntax s;
    s.description = CliText::tr(
        "Export a report as PDF (.pdf), Markdown (.md) or HTML (.html); Markdown and HTML get "
        "their images in NAME_images/ beside them. Exit code 0: written; 2: unreadable input or "
        "bad usage; 3: the output cannot be written (nothing partial is left).");
    s.options = {
        CliOptions::output(CliText::tr("The file to write.")),
        {QStringLiteral("timeline"), CliText::tr("Timeline as a list or a table (Markdown)."),
         QStringLiteral("list|table"), QStringLiteral("list")},
        {QStringLiteral("actions"),
         CliText::tr("Action items as a table or a task list (Markdown)."),
         QStringLiteral("table|list"), QStringLiteral("table")},
        {QStringLiteral("summary"),
         CliText::tr("PDF: the executive summary (one or two pages) instead of the full "
                     "report.")},
        {QStringLiteral("page-size"), CliText::tr("PDF: the paper size."),
         QStringLiteral("A4|Letter"), QStringLiteral("A4")},
    };
    s.arguments = {FileArgument::reportArgument()};
    s.choices = {{QStringLiteral("timeline"), {QStringLiteral("list"), QStringLiteral("table")}},
                 {QStringLiteral("actions"), {QStringLiteral("table"), QStringLiteral("list")}},
                 {QStringLiteral("page-size"), {QStringLiteral("A4"), QStringLiteral("Letter")}}};
    s.fileOptions = {QStringLiteral("output")};
    return s;
}

int ExportCommand::run(CliContext &context, const QStringList &args) const
{
    QCommandLineParser parser;
    syntax().addTo(parser);
    QString path;
    if (const auto code = context.parseWithFile(parser, args, FileArgument::report(name()), &path))
        return *code;
    ExportSettings settings;
    if (const auto code = settingsFrom(context, parser, &settings))
        return *code;
    ReportFile input;
    if (const auto code = input.open(context, path))
        return *code;
    const ExportResult result = ExportService::run(
        input.report, input.attachments, parser.value(QStringLiteral("output")), settings);
    for (const QString &warning : result.warnings)
        context.warn(path, warning);
    if (!result.ok())
        return context.fail(result.path, result.error, CommandLine::CannotWrite);
    context.out() << writtenMessage(settings, result) << Qt::endl;
    return CommandLine::Ok;
}

} // namespace debrief
