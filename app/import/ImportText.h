// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

namespace debrief {

// The one translation context of the importer's messages: ImportText::tr("…").
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

} // namespace debrief
