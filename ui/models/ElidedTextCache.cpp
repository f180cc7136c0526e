// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/ElidedTextCache.h"

#include <QFont>
#include <QFontMetrics>
#include <QTransform>

namespace debrief {

const QStaticText &ElidedTextCache::text(const QString &text, const QFont &font, int width)
{
    const QString key =
        font.key() + QLatin1Char('\x1f') + QString::number(width) + QLatin1Char('\x1f') + text;
    if (const auto it = m_texts.constFind(key); it != m_texts.cend())
        return it.value();
    if (m_texts.size() > 4000)
        m_texts.clear();
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QStaticText shaped(QFontMetrics(font).elidedText(line, Qt::ElideRight, width));
    shaped.setTextFormat(Qt::PlainText);
    shaped.setPerformanceHint(QStaticText::AggressiveCaching);
    shaped.prepare(QTransform(), font);
    return *m_texts.insert(key, shaped);
}

} // namespace debrief
