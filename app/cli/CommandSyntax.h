// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QMap>
#include <QStringList>

class QCommandLineParser;

namespace debrief {

// A positional argument: its name in --help, what it is, and the files it names ("*.pmd";
// empty for any file or folder), so completions can offer the right ones.
struct CommandArgument
{
    QString name;
    QString description;
    QString glob;
};

// Everything a command accepts, as data: run() builds its parser from it, and the man page
// and the shell completions are generated from the same data, so they cannot drift apart.
struct CommandSyntax
{
    // The paragraph --help and the man page show.
    QString description;
    QList<QCommandLineOption> options;
    QList<CommandArgument> arguments;
    // Option name (its long name) -> the only values it takes.
    QMap<QString, QStringList> choices;
    // Long names of the options whose value is a path.
    QStringList fileOptions;

    void addTo(QCommandLineParser &parser) const;
};

} // namespace debrief
