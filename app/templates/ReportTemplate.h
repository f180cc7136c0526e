// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Section.h"

#include <QList>

namespace debrief {

// A named starting point: the sections a team's postmortem format asks for, with guidance.
struct ReportTemplate
{
    QString id;
    QString name;
    QString description;
    QList<Section> sections; // text empty, help filled
};

} // namespace debrief
