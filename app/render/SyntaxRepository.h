// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace KSyntaxHighlighting {
class Repository;
}

namespace debrief {

// The one KSyntaxHighlighting repository of the GUI thread: loading the definitions is costly
// and a Repository must not be shared across threads, so everyone on that thread uses this.
class SyntaxRepository
{
public:
    static KSyntaxHighlighting::Repository &instance();
};

} // namespace debrief
