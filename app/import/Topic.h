// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace debrief {

// What a heading or a summary field is about. SectionMatcher knows the names for each and the
// template sections that hold it; Timeline and Actions are structured parts, not sections.
enum class Topic {
    Summary,
    Impact,
    RootCauseResolution,
    RootCause,
    ContributingFactors,
    Trigger,
    Resolution,
    Detection,
    Actions,
    Lessons,
    WentWell,
    WentWrong,
    GotLucky,
    Conclusion,
    Supporting,
    WhatHappened,
    Responders,
    Messaging,
    Leadup,
    Fault,
    Response,
    FiveWhys,
    BacklogCheck,
    Recurrence,
    Timeline,
};

// The topic as a stable name ("root-cause"), for tests and diagnostics.
QString topicName(Topic topic);

} // namespace debrief
