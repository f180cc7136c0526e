// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CommandLine.h"

#include "export/ExportWriter.h"
#include "export/HtmlExporter.h"
#include "export/MarkdownExporter.h"
#include "export/PdfExporter.h"
#include "format/AttachmentStore.h"
#include "format/PmdArchive.h"
#include "format/ReportValidator.h"
#include "import/MarkdownImporter.h"
#include "model/IncidentMetrics.h"
#include "model/Report.h"
#include "model/Vocabulary.h"
#include "templates/TemplateLibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

namespace debrief {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

const QStringList &commands()
{
    static const QStringList c{QStringLiteral("new"),      QStringLiteral("info"),
                               QStringLiteral("validate"), QStringLiteral("templates"),
                               QStringLiteral("export"),   QStringLiteral("import")};
    return c;
}

// A loaded report with everything a reader should be warned about.
struct Inspection
{
    Report report;
    QStringList warnings;
};

std::optional<Inspection> inspect(const QString &path, QString *error)
{
    auto loaded = PmdArchive::read(path, error);
    if (!loaded)
        return std::nullopt;
    AttachmentStore store;
    store.setArchive(QFileInfo(path).absoluteFilePath(), loaded->attachmentEntries);
    Inspection result{std::move(loaded->report), std::move(loaded->warnings)};
    result.warnings << ReportValidator::check(result.report, store);
    return result;
}

std::optional<Inspection> inspectOrComplain(const QString &path, QTextStream &err)
{
    QString error;
    auto inspection = inspect(path, &error);
    if (!inspection)
        err << "debrief: " << path << ": " << error << Qt::endl;
    return inspection;
}

QString formatInstant(const QDateTime &dt, const QTimeZone &zone)
{
    if (!dt.isValid())
        return tr("not set");
    const QDateTime local = zone.isValid() ? dt.toTimeZone(zone) : dt;
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char(' ') +
           (zone.isValid() ? zone.abbreviation(local) : local.timeZoneAbbreviation());
}

QString durationOrDash(std::optional<qint64> secs)
{
    return secs ? IncidentMetrics::formatDuration(*secs) : QStringLiteral("–");
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

bool CommandLine::isCommand(const QString &arg)
{
    return commands().contains(arg) || arg == QLatin1String("help") ||
           arg == QLatin1String("--help") || arg == QLatin1String("-h") ||
           arg == QLatin1String("--version") || arg == QLatin1String("-v");
}

int CommandLine::run(const QStringList &args)
{
    const QString command = args.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << "debrief " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    if (command == QLatin1String("help") || command == QLatin1String("--help") ||
        command == QLatin1String("-h")) {
        printHelp();
        return Ok;
    }
    const QStringList rest = QStringList{args.value(0) + QLatin1Char(' ') + command} + args.mid(2);
    if (command == QLatin1String("new"))
        return runNew(rest);
    if (command == QLatin1String("info"))
        return runInfo(rest);
    if (command == QLatin1String("validate"))
        return runValidate(rest);
    if (command == QLatin1String("templates"))
        return runTemplates(rest);
    if (command == QLatin1String("export"))
        return runExport(rest);
    if (command == QLatin1String("import"))
        return runImport(rest);
    return usageError(tr("unknown command '%1'").arg(command));
}

void CommandLine::printHelp()
{
    m_out << tr("Usage: debrief [FILE.pmd]            open the editor\n"
                "       debrief COMMAND [OPTIONS...]  work headless\n"
                "\n"
                "Commands:\n"
                "  new --template NAME -o FILE.pmd  create a report from a template\n"
                "  info [--json] FILE.pmd           summarise a report\n"
                "  validate FILE.pmd                check a report (exit 0 valid, 1 problems,\n"
                "                                   2 unreadable)\n"
                "  templates                        list the templates\n"
                "  export FILE.pmd -o OUT.pdf|OUT.md|OUT.html [--summary] [--page-size A4|Letter]\n"
                "                 [--timeline list|table] [--actions table|list]\n"
                "                                   export with an images folder beside\n"
                "  import FILE.md -o FILE.pmd [--json] [--force]\n"
                "                                   turn a Markdown postmortem into a report\n"
                "\n"
                "Run 'debrief COMMAND --help' for a command's options.\n"
                "Exit codes: 0 success, 1 problems found, 2 bad input or usage, 3 cannot "
                "write output.\n");
    m_out.flush();
}

int CommandLine::usageError(const QString &message)
{
    m_err << "debrief: " << message << Qt::endl
          << tr("Run 'debrief --help' for usage.") << Qt::endl;
    return BadInput;
}

// Parses a command's options; on --help or an error returns the exit code to use.
static std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &args,
                                      QTextStream &out, QTextStream &err)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        err << "debrief: " << parser.errorText() << Qt::endl;
        return int(CommandLine::BadInput);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        out.flush();
        return int(CommandLine::Ok);
    }
    return std::nullopt;
}

