// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

namespace debrief {

// The one translation context of app/render/: RenderText::tr("..."), and
// RenderText::tr("%n ...", nullptr, n) for plurals.
struct RenderText
{
    Q_DECLARE_TR_FUNCTIONS(Render)
};

} // namespace debrief
