// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/Topic.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace debrief {

// Recognises what a heading is about ("3. Root cause 🔥", "TL;DR", "What went well") and which
// template section holds that, so an imported report looks like one made from a template.
// Topic::Timeline and Topic::Actions are structured parts rather than sections.
class SectionMatcher
{
public:
    struct Match
    {
        Topic topic = Topic::Summary;
        bool exact = false; // the whole heading is a name for it, not just its first words
    };

    struct Target
    {
        QString templateId;
        QString sectionId;
        QString title;
        QString help;
    };

    static std::optional<Match> match(const QString &heading);
    // The heading as written, without leading numbering ("3. ", "II)") or surrounding blanks.
    static QString cleanedTitle(const QString &heading);
    // The template covering most of the topics (the first in the library's order on a tie);
    // empty when none covers any.
    static QString chooseTemplate(const QList<Topic> &topics);
    // The topic's section in `preferredTemplate`, or else in the first template that has one.
    static std::optional<Target> target(Topic topic, const QString &preferredTemplate);
    // Lowercase words only: emoji, punctuation and numbering gone, "&" read as "and".
    static QString normalized(const QString &text);
};

} // namespace debrief
