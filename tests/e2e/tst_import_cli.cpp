// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "ProcessRun.h"
#include "format/AttachmentStore.h"
#include "format/PmdArchive.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using namespace Qt::StringLiterals;

// `debrief import` through the real binary: exit codes, files left (or not) on disk, the JSON
// mapping, and the round trip through `debrief export`.
class TestImportCli : public QObject
{
    Q_OBJECT
private:
    using Run = ProcessRun;
    QTemporaryDir m_dir;
    QString m_report;
    Report m_source;
    AttachmentStore m_store;

    static Run debrief(const QStringList &args) { return ProcessRun::debrief(args); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!Fixtures::writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QString normalized(const QString &text)
    {
        return QString(text).replace(u"\r\n"_s, u"\n"_s).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_source = Fixtures::fullReport(&m_store);
        m_source.sections[0].text +=
            u"\n![Latency](attachment:%1)\n\n![Board](attachment:%2 \"The board\")\n"_s.arg(
                m_source.attachments[0].id, m_source.attachments[2].id);
        m_report = m_dir.filePath(u"full.pmd"_s);
        QString error;
        QVERIFY2(PmdArchive::write(m_report, m_source, m_store, &error), qPrintable(error));
    }

    // Export, import, and the report's content is back: title, sections, timeline (in table
    // mode with kind, author and key moment), action items, metadata and the images.
    void roundTripThroughExport_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("actions");
        QTest::newRow("list") << u"list"_s << u"table"_s;
        QTest::newRow("table") << u"table"_s << u"table"_s;
        QTest::newRow("task list") << u"list"_s << u"list"_s;
    }

