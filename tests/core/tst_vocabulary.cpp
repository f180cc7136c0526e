// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "format/ReportJson.h"
#include "model/Report.h"
#include "model/Vocabulary.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace debrief;
using namespace Qt::StringLiterals;

// The closed value sets, their labels, and what happens to a value outside them.
class TestVocabulary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valueSets_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QStringList>("expected");
        // The order is the order of the editor's combo boxes.
        QTest::newRow("severities")
            << Vocabulary::severities() << QStringList{u"SEV1"_s, u"SEV2"_s, u"SEV3"_s, u"SEV4"_s};
        QTest::newRow("statuses") << Vocabulary::statuses()
                                  << QStringList{u"draft"_s, u"in-review"_s, u"final"_s};
        QTest::newRow("timeline kinds")
            << Vocabulary::timelineKinds()
            << QStringList{u"event"_s,      u"detection"_s,  u"escalation"_s,
                           u"mitigation"_s, u"resolution"_s, u"communication"_s};
        QTest::newRow("action kinds")
            << Vocabulary::actionKinds()
            << QStringList{u"mitigate"_s, u"prevent"_s, u"detect"_s, u"process"_s};
        QTest::newRow("priorities")
            << Vocabulary::priorities() << QStringList{u"P0"_s, u"P1"_s, u"P2"_s, u"P3"_s};
        QTest::newRow("action statuses")
            << Vocabulary::actionStatuses() << QStringList{u"open"_s, u"in-progress"_s, u"done"_s};
    }

    void valueSets()
    {
        QFETCH(QStringList, values);
        QFETCH(QStringList, expected);
        QCOMPARE(values, expected);
    }

    // A new report, entry or action item starts with a value from its set, or with none
    // where any value would be a guess.
    void defaultsAreInTheirSets()
    {
        const ReportMetadata metadata;
        QVERIFY(Vocabulary::statuses().contains(metadata.status));
        QVERIFY(metadata.severity.isEmpty()); // not decided yet, not a guess
        const TimelineEntry entry;
        QVERIFY(Vocabulary::timelineKinds().contains(entry.kind));
        const ActionItem item;
        QVERIFY(item.kind.isEmpty());     // nobody said: shown as "—", never a guess
        QVERIFY(item.priority.isEmpty()); // likewise
        QVERIFY(Vocabulary::actionStatuses().contains(item.status));
    }

    void labels_data()
    {
        QTest::addColumn<bool>("actionStatus"); // actionStatusLabel, else statusLabel
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("label");
        QTest::newRow("draft") << false << u"draft"_s << u"Draft"_s;
        QTest::newRow("in-review") << false << u"in-review"_s << u"In review"_s;
        QTest::newRow("final") << false << u"final"_s << u"Final"_s;
        QTest::newRow("open") << true << u"open"_s << u"Open"_s;
        QTest::newRow("in-progress") << true << u"in-progress"_s << u"In progress"_s;
        QTest::newRow("done") << true << u"done"_s << u"Done"_s;
        // Unknown values (a newer version's) are shown as they are.
        QTest::newRow("unknown status") << false << u"archived"_s << u"archived"_s;
        QTest::newRow("unknown action status") << true << u"blocked"_s << u"blocked"_s;
        QTest::newRow("empty status") << false << QString() << QString();
        QTest::newRow("empty action status") << true << QString() << QString();
        // Values are compared exactly: a label is not a value.
        QTest::newRow("label as status") << false << u"Draft"_s << u"Draft"_s;
        QTest::newRow("upper case action status") << true << u"DONE"_s << u"DONE"_s;
        // The two sets do not share labels.
        QTest::newRow("action status as status") << false << u"done"_s << u"done"_s;
        QTest::newRow("status as action status") << true << u"final"_s << u"final"_s;
    }

    void labels()
    {
        QFETCH(bool, actionStatus);
        QFETCH(QString, value);
        QFETCH(QString, label);
        QCOMPARE(actionStatus ? Vocabulary::actionStatusLabel(value)
                              : Vocabulary::statusLabel(value),
                 label);
    }

    // A value added to a set without a label would show as its raw value.
    void everyStatusHasItsOwnLabel()
    {
        QSet<QString> labels;
        for (const QString &s : Vocabulary::statuses()) {
            const QString label = Vocabulary::statusLabel(s);
            QVERIFY2(label != s && !label.isEmpty(), qPrintable(s));
            labels.insert(label);
        }
        QCOMPARE(labels.size(), Vocabulary::statuses().size());
        labels.clear();
        for (const QString &s : Vocabulary::actionStatuses()) {
            const QString label = Vocabulary::actionStatusLabel(s);
            QVERIFY2(label != s && !label.isEmpty(), qPrintable(s));
            labels.insert(label);
        }
        QCOMPARE(labels.size(), Vocabulary::actionStatuses().size());
    }

    // A file may carry a value this version does not know: it is kept (so saving does not
    // lose it) and named in a warning that lists the known ones.
    void unknownValuesInFilesAreKept_data()
    {
        QTest::addColumn<QString>("part"); // "metadata", "timeline" or "actionItems"
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("known");
        QTest::addColumn<QString>("where");
        QTest::newRow("severity") << u"metadata"_s << u"severity"_s << u"SEV0"_s
                                  << Vocabulary::severities() << u"metadata"_s;
        QTest::newRow("status") << u"metadata"_s << u"status"_s << u"archived"_s
                                << Vocabulary::statuses() << u"metadata"_s;
        QTest::newRow("timeline kind") << u"timeline"_s << u"kind"_s << u"rollback"_s
                                       << Vocabulary::timelineKinds() << u"timeline[0]"_s;
        QTest::newRow("action kind") << u"actionItems"_s << u"kind"_s << u"automate"_s
                                     << Vocabulary::actionKinds() << u"actionItems[0]"_s;
        QTest::newRow("priority") << u"actionItems"_s << u"priority"_s << u"P5"_s
                                  << Vocabulary::priorities() << u"actionItems[0]"_s;
        QTest::newRow("action status") << u"actionItems"_s << u"status"_s << u"blocked"_s
                                       << Vocabulary::actionStatuses() << u"actionItems[0]"_s;
    }

    void unknownValuesInFilesAreKept()
    {
        QFETCH(QString, part);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QStringList, known);
        QFETCH(QString, where);

        Report report;
        report.metadata.severity = u"SEV2"_s;
        TimelineEntry entry;
        entry.id = u"t1"_s;
        entry.at = QDateTime(QDate(2026, 1, 2), QTime(3, 4), QTimeZone::UTC);
        report.timeline << entry;
        ActionItem item;
        item.id = u"a1"_s;
        item.title = u"Fix it"_s;
        report.actionItems << item;
        QJsonObject json = ReportJson::toJson(report);

        // The untouched report reads back without a warning.
        QStringList warnings;
        QVERIFY(ReportJson::fromJson(json, &warnings, nullptr));
        QCOMPARE(warnings, QStringList());

        if (part == u"metadata") {
            QJsonObject metadata = json.value(part).toObject();
            metadata.insert(key, value);
            json.insert(part, metadata);
        } else {
            QJsonArray rows = json.value(part).toArray();
            QJsonObject row = rows.at(0).toObject();
            row.insert(key, value);
            rows[0] = row;
            json.insert(part, rows);
        }
        QString error;
        const auto read = ReportJson::fromJson(json, &warnings, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(warnings,
                 QStringList{QStringLiteral("%1: '%2' has the unknown value '%3' (known: %4)")
                                 .arg(where, key, value, known.join(u", "))});
        // Kept as written, and written back.
        QString kept;
        if (part == u"metadata")
            kept = key == u"severity" ? read->metadata.severity : read->metadata.status;
        else if (part == u"timeline")
            kept = read->timeline.at(0).kind;
        else if (key == u"kind")
            kept = read->actionItems.at(0).kind;
        else if (key == u"priority")
            kept = read->actionItems.at(0).priority;
        else
            kept = read->actionItems.at(0).status;
        QCOMPARE(kept, value);
        QCOMPARE(ReportJson::toJson(*read), json);
    }
};

QTEST_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
