// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

#include <optional>

class QCommandLineParser;
class QJsonObject;
class QTextStream;

namespace debrief {

struct CommandArgument;

// The one file argument of a command: its help text and the usage error when there is not
// exactly one.
struct FileArgument
{
    QString description;
    QString wrongCount;

    // A .pmd report, as `info`, `validate` and `export` take it.
    static FileArgument report(const QString &command);
    // The report argument as a command's syntax lists it.
    static CommandArgument reportArgument();
};

// What a command runs with: standard output for results, standard error for everything else,
// and the shared ways of complaining, so every command says things the same way.
class CliContext
{
public:
    CliContext(QTextStream &out, QTextStream &err);

    // Results go here; everything else goes to stderr through the functions below.
    QTextStream &out() { return m_out; }

    // "debrief: PATH: MESSAGE" on stderr; returns `code` for the command to exit with.
    int fail(const QString &path, const QString &message, int code);
    // "debrief: PATH: MESSAGE" on stderr: something the reader should know, not a failure.
    void warn(const QString &path, const QString &message);
    // "debrief: MESSAGE" and where to find help; returns BadInput.
    int usageError(const QString &message);
    // Commands never replace a file unless told to: CannotWrite when `output` exists and
    // --force was not given.
    std::optional<int> refuseToReplace(const QString &output, bool force);

    // Adds --help and parses; an exit code when the command should stop (bad options, or the
    // help was printed).
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &args);
    // parse() with exactly one FILE argument (the parser has it from the command's syntax),
    // stored in *path.
    std::optional<int> parseWithFile(QCommandLineParser &parser, const QStringList &args,
                                     const FileArgument &file, QString *path);

    void printJson(const QJsonObject &object);
    // Warnings and problems under a heading line: "  - text" each.
    void printItems(const QStringList &items);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace debrief
