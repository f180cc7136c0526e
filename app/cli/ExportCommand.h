// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/Command.h"

namespace debrief {

// `debrief export`: a report as PDF, Markdown or HTML, through ExportService.
class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override;
    QString description() const override;
    CommandSyntax syntax() const override;
    int run(CliContext &context, const QStringList &args) const override;
};

} // namespace debrief
