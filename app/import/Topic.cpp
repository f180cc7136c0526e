// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/Topic.h"

namespace debrief {

QString topicName(Topic topic)
{
    // A switch without a default, so a new topic without a name does not compile cleanly.
    switch (topic) {
    case Topic::Summary:
        return QStringLiteral("summary");
    case Topic::Impact:
        return QStringLiteral("impact");
    case Topic::RootCauseResolution:
        return QStringLiteral("root-cause-resolution");
    case Topic::RootCause:
        return QStringLiteral("root-cause");
    case Topic::ContributingFactors:
        return QStringLiteral("contributing-factors");
    case Topic::Trigger:
        return QStringLiteral("trigger");
    case Topic::Resolution:
        return QStringLiteral("resolution");
    case Topic::Detection:
        return QStringLiteral("detection");
    case Topic::Actions:
        return QStringLiteral("actions");
    case Topic::Lessons:
        return QStringLiteral("lessons");
    case Topic::WentWell:
        return QStringLiteral("went-well");
    case Topic::WentWrong:
        return QStringLiteral("went-wrong");
    case Topic::GotLucky:
        return QStringLiteral("got-lucky");
    case Topic::Conclusion:
        return QStringLiteral("conclusion");
    case Topic::Supporting:
        return QStringLiteral("supporting");
    case Topic::WhatHappened:
        return QStringLiteral("what-happened");
    case Topic::Responders:
        return QStringLiteral("responders");
    case Topic::Messaging:
        return QStringLiteral("messaging");
    case Topic::Leadup:
        return QStringLiteral("leadup");
    case Topic::Fault:
        return QStringLiteral("fault");
    case Topic::Response:
        return QStringLiteral("response");
    case Topic::FiveWhys:
        return QStringLiteral("five-whys");
    case Topic::BacklogCheck:
        return QStringLiteral("backlog-check");
    case Topic::Recurrence:
        return QStringLiteral("recurrence");
    case Topic::Timeline:
        return QStringLiteral("timeline");
    }
    return {};
}

} // namespace debrief
