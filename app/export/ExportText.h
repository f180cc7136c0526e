// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

namespace debrief {

// The one translation context of app/export/: ExportText::tr("..."), and
// ExportText::tr("%n ...", nullptr, n) for plurals.
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

} // namespace debrief
