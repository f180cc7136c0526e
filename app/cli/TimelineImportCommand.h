// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/Command.h"

namespace debrief {

// `debrief timeline-import`: a chat or pager log's messages added to a report's timeline.
class TimelineImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("timeline-import"); }
    QString synopsis() const override;
    QString description() const override;
    CommandSyntax syntax() const override;
    int run(CliContext &context, const QStringList &args) const override;
};

} // namespace debrief
