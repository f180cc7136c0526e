// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CliManPage.h"

#include "cli/Command.h"
#include "cli/CommandTable.h"

#include <QStringList>

namespace debrief {

namespace {

// Text as roff reads it literally: backslashes and hyphens escaped, a leading dot or quote
// guarded, and anything outside ASCII as a named Unicode escape so the page is plain ASCII.
QString roff(const QString &text)
{
    QString out;
    // By code point, so a character beyond the BMP is one escape, not two halves.
    for (const char32_t c : text.toUcs4()) {
        if (c == U'\\')
            out += QLatin1String("\\e");
        else if (c == U'-')
            out += QLatin1String("\\-");
        else if (c > 0x7e)
            out += QStringLiteral("\\[u%1]").arg(
                QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        else if (c == U'\n')
            out += QLatin1String("\n\\&"); // a new line never starts a request
        else
            out += QLatin1Char(char(c));
    }
    if (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('\'')))
        out.prepend(QLatin1String("\\&"));
    return out;
}

QString bold(const QString &text)
{
    return QLatin1String("\\fB") + roff(text) + QLatin1String("\\fR");
}

QString italic(const QString &text)
{
    return QLatin1String("\\fI") + roff(text) + QLatin1String("\\fR");
}

// "\fB-o\fR, \fB--output\fR \fIfile\fR"
QString optionTerm(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << bold((name.size() == 1 ? QLatin1String("-") : QLatin1String("--")) + name);
    QString term = names.join(QLatin1String(", "));
    if (!option.valueName().isEmpty())
        term += QLatin1Char(' ') + italic(option.valueName());
    return term;
}

QString optionEntry(const QCommandLineOption &option)
{
    QString text = option.description();
    if (!option.defaultValues().isEmpty())
        text += QLatin1String(" (default: ") + option.defaultValues().join(QLatin1String(", ")) +
                QLatin1Char(')');
    return QLatin1String(".TP\n") + optionTerm(option) + QLatin1Char('\n') + roff(text) +
           QLatin1Char('\n');
}

QString commandSection(const Command &command)
{
    const CommandSyntax syntax = command.syntax();
    QString usage = command.synopsis().simplified();
    QString out = QLatin1String(".SS \"") + roff(QLatin1String("debrief ") + command.name()) +
                  QLatin1String("\"\n");
    out += QLatin1String(".B debrief ") + roff(command.name()) + QLatin1Char('\n');
    if (!usage.isEmpty())
        out += roff(usage) + QLatin1Char('\n');
    out += QLatin1String(".PP\n") + roff(syntax.description) + QLatin1Char('\n');
    for (const CommandArgument &argument : syntax.arguments)
        out += QLatin1String(".TP\n") + italic(argument.name) + QLatin1Char('\n') +
               roff(argument.description) + QLatin1Char('\n');
    for (const QCommandLineOption &option : syntax.options)
        out += optionEntry(option);
    return out;
}

QString header(const QString &version, const QString &date)
{
    return QStringLiteral(".TH DEBRIEF 1 %1 \"Debrief %2\" \"User Commands\"\n"
                          ".SH NAME\n"
                          "debrief \\- write incident postmortems offline, in one shareable file\n"
                          ".SH SYNOPSIS\n"
                          ".B debrief\n"
                          "[\\fB\\-\\-read\\-only\\fR] [\\fIFILE.pmd\\fR]\n"
                          ".br\n"
                          ".B debrief \\-\\-new\n"
                          ".br\n"
                          ".B debrief\n"
                          "\\fICOMMAND\\fR [\\fIOPTIONS\\fR...]\n"
                          ".br\n"
                          ".B debrief\n"
                          "\\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR\n")
        .arg(date, roff(version));
}

QString description()
{
    return QStringLiteral(
        ".SH DESCRIPTION\n"
        "Debrief is an editor for incident postmortems. A report is one \\fI.pmd\\fR file, a ZIP "
        "archive holding the report as JSON and its images, that can be shared as it is.\n"
        ".PP\n"
        "Without a command, \\fBdebrief\\fR opens the editor on \\fIFILE.pmd\\fR (on a sample "
        "report without one); \\fB\\-\\-read\\-only\\fR opens it for reading, and "
        "\\fB\\-\\-new\\fR "
        "asks for a template for a new report. With a command it "
        "works headless, for scripts and CI, and needs no display.\n"
        ".SH COMMANDS\n"
        "Every command takes \\fB\\-h\\fR, \\fB\\-\\-help\\fR for its options.\n");
}

QString footer()
{
    return QStringLiteral(".SH EXIT STATUS\n"
                          ".TP\n.B 0\nSuccess.\n"
                          ".TP\n.B 1\nThe report is readable but has problems (\\fBvalidate\\fR).\n"
                          ".TP\n.B 2\nUnreadable input, or bad usage.\n"
                          ".TP\n.B 3\nThe output cannot be written; nothing partial is left.\n"
                          ".SH FILES\n"
                          ".TP\n.I *.pmd\n"
                          "A Debrief report (MIME type application/vnd.debrief.postmortem+zip).\n"
                          ".SH SEE ALSO\n"
                          ".BR cmark (1),\n"
                          ".BR unzip (1)\n");
}

} // namespace

QString CliManPage::write(const QString &version, const QString &date)
{
    QString page = header(version, date) + description();
    for (const auto &command : CommandTable::all())
        page += commandSection(*command);
    return page + footer();
}

} // namespace debrief
