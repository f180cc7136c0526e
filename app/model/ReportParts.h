// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace debrief {

// The parts of a report in the order every view shows them: the overview, each section, the
// timeline, the action items and the attachments, and the anchor each part has in the
// report's HTML. The navigation list, the preview, the HTML and the window all count rows and
// name anchors through this one class.
class ReportParts
{
public:
    enum class Kind { Overview, Section, Timeline, ActionItems, Attachments };

    struct Part
    {
        Kind kind = Kind::Overview;
        int section = -1; // the section's index for Kind::Section, else -1
    };

    explicit ReportParts(int sectionCount)
        : m_sections(sectionCount)
    {}

    int count() const { return m_sections + 4; }
    // Every part but the attachments has HTML of its own, in the same order and rows.
    int renderedCount() const { return m_sections + 3; }
    // Rows out of range are clamped to the first or last part.
    Part at(int row) const;
    // For Kind::Section: the first section's row.
    int row(Kind kind) const;
    int rowOfSection(int section) const { return 1 + section; }

    // The anchor at the top of a part; for a section, the anchor of its heading.
    static QString anchor(Kind kind);
    static QString sectionAnchor(const QString &sectionId);
    // A section's blocks are anchored by the Markdown line they start on: prefix + line, the
    // heading being line 0.
    static QString sectionAnchorPrefix(const QString &sectionId);

private:
    int m_sections;
};

} // namespace debrief
