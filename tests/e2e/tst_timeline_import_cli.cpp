// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "ProcessRun.h"
#include "format/AttachmentStore.h"
#include "format/PmdArchive.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using namespace Qt::StringLiterals;

// `debrief timeline-import` through the real binary, on the chat fixtures: what it adds, what
// --dry-run leaves alone (byte for byte), and every bad input refused with the file untouched.
// The saved report is read back with `unzip`.
class TestTimelineImportCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_report;
    int m_entriesBefore = 0;

    static QString chat(const QString &name)
    {
        return QStringLiteral(DEBRIEF_CHAT_FIXTURES "/") + name;
    }

    // The incident of the Slack fixture: 09:10 to 10:05 UTC, with its rollback already written.
    void writeReport()
    {
        AttachmentStore store;
        Report r = Fixtures::fullReport(&store);
        r.metadata.timeZone = "Europe/Berlin";
        r.metadata.started = QDateTime(QDate(2025, 10, 12), QTime(9, 10), QTimeZone::UTC);
        r.metadata.detected = {};
        r.metadata.mitigated = {};
        r.metadata.resolved = QDateTime(QDate(2025, 10, 12), QTime(10, 5), QTimeZone::UTC);
        r.timeline.resize(1);
        r.timeline[0].at = QDateTime(QDate(2025, 10, 12), QTime(9, 40, 20), QTimeZone::UTC);
        r.timeline[0].clock = {};
        r.timeline[0].description = u"Rolled back the deploy"_s;
        m_entriesBefore = int(r.timeline.size());
        QString error;
        QFile::remove(m_report);
        QVERIFY2(PmdArchive::write(m_report, r, store, &error), qPrintable(error));
    }

    static QJsonObject reportJson(const QString &pmd)
    {
        const ProcessRun unzip = ProcessRun::of(u"unzip"_s, {u"-p"_s, pmd, u"report.json"_s});
        return QJsonDocument::fromJson(unzip.out.toUtf8()).object();
    }

    static QJsonObject jsonOf(const ProcessRun &run)
    {
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_report = m_dir.filePath(u"incident.pmd"_s);
    }

    void init() { writeReport(); }

    void dryRunLeavesTheFileAlone()
    {
        const QByteArray before = Fixtures::readFile(m_report);
        const ProcessRun run =
            ProcessRun::debrief({u"timeline-import"_s, m_report, chat(u"slack-export"_s),
                                 u"--channel"_s, u"inc-checkout"_s, u"--dry-run"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"Would add 5 entries"_s), qPrintable(run.out));
        // One message: English's singular, from the plurals catalogue.
        QVERIFY2(run.out.contains(u"Left out 1 message that repeats an entry"_s),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(u"Mira Okafor: checkout p99"_s));
        QVERIFY(run.out.contains(u"[mitigation, inferred]"_s) ||
                !run.out.contains(u"rolled back"_s));
        // The lines it could not read are said, not dropped.
        QVERIFY2(run.err.contains(u"an edit record"_s), qPrintable(run.err));
        QCOMPARE(Fixtures::readFile(m_report), before);
    }

    void addsInTimeOrderWithBackLinks()
    {
        const ProcessRun run =
            ProcessRun::debrief({u"timeline-import"_s, m_report, chat(u"slack-export"_s),
                                 u"--channel"_s, u"inc-checkout"_s});
        QCOMPARE(run.code, 0);
        const QJsonObject json = reportJson(m_report);
        const QJsonArray timeline = json.value(u"timeline"_s).toArray();
        QCOMPARE(timeline.size(), m_entriesBefore + 5);
        QDateTime last;
        for (const QJsonValue &v : timeline) {
            const QDateTime at = QDateTime::fromString(v[u"at"_s].toString(), Qt::ISODate);
            QVERIFY2(!last.isValid() || at >= last, qPrintable(v[u"description"_s].toString()));
            last = at;
        }
        const QJsonObject mira = timeline.at(1).toObject();
        QCOMPARE(mira.value(u"author"_s).toString(), u"Mira Okafor"_s);
        QCOMPARE(mira.value(u"source"_s).toObject(),
                 (QJsonObject{{u"file"_s, u"slack-export"_s},
                              {u"channel"_s, u"inc-checkout"_s},
                              {u"message"_s, u"1760260530.000300"_s}}));
        QVERIFY(!QJsonDocument(json).toJson().contains("xoxe"));
        QCOMPARE(json.value(u"attachments"_s).toArray().size(), 3);
        QCOMPARE(ProcessRun::debrief({u"validate"_s, m_report}).code, 0);

        // Again: everything is there already, nothing is added twice.
        const QByteArray before = Fixtures::readFile(m_report);
        const ProcessRun again =
            ProcessRun::debrief({u"timeline-import"_s, m_report, chat(u"slack-export"_s),
                                 u"--channel"_s, u"inc-checkout"_s, u"--json"_s});
        QCOMPARE(again.code, 0);
        QCOMPARE(jsonOf(again).value(u"added"_s).toArray().size(), 0);
        QCOMPARE(jsonOf(again).value(u"repeats"_s).toInt(), 6);
        QCOMPARE(Fixtures::readFile(m_report), before);
    }

    void zoneAndOffset()
    {
        const ProcessRun run = ProcessRun::debrief(
            {u"timeline-import"_s, m_report, chat(u"weechat.log"_s), u"--zone"_s,
             u"America/New_York"_s, u"--offset"_s, u"-3"_s, u"--from"_s, u"2025-10-12T00:00Z"_s,
             u"--to"_s, u"2025-10-13T00:00Z"_s, u"--json"_s, u"--dry-run"_s});
        QCOMPARE(run.code, 0);
        const QJsonArray added = jsonOf(run).value(u"added"_s).toArray();
        QCOMPARE(added.size(), 2); // the join is left out
        const QDateTime at = QDateTime::fromString(added.at(0)[u"at"_s].toString(), Qt::ISODate);
        QCOMPARE(at.toUTC(), QDateTime(QDate(2025, 10, 12), QTime(13, 11, 2), QTimeZone::UTC));
        QCOMPARE(added.at(0)[u"author"_s].toString(), u"mira"_s);
        QCOMPARE(added.at(0)[u"message"_s].toString(), u"line 1"_s);
    }

    void pagerKinds()
    {
        const ProcessRun run =
            ProcessRun::debrief({u"timeline-import"_s, m_report, chat(u"pagerduty.json"_s),
                                 u"--json"_s, u"--dry-run"_s});
        QCOMPARE(run.code, 0);
        const QJsonArray added = jsonOf(run).value(u"added"_s).toArray();
        QCOMPARE(added.at(0)[u"kind"_s].toString(), u"detection"_s);
        QCOMPARE(added.at(0)[u"kindInferred"_s].toBool(), false);
        QCOMPARE(added.last()[u"kind"_s].toString(), u"resolution"_s);
        QCOMPARE(jsonOf(run).value(u"format"_s).toString(), u"PagerDuty log"_s);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no channel") << QStringList{chat(u"slack-export"_s)} << u"inc-checkout"_s;
        QTest::newRow("unknown channel")
            << QStringList{chat(u"slack-export"_s), u"--channel"_s, u"x"_s} << u"no channel"_s;
        QTest::newRow("not a log") << QStringList{chat(u"notes.txt"_s)} << u"no line"_s;
        QTest::newRow("truncated JSON") << QStringList{chat(u"truncated.json"_s)} << u"JSON"_s;
        QTest::newRow("invalid UTF-8") << QStringList{chat(u"not-utf8.log"_s)} << u"UTF-8"_s;
        QTest::newRow("missing") << QStringList{chat(u"gone.log"_s)} << u"gone.log"_s;
        QTest::newRow("bad zone") << QStringList{chat(u"weechat.log"_s), u"--zone"_s,
                                                 u"Mars/Base"_s}
                                  << u"Mars/Base"_s;
        QTest::newRow("bad offset")
            << QStringList{chat(u"weechat.log"_s), u"--offset"_s, u"soon"_s} << u"--offset"_s;
        QTest::newRow("bad from") << QStringList{chat(u"weechat.log"_s), u"--from"_s, u"monday"_s}
                                  << u"--from"_s;
        QTest::newRow("one argument") << QStringList{} << u"name a report"_s;
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const QByteArray before = Fixtures::readFile(m_report);
        const ProcessRun run =
            ProcessRun::debrief(QStringList{u"timeline-import"_s, m_report} + args);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QCOMPARE(Fixtures::readFile(m_report), before);
    }
};

QTEST_GUILESS_MAIN(TestTimelineImportCli)
#include "tst_timeline_import_cli.moc"
