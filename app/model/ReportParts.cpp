// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/ReportParts.h"

namespace debrief {

ReportParts::Part ReportParts::at(int row) const
{
    if (row <= 0)
        return {Kind::Overview, -1};
    if (row <= m_sections)
        return {Kind::Section, row - 1};
    if (row == m_sections + 1)
        return {Kind::Timeline, -1};
    if (row == m_sections + 2)
        return {Kind::ActionItems, -1};
    return {Kind::Attachments, -1};
}

int ReportParts::row(Kind kind) const
{
    switch (kind) {
    case Kind::Overview:
        return 0;
    case Kind::Section:
        return 1;
    case Kind::Timeline:
        return m_sections + 1;
    case Kind::ActionItems:
        return m_sections + 2;
    case Kind::Attachments:
        return m_sections + 3;
    }
    return 0;
}

QString ReportParts::anchor(Kind kind)
{
    switch (kind) {
    case Kind::Overview:
        return QStringLiteral("title");
    case Kind::Section:
        return {}; // per section: sectionAnchor()
    case Kind::Timeline:
        return QStringLiteral("timeline");
    case Kind::ActionItems:
        return QStringLiteral("action-items");
    case Kind::Attachments:
        return QStringLiteral("attachments");
    }
    return {};
}

QString ReportParts::sectionAnchor(const QString &sectionId)
{
    return sectionAnchorPrefix(sectionId) + QLatin1Char('0');
}

QString ReportParts::sectionAnchorPrefix(const QString &sectionId)
{
    // Anchor names keep to letters, digits and dashes whatever the id holds.
    QString safe;
    for (const QChar c : sectionId)
        safe += c.isLetterOrNumber() || c == QLatin1Char('-') ? c : QLatin1Char('_');
    return QStringLiteral("sec-%1-L").arg(safe);
}

} // namespace debrief
