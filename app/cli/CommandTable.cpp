// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CommandTable.h"

#include "cli/ExportCommand.h"
#include "cli/ImportCommand.h"
#include "cli/InfoCommand.h"
#include "cli/NewCommand.h"
#include "cli/TemplatesCommand.h"
#include "cli/TimelineImportCommand.h"
#include "cli/ValidateCommand.h"

namespace debrief {

const CommandTable::Commands &CommandTable::all()
{
    // A new command is a class of its own and one line here.
    static const Commands table = [] {
        Commands t;
        t.push_back(std::make_unique<NewCommand>());
        t.push_back(std::make_unique<InfoCommand>());
        t.push_back(std::make_unique<ValidateCommand>());
        t.push_back(std::make_unique<TemplatesCommand>());
        t.push_back(std::make_unique<ExportCommand>());
        t.push_back(std::make_unique<ImportCommand>());
        t.push_back(std::make_unique<TimelineImportCommand>());
        return t;
    }();
    return table;
}

const Command *CommandTable::find(const QString &name)
{
    for (const auto &command : all()) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

} // namespace debrief
