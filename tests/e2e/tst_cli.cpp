// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "ProcessRun.h"
#include "format/AttachmentStore.h"
#include "format/PmdArchive.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace debrief;

// The real binary, run as a script or CI would, checked with tools nobody here wrote.
class TestCli : public QObject
{
    Q_OBJECT
private:
    using Result = ProcessRun;
    QTemporaryDir m_dir;

    static Result run(const QString &program, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY")); // the CLI must not need one
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        return ProcessRun::of(program, args, env);
    }
    static Result debrief(const QStringList &args)
    {
        return run(QStringLiteral(DEBRIEF_BIN), args);
    }

private Q_SLOTS:
    void helpAndVersion()
    {
        const Result help = debrief({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        for (const char *word : {"new", "info", "validate", "templates", "Exit codes"})
            QVERIFY2(help.out.contains(QLatin1String(word)), word);
        const Result version = debrief({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(QLatin1String("debrief ")));
        const Result newHelp = debrief({QStringLiteral("new"), QStringLiteral("--help")});
        QCOMPARE(newHelp.code, 0);
        QVERIFY(newHelp.out.contains(QLatin1String("--template")));
    }

    void usageErrors()
    {
        const Result badOption =
            debrief({QStringLiteral("info"), QStringLiteral("--bogus"), QStringLiteral("x.pmd")});
        QCOMPARE(badOption.code, 2);
        QVERIFY(badOption.err.contains(QLatin1String("bogus")));
        const Result noOutput = debrief({QStringLiteral("new")});
        QCOMPARE(noOutput.code, 2);
        QVERIFY(noOutput.err.contains(QLatin1String("-o FILE.pmd")));
        const Result badTemplate =
            debrief({QStringLiteral("new"), QStringLiteral("-t"), QStringLiteral("nope"),
                     QStringLiteral("-o"), m_dir.filePath(QStringLiteral("n.pmd"))});
        QCOMPARE(badTemplate.code, 2);
        QVERIFY(badTemplate.err.contains(QLatin1String("google-sre")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("n.pmd"))));
    }

    void newInfoValidate_data()
    {
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<int>("sections");
        QTest::newRow("classic") << "classic" << 4;
        QTest::newRow("google-sre") << "google-sre" << 10;
        QTest::newRow("pagerduty") << "pagerduty" << 9;
        QTest::newRow("atlassian") << "atlassian" << 12;
    }

    void newInfoValidate()
    {
        QFETCH(QString, templateId);
        QFETCH(int, sections);
        const QString file = m_dir.filePath(templateId + QStringLiteral(".pmd"));
        const Result made = debrief(
            {QStringLiteral("new"), QStringLiteral("--template"), templateId, QStringLiteral("-o"),
             file, QStringLiteral("--title"), QStringLiteral("Disk full"),
             QStringLiteral("--time-zone"), QStringLiteral("America/New_York")});
        QVERIFY2(made.code == 0, qPrintable(made.err));

        const Result valid = debrief({QStringLiteral("validate"), file});
        QVERIFY2(valid.code == 0, qPrintable(valid.out + valid.err));
        QVERIFY(valid.out.contains(QLatin1String("valid")));

        const Result info = debrief({QStringLiteral("info"), QStringLiteral("--json"), file});
        QCOMPARE(info.code, 0);
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8(), &pe).object();
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(info.out));
        QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("Disk full"));
        QCOMPARE(o.value(QStringLiteral("template")).toString(), templateId);
        QCOMPARE(o.value(QStringLiteral("sections")).toInt(), sections);
        QCOMPARE(o.value(QStringLiteral("timeline")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("actionItems")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("attachments")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("timeZone")).toString(),
                 QStringLiteral("America/New_York"));
        QVERIFY(o.value(QStringLiteral("warnings")).isArray());
        QVERIFY(o.value(QStringLiteral("warnings")).toArray().isEmpty());

