// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <memory>
#include <vector>

namespace debrief {

class Command;

// Every `debrief COMMAND`, in the order `debrief --help` lists them. CommandLine finds,
// dispatches to and lists commands only through this table.
class CommandTable
{
public:
    using Commands = std::vector<std::unique_ptr<const Command>>;

    static const Commands &all();
    // nullptr when `name` is no command.
    static const Command *find(const QString &name);
};

} // namespace debrief
