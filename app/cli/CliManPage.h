// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace debrief {

// debrief(1) in man(7) markup, written from the command table: every command's synopsis,
// description, arguments and options, so the page says what the binary accepts.
class CliManPage
{
public:
    // `version` and `date` (YYYY-MM-DD) go in the page's header and footer.
    static QString write(const QString &version, const QString &date);
};

} // namespace debrief
