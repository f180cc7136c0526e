// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace debrief {

// The closed value sets a report uses, with their display names. Files may carry other
// values (a newer version's); those are kept and reported as warnings, never dropped.
class Vocabulary
{
public:
    static const QStringList &severities();
    static const QStringList &statuses();
    static const QStringList &timelineKinds();
    static const QStringList &actionKinds();
    static const QStringList &priorities();
    static const QStringList &actionStatuses();

    static QString statusLabel(const QString &status);
    static QString actionStatusLabel(const QString &status);
    // "Detection"; a newer version's kind as written.
    static QString timelineKindLabel(const QString &kind);
};

} // namespace debrief