        // Tools nobody here wrote accept it as a ZIP with our entries, mimetype first.
        const Result unzip = run(QStringLiteral("unzip"), {QStringLiteral("-l"), file});
        QVERIFY2(unzip.code == 0, qPrintable(unzip.err));
        const qsizetype mime = unzip.out.indexOf(QLatin1String("mimetype"));
        QVERIFY(mime > 0);
        QVERIFY(unzip.out.indexOf(QLatin1String("report.json")) > mime);
        const Result test = run(QStringLiteral("unzip"), {QStringLiteral("-tq"), file});
        QVERIFY2(test.code == 0, qPrintable(test.out + test.err));
        const Result fileType = run(QStringLiteral("file"), {QStringLiteral("-b"), file});
        QCOMPARE(fileType.code, 0);
        // file(1) reads the stored mimetype entry, the ODF/EPUB convention.
        QVERIFY2(fileType.out.contains(QLatin1String("Zip")), qPrintable(fileType.out));
        QVERIFY2(fileType.out.contains(QLatin1String(PmdArchive::kMediaType)),
                 qPrintable(fileType.out));
    }

    void newRefusesToOverwrite()
    {
        const QString file = m_dir.filePath(QStringLiteral("exists.pmd"));
        QVERIFY(Fixtures::writeFile(file, "precious"));
        const Result r = debrief({QStringLiteral("new"), QStringLiteral("-o"), file});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QLatin1String("--force")));
        QCOMPARE(Fixtures::readFile(file), QByteArray("precious"));
        QCOMPARE(
            debrief({QStringLiteral("new"), QStringLiteral("-o"), file, QStringLiteral("--force")})
                .code,
            0);
        QCOMPARE(debrief({QStringLiteral("validate"), file}).code, 0);
    }

    void newCannotWrite()
    {
        QVERIFY(Fixtures::writeFile(m_dir.filePath(QStringLiteral("afile")), "x"));
        const QString file = m_dir.filePath(QStringLiteral("afile/sub.pmd"));
        const Result r = debrief({QStringLiteral("new"), QStringLiteral("-o"), file});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(file), qPrintable(r.err));
    }

    void infoOnAFullReport()
    {
        AttachmentStore store;
        const QString file = m_dir.filePath(QStringLiteral("full.pmd"));
        QString error;
        QVERIFY(PmdArchive::write(file, Fixtures::fullReport(&store), store, &error));
        const Result human = debrief({QStringLiteral("info"), file});
        QCOMPARE(human.code, 0);
        for (const char *s :
             {"Résumé of the 🔥 payment outage", "INC-7", "SEV1", "Final", "Europe/Berlin",
              "2 entries (1 key moment)", "2 (1 not done)", "Attachments:", "detect 15 min"})
            QVERIFY2(human.out.contains(QString::fromUtf8(s)), s);
        const Result json = debrief({QStringLiteral("info"), QStringLiteral("--json"), file});
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("attachments")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("timeToDetectSecs")).toInt(), 15 * 60);
        QCOMPARE(o.value(QStringLiteral("actionItems")).toInt(), 2);
        QCOMPARE(debrief({QStringLiteral("validate"), file}).code, 0);
        // unzip can list and test every entry, images included
        const Result unzip = run(QStringLiteral("unzip"), {QStringLiteral("-tq"), file});
        QVERIFY2(unzip.code == 0, qPrintable(unzip.out));
    }

    void durationsOutOfOrderAreProblems()
    {
        AttachmentStore store;
        Report r = Fixtures::fullReport(&store);
        r.metadata.detected = r.metadata.started.addSecs(-600);
        const QString file = m_dir.filePath(QStringLiteral("order.pmd"));
        QVERIFY(PmdArchive::write(file, r, store, nullptr));
        const Result v = debrief({QStringLiteral("validate"), file});
        QCOMPARE(v.code, 1);
        QVERIFY2(v.out.contains(QLatin1String("detected time is before the started time")),
                 qPrintable(v.out));
    }

    // The overview names no instants: the figures come from the timeline, which has one entry
    // out of order and one silence over the threshold.
    void timelineMetricsAndChronology()
    {
        Report r;
        r.metadata.title = QStringLiteral("Queue backlog");
        auto entry = [&r](const char *kind, int hour, int minute) {
            TimelineEntry e;
            e.id = QString::number(r.timeline.size());
            e.kind = QLatin1String(kind);
            e.at = QDateTime(QDate(2026, 10, 12), QTime(hour, minute), QTimeZone(7200));
            r.timeline << e;
        };
        entry("event", 10, 0);
        entry("detection", 10, 20);
        entry("event", 10, 15); // 5 minutes before the entry above it
        entry("mitigation", 11, 30);
        entry("resolution", 11, 45);
        const QString file = m_dir.filePath(QStringLiteral("metrics.pmd"));
        QVERIFY(PmdArchive::write(file, r, AttachmentStore(), nullptr));
        const QByteArray before = Fixtures::readFile(file);

        const Result json = debrief({QStringLiteral("info"), QStringLiteral("--json"), file});
        QCOMPARE(json.code, 0);
        const QJsonObject m = QJsonDocument::fromJson(json.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("metrics"))
                                  .toObject();
        QCOMPARE(m.value(QStringLiteral("timeToDetectMinutes")).toInt(), 20);
        QCOMPARE(m.value(QStringLiteral("timeToMitigateMinutes")).toInt(), 70);
        QCOMPARE(m.value(QStringLiteral("timeToResolveMinutes")).toInt(), 85);
        QCOMPARE(m.value(QStringLiteral("durationMinutes")).toInt(), 105);
        QVERIFY(m.value(QStringLiteral("fromTimeline")).toBool());
        const QJsonArray problems = m.value(QStringLiteral("chronologyProblems")).toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].toObject().value(QStringLiteral("entry")).toInt(), 2);
        QCOMPARE(problems[0].toObject().value(QStringLiteral("before")).toInt(), 1);
        QCOMPARE(problems[0].toObject().value(QStringLiteral("earlierByMinutes")).toInt(), 5);
        const QJsonArray gaps = m.value(QStringLiteral("gaps")).toArray();
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps[0].toObject().value(QStringLiteral("entry")).toInt(), 3);
        QCOMPARE(gaps[0].toObject().value(QStringLiteral("minutes")).toInt(), 75);

        const Result human = debrief({QStringLiteral("info"), file});
        QVERIFY2(human.out.contains(QStringLiteral("detect 20 min (from the timeline), mitigate 1 "
                                                   "h 10 min (from the timeline), resolve 1 h 25 "
                                                   "min (from the timeline), in all 1 h 45 min "
                                                   "(from the timeline)")),
                 qPrintable(human.out));
        const Result v = debrief({QStringLiteral("validate"), file});
        QCOMPARE(v.code, 1);
        QVERIFY2(v.out.contains(QStringLiteral("timeline[2]: out of order: Earlier than entry 2 "
                                               "(08:20) above it, by 5 min")),
                 qPrintable(v.out));
        QCOMPARE(Fixtures::readFile(file), before); // read, never written

        // Nothing to measure from: nulls, never a guess.
        const QString empty = m_dir.filePath(QStringLiteral("no-times.pmd"));
        QVERIFY(PmdArchive::write(empty, Report(), AttachmentStore(), nullptr));
        const QJsonObject none =
            QJsonDocument::fromJson(
                debrief({QStringLiteral("info"), QStringLiteral("--json"), empty}).out.toUtf8())
                .object()
                .value(QStringLiteral("metrics"))
                .toObject();
        for (const char *key : {"timeToDetectMinutes", "timeToMitigateMinutes",
                                "timeToResolveMinutes", "durationMinutes"})
            QVERIFY2(none.value(QLatin1String(key)).isNull(), key);
    }

    // An image a section or an entry shows that the report does not hold is a problem naming
    // the place; an image nothing shows is only a notice: the report stays valid.
    void missingAndUnusedAttachments()
    {
        const QString goneId = QString::fromLatin1(Fixtures::sha256("an image nobody attached"));
        Report missing;
        missing.metadata.title = QStringLiteral("Lost graph");
        missing.sections << Section{QStringLiteral("summary"), QStringLiteral("Summary"),
                                    QStringLiteral("No images here."), QString(), QJsonObject()}
                         << Section{
                                QStringLiteral("impact"), QStringLiteral("Impact"),
                                QStringLiteral("Latency:\n\n![p99](attachment:%1)\n").arg(goneId),
                                QString(), QJsonObject()};
        TimelineEntry paged;
        paged.id = QStringLiteral("t1");
        paged.at = QDateTime(QDate(2026, 5, 4), QTime(10, 0), QTimeZone::UTC);
        paged.description = QStringLiteral("Paged ![alert](<attachment:%1>)").arg(goneId);
        missing.timeline << paged;
        const QString missingFile = m_dir.filePath(QStringLiteral("missing-image.pmd"));
        QVERIFY(PmdArchive::write(missingFile, missing, AttachmentStore(), nullptr));

        const Result invalid = debrief({QStringLiteral("validate"), missingFile});
        QCOMPARE(invalid.code, 1);
        const QString shortId = goneId.left(12) + QChar(0x2026);
        for (const QString &problem :
             {QStringLiteral("Section “Impact”: shows the image attachment:%1, which is not in "
                             "the report")
                  .arg(shortId),
              QStringLiteral("Timeline entry 1: shows the image attachment:%1, which is not in "
                             "the report")
                  .arg(shortId),
              QStringLiteral("2 problems")})
            QVERIFY2(invalid.out.contains(problem), qPrintable(invalid.out));
        QVERIFY2(!invalid.out.contains(QLatin1String("Notices")), qPrintable(invalid.out));

        const Result missingInfo =
            debrief({QStringLiteral("info"), QStringLiteral("--json"), missingFile});
        QCOMPARE(missingInfo.code, 0);
        const QJsonObject m = QJsonDocument::fromJson(missingInfo.out.toUtf8()).object();
        QCOMPARE(m.value(QStringLiteral("unusedAttachments")).toArray(), QJsonArray());
        const QJsonArray holes = m.value(QStringLiteral("missingAttachments")).toArray();
        QCOMPARE(holes.size(), 2);
        QCOMPARE(holes[0].toObject().value(QStringLiteral("section")).toInt(-1), 1);
        QCOMPARE(holes[0].toObject().value(QStringLiteral("id")).toString(), goneId);
        QVERIFY(!holes[0].toObject().contains(QStringLiteral("entry")));
        QCOMPARE(holes[1].toObject().value(QStringLiteral("entry")).toInt(-1), 0);
        QCOMPARE(holes[1].toObject().value(QStringLiteral("id")).toString(), goneId);
        QVERIFY(!holes[1].toObject().contains(QStringLiteral("section")));

        // A real PNG that nothing shows.
        const QByteArray png = Fixtures::png(Fixtures::dashboard(64, 32, 7));
        AttachmentStore store;
        Attachment a;
        a.id = AttachmentStore::idFor(png);
        a.fileName = QStringLiteral("unused graph.png");
        a.mediaType = QStringLiteral("image/png");
        a.size = png.size();
        store.insert(a.id, png);
        Report unused;
        unused.metadata.title = QStringLiteral("Spare graph");
        unused.sections << Section{
            QStringLiteral("summary"), QStringLiteral("Summary"),
            QStringLiteral("The graph is attachment:%1, not shown.").arg(a.id), QString(),
            QJsonObject()};
        unused.attachments << a;
        const QString unusedFile = m_dir.filePath(QStringLiteral("unused-image.pmd"));
        QVERIFY(PmdArchive::write(unusedFile, unused, store, nullptr));

        const Result valid = debrief({QStringLiteral("validate"), unusedFile});
        QVERIFY2(valid.code == 0, qPrintable(valid.out + valid.err));
        QVERIFY2(valid.out.contains(unusedFile + QStringLiteral(": valid")), qPrintable(valid.out));
        const QStringList lines = valid.out.split(u'\n');
        const auto notices = std::find_if(lines.begin(), lines.end(), [](const QString &l) {
            return l.startsWith(QLatin1String("Notices"));
        });
        QVERIFY2(notices != lines.end(), qPrintable(valid.out));
        QVERIFY2(
            notices + 1 != lines.end() &&
                (notices + 1)
                    ->contains(QLatin1String(
                        "attachment \"unused graph.png\" is not shown anywhere in the report")),
            qPrintable(valid.out));

        const Result unusedInfo =
            debrief({QStringLiteral("info"), QStringLiteral("--json"), unusedFile});
        QCOMPARE(unusedInfo.code, 0);
        const QJsonObject u = QJsonDocument::fromJson(unusedInfo.out.toUtf8()).object();
        QCOMPARE(u.value(QStringLiteral("unusedAttachments")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("id"), a.id},
                                         {QStringLiteral("fileName"), a.fileName}}}));
        QVERIFY(u.value(QStringLiteral("missingAttachments")).isArray());
        QCOMPARE(u.value(QStringLiteral("missingAttachments")).toArray(), QJsonArray());
    }

    void templatesAreListed()
    {
        const Result r = debrief({QStringLiteral("templates")});
        QCOMPARE(r.code, 0);
        for (const char *id : {"classic", "google-sre", "pagerduty", "atlassian"})
            QVERIFY2(r.out.contains(QLatin1String(id)), id);
    }
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