    void roundTripThroughExport()
    {
        QFETCH(QString, style);
        QFETCH(QString, actions);
        const QString md = m_dir.filePath(u"export-%1-%2.md"_s.arg(style, actions));
        const QString back = m_dir.filePath(u"back-%1-%2.pmd"_s.arg(style, actions));
        const Run exported = debrief(
            {u"export"_s, m_report, u"-o"_s, md, u"--timeline"_s, style, u"--actions"_s, actions});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        if (actions == u"list"_s) {
            const QString text = QString::fromUtf8(Fixtures::readFile(md));
            QVERIFY2(text.contains(u"- [x] Page on ledger lag (kind: detect)"_s) &&
                         text.contains(u"- [ ] Test DST transitions (owner: Ana, due: 2026-04-30, "
                                       "P1, kind: prevent, status: In progress, tracker: "
                                       "<https://tracker.example.com/PAY-1>)"_s),
                     qPrintable(text));
        }
        const Run imported = debrief({u"import"_s, md, u"-o"_s, back, u"--json"_s});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));

        QJsonParseError parseError;
        const QJsonObject json =
            QJsonDocument::fromJson(imported.out.toUtf8(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(imported.out));
        QCOMPARE(json.value(u"title"_s).toString(), m_source.metadata.title);
        QCOMPARE(json.value(u"timelineEntries"_s).toInt(), 2);
        QCOMPARE(json.value(u"actionItems"_s).toInt(), 2);
        const QJsonObject images = json.value(u"images"_s).toObject();
        QCOMPARE(images.value(u"embedded"_s).toArray().size(), 2);
        QCOMPARE(images.value(u"missing"_s).toArray().size(), 0);
        QCOMPARE(images.value(u"remote"_s).toArray().size(), 0);
        QVERIFY2(json.value(u"warnings"_s).toArray().isEmpty(), qPrintable(imported.out));
        const QJsonArray sections = json.value(u"sections"_s).toArray();
        QCOMPARE(sections.size(), 5); // three sections, the timeline and the action items
        QCOMPARE(sections[3].toObject().value(u"mappedTo"_s).toString(), u"timeline"_s);
        QCOMPARE(sections[4].toObject().value(u"mappedTo"_s).toString(), u"actionItems"_s);

        QString error;
        const auto loaded = PmdArchive::read(back, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY2(loaded->warnings.isEmpty(), qPrintable(loaded->warnings.join(u'\n')));
        const Report &r = loaded->report;
        const ReportMetadata &m = r.metadata;
        QCOMPARE(m.title, m_source.metadata.title);
        QCOMPARE(m.severity, m_source.metadata.severity);
        QCOMPARE(m.status, m_source.metadata.status);
        QCOMPARE(m.incidentId, m_source.metadata.incidentId);
        QCOMPARE(m.authors, m_source.metadata.authors);
        QCOMPARE(m.reviewers, m_source.metadata.reviewers);
        QCOMPARE(m.services, m_source.metadata.services);
        QCOMPARE(m.tags, m_source.metadata.tags);
        QCOMPARE(m.timeZone, m_source.metadata.timeZone);
        QCOMPARE(m.started, m_source.metadata.started);
        QCOMPARE(m.detected, m_source.metadata.detected);
        QCOMPARE(m.mitigated, m_source.metadata.mitigated);
        // The export writes minutes.
        QCOMPARE(m.resolved.secsTo(m_source.metadata.resolved), 30);

        QCOMPARE(r.sections.size(), m_source.sections.size());
        for (qsizetype i = 0; i < r.sections.size(); ++i) {
            QCOMPARE(r.sections[i].title, m_source.sections[i].title);
            QCOMPARE(normalized(r.sections[i].text), normalized(m_source.sections[i].text));
        }
        QCOMPARE(r.sections[0].id, u"summary"_s);

        QCOMPARE(r.timeline.size(), m_source.timeline.size());
        for (qsizetype i = 0; i < r.timeline.size(); ++i) {
            const TimelineEntry &a = r.timeline[i];
            const TimelineEntry &b = m_source.timeline[i];
            QCOMPARE(a.at, b.at);
            QCOMPARE(a.description, b.description);
            if (style == u"table"_s) {
                QCOMPARE(a.kind, b.kind);
                QCOMPARE(a.author, b.author);
                QCOMPARE(a.keyMoment, b.keyMoment);
            }
        }

        QCOMPARE(r.actionItems.size(), m_source.actionItems.size());
        for (qsizetype i = 0; i < r.actionItems.size(); ++i) {
            ActionItem a = r.actionItems[i];
            ActionItem b = m_source.actionItems[i];
            a.id = b.id;
            a.extra = b.extra = {};
            QCOMPARE(a, b);
        }

        // The images the sections show are embedded again, byte for byte.
        AttachmentStore store;
        store.setArchive(back, loaded->attachmentEntries);
        QCOMPARE(r.attachments.size(), 2);
        for (const Attachment &a : r.attachments) {
            QVERIFY(r.sections[0].text.contains(u"attachment:"_s + a.id));
            QCOMPARE(store.bytes(a.id).value_or(QByteArray()), *m_store.bytes(a.id));
        }
    }

    void humanReadableMapping()
    {
        const QString md = write(
            u"human.md"_s, "# Disk full on db-3\n\n**Severity:** SEV4\n\n## Executive summary\n\n"
                           "Logs filled the disk.\n\n## Timeline\n\n- 10:00 - Disk at 100%.\n\n"
                           "## Follow-ups\n\n- Rotate logs daily (owner: @kim)\n\n"
                           "![graph](https://grafana.example.com/d/disk.png)\n");
        const QString out = m_dir.filePath(u"human.pmd"_s);
        const Run r = debrief({u"import"_s, md, u"-o"_s, out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Executive summary -> section summary"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Timeline -> timeline"_s));
        QVERIFY(r.out.contains(u"Follow-ups -> action items"_s));
        QVERIFY(r.out.contains(u"Severity: -> severity"_s));
        QVERIFY(r.out.contains(u"1 timeline entries, 1 action items"_s));
        QVERIFY(
            r.out.contains(u"remote, not downloaded: https://grafana.example.com/d/disk.png"_s));
        QVERIFY(r.out.contains(u"warning: "_s));
        QVERIFY(QFileInfo(out).size() > 0);
        const Run validate = debrief({u"info"_s, u"--json"_s, out});
        QCOMPARE(validate.code, 0);
        const QJsonObject info = QJsonDocument::fromJson(validate.out.toUtf8()).object();
        QCOMPARE(info.value(u"severity"_s).toString(), u"SEV4"_s);
        QCOMPARE(info.value(u"template"_s).toString(), u"classic"_s);
    }

    // A source without dates, priorities or names gives exports without any: every format,
    // read back with tools nobody here wrote (pdftotext for the PDFs).
    void exportsInventNothing()
    {
        const QString md =
            write(u"bare.md"_s, "# Queue backlog\n\n## What happened\n\n"
                                "- 09:00 Alerts fired for queue depth\n- Consumers looked idle\n"
                                "- 09:40 Consumers restarted, backlog drained\n\n"
                                "## Next steps\n\n- Alert on consumer lag\n"
                                "- **Runbook:** Write the restart steps down.\n");
        const QString pmd = m_dir.filePath(u"bare.pmd"_s);
        const Run r = debrief({u"import"_s, md, u"-o"_s, pmd, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject mapping = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(mapping[u"timelineEntries"_s].toInt(), 3);
        QCOMPARE(mapping[u"actionItems"_s].toInt(), 2);
        const QString inferred = mapping[u"inferred"_s].toVariant().toStringList().join(u'\n');
        QVERIFY2(inferred.contains(u"detection"_s) && inferred.contains(u"UTC"_s),
                 qPrintable(inferred));

        QStringList texts;
        for (const QString &out : {u"bare.md"_s, u"bare.html"_s}) {
            const QString path = m_dir.filePath(u"out-"_s + out);
            QCOMPARE(debrief({u"export"_s, pmd, u"-o"_s, path}).code, 0);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            texts << QString::fromUtf8(f.readAll());
        }
        for (const QStringList &extra : {QStringList(), QStringList{u"--summary"_s}}) {
            const QString pdf = m_dir.filePath(u"out-%1.pdf"_s.arg(extra.size()));
            QCOMPARE(debrief(QStringList{u"export"_s, pmd, u"-o"_s, pdf} + extra).code, 0);
            const Run text = ProcessRun::of(u"pdftotext"_s, {pdf, u"-"_s});
            QCOMPARE(text.code, 0);
            texts << text.out;
        }
        // No year, no weekday or month, no priority, no author: the source gave none.
        static const QRegularExpression invented(
            u"\\b(?:19|20)\\d\\d\\b|\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*day\\b|"
            "\\b(?:January|February|March|April|May|June|July|August|September|October|"
            "November|December)\\b|\\bP[0-3]\\b|\\bUnknown\\b"_s);
        // The PDF's footer says when it was exported: a fact, not the incident's date.
        static const QRegularExpression exported(u"Exported \\d{4}-\\d\\d-\\d\\d"_s);
        for (qsizetype k = 0; k < texts.size(); ++k) {
            const QString t = QString(texts.at(k)).remove(exported);
            const auto m = invented.match(t);
            QVERIFY2(!m.hasMatch(), qPrintable(m.captured() + u" in:\n"_s + t.left(3000)));
            if (k + 1 < texts.size()) // the summary has no timeline
                QVERIFY2(t.contains(u"09:40"_s), qPrintable(t.left(3000)));
        }
    }

    // A report whose only instants are a span with no day: the times alone and the duration,
    // in info --json and in the PDF.
    void durationWithoutDateIsShown()
    {
        const QString md = write(u"span.md"_s, "# Slow search\n\n"
                                               "**Duration:** From 09:00 AM to 11:30 AM (UTC)\n\n"
                                               "## Impact\n\nSearch was slow.\n");
        const QString pmd = m_dir.filePath(u"span.pmd"_s);
        const Run r = debrief({u"import"_s, md, u"-o"_s, pmd});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Run info = debrief({u"info"_s, u"--json"_s, pmd});
        QCOMPARE(info.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(o[u"started"_s].toString(), u"09:00"_s);
        QCOMPARE(o[u"resolved"_s].toString(), u"11:30"_s);
        QCOMPARE(o[u"durationSecs"_s].toInt(), 9000);
        const QString pdf = m_dir.filePath(u"span.pdf"_s);
        QCOMPARE(debrief({u"export"_s, pmd, u"-o"_s, pdf}).code, 0);
        const Run text = ProcessRun::of(u"pdftotext"_s, {pdf, u"-"_s});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(u"2 h 30 min"_s) && text.out.contains(u"09:00"_s),
                 qPrintable(text.out.left(2000)));
        const QString withoutFooter =
            QString(text.out).remove(QRegularExpression(u"Exported \\d{4}-\\d\\d-\\d\\d"_s));
        QVERIFY2(!QRegularExpression(u"\\b20\\d\\d\\b"_s).match(withoutFooter).hasMatch(),
                 qPrintable(text.out.left(2000)));
    }

    void unreadableInputIsExitTwo()
    {
        const QString nowhere = m_dir.filePath(u"never.pmd"_s);
        QCOMPARE(debrief({u"import"_s, m_dir.filePath(u"missing.md"_s), u"-o"_s, nowhere}).code, 2);
        QCOMPARE(debrief({u"import"_s, m_dir.path(), u"-o"_s, nowhere}).code, 2);
        const QString binary = write(u"binary.md"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
        const Run bad = debrief({u"import"_s, binary, u"-o"_s, nowhere});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(u"binary.md"_s));
        const QString latin1 = write(u"latin1.md"_s, "# Caf\xe9\n");
        QCOMPARE(debrief({u"import"_s, latin1, u"-o"_s, nowhere}).code, 2);
        QVERIFY(!QFileInfo::exists(nowhere));
        // Usage: no output, no input, two inputs.
        const QString md = write(u"ok.md"_s, "# Fine\n");
        QCOMPARE(debrief({u"import"_s, md}).code, 2);
        QCOMPARE(debrief({u"import"_s, u"-o"_s, nowhere}).code, 2);
        QCOMPARE(debrief({u"import"_s, md, md, u"-o"_s, nowhere}).code, 2);
        QVERIFY(!QFileInfo::exists(nowhere));
    }

    void unwritableOutputIsExitThree()
    {
        const QString md = write(u"w.md"_s, "# Write me\n\n## Summary\n\nShort.\n");
        write(u"plainfile"_s, "x");
        const QString under = m_dir.filePath(u"plainfile/out.pmd"_s);
        const Run r = debrief({u"import"_s, md, u"-o"_s, under});
        QCOMPARE(r.code, 3);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFileInfo::exists(under));
        QCOMPARE(Fixtures::readFile(m_dir.filePath(u"plainfile"_s)), QByteArray("x"));

        // A disk that fills up half way: nothing partial is left beside the target.
        QTemporaryDir full;
        const QString target = full.filePath(u"full.pmd"_s);
        // Random text: the archive deflates it, and must still outgrow the limit.
        QByteArray noise(200000, '\0');
        QRandomGenerator rng(42);
        for (char &c : noise)
            c = char(rng.bounded(256));
        const QString big = write(u"big.md"_s, "# Big\n\n## Summary\n\n" + noise.toBase64() + "\n");
        Run filled;
        Fixtures::withDiskFullAfter(20000,
                                    [&] { filled = debrief({u"import"_s, big, u"-o"_s, target}); });
        QCOMPARE(filled.code, 3);
        QCOMPARE(
            QDir(full.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList());
    }

    void existingOutputNeedsForce()
    {
        const QString md = write(u"f.md"_s, "# Forced\n\n## Summary\n\nNew text.\n");
        const QString out = write(u"existing.pmd"_s, "not a report, but mine");
        const Run refused = debrief({u"import"_s, md, u"-o"_s, out});
        QCOMPARE(refused.code, 3);
        QVERIFY(refused.err.contains(u"--force"_s));
        QCOMPARE(Fixtures::readFile(out), QByteArray("not a report, but mine"));

        const Run forced = debrief({u"import"_s, md, u"-o"_s, out, u"--force"_s});
        QVERIFY2(forced.code == 0, qPrintable(forced.err));
        QString error;
        const auto loaded = PmdArchive::read(out, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->report.metadata.title, u"Forced"_s);
        QCOMPARE(loaded->report.sections.value(0).text, u"New text."_s);
    }
};

QTEST_MAIN(TestImportCli)
#include "tst_import_cli.moc"
