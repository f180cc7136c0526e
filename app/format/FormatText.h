// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

namespace debrief {

// The one translation context of app/format/: FormatText::tr("..."), and
// FormatText::tr("%n ...", nullptr, n) for plurals.
struct FormatText
{
    Q_DECLARE_TR_FUNCTIONS(Format)
};

} // namespace debrief
