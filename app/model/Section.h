// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>

namespace debrief {

// One free-text part of a report. Template sections keep the template's id; custom ones get
// a generated id so they can be renamed freely.
struct Section
{
    QString id;
    QString title;
    QString text; // Markdown
    QString help; // the template's guidance, shown as a hint while the text is empty
    QJsonObject extra;

    bool operator==(const Section &) const = default;

    // Has text beyond white space; an unwritten section shows "not written yet" instead.
    bool isWritten() const { return !text.trimmed().isEmpty(); }
};

} // namespace debrief
