// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

namespace debrief {

// The translation context of the figures app/model/ derives: ModelText::tr("...").
struct ModelText
{
    Q_DECLARE_TR_FUNCTIONS(Model)
};

} // namespace debrief
