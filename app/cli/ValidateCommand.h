// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/Command.h"

namespace debrief {

// `debrief validate`: a report checked; the exit code says whether it has problems.
class ValidateCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString synopsis() const override;
    QString description() const override;
    CommandSyntax syntax() const override;
    int run(CliContext &context, const QStringList &args) const override;

private:
    static void printNotices(CliContext &context, const QStringList &notices);
};

} // namespace debrief
