// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/Command.h"

namespace debrief {

// `debrief import`: a Markdown postmortem turned into a report.
class ImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override;
    QString description() const override;
    CommandSyntax syntax() const override;
    int run(CliContext &context, const QStringList &args) const override;
};

} // namespace debrief
