// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QHash>

namespace debrief {

const QStringList &Vocabulary::severities()
{
    static const QStringList v{QStringLiteral("SEV1"), QStringLiteral("SEV2"),
                               QStringLiteral("SEV3"), QStringLiteral("SEV4")};
    return v;
}

const QStringList &Vocabulary::statuses()
{
    static const QStringList v{QStringLiteral("draft"), QStringLiteral("in-review"),
                               QStringLiteral("final")};
    return v;
}

const QStringList &Vocabulary::timelineKinds()
{
    static const QStringList v{QStringLiteral("event"),      QStringLiteral("detection"),
                               QStringLiteral("escalation"), QStringLiteral("mitigation"),
                               QStringLiteral("resolution"), QStringLiteral("communication")};
    return v;
}

const QStringList &Vocabulary::actionKinds()
{
    static const QStringList v{QStringLiteral("mitigate"), QStringLiteral("prevent"),
                               QStringLiteral("detect"), QStringLiteral("process")};
    return v;
}

const QStringList &Vocabulary::priorities()
{
    static const QStringList v{QStringLiteral("P0"), QStringLiteral("P1"), QStringLiteral("P2"),
                               QStringLiteral("P3")};
    return v;
}

const QStringList &Vocabulary::actionStatuses()
{
    static const QStringList v{QStringLiteral("open"), QStringLiteral("in-progress"),
                               QStringLiteral("done")};
    return v;
}

QString Vocabulary::statusLabel(const QString &status)
{
    if (status == QLatin1String("draft"))
        return QCoreApplication::translate("Vocabulary", "Draft");
    if (status == QLatin1String("in-review"))
        return QCoreApplication::translate("Vocabulary", "In review");
    if (status == QLatin1String("final"))
        return QCoreApplication::translate("Vocabulary", "Final");
    return status;
}

QString Vocabulary::actionStatusLabel(const QString &status)
{
    if (status == QLatin1String("open"))
        return QCoreApplication::translate("Vocabulary", "Open");
    if (status == QLatin1String("in-progress"))
        return QCoreApplication::translate("Vocabulary", "In progress");
    if (status == QLatin1String("done"))
        return QCoreApplication::translate("Vocabulary", "Done");
    return status;
}

QString Vocabulary::timelineKindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("event"), QT_TRANSLATE_NOOP("Vocabulary", "Event")},
        {QStringLiteral("detection"), QT_TRANSLATE_NOOP("Vocabulary", "Detection")},
        {QStringLiteral("escalation"), QT_TRANSLATE_NOOP("Vocabulary", "Escalation")},
        {QStringLiteral("mitigation"), QT_TRANSLATE_NOOP("Vocabulary", "Mitigation")},
        {QStringLiteral("resolution"), QT_TRANSLATE_NOOP("Vocabulary", "Resolution")},
        {QStringLiteral("communication"), QT_TRANSLATE_NOOP("Vocabulary", "Communication")}};
    const auto it = labels.constFind(kind);
    return it == labels.cend() ? kind : QCoreApplication::translate("Vocabulary", it.value());
}

} // namespace debrief
