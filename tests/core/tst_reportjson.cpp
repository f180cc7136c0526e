// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "format/AttachmentStore.h"
#include "format/ReportJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace debrief;
using namespace Qt::StringLiterals;

class TestReportJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsEverything()
    {
        AttachmentStore store;
        const Report original = Fixtures::fullReport(&store);
        QStringList warnings;
        QString error;
        const auto back = ReportJson::fromJson(ReportJson::toJson(original), &warnings, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        QCOMPARE(*back, original);
        // Equality of QDateTime is by instant; the offsets must survive too.
        QCOMPARE(back->metadata.mitigated.offsetFromUtc(), 7200);
        QCOMPARE(back->metadata.started.offsetFromUtc(), 3600);
        QCOMPARE(back->metadata.resolved.time().msec(), 250);
        QCOMPARE(back->timeline[1].at.offsetFromUtc(), 7200);
    }

    // Approximate and date-less times, the UTC switch and the gap threshold (minor version 1).
    void timesAndTimelineSettingsRoundTrip()
    {
        Report original;
        original.formatMinor = ReportJson::kMinorVersion;
        original.metadata.timelineInUtc = true;
        original.metadata.gapMinutes = 45;
        original.metadata.startedClock = QTime(9, 0);
        original.metadata.resolvedClock = QTime(11, 30);
        TimelineEntry e;
        e.id = u"a"_s;
        e.at = QDateTime(QDate(2026, 11, 3), QTime(9, 15), QTimeZone(3600));
        e.approximate = true;
        original.timeline << e;
        e = TimelineEntry();
        e.id = u"b"_s;
        e.clock = QTime(9, 0);
        original.timeline << e;
        e.id = u"c"_s;
        e.clock = QTime(9, 0, 30);
        e.approximate = true;
        original.timeline << e;
        const QJsonObject json = ReportJson::toJson(original);
        QStringList warnings;
        QString error;
        const auto back = ReportJson::fromJson(json, &warnings, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        QCOMPARE(*back, original);
        const QJsonObject &o = json;
        const QJsonArray timeline = o.value(u"timeline"_s).toArray();
        QCOMPARE(timeline[1].toObject().value(u"time"_s).toString(), u"09:00"_s);
        QVERIFY(!timeline[1].toObject().contains(u"at"_s));
        QCOMPARE(timeline[2].toObject().value(u"time"_s).toString(), u"09:00:30"_s);
        QCOMPARE(o.value(u"metadata"_s).toObject().value(u"gapMinutes"_s).toInt(), 45);
        QCOMPARE(o.value(u"metadata"_s).toObject().value(u"resolvedTime"_s).toString(), u"11:30"_s);
        QVERIFY(!o.value(u"metadata"_s).toObject().contains(u"detectedTime"_s));
        // The defaults are not written.
        original.metadata.timelineInUtc = false;
        original.metadata.gapMinutes = ReportMetadata::kDefaultGapMinutes;
        const QJsonObject plain = ReportJson::toJson(original);
        QVERIFY(!plain.value(u"metadata"_s).toObject().contains(u"gapMinutes"_s));
        QVERIFY(!plain.value(u"metadata"_s).toObject().contains(u"timelineInUtc"_s));
    }

    void badTimesBecomeWarnings()
    {
        const QJsonObject json =
            QJsonDocument::fromJson(R"({"format":"debrief-postmortem","version":1,
            "metadata":{"gapMinutes":-5},
            "timeline":[{"id":"a","time":"25:99"},{"id":"b","time":"09:00",
                         "at":"2026-11-03T09:15:00+01:00"}]})")
                .object();
        QStringList warnings;
        QString error;
        const auto back = ReportJson::fromJson(json, &warnings, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(!back->timeline[0].hasTime());
        QVERIFY(warnings.join(u'\n').contains(u"not a time of day"_s));
        // A date and time wins over a date-less time.
        QVERIFY(back->timeline[1].at.isValid());
        QVERIFY(!back->timeline[1].clock.isValid());
        QCOMPARE(back->metadata.gapMinutes, ReportMetadata::kDefaultGapMinutes);
    }

    void unknownKeysSurvive()
    {
        AttachmentStore store;
        QJsonObject json = ReportJson::toJson(Fixtures::fullReport(&store));
        json.insert(QStringLiteral("minorVersion"), 7);
        json.insert(QStringLiteral("newTopLevel"), QJsonArray{1, 2});
        QJsonArray sections = json.value(QStringLiteral("sections")).toArray();
        QJsonObject s0 = sections[0].toObject();
        s0.insert(QStringLiteral("newSectionKey"), QStringLiteral("x"));
        sections[0] = s0;
        json.insert(QStringLiteral("sections"), sections);

        QStringList warnings;
        const auto report = ReportJson::fromJson(json, &warnings, nullptr);
        QVERIFY(report);
        const QJsonObject again = ReportJson::toJson(*report);
        QCOMPARE(again.value(QStringLiteral("newTopLevel")),
                 json.value(QStringLiteral("newTopLevel")));
        QCOMPARE(again.value(QStringLiteral("minorVersion")).toInt(), 7);
        QCOMPARE(again.value(QStringLiteral("sections"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("newSectionKey")),
                 QJsonValue(QStringLiteral("x")));
        QCOMPARE(again, json);
    }

    void wrongTypesBecomeWarnings()
    {
        const QByteArray text = R"({"format":"debrief-postmortem","version":1,
            "metadata":{"title":42,"authors":"Ana","started":"yesterday","severity":"SEV9"},
            "sections":[{"id":"a","title":["x"],"text":"ok"}, 5, {"id":"a","title":"dup"}],
            "timeline":{"not":"an array"},
            "actionItems":[{"title":"t","due":"soon","status":true}],
            "attachments":[{"id":"../../etc/passwd","fileName":"x"}]})";
        QStringList warnings;
        QString error;
        const auto report =
            ReportJson::fromJson(QJsonDocument::fromJson(text).object(), &warnings, &error);
        QVERIFY2(report, qPrintable(error));
        const QString all = warnings.join(u'\n');
        for (const char *needle :
             {"metadata: 'title' should be a string", "'authors' should be an array of strings",
              "'started' is not an ISO 8601", "unknown value 'SEV9'",
              "sections[0]: 'title' should be a string", "sections[1]: should be an object",
              "duplicate id 'a'", "'timeline' should be an array", "'due' is not an ISO 8601",
              "'status' should be a string", "is not a SHA-256 digest"})
            QVERIFY2(all.contains(QLatin1String(needle)), needle);
        QCOMPARE(report->metadata.title, QString());
        QCOMPARE(report->sections.size(), 2);
        QVERIFY(report->sections[0].id != report->sections[1].id);
        QVERIFY(report->attachments.isEmpty());
        QCOMPARE(report->actionItems[0].status, QStringLiteral("open"));
    }

    void refusesOtherFormatsAndNewerMajorVersions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("no format") << QByteArray(R"({"version":1})") << "no 'format' key";
        QTest::newRow("other format")
            << QByteArray(R"({"format":"other","version":1})") << "format 'other'";
        QTest::newRow("version string")
            << QByteArray(R"({"format":"debrief-postmortem","version":"1"})")
            << "no valid integer 'version'";
        QTest::newRow("future major")
            << QByteArray(R"({"format":"debrief-postmortem","version":3})")
            << "format version 3, but this Debrief reads version 1";
    }

    void refusesOtherFormatsAndNewerMajorVersions()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!ReportJson::fromJson(QJsonDocument::fromJson(json).object(), nullptr, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void serializationIsStable()
    {
        AttachmentStore store;
        const Report r = Fixtures::fullReport(&store);
        QCOMPARE(ReportJson::serialize(r), ReportJson::serialize(r));
        QVERIFY(ReportJson::serialize(r).contains("\"started\": \"2026-03-29T00:50:00+01:00\""));
    }
};

QTEST_MAIN(TestReportJson)
#include "tst_reportjson.moc"
