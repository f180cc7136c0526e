// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QStaticText>

class QFont;

namespace debrief {

// Cell texts shaped once and kept: a table of a thousand rows repaints its whole viewport after
// every move, and shaping each cell's text again (twice, to elide and to draw) was most of a
// frame. Bounded: cleared when it grows past a few screens of cells.
class ElidedTextCache
{
public:
    // `text` on one line, cut with "…" to fit `width` pixels in `font`.
    const QStaticText &text(const QString &text, const QFont &font, int width);

private:
    QHash<QString, QStaticText> m_texts;
};

} // namespace debrief