std::optional<int> CommandLine::parseFileArgument(QCommandLineParser &parser,
                                                  const QStringList &args, const QString &command,
                                                  QString *path)
{
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .pmd file."));
    if (const auto code = parseOrExit(parser, args, m_out, m_err))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("%1: name exactly one .pmd file").arg(command));
    *path = parser.positionalArguments().first();
    return std::nullopt;
}

int CommandLine::runNew(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a new report from a template."));
    parser.addOption({{QStringLiteral("t"), QStringLiteral("template")},
                      tr("Template: %1.").arg(TemplateLibrary::ids().join(QStringLiteral(", "))),
                      tr("name"),
                      QStringLiteral("classic")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write."), tr("file")});
    parser.addOption({QStringLiteral("title"), tr("The report's title."), tr("text")});
    parser.addOption({QStringLiteral("time-zone"),
                      tr("IANA time zone of the report (default: the system's)."), tr("zone")});
    parser.addOption({QStringLiteral("force"), tr("Replace the output file if it exists.")});
    if (const auto code = parseOrExit(parser, args, m_out, m_err))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(tr("new: say where to write the report with -o FILE.pmd"));
    const auto tmpl = TemplateLibrary::find(parser.value(QStringLiteral("template")));
    if (!tmpl)
        return usageError(tr("new: no template '%1'; choose one of: %2")
                              .arg(parser.value(QStringLiteral("template")),
                                   TemplateLibrary::ids().join(QStringLiteral(", "))));
    QTimeZone zone;
    if (parser.isSet(QStringLiteral("time-zone"))) {
        zone = QTimeZone(parser.value(QStringLiteral("time-zone")).toLatin1());
        if (!zone.isValid())
            return usageError(tr("new: unknown time zone '%1' (use an IANA name such as "
                                 "Europe/Berlin)")
                                  .arg(parser.value(QStringLiteral("time-zone"))));
    }
    if (QFileInfo::exists(output) && !parser.isSet(QStringLiteral("force"))) {
        m_err << "debrief: " << output << ": " << tr("already exists (use --force to replace it)")
              << Qt::endl;
        return CannotWrite;
    }
    Report report = TemplateLibrary::instantiate(*tmpl, zone);
    report.metadata.title = parser.value(QStringLiteral("title"));
    QString error;
    if (!PmdArchive::write(output, report, AttachmentStore(), &error)) {
        m_err << "debrief: " << output << ": " << error << Qt::endl;
        return CannotWrite;
    }
    m_out << tr("Created %1 from the %2 template (%3 sections).")
                 .arg(output, tmpl->name)
                 .arg(report.sections.size())
          << Qt::endl;
    return Ok;
}

int CommandLine::runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Summarise a report."));
    parser.addOption({QStringLiteral("json"), tr("Print a JSON object instead of text.")});
    QString path;
    if (const auto code = parseFileArgument(parser, args, QStringLiteral("info"), &path))
        return *code;
    const auto inspection = inspectOrComplain(path, m_err);
    if (!inspection)
        return BadInput;
    const Report &r = inspection->report;
    const ReportMetadata &m = r.metadata;
    const IncidentMetrics metrics(m);
    qsizetype keyMoments = 0, openActions = 0, filledSections = 0;
    qint64 attachmentBytes = 0;
    for (const TimelineEntry &e : r.timeline)
        keyMoments += e.keyMoment;
    for (const ActionItem &a : r.actionItems)
        openActions += a.status != QLatin1String("done");
    for (const Section &s : r.sections)
        filledSections += !s.text.trimmed().isEmpty();
    for (const Attachment &a : r.attachments)
        attachmentBytes += a.size;

    if (parser.isSet(QStringLiteral("json"))) {
        auto optionalSecs = [](std::optional<qint64> s) {
            return s ? QJsonValue(double(*s)) : QJsonValue();
        };
        QJsonObject o{
            {QStringLiteral("title"), m.title},
            {QStringLiteral("incidentId"), m.incidentId},
            {QStringLiteral("severity"), m.severity},
            {QStringLiteral("status"), m.status},
            {QStringLiteral("template"), r.templateId},
            {QStringLiteral("timeZone"), QString::fromLatin1(m.timeZone)},
            {QStringLiteral("sections"), int(r.sections.size())},
            {QStringLiteral("timeline"), int(r.timeline.size())},
            {QStringLiteral("keyMoments"), int(keyMoments)},
            {QStringLiteral("actionItems"), int(r.actionItems.size())},
            {QStringLiteral("openActionItems"), int(openActions)},
            {QStringLiteral("attachments"), int(r.attachments.size())},
            {QStringLiteral("attachmentBytes"), double(attachmentBytes)},
            {QStringLiteral("timeToDetectSecs"), optionalSecs(metrics.timeToDetectSecs())},
            {QStringLiteral("timeToMitigateSecs"), optionalSecs(metrics.timeToMitigateSecs())},
            {QStringLiteral("timeToResolveSecs"), optionalSecs(metrics.timeToResolveSecs())},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(inspection->warnings)},
        };
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        m_out.flush();
        return Ok;
    }

    const QTimeZone zone(m.timeZone);
    const QString none = tr("(none)");
    auto line = [this](const QString &label, const QString &value) {
        m_out << (label + QLatin1Char(':')).leftJustified(15) << value << '\n';
    };
    line(tr("Title"), m.title.isEmpty() ? tr("(untitled)") : m.title);
    line(tr("Incident"), QStringLiteral("%1  %2  %3")
                             .arg(m.incidentId.isEmpty() ? none : m.incidentId,
                                  m.severity.isEmpty() ? tr("no severity") : m.severity,
                                  Vocabulary::statusLabel(m.status)));
    line(tr("Template"), r.templateId.isEmpty() ? none : r.templateId);
    line(tr("Time zone"), m.timeZone.isEmpty() ? none : QString::fromLatin1(m.timeZone));
    line(tr("Started"), formatInstant(m.started, zone));
    line(tr("Resolved"), formatInstant(m.resolved, zone));
    line(tr("Durations"), tr("detect %1, mitigate %2, resolve %3")
                              .arg(durationOrDash(metrics.timeToDetectSecs()),
                                   durationOrDash(metrics.timeToMitigateSecs()),
                                   durationOrDash(metrics.timeToResolveSecs())));
    line(tr("Authors"), m.authors.isEmpty() ? none : m.authors.join(QStringLiteral(", ")));
    line(tr("Sections"), tr("%1 (%2 written)").arg(r.sections.size()).arg(filledSections));
    line(tr("Timeline"), tr("%1 entries (%2 key moments)").arg(r.timeline.size()).arg(keyMoments));
    line(tr("Action items"), tr("%1 (%2 not done)").arg(r.actionItems.size()).arg(openActions));
    line(tr("Attachments"),
         tr("%1 (%2 KiB)").arg(r.attachments.size()).arg((attachmentBytes + 1023) / 1024));
    line(tr("Warnings"), inspection->warnings.isEmpty()
                             ? tr("none")
                             : QString::number(inspection->warnings.size()));
    for (const QString &w : inspection->warnings)
        m_out << "  - " << w << '\n';
    m_out.flush();
    return Ok;
}

