// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/ImportCommand.h"

#include "cli/CliText.h"
#include "format/AttachmentStore.h"
#include "format/PmdArchive.h"
#include "import/MarkdownImporter.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>
#include <QTextStream>

namespace debrief {

namespace {

// Where the report goes, or a usage error: it must be named, and it must not be the input.
std::optional<int> checkOutput(CliContext &context, const QString &input, const QString &output)
{
    if (output.isEmpty())
        return context.usageError(
            CliText::tr("import: say where to write the report with -o FILE.pmd"));
    if (QFileInfo(output).absoluteFilePath() == QFileInfo(input).absoluteFilePath())
        return context.usageError(
            CliText::tr("import: the report cannot replace the Markdown file it is read from"));
    return std::nullopt;
}

void printMapping(CliContext &context, const MarkdownImporter::Result &result, const QString &input,
                  const QString &output, bool json)
{
    if (json) {
        QJsonObject o = result.toJson();
        o.insert(QStringLiteral("output"), output);
        context.printJson(o);
        return;
    }
    QTextStream &out = context.out();
    out << CliText::tr("Imported %1 into %2").arg(input, output) << '\n';
    for (const QString &line : result.describe())
        out << "  " << line << '\n';
    out.flush();
}

} // namespace

QString ImportCommand::synopsis() const
{
    return CliText::tr("FILE.md -o FILE.pmd [--json] [--force]");
}

QString ImportCommand::description() const
{
    return CliText::tr("turn a Markdown postmortem into a report");
}

CommandSyntax ImportCommand::syntax() const
{
    CommandSyntax s;
    s.description = CliText::tr(
        "Turn a Markdown postmortem into a report: sections matched to template sections, "
        "summary lines into metadata, the timeline and action items into their tables, local "
        "images embedded. Prints what was mapped and what was not. Exit code 0: written; 2: "
        "unreadable input or bad usage; 3: the output cannot be written.");
    s.options = {CliOptions::output(CliText::tr("The .pmd file to write.")),
                 {QStringLiteral("json"), CliText::tr("Print the mapping as one JSON object.")},
                 CliOptions::force()};
    s.arguments = {{QStringLiteral("file"), CliText::tr("The Markdown file."),
                    QStringLiteral("*.md *.markdown *.txt")}};
    s.fileOptions = {QStringLiteral("output")};
    return s;
}

int ImportCommand::run(CliContext &context, const QStringList &args) const
{
    QCommandLineParser parser;
    syntax().addTo(parser);
    const FileArgument markdown{syntax().arguments.first().description,
                                CliText::tr("import: name exactly one Markdown file")};
    QString path;
    if (const auto code = context.parseWithFile(parser, args, markdown, &path))
        return *code;
    const QString output = parser.value(QStringLiteral("output"));
    if (const auto code = checkOutput(context, path, output))
        return *code;
    QString error;
    const auto result = MarkdownImporter::importFile(path, &error);
    if (!result)
        return context.fail(path, error, CommandLine::BadInput);
    // Checked after reading, so a missing input is reported as such first.
    if (const auto code = context.refuseToReplace(output, parser.isSet(QStringLiteral("force"))))
        return *code;
    AttachmentStore store;
    for (auto it = result->attachmentBytes.cbegin(); it != result->attachmentBytes.cend(); ++it)
        store.insert(it.key(), it.value());
    if (!PmdArchive::write(output, result->report, store, &error))
        return context.fail(output, error, CommandLine::CannotWrite);
    printMapping(context, *result, path, output, parser.isSet(QStringLiteral("json")));
    return CommandLine::Ok;
}

} // namespace debrief
