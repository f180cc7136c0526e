// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace debrief {

// Shell completion scripts for bash, zsh and fish, written from the command table: the
// commands, each one's options, the values an option takes, and the files an argument names.
class CliCompletions
{
public:
    static QString bash();
    static QString zsh();
    static QString fish();
};

} // namespace debrief
