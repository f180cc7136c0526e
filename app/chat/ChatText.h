// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

namespace debrief {

// The one translation context of the chat and pager log readers: ChatText::tr("…").
struct ChatText
{
    Q_DECLARE_TR_FUNCTIONS(Chat)
};

} // namespace debrief
