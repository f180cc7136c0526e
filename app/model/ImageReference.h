// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace debrief {

struct Attachment;

// The Markdown that shows an attachment: "![alt](attachment:<sha256>)". The destination is
// the content hash, so a file name with spaces, brackets or parentheses never breaks it; the
// alt text is escaped so that no character of it ends the reference early.
class ImageReference
{
public:
    static QString markdown(const Attachment &attachment);
    static QString markdown(const QString &altText, const QString &id);
    // What a reference's alt text says of an attachment: its alt text, its caption, or its
    // file name without the suffix, which is what the user called it.
    static QString altTextFor(const Attachment &attachment);
};

} // namespace debrief