int CommandLine::runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a report. Exit code 0: valid; 1: readable but with problems (listed); "
           "2: unreadable."));
    QString path;
    if (const auto code = parseFileArgument(parser, args, QStringLiteral("validate"), &path))
        return *code;
    const auto inspection = inspectOrComplain(path, m_err);
    if (!inspection)
        return BadInput;
    if (inspection->warnings.isEmpty()) {
        m_out << tr("%1: valid").arg(path) << Qt::endl;
        return Ok;
    }
    const qsizetype n = inspection->warnings.size();
    m_out << (n == 1 ? tr("%1: 1 problem").arg(path) : tr("%1: %2 problems").arg(path).arg(n))
          << Qt::endl;
    for (const QString &w : inspection->warnings)
        m_out << "  - " << w << '\n';
    m_out.flush();
    return Problems;
}

int CommandLine::runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export a report as PDF (.pdf), Markdown (.md) or HTML (.html); Markdown and HTML get "
           "their images in NAME_images/ beside them. Exit code 0: written; 2: unreadable input or "
           "bad usage; 3: the output cannot be written (nothing partial is left)."));
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write."), tr("file")});
    parser.addOption({QStringLiteral("timeline"), tr("Timeline as a list or a table (Markdown)."),
                      QStringLiteral("list|table"), QStringLiteral("list")});
    parser.addOption({QStringLiteral("actions"),
                      tr("Action items as a table or a task list (Markdown)."),
                      QStringLiteral("table|list"), QStringLiteral("table")});
    parser.addOption({QStringLiteral("summary"),
                      tr("PDF: the executive summary (one or two pages) instead of the full "
                         "report.")});
    parser.addOption({QStringLiteral("page-size"), tr("PDF: the paper size."),
                      QStringLiteral("A4|Letter"), QStringLiteral("A4")});
    QString path;
    if (const auto code = parseFileArgument(parser, args, QStringLiteral("export"), &path))
        return *code;
    const QString output = parser.value(QStringLiteral("output"));
    auto hasSuffix = [&output](const char *suffix) {
        return output.endsWith(QLatin1String(suffix), Qt::CaseInsensitive);
    };
    const bool pdf = hasSuffix(".pdf");
    const bool html = hasSuffix(".html") || hasSuffix(".htm");
    if (!pdf && !html && !hasSuffix(".md"))
        return usageError(tr("export: say where to write with -o OUT.pdf, OUT.md or OUT.html"));
    const QString style = parser.value(QStringLiteral("timeline"));
    if (style != QLatin1String("list") && style != QLatin1String("table"))
        return usageError(tr("export: --timeline is list or table, not '%1'").arg(style));
    const QString actions = parser.value(QStringLiteral("actions"));
    if (actions != QLatin1String("list") && actions != QLatin1String("table"))
        return usageError(tr("export: --actions is table or list, not '%1'").arg(actions));
    const QString pageSize = parser.value(QStringLiteral("page-size"));
    const bool letter = pageSize.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0;
    if (!letter && pageSize.compare(QLatin1String("a4"), Qt::CaseInsensitive) != 0)
        return usageError(tr("export: --page-size is A4 or Letter, not '%1'").arg(pageSize));
    if (!pdf &&
        (parser.isSet(QStringLiteral("summary")) || parser.isSet(QStringLiteral("page-size"))))
        return usageError(tr("export: --summary and --page-size apply to PDF only"));
    QString error;
    auto loaded = PmdArchive::read(path, &error);
    if (!loaded) {
        m_err << "debrief: " << path << ": " << error << Qt::endl;
        return BadInput;
    }
    AttachmentStore store;
    store.setArchive(QFileInfo(path).absoluteFilePath(), loaded->attachmentEntries);
    const QString folder = pdf ? QString() : ExportWriter::imagesFolderFor(output);
    QByteArray document;
    QHash<QString, QByteArray> images;
    QStringList warnings;
    QString written;
    if (pdf) {
        PdfExporter::Options options;
        options.pageSize = letter ? QPageSize::Letter : QPageSize::A4;
        if (parser.isSet(QStringLiteral("summary")))
            options.product = PdfExporter::Product::ExecutiveSummary;
        auto result = PdfExporter::exportReport(loaded->report, store, options, &error);
        if (!result) {
            m_err << "debrief: " << output << ": " << error << Qt::endl;
            return CannotWrite;
        }
        document = std::move(result->pdf);
        warnings = result->warnings;
        written = QCoreApplication::translate("CommandLine", "Wrote %1 (%n pages)", nullptr,
                                              result->pages)
                      .arg(output);
    } else if (html) {
        const auto result = HtmlExporter::exportReport(loaded->report, store, folder);
        document = result.html.toUtf8();
        images = result.images.files;
        warnings = result.images.warnings;
    } else {
        const auto result = MarkdownExporter::exportReport(
            loaded->report, store, folder,
            style == QLatin1String("table") ? MarkdownExporter::TimelineStyle::Table
                                            : MarkdownExporter::TimelineStyle::List,
            actions == QLatin1String("list") ? MarkdownExporter::ActionStyle::List
                                             : MarkdownExporter::ActionStyle::Table);
        document = result.markdown.toUtf8();
        images = result.images;
        warnings = result.warnings;
    }
    for (const QString &w : std::as_const(warnings))
        m_err << "debrief: " << path << ": " << w << Qt::endl;
    if (!ExportWriter::write(output, document, folder, images, &error)) {
        m_err << "debrief: " << output << ": " << error << Qt::endl;
        return CannotWrite;
    }
    if (written.isEmpty())
        written = tr("Wrote %1 (%2 images)").arg(output).arg(images.size());
    m_out << written << Qt::endl;
    return Ok;
}

