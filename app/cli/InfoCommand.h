// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/Command.h"

namespace debrief {

// `debrief info`: a summary of a report, as text or one JSON object.
class InfoCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("info"); }
    QString synopsis() const override;
    QString description() const override;
    CommandSyntax syntax() const override;
    int run(CliContext &context, const QStringList &args) const override;
};

} // namespace debrief
