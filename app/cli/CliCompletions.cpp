// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CliCompletions.h"

#include "cli/Command.h"
#include "cli/CommandTable.h"

#include <QStringList>

namespace debrief {

namespace {

QString dashed(const QString &name)
{
    return (name.size() == 1 ? QLatin1String("-") : QLatin1String("--")) + name;
}

// The option's long name (its last), the one `choices` and `fileOptions` are keyed by.
QString longName(const QCommandLineOption &option)
{
    return option.names().last();
}

QStringList optionWords(const CommandSyntax &syntax)
{
    QStringList words;
    for (const QCommandLineOption &option : syntax.options) {
        for (const QString &name : option.names())
            words << dashed(name);
    }
    return words << QStringLiteral("-h") << QStringLiteral("--help");
}

// Text inside single quotes, for every shell here.
QString quoted(QString text)
{
    text.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// A description on one line, for the hints zsh and fish show beside a word.
QString hint(const QString &description)
{
    return description.simplified();
}

// "*.md *.markdown" -> "md|markdown"
QString suffixAlternatives(const QString &glob)
{
    QStringList suffixes;
    for (const QString &pattern : glob.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        suffixes << pattern.mid(2);
    return suffixes.join(QLatin1Char('|'));
}

QString bashValueCase(const CommandSyntax &syntax)
{
    QString out;
    for (const QCommandLineOption &option : syntax.options) {
        if (option.valueName().isEmpty())
            continue;
        QStringList names;
        for (const QString &name : option.names())
            names << dashed(name);
        out += QLatin1String("        ") + names.join(QLatin1Char('|')) + QLatin1String(") ");
        const QString name = longName(option);
        if (syntax.choices.contains(name))
            out += QLatin1String("COMPREPLY=($(compgen -W ") +
                   quoted(syntax.choices.value(name).join(QLatin1Char(' '))) +
                   QLatin1String(" -- \"$cur\"))");
        else if (syntax.fileOptions.contains(name))
            out += QLatin1String("_debrief_files ''");
        else
            out += QLatin1String("COMPREPLY=()");
        out += QLatin1String("; return ;;\n");
    }
    return out;
}

// The options that take a value, whose value is no positional argument.
QStringList valueOptionWords(const CommandSyntax &syntax)
{
    QStringList words;
    for (const QCommandLineOption &option : syntax.options) {
        if (option.valueName().isEmpty())
            continue;
        for (const QString &name : option.names())
            words << dashed(name);
    }
    return words;
}

// Each positional argument its own files; past the last, the last one's.
QString bashArguments(const CommandSyntax &syntax)
{
    QString out = QLatin1String("        case $(_debrief_position ") +
                  quoted(valueOptionWords(syntax).join(QLatin1Char(' '))) + QLatin1String(") in\n");
    for (qsizetype i = 0; i < syntax.arguments.size(); ++i) {
        const bool last = i + 1 == syntax.arguments.size();
        out += QLatin1String("          ") + (last ? QStringLiteral("*") : QString::number(i)) +
               QLatin1String(") _debrief_files ") +
               quoted(suffixAlternatives(syntax.arguments.at(i).glob)) + QLatin1String(" ;;\n");
    }
    return out + QLatin1String("        esac\n");
}

QString bashCommand(const Command &command)
{
    const CommandSyntax syntax = command.syntax();
    QString out = QLatin1String("    ") + command.name() + QLatin1String(")\n");
    out += QLatin1String("      case $prev in\n") + bashValueCase(syntax) +
           QLatin1String("      esac\n");
    out += QLatin1String("      if [[ $cur == -* ]]; then\n        COMPREPLY=($(compgen -W ") +
           quoted(optionWords(syntax).join(QLatin1Char(' '))) + QLatin1String(" -- \"$cur\"))\n");
    if (!syntax.arguments.isEmpty())
        out += QLatin1String("      else\n") + bashArguments(syntax);
    return out + QLatin1String("      fi\n      ;;\n");
}

} // namespace

QString CliCompletions::bash()
{
    QStringList names;
    QString cases;
    for (const auto &command : CommandTable::all()) {
        names << command->name();
        cases += bashCommand(*command);
    }
    return QStringLiteral(
               "# bash completion for debrief, generated from its command table\n"
               "\n"
               "# Files whose suffix is one of $1 (\"pmd|md\"; empty for any), and folders.\n"
               "_debrief_files() {\n"
               "  local IFS=$'\\n' f\n"
               "  COMPREPLY=()\n"
               "  for f in $(compgen -f -- \"$cur\"); do\n"
               "    if [[ -d $f || -z $1 ]] || [[ $f =~ \\.($1)$ ]]; then COMPREPLY+=(\"$f\"); "
               "fi\n"
               "  done\n"
               "  compopt -o filenames 2>/dev/null\n"
               "}\n"
               "\n"
               "# Which positional argument the cursor is on (0 for the first); $1 lists the\n"
               "# options whose value is the next word.\n"
               "_debrief_position() {\n"
               "  local i n=0\n"
               "  for ((i = 2; i < COMP_CWORD; i++)); do\n"
               "    case \" $1 \" in *\" ${COMP_WORDS[i]} \"*) ((i++)); continue ;; esac\n"
               "    [[ ${COMP_WORDS[i]} == -* ]] || ((n++))\n"
               "  done\n"
               "  echo $n\n"
               "}\n"
               "\n"
               "_debrief() {\n"
               "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
               "  if [[ $COMP_CWORD -eq 1 ]]; then\n"
               "    if [[ $cur == -* ]]; then\n"
               "      COMPREPLY=($(compgen -W '--help --version --read-only --new' -- \"$cur\"))\n"
               "    else\n"
               "      _debrief_files pmd\n"
               "      COMPREPLY+=($(compgen -W %1 -- \"$cur\"))\n"
               "    fi\n"
               "    return\n"
               "  fi\n"
               "  case ${COMP_WORDS[1]} in\n"
               "%2"
               "    --read-only) _debrief_files pmd ;;\n"
               "  esac\n"
               "}\n"
               "complete -F _debrief debrief\n")
        .arg(quoted(names.join(QLatin1Char(' '))), cases);
}

namespace {

// zsh's _arguments specs escape these inside [descriptions] and value lists.
QString zshEscaped(QString text)
{
    for (const QLatin1String c :
         {QLatin1String("\\"), QLatin1String("["), QLatin1String("]"), QLatin1String(":")})
        text.replace(c, QLatin1String("\\") + c);
    return text;
}

QString zshAction(const CommandSyntax &syntax, const QCommandLineOption &option)
{
    const QString name = longName(option);
    if (syntax.choices.contains(name))
        return QLatin1String(":") + zshEscaped(option.valueName()) + QLatin1String(":(") +
               syntax.choices.value(name).join(QLatin1Char(' ')) + QLatin1Char(')');
    if (syntax.fileOptions.contains(name))
        return QLatin1String(":") + zshEscaped(option.valueName()) + QLatin1String(":_files");
    if (!option.valueName().isEmpty())
        return QLatin1String(":") + zshEscaped(option.valueName()) + QLatin1String(": ");
    return {};
}

QString zshOption(const CommandSyntax &syntax, const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << dashed(name);
    const QString spec = QLatin1Char('[') + zshEscaped(hint(option.description())) +
                         QLatin1Char(']') + zshAction(syntax, option);
    if (names.size() == 1)
        return quoted(names.first() + spec);
    // '(-o --output)'{-o,--output}'[…]…': either spelling, and only once.
    return quoted(QLatin1Char('(') + names.join(QLatin1Char(' ')) + QLatin1Char(')')) +
           QLatin1Char('{') + names.join(QLatin1Char(',')) + QLatin1Char('}') + quoted(spec);
}

// `_files -g "*.(md|markdown)"` for an argument's glob, or any file.
QString zshFiles(const QString &glob)
{
    if (glob.isEmpty())
        return QStringLiteral("_files");
    return QLatin1String("_files -g \"*.(") + suffixAlternatives(glob) + QLatin1String(")\"");
}

QString zshCommand(const Command &command)
{
    const CommandSyntax syntax = command.syntax();
    QStringList specs{QStringLiteral("'(- *)'{-h,--help}'[Show the command options]'")};
    for (const QCommandLineOption &option : syntax.options)
        specs << zshOption(syntax, option);
    int position = 1;
    for (const CommandArgument &argument : syntax.arguments)
        specs << quoted(QString::number(position++) + QLatin1Char(':') + zshEscaped(argument.name) +
                        QLatin1Char(':') + zshFiles(argument.glob));
    return QLatin1String("    (") + command.name() + QLatin1String(")\n      _arguments -s ") +
           specs.join(QLatin1String(" \\\n        ")) + QLatin1String(" ;;\n");
}

} // namespace

QString CliCompletions::zsh()
{
    QStringList described;
    QString cases;
    for (const auto &command : CommandTable::all()) {
        described << quoted(command->name() + QLatin1Char(':') +
                            zshEscaped(hint(command->description())));
        cases += zshCommand(*command);
    }
    return QStringLiteral("#compdef debrief\n"
                          "# zsh completion for debrief, generated from its command table\n"
                          "\n"
                          "_debrief() {\n"
                          "  local -a commands\n"
                          "  commands=(%1)\n"
                          "  if (( CURRENT == 2 )); then\n"
                          "    _alternative 'commands:command:_describe -t commands command "
                          "commands' 'files:report:_files -g \"*.pmd\"' "
                          "'options:option:(--new --read-only --help --version)'\n"
                          "    return\n"
                          "  fi\n"
                          "  local command=$words[2]\n"
                          "  shift words\n"
                          "  (( CURRENT-- ))\n"
                          "  case $command in\n"
                          "%2"
                          "    (--read-only) _files -g \"*.pmd\" ;;\n"
                          "  esac\n"
                          "}\n"
                          "\n"
                          "_debrief \"$@\"\n")
        .arg(described.join(QLatin1Char(' ')), cases);
}

namespace {

QString fishOption(const Command &command, const CommandSyntax &syntax,
                   const QCommandLineOption &option)
{
    QString line = QLatin1String("complete -c debrief -n ") +
                   quoted(QLatin1String("__fish_seen_subcommand_from ") + command.name());
    for (const QString &name : option.names())
        line += (name.size() == 1 ? QLatin1String(" -s ") : QLatin1String(" -l ")) + name;
    const QString name = longName(option);
    if (syntax.choices.contains(name))
        line +=
            QLatin1String(" -x -a ") + quoted(syntax.choices.value(name).join(QLatin1Char(' ')));
    else if (syntax.fileOptions.contains(name))
        line += QLatin1String(" -r -F");
    else if (!option.valueName().isEmpty())
        line += QLatin1String(" -x");
    return line + QLatin1String(" -d ") + quoted(hint(option.description())) + QLatin1Char('\n');
}

// Each positional argument its own files: `__debrief_position` counts the words before it.
QString fishArguments(const Command &command, const CommandSyntax &syntax)
{
    QString out;
    const QString position = QLatin1String("(__debrief_position ") +
                             valueOptionWords(syntax).join(QLatin1Char(' ')) + QLatin1Char(')');
    for (qsizetype i = 0; i < syntax.arguments.size(); ++i) {
        const bool last = i + 1 == syntax.arguments.size();
        const QString when = QLatin1String("__fish_seen_subcommand_from ") + command.name() +
                             QLatin1String("; and test ") + position +
                             (last ? QLatin1String(" -ge ") : QLatin1String(" -eq ")) +
                             QString::number(i);
        QStringList suffixes;
        for (const QString &pattern :
             syntax.arguments.at(i).glob.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            suffixes << pattern.mid(1);
        out += QLatin1String("complete -c debrief -n ") + quoted(when);
        if (suffixes.isEmpty())
            out += QLatin1String(" -F\n");
        else
            out += QLatin1String(" -k -a ") +
                   quoted(QLatin1String("(__fish_complete_suffix ") +
                          suffixes.join(QLatin1Char(' ')) + QLatin1Char(')')) +
                   QLatin1Char('\n');
    }
    return out;
}

} // namespace

QString CliCompletions::fish()
{
    QString out = QStringLiteral(
        "# fish completion for debrief, generated from its command table\n"
        "complete -c debrief -f\n"
        "# Which positional argument the cursor is on (0 for the first); the arguments list\n"
        "# the options whose value is the next word.\n"
        "function __debrief_position\n"
        "    set -l n 0\n"
        "    set -l skip 0\n"
        "    for word in (commandline -opc)[3..-1]\n"
        "        if test $skip -eq 1\n"
        "            set skip 0\n"
        "        else if contains -- $word $argv\n"
        "            set skip 1\n"
        "        else if not string match -q -- '-*' $word\n"
        "            set n (math $n + 1)\n"
        "        end\n"
        "    end\n"
        "    echo $n\n"
        "end\n"
        "complete -c debrief -n __fish_use_subcommand -l help -s h -d 'Show the commands'\n"
        "complete -c debrief -n __fish_use_subcommand -l version -s v -d 'Show the version'\n"
        "complete -c debrief -n __fish_use_subcommand -l read-only -d 'Open the report for "
        "reading'\n"
        "complete -c debrief -n __fish_use_subcommand -l new -d 'Start a new report from a "
        "template'\n"
        "complete -c debrief -n __fish_use_subcommand -k -a '(__fish_complete_suffix .pmd)'\n");
    for (const auto &command : CommandTable::all()) {
        const CommandSyntax syntax = command->syntax();
        out += QLatin1String("complete -c debrief -n __fish_use_subcommand -a ") + command->name() +
               QLatin1String(" -d ") + quoted(hint(command->description())) + QLatin1Char('\n');
        out += QLatin1String("complete -c debrief -n ") +
               quoted(QLatin1String("__fish_seen_subcommand_from ") + command->name()) +
               QLatin1String(" -s h -l help -d 'Show the command options'\n");
        for (const QCommandLineOption &option : syntax.options)
            out += fishOption(*command, syntax, option);
        out += fishArguments(*command, syntax);
    }
    return out;
}

} // namespace debrief