int CommandLine::runTemplates(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the report templates."));
    if (const auto code = parseOrExit(parser, args, m_out, m_err))
        return *code;
    for (const ReportTemplate &t : TemplateLibrary::all()) {
        m_out << t.id.leftJustified(12) << ' ' << t.name << " — " << t.description << '\n';
        QStringList titles;
        for (const Section &s : t.sections)
            titles << s.title;
        m_out << QString(13, QLatin1Char(' ')) << titles.join(QStringLiteral(" · ")) << '\n';
    }
    m_out.flush();
    return Ok;
}

int CommandLine::runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Turn a Markdown postmortem into a report: sections matched to template sections, "
           "summary lines into metadata, the timeline and action items into their tables, local "
           "images embedded. Prints what was mapped and what was not. Exit code 0: written; 2: "
           "unreadable input or bad usage; 3: the output cannot be written."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("The .pmd file to write."),
                      tr("file")});
    parser.addOption({QStringLiteral("json"), tr("Print the mapping as one JSON object.")});
    parser.addOption({QStringLiteral("force"), tr("Replace the output file if it exists.")});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The Markdown file."));
    if (const auto code = parseOrExit(parser, args, m_out, m_err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("import: name exactly one Markdown file"));
    const QString path = parser.positionalArguments().first();
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(tr("import: say where to write the report with -o FILE.pmd"));
    if (QFileInfo(output).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        return usageError(
            tr("import: the report cannot replace the Markdown file it is read from"));
    QString error;
    const auto result = MarkdownImporter::importFile(path, &error);
    if (!result) {
        m_err << "debrief: " << path << ": " << error << Qt::endl;
        return BadInput;
    }
    if (QFileInfo::exists(output) && !parser.isSet(QStringLiteral("force"))) {
        m_err << "debrief: " << output << ": " << tr("already exists (use --force to replace it)")
              << Qt::endl;
        return CannotWrite;
    }
    AttachmentStore store;
    for (auto it = result->attachmentBytes.cbegin(); it != result->attachmentBytes.cend(); ++it)
        store.insert(it.key(), it.value());
    if (!PmdArchive::write(output, result->report, store, &error)) {
        m_err << "debrief: " << output << ": " << error << Qt::endl;
        return CannotWrite;
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = result->toJson();
        o.insert(QStringLiteral("output"), output);
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        m_out.flush();
        return Ok;
    }
    m_out << tr("Imported %1 into %2").arg(path, output) << '\n';
    for (const QString &line : result->describe())
        m_out << "  " << line << '\n';
    m_out.flush();
    return Ok;
}

} // namespace debrief
