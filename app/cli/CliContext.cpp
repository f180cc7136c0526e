// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CliContext.h"

#include "cli/CliText.h"
#include "cli/CommandLine.h"
#include "cli/CommandSyntax.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace debrief {

FileArgument FileArgument::report(const QString &command)
{
    return {reportArgument().description,
            CliText::tr("%1: name exactly one .pmd file").arg(command)};
}

CommandArgument FileArgument::reportArgument()
{
    return {QStringLiteral("file"), CliText::tr("The .pmd file."), QStringLiteral("*.pmd")};
}

CliContext::CliContext(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

int CliContext::fail(const QString &path, const QString &message, int code)
{
    warn(path, message);
    return code;
}

void CliContext::warn(const QString &path, const QString &message)
{
    m_err << "debrief: " << path << ": " << message << Qt::endl;
}

int CliContext::usageError(const QString &message)
{
    m_err << "debrief: " << message << Qt::endl
          << CliText::tr("Run 'debrief --help' for usage.") << Qt::endl;
    return CommandLine::BadInput;
}

std::optional<int> CliContext::refuseToReplace(const QString &output, bool force)
{
    if (force || !QFileInfo::exists(output))
        return std::nullopt;
    return fail(output, CliText::tr("already exists (use --force to replace it)"),
                CommandLine::CannotWrite);
}

std::optional<int> CliContext::parse(QCommandLineParser &parser, const QStringList &args)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        // Qt's message names the option; no usage line, as for every parser error.
        m_err << "debrief: " << parser.errorText() << Qt::endl;
        return int(CommandLine::BadInput);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        m_out.flush();
        return int(CommandLine::Ok);
    }
    return std::nullopt;
}

std::optional<int> CliContext::parseWithFile(QCommandLineParser &parser, const QStringList &args,
                                             const FileArgument &file, QString *path)
{
    if (const auto code = parse(parser, args))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(file.wrongCount);
    *path = parser.positionalArguments().first();
    return std::nullopt;
}

void CliContext::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    m_out.flush();
}

void CliContext::printItems(const QStringList &items)
{
    for (const QString &item : items)
        m_out << "  - " << item << '\n';
    m_out.flush();
}

} // namespace debrief
