// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "templates/ReportTemplate.h"

#include <QTimeZone>

#include <optional>

namespace debrief {

struct Report;

// The templates shipped as resources, and new reports made from them.
class TemplateLibrary
{
public:
    static QStringList ids();
    static QList<ReportTemplate> all();
    static std::optional<ReportTemplate> find(const QString &id);

    // A fresh report in the given zone (the system's when not valid).
    static Report instantiate(const ReportTemplate &tmpl, const QTimeZone &zone = {});
    // A filled example report, for first runs and screenshots.
    static Report sample();
};

} // namespace debrief
