// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "format/AttachmentStore.h"
#include "import/ActionItemParser.h"
#include "import/DurationText.h"
#include "import/EntryKindWords.h"
#include "import/HeadingShapes.h"
#include "import/MarkdownImporter.h"
#include "import/MarkdownOutline.h"
#include "import/SectionMatcher.h"
#include "import/TimestampText.h"
#include "import/ZoneName.h"
#include "model/IncidentMetrics.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace debrief;
using namespace Qt::StringLiterals;

// Markdown import in-process: each fixture in tests/fixtures/import is a differently shaped
// postmortem, imported from a temporary copy so the images beside it are the test's own.
class TestImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QStringList strings(const QJsonValue &v)
    {
        QStringList out;
        for (const QJsonValue &s : v.toArray())
            out << s.toString();
        return out;
    }

    // "2024-03-05 22:45" in the report's zone, "22:45" with no date, "" with no time; "~" when
    // approximate.
    static QStringList entryTimes(const Report &rep)
    {
        const QTimeZone zone(rep.metadata.timeZone.isEmpty() ? QByteArray("UTC")
                                                             : rep.metadata.timeZone);
        QStringList out;
        for (const TimelineEntry &e : rep.timeline) {
            const QString t = e.at.isValid() ? e.at.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s)
                                             : e.clock.toString(u"HH:mm"_s);
            out << (e.approximate ? u"~"_s : QString()) + t;
        }
        return out;
    }

    static void compareActions(const Report &rep, const QJsonArray &want)
    {
        QStringList titles, wantTitles;
        for (const ActionItem &a : rep.actionItems)
            titles << a.title;
        for (const QJsonValue &w : want)
            wantTitles << w[u"title"_s].toString();
        QCOMPARE(titles, wantTitles);
        for (qsizetype k = 0; k < want.size(); ++k) {
            const ActionItem &a = rep.actionItems.at(k);
            const QJsonObject w = want.at(k).toObject();
            QCOMPARE(a.kind, w[u"kind"_s].toString());
            QCOMPARE(a.priority, w[u"priority"_s].toString());
            QCOMPARE(a.owner, w[u"owner"_s].toString());
            QCOMPARE(a.description, w[u"description"_s].toString());
        }
    }

    // Absent: not checked; null: must be empty; else the instant in ISO 8601 with its offset.
    static void compareInstants(const ReportMetadata &m, const QJsonObject &want)
    {
        const QList<std::pair<QString, QDateTime>> instants{{u"started"_s, m.started},
                                                            {u"detected"_s, m.detected},
                                                            {u"mitigated"_s, m.mitigated},
                                                            {u"resolved"_s, m.resolved}};
        for (const auto &[key, value] : instants) {
            if (!want.contains(key))
                continue;
            if (want[key].isNull()) {
                QVERIFY2(!value.isValid(), qPrintable(key));
                continue;
            }
            const QDateTime w = QDateTime::fromString(want[key].toString(), Qt::ISODate);
            QVERIFY2(w.isValid(), qPrintable(want[key].toString()));
            QCOMPARE(value.toUTC(), w.toUTC());
        }
        // Times without a date: "startedTime": "09:00"; absent means none.
        const QList<std::pair<QString, QTime>> clocks{{u"startedTime"_s, m.startedClock},
                                                      {u"detectedTime"_s, m.detectedClock},
                                                      {u"mitigatedTime"_s, m.mitigatedClock},
                                                      {u"resolvedTime"_s, m.resolvedClock}};
        for (const auto &[key, value] : clocks)
            QCOMPARE(value.toString(u"HH:mm"_s), want[key].toString());
    }

    static QString fixturePath(const QString &name)
    {
        return QStringLiteral(DEBRIEF_IMPORT_FIXTURES "/") + name;
    }

    void imagesOutsideTheFolderAreEmbeddedAndNamed()
    {
        // A repository's postmortems often share ../images; absolute paths that exist count too.
        const QString doc = m_dir.filePath(u"repo/postmortems"_s);
        QDir().mkpath(doc);
        QDir().mkpath(m_dir.filePath(u"repo/images"_s));
        const QByteArray a = Fixtures::png(Fixtures::dashboard(120, 60, 11));
        const QByteArray b = Fixtures::png(Fixtures::dashboard(120, 60, 12));
        QVERIFY(Fixtures::writeFile(m_dir.filePath(u"repo/images/a.png"_s), a));
        const QString absolute = m_dir.filePath(u"b.png"_s);
        QVERIFY(Fixtures::writeFile(absolute, b));
        const auto r = MarkdownImporter::importMarkdown(
            u"# Shared images\n\n## Summary\n\n![A](../images/a.png)\n\n![B](%1)\n"_s.arg(absolute),
            doc);
        QCOMPARE(r.embedded, (QStringList{u"../images/a.png"_s, absolute}));
        QCOMPARE(r.report.attachments.size(), 2);
        QCOMPARE(r.attachmentBytes.value(AttachmentStore::idFor(a)), a);
        QCOMPARE(r.attachmentBytes.value(AttachmentStore::idFor(b)), b);
        QCOMPARE(r.warnings.filter(u"outside the document's folder"_s).size(), 2);
    }

    // The fixture copied into a fresh folder, with the checkout fixture's images made there.
    MarkdownImporter::Result import(const QString &name)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder + u"/img"_s);
        const QString md = folder + u"/"_s + name;
        QFile::remove(md);
        if (!QFile::copy(fixturePath(name), md))
            qFatal("cannot copy fixture %s", qPrintable(name));
        if (name == QLatin1String("checkout-502s.md")) {
            Fixtures::writeFile(folder + u"/img/checkout-errors.png"_s,
                                Fixtures::png(Fixtures::dashboard(240, 120, 7)));
            // Claims more pixels than a report may hold: refused on its header alone.
            Fixtures::writeFile(folder + u"/img/heatmap.png"_s, Fixtures::pngClaiming(30000, 200));
        }
        QString error;
        const auto result = MarkdownImporter::importFile(md, &error);
        if (!result)
            qFatal("cannot import %s: %s", qPrintable(name), qPrintable(error));
        return *result;
    }

    // "id: title" per section, custom sections as "custom: title".
    static QStringList shape(const Report &r)
    {
        QStringList out;
        for (const Section &s : r.sections)
            out << (s.id.startsWith(u"custom-"_s) ? u"custom"_s : s.id) + u": "_s + s.title;
        return out;
    }

    static QDateTime at(int y, int mo, int d, int h, int mi, int offsetHours)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(offsetHours * 3600));
    }

    static const Section *section(const Report &r, const QString &title)
    {
        for (const Section &s : r.sections) {
            if (s.title == title)
                return &s;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void punsEmojiAndTwelveHourClock()
    {
        const auto r = import(u"cache-astrophe.md"_s);
        const Report &rep = r.report;
        QCOMPARE(rep.metadata.title, u"The Great Cache-astrophe of March 2024 🧀"_s);
        QCOMPARE(rep.templateId, u"classic"_s);
        QCOMPARE(
            shape(rep),
            (QStringList{u"custom: Imported notes"_s, u"impact: Impact"_s, u"summary: Summary"_s,
                         u"root-causes: 🕵️ Root Cause: the usual suspect"_s,
                         u"custom: Timeline notes"_s, u"custom: Cheese Board 🧀"_s}));
        QCOMPARE(rep.metadata.severity, u"SEV2"_s);
        QCOMPARE(rep.metadata.status, u"in-review"_s);
        QCOMPARE(rep.metadata.authors, (QStringList{u"Mira Okafor"_s, u"tomas"_s}));
        QCOMPARE(rep.metadata.timeZone, QByteArray("UTC"));
        // The sub-heading stays inside its section.
        QVERIFY(rep.sections[3].text.contains(u"### Why the canary missed it"_s));
        QVERIFY(section(rep, u"Imported notes"_s)->text.contains(u"**Duration:** about two"_s));

        QCOMPARE(rep.timeline.size(), 5);
        QCOMPARE(rep.timeline[0].at, at(2024, 3, 5, 9, 2, 0));
        QCOMPARE(rep.timeline[0].description,
                 u"Config push `cfg-2291` rolls out to the price service."_s);
        QVERIFY(rep.timeline[1].keyMoment);
        QCOMPARE(rep.timeline[1].description,
                 u"First customer ticket: \"the sale price is gone\"."_s);
        QCOMPARE(rep.timeline[2].description,
                 u"On-call pages the pricing team.\n- Pricing lead joins the bridge at 09:47."_s);
        QCOMPARE(rep.timeline[4].at, at(2024, 3, 5, 11, 12, 0));
        QCOMPARE(section(rep, u"Timeline notes"_s)->text,
                 u"- Later that day the team held a short review."_s);

        QCOMPARE(rep.actionItems.size(), 3);
        QCOMPARE(rep.actionItems[0].title, u"Give each service its own cache endpoint key"_s);
        QCOMPARE(rep.actionItems[0].owner, u"mira"_s);
        QCOMPARE(rep.actionItems[0].due, QDate(2024, 4, 15));
        QCOMPARE(rep.actionItems[0].kind, u"mitigate"_s); // "Corrective actions"
        // Nested items say more than the title: they are its description.
        QCOMPARE(rep.actionItems[1].title,
                 u"Teach the canary to compare prices against the catalogue"_s);
        QCOMPARE(rep.actionItems[1].description,
                 u"- start with the top 100 products\n- alert when more than 1% differ"_s);
        QCOMPARE(rep.actionItems[1].owner, u"tomas"_s);
        QCOMPARE(rep.actionItems[2].priority, u"P1"_s);

        QCOMPARE(r.sections.size(), 6);
        QCOMPARE(r.sections[4].heading, u"4. Fixing the Fix-ups 🔧 (Corrective actions)"_s);
        QCOMPARE(r.sections[4].mappedTo, u"actionItems"_s);
    }

    void tableTimelineAndActionTable()
    {
        const auto r = import(u"ledger-stall.md"_s);
        const Report &rep = r.report;
        QCOMPARE(rep.templateId, u"google-sre"_s);
        QCOMPARE(shape(rep),
                 (QStringList{u"summary: Summary"_s, u"root-causes: Root Causes"_s,
                              u"impact: Impact"_s, u"trigger: Trigger"_s,
                              u"resolution: Resolution"_s, u"detection: Detection"_s,
                              u"lessons-learned: Lessons Learned"_s, u"custom: Timeline notes"_s}));
        QCOMPARE(rep.sections[0].text,
                 u"Payout files for 312 merchants were late by up to two and a half hours."_s);
        QCOMPARE(rep.sections[1].text,
                 u"A schema migration took a table lock that the sync job waited on forever."_s);
        QCOMPARE(rep.metadata.incidentId, u"INC-2207"_s);
        QCOMPARE(rep.metadata.services, (QStringList{u"ledger-sync"_s, u"payouts"_s}));
        QCOMPARE(rep.metadata.started, at(2024, 7, 18, 14, 3, 0));
        QCOMPARE(rep.metadata.resolved, at(2024, 7, 18, 16, 41, 0));

        QCOMPARE(rep.timeline.size(), 5);
        QStringList kinds;
        for (const TimelineEntry &e : rep.timeline)
            kinds << e.kind;
        QCOMPARE(kinds, (QStringList{u"event"_s, u"detection"_s, u"escalation"_s, u"mitigation"_s,
                                     u"resolution"_s}));
        QCOMPARE(rep.timeline[1].at, at(2024, 7, 18, 14, 40, 0));
        QCOMPARE(rep.timeline[1].author, u"sam"_s);
        QCOMPARE(rep.timeline[3].description, u"Migration killed, sync resumes"_s);
        QVERIFY(rep.timeline[3].keyMoment);
        // The row without a time stays, under its header, so it still reads as a table.
        QCOMPARE(rep.sections.last().text,
                 u"| Time (UTC) | Kind | Event | Who |\n|------------|------|-------|-----|\n"
                 "| soon after | Communication | Merchants emailed | support |"_s);

        QCOMPARE(rep.actionItems.size(), 3);
        QCOMPARE(rep.actionItems[0].title, u"Run migrations with a lock timeout"_s);
        QCOMPARE(rep.actionItems[0].owner, u"priya"_s);
        QCOMPARE(rep.actionItems[0].priority, u"P1"_s);
        QCOMPARE(rep.actionItems[0].trackerUrl, u"https://tracker.example.com/LED-88"_s);
        QCOMPARE(rep.actionItems[1].owner, u"Sam Whitfield"_s);
        QCOMPARE(rep.actionItems[1].kind, u"detect"_s);
        QCOMPARE(rep.actionItems[1].trackerUrl, u"https://tracker.example.com/LED-89"_s);
        // A tracker cell that is no address is kept in the title.
        QCOMPARE(rep.actionItems[2].title, u"Document the migration window (LED-90)"_s);
        QCOMPARE(rep.actionItems[2].kind, u"process"_s);
    }

    void imagesLocalMissingRemoteAndWindows()
    {
        const auto r = import(u"checkout-502s.md"_s);
        const Report &rep = r.report;
        QCOMPARE(rep.metadata.title, u"Checkout 502s on Black Friday Eve"_s);
        QCOMPARE(rep.templateId, u"classic"_s);
        QCOMPARE(shape(rep), (QStringList{u"summary: Summary"_s,
                                          u"root-cause-resolution: Root Cause and Resolution"_s,
                                          u"conclusion: Conclusion"_s}));
        QCOMPARE(r.embedded, QStringList{u"img/checkout-errors.png"_s});
        QCOMPARE(r.missing,
                 (QStringList{u"img/whiteboard.jpg"_s, u"C:\\shots\\pool-config.png"_s}));
        QCOMPARE(r.remote, QStringList{u"https://status.edge.example.com/graph.png"_s});
        QCOMPARE(r.refused, QStringList{u"img/heatmap.png"_s});

        const QByteArray png = Fixtures::png(Fixtures::dashboard(240, 120, 7));
        const QString id = QString::fromLatin1(Fixtures::sha256(png));
        QCOMPARE(rep.attachments.size(), 1);
        QCOMPARE(rep.attachments[0].id, id);
        QCOMPARE(rep.attachments[0].mediaType, u"image/png"_s);
        QCOMPARE(rep.attachments[0].fileName, u"checkout-errors.png"_s);
        QCOMPARE(r.attachmentBytes.value(id), png);
        const QString &text = rep.sections[1].text;
        QVERIFY2(text.contains(u"![Checkout errors](attachment:%1 \"502s per minute\")"_s.arg(id)),
                 qPrintable(text));
        QVERIFY(text.contains(u"![War room board](img/whiteboard.jpg)"_s));
        QVERIFY(text.contains(u"![Pool config](C:\\shots\\pool-config.png)"_s));
        QVERIFY(text.contains(u"![Edge status](https://status.edge.example.com/graph.png)"_s));
        QVERIFY(text.contains(u"![Heat map](img/heatmap.png)"_s));

        QCOMPARE(rep.metadata.started, at(2023, 11, 23, 21, 48, 1));
        QCOMPARE(rep.metadata.mitigated, at(2023, 11, 23, 22, 31, 1));
        QCOMPARE(rep.metadata.timeZone, QByteArray("Europe/Berlin"));
        QCOMPARE(rep.metadata.authors, (QStringList{u"Ines Duarte"_s, u"Kwame Mensah"_s}));
        QCOMPARE(rep.timeline.size(), 4);
        QCOMPARE(rep.timeline[1].at, at(2023, 11, 23, 21, 52, 1));
        QCOMPARE(rep.timeline[1].description, u"502 rate climbs above 30%."_s);

        QCOMPARE(rep.actionItems.size(), 3);
        QCOMPARE(rep.actionItems[0].status, u"done"_s);
        QCOMPARE(rep.actionItems[0].owner, u"ines"_s);
        QCOMPARE(rep.actionItems[1].status, u"open"_s);
        QCOMPARE(rep.actionItems[1].owner, u"Kwame Mensah"_s);
        QCOMPARE(rep.actionItems[1].title, u"Alert on 502 rate per pool, not per region"_s);
        // "Corrective and Preventative Measures" names two kinds: the items get neither.
        QCOMPARE(rep.actionItems[2].kind, QString());
    }

    void frontMatterPlainLinesAndMidnight()
    {
        const auto r = import(u"night-shift.md"_s);
        const Report &rep = r.report;
        QCOMPARE(rep.metadata.title, u"Search went dark overnight"_s);
        QCOMPARE(rep.metadata.severity, u"SEV3"_s);
        QCOMPARE(rep.metadata.tags, (QStringList{u"search"_s, u"night"_s}));
        QCOMPARE(rep.metadata.timeZone, QByteArray("America/Los_Angeles"));
        QCOMPARE(shape(rep), (QStringList{u"custom: Imported notes"_s, u"summary: Summary"_s,
                                          u"went-wrong: Lessons Learned: What Went Wrong"_s,
                                          u"got-lucky: Lessons Learned: Where We Got Lucky"_s}));
        QCOMPARE(
            rep.sections[0].text,
            u"layout: postmortem\n\nWritten the morning after, so some details may be fuzzy."_s);

        QCOMPARE(rep.timeline.size(), 6);
        QCOMPARE(rep.timeline[0].at, at(2024, 6, 11, 22, 58, -7));
        QCOMPARE(rep.timeline[0].description, u"Nightly reindex job starts."_s);
        // 12:22 AM after 11:44 PM is the next day.
        QCOMPARE(rep.timeline[3].at, at(2024, 6, 12, 0, 22, -7));
        QCOMPARE(rep.timeline[3].at.offsetFromUtc(), -7 * 3600);
        QVERIFY(r.warnings.join(u'\n').contains(u"next day, 2024-06-12"_s));
        // A line of the same paragraph belongs to the entry above it; "around" is approximate.
        QCOMPARE(rep.timeline[2].description, u"Synthetic search check goes red.\n"
                                              "Page went to the secondary, who was asleep."_s);
        QCOMPARE(rep.timeline[5].at, at(2024, 6, 12, 1, 0, -7));
        QVERIFY(rep.timeline[5].approximate);
        QCOMPARE(rep.timeline[5].description, u"the team went back to sleep"_s);

        QCOMPARE(rep.actionItems.size(), 3);
        QCOMPARE(rep.actionItems[0].title, u"Check the document count before swapping an alias"_s);
        QCOMPARE(rep.actionItems[0].owner, u"lena"_s);
        QCOMPARE(rep.actionItems[0].due, QDate(2024, 7, 1));
        QCOMPARE(rep.actionItems[0].priority, u"P1"_s);
        QCOMPARE(rep.actionItems[2].title, u"Rename the reindex dashboard, nobody could find it"_s);
    }

    void dateHeadingsZoneAndKindSubheadings()
    {
        const auto r = import(u"cron-dst.md"_s);
        const Report &rep = r.report;
        QCOMPARE(rep.metadata.title, u"🕐 When the clocks went forward (INC-3301)"_s);
        // Two fields on one line, both read, and the line is gone.
        QCOMPARE(rep.metadata.severity, u"SEV3"_s);
        QCOMPARE(rep.metadata.authors, QStringList{u"Hannah Berg"_s});
        QCOMPARE(shape(rep), (QStringList{u"summary: Summary"_s,
                                          u"root-causes: 🕵️ Root Cause: the usual suspect"_s}));
        QCOMPARE(rep.metadata.timeZone, QByteArray("Europe/Berlin"));
        QCOMPARE(rep.timeline.size(), 5);
        QCOMPARE(rep.timeline[0].at, at(2024, 3, 30, 23, 55, 1));
        QCOMPARE(rep.timeline[1].at, at(2024, 3, 31, 1, 59, 1));
        // After the clocks went forward: the zone's offset of that instant.
        QCOMPARE(rep.timeline[2].at, at(2024, 3, 31, 3, 0, 2));
        QVERIFY(rep.timeline[2].keyMoment);
        QCOMPARE(rep.timeline[2].description, u"Clocks have jumped; the 02:30 job never fires."_s);
        QCOMPARE(rep.actionItems.size(), 3);
        QCOMPARE(rep.actionItems[0].kind, u"mitigate"_s);
        QCOMPARE(rep.actionItems[0].owner, u"hannah"_s);
        QCOMPARE(rep.actionItems[1].kind, u"prevent"_s);
        QCOMPARE(rep.actionItems[1].owner, u"jonas"_s);
        QCOMPARE(rep.actionItems[2].title, u"Add a DST test case to the scheduler suite"_s);
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
    }

    void noDateCodeBlocksAndCustomSections()
    {
        const auto r = import(u"pizza-ledger.md"_s);
        const Report &rep = r.report;
        QCOMPARE(shape(rep),
                 (QStringList{u"custom: Imported notes"_s, u"summary: Summary"_s,
                              u"impact: Impact on Customers"_s, u"custom: Timeline notes"_s,
                              u"custom: Pizza ledger 🍕"_s}));
        QCOMPARE(rep.timeline.size(), 3);
        // No date anywhere: times alone, never an invented day, said in the warnings; no
        // zone: UTC, said too.
        for (const TimelineEntry &e : rep.timeline) {
            QVERIFY(!e.at.isValid());
            QVERIFY(e.hasDateLessTime());
        }
        QCOMPARE(rep.timeline[0].clock, QTime(9, 0));
        QCOMPARE(rep.timeline[2].description, u"Bot rolled back."_s);
        const QString warnings = r.warnings.join(u'\n');
        QVERIFY2(warnings.contains(u"3 timeline entries have a time but the document gives no "
                                   "date"_s) &&
                     !warnings.contains(u"2000"_s),
                 qPrintable(warnings));
        QVERIFY(warnings.contains(u"read as UTC"_s));
        // Code is not parsed: its "heading" and "entry" stay in the notes as written.
        QVERIFY(
            section(rep, u"Timeline notes"_s)
                ->text.contains(u"```text\n## not a heading\n- 09:00 not an entry either\n```"_s));
        QCOMPARE(section(rep, u"Pizza ledger 🍕"_s)->text.count(u'\n'), 3);
        QCOMPARE(rep.actionItems.size(), 2);
        QCOMPARE(rep.actionItems[0].owner, u"ada"_s);
        QCOMPARE(rep.actionItems[1].title, u"Tell the payment client team"_s);
    }

    // Every line of prose in every fixture is somewhere in the report: in a section's text,
    // an entry, an action item or a metadata field. Headings, table headers and "All times …"
    // lines are structure (kept as section titles, columns and the report's zone).
    // Headings as people write them: a line of bold text, a short line ending in a colon
    // before a list, "#Heading" with no space, HTML headings. Table-driven over the lines.
    void headingShapes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("beforeList");
        QTest::addColumn<QString>("heading");
        QTest::newRow("bold colon inside") << u"**Timeline:**"_s << false << u"Timeline"_s;
        QTest::newRow("bold colon outside") << u"**Timeline**:"_s << false << u"Timeline"_s;
        QTest::newRow("bold italic") << u"***Root cause***"_s << false << u"Root cause"_s;
        QTest::newRow("underscores") << u"__Impact__"_s << false << u"Impact"_s;
        QTest::newRow("bold group label")
            << u"**Specific Tasks:**"_s << true << u"Specific Tasks"_s;
        QTest::newRow("bold sentence") << u"**The site was down.**"_s << false << QString();
        QTest::newRow("bold field") << u"**Duration:** 2 hours"_s << false << QString();
        QTest::newRow("no space") << u"#Timeline of events"_s << false << u"Timeline of events"_s;
        QTest::newRow("ticket number") << u"#123 was the ticket"_s << false << QString();
        QTest::newRow("colon before list")
            << u"Improvements/Fixes:"_s << true << u"Improvements/Fixes"_s;
        QTest::newRow("part name with colon") << u"Root cause:"_s << false << u"Root cause"_s;
        QTest::newRow("part name alone") << u"Action Items"_s << false << u"Action Items"_s;
        QTest::newRow("prose before list") << u"The team did the following:"_s << true << QString();
        QTest::newRow("lowercase before list") << u"we tried:"_s << true << QString();
        QTest::newRow("colon without list") << u"Mitigations tried:"_s << false << QString();
    }

    void headingShapes()
    {
        QFETCH(QString, line);
        QFETCH(bool, beforeList);
        QFETCH(QString, heading);
        QCOMPARE(HeadingShapes::pseudoHeading(line, beforeList), heading);
    }

    // HTML blocks become the Markdown they mean; nothing a reader sees is dropped.
    void htmlBlocksAsMarkdown_data()
    {
        QTest::addColumn<QStringList>("html");
        QTest::addColumn<QStringList>("markdown");
        QTest::newRow("heading") << QStringList{u"<h2 id=\"t\">Action Items</h2>"_s}
                                 << QStringList{u"## Action Items"_s};
        QTest::newRow("list") << QStringList{u"<ul><li>Dead-letter (owner: kim)</li>"_s,
                                             u"<li><b>Alert</b> on depth</li></ul>"_s}
                              << QStringList{u"- Dead-letter (owner: kim)"_s,
                                             u"- **Alert** on depth"_s};
        QTest::newRow("entities") << QStringList{u"<p>Rates &amp; fees &lt;3</p>"_s}
                                  << QStringList{u"Rates & fees <3"_s};
        QTest::newRow("link")
            << QStringList{u"<p>See <a href=\"https://x.example\">the log</a></p>"_s}
            << QStringList{u"See [the log](https://x.example)"_s};
        QTest::newRow("head and style dropped, heading mid-line")
            << QStringList{u"<html><head><style>p { color: red; }</style></head>"_s,
                           u"<body><h1>Queue stall</h1><p>It stalled.</p>"_s}
            << QStringList{u"# Queue stall"_s, u"It stalled."_s};
        QTest::newRow("image, attributes in any order")
            << QStringList{u"<img width=\"300\" alt=\"db [load]\" src=\"img/load one.png\" />"_s}
            << QStringList{u"![db \\[load\\]](img/load%20one.png)"_s};
    }

    void htmlBlocksAsMarkdown()
    {
        QFETCH(QStringList, html);
        QFETCH(QStringList, markdown);
        QCOMPARE(HeadingShapes::htmlAsMarkdown(html), markdown);
    }

    // Whole postmortems whose headings are bold lines, HTML or "#Heading": their timeline and
    // action items are found, and "**Label:** text" items become a title and a description.
    void headingsAsPeopleWriteThem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("actions");
        QTest::newRow("bold") << u"bold-headings-colon.md"_s
                              << u"Postmortem: Parcel tracker returned blank maps"_s << 5 << 4;
        QTest::newRow("html") << u"html-headings-and-list.md"_s
                              << u"Loyalty points double-credited"_s << 4 << 2;
        QTest::newRow("no space") << u"nospace-heading-midnight.md"_s << u"Sprout wiki went quiet"_s
                                  << 5 << 2;
        QTest::newRow("labels") << u"label-items-title-description.md"_s
                                << u"Postmortem: Gift card balance drift 💳"_s << 3 << 3;
    }

    void headingsAsPeopleWriteThem()
    {
        QFETCH(QString, name);
        QFETCH(QString, title);
        QFETCH(int, entries);
        QFETCH(int, actions);
        const auto r = import(name);
        QCOMPARE(r.report.metadata.title, title);
        QCOMPARE(r.report.timeline.size(), entries);
        QCOMPARE(r.report.actionItems.size(), actions);
        for (const Section &s : r.report.sections) {
            for (const char *raw : {"<h", "<li", "<p>", "<strong"})
                QVERIFY2(!s.text.contains(QLatin1String(raw)),
                         qPrintable(s.title + u": "_s + s.text));
        }
        for (const ActionItem &a : r.report.actionItems)
            QVERIFY2(!a.title.contains(u"**"_s), qPrintable(a.title));
    }

    void labelItemsAreTitleAndDescription()
    {
        const auto r = import(u"label-items-title-description.md"_s);
        const QList<ActionItem> &items = r.report.actionItems;
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[0].title, u"Lag Alarm"_s);
        QCOMPARE(items[0].description, u"Page when replication lag passes five minutes."_s);
        QCOMPARE(items[2].title, u"Read From Primary"_s);
        QCOMPARE(items[2].description, u"Serve balances from the primary during lag."_s);
        for (const ActionItem &a : items) {
            QVERIFY(a.priority.isEmpty()); // the document gives none: none is invented
            QVERIFY(a.owner.isEmpty());
        }
    }

    void textIsNeverLost_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &f : QDir(QStringLiteral(DEBRIEF_IMPORT_FIXTURES))
                                    .entryList({u"*.md"_s}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f)) << f;
    }

    void textIsNeverLost()
    {
        QFETCH(QString, name);
        const auto r = import(name);
        const QString haystack = u" "_s + words(reportText(r)).join(u' ') + u" "_s;
        QFile file(fixturePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        // Headings (also "#Heading" and HTML ones) become section titles, which may be the
        // template's own name for the part.
        static const QRegularExpression heading(u"^\\s{0,3}#{1,6}|<h[1-6]\\b"_s);
        static const QRegularExpression tag(u"<[^>]*>"_s);
        static const QRegularExpression underline(u"^\\s*(=+|-+)\\s*$"_s);
        static const QRegularExpression delimiter(u"^(?=.*\\|)[\\s|:-]+$"_s);
        static const QRegularExpression zone(u"^[\\W_]*(all )?times\\b"_s,
                                             QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression imageTarget(u"(!\\[[^\\]]*\\])\\([^)]*\\)"_s);
        static const QRegularExpression split(
            u"[()\\[\\]|:,;\\x{00B7}\\x{2014}\\x{2013}]|\\s-\\s"_s);
        static const QStringList labels{
            u"date"_s,     u"duration"_s,   u"severity"_s,    u"status"_s,    u"authors"_s,
            u"incident"_s, u"services"_s,   u"started"_s,     u"mitigated"_s, u"resolved"_s,
            u"impact"_s,   u"title"_s,      u"root causes"_s, u"tags"_s,      u"owner"_s,
            u"due"_s,      u"root cause"_s, u"start"_s,       u"end"_s};
        int checked = 0;
        bool style = false; // inside an HTML <style> or <head>: not text a reader sees
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString line = QString(lines.at(i)).replace(tag, u" "_s);
            style = style || lines.at(i).contains(u"<head"_s) || lines.at(i).contains(u"<style"_s);
            if (style) {
                style = !lines.at(i).contains(u"</head>"_s) && !lines.at(i).contains(u"</style>"_s);
                continue;
            }
            const QString next = lines.value(i + 1);
            if (heading.match(lines.at(i)).hasMatch() || underline.match(line).hasMatch() ||
                !HeadingShapes::pseudoHeading(line, true).isEmpty() ||
                (underline.match(next).hasMatch() && !next.trimmed().isEmpty() &&
                 next.trimmed() != u"---"_s) ||
                delimiter.match(line).hasMatch() || isKindLabel(line) ||
                (line.trimmed().startsWith(u'|') && delimiter.match(next).hasMatch()) ||
                zone.match(line).hasMatch())
                continue;
            QString text = line;
            text.replace(imageTarget, u"\\1"_s);
            for (const QString &segment : text.split(split)) {
                const QStringList w = words(segment);
                if (w.isEmpty() || labels.contains(w.join(u' ')))
                    continue;
                ++checked;
                QVERIFY2(
                    haystack.contains(u" "_s + w.join(u' ') + u" "_s),
                    qPrintable(
                        u"line %1 of %2: \"%3\" (\"%4\") is not in the report"_s.arg(i + 1).arg(
                            name, line, segment)));
            }
        }
        QVERIFY(checked > 5); // not vacuous
    }

    void sectionNames_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<bool>("exact");
        QTest::newRow("plain") << u"Summary"_s << u"summary"_s << true;
        QTest::newRow("tldr") << u"TL;DR"_s << u"summary"_s << true;
        QTest::newRow("executive") << u"Executive summary"_s << u"summary"_s << true;
        QTest::newRow("numbered emoji") << u"3. Root cause 🔥"_s << u"root-cause"_s << true;
        QTest::newRow("emoji first") << u"🔥 4) Impact"_s << u"impact"_s << true;
        QTest::newRow("pun") << u"🕵️ Root Cause: the usual suspect"_s << u"root-cause"_s << false;
        QTest::newRow("and resolution")
            << u"Root Cause & Resolution"_s << u"root-cause-resolution"_s << true;
        QTest::newRow("mitigation") << u"Mitigation"_s << u"resolution"_s << true;
        QTest::newRow("recovery") << u"Recovery"_s << u"resolution"_s << true;
        QTest::newRow("measures") << u"Corrective and Preventative Measures"_s << u"actions"_s
                                  << true;
        QTest::newRow("follow-ups") << u"Follow-ups"_s << u"actions"_s << true;
        QTest::newRow("aside") << u"Mopping up (Action items)"_s << u"actions"_s << false;
        QTest::newRow("went well") << u"What went well 🎉"_s << u"went-well"_s << true;
        QTest::newRow("lucky") << u"Where we got lucky"_s << u"got-lucky"_s << true;
        QTest::newRow("template title")
            << u"Lessons Learned: What Went Wrong"_s << u"went-wrong"_s << true;
        QTest::newRow("lessons") << u"Lessons learned"_s << u"lessons"_s << true;
        QTest::newRow("timeline") << u"Timeline (all times UTC)"_s << u"timeline"_s << false;
        QTest::newRow("none") << u"Pizza ledger"_s << QString() << false;
        QTest::newRow("not a prefix word") << u"Impactful changes"_s << QString() << false;
    }

    void sectionNames()
    {
        QFETCH(QString, heading);
        QFETCH(QString, topic);
        QFETCH(bool, exact);
        const auto m = SectionMatcher::match(heading);
        QCOMPARE(m ? topicName(m->topic) : QString(), topic);
        if (m)
            QCOMPARE(m->exact, exact);
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<int>("offset"); // minutes; -1: no zone
        QTest::newRow("24h") << u"09:15"_s << QDate() << QTime(9, 15) << -1;
        QTest::newRow("am") << u"9:05 AM"_s << QDate() << QTime(9, 5) << -1;
        QTest::newRow("midnight") << u"12:30 a.m."_s << QDate() << QTime(0, 30) << -1;
        QTest::newRow("noon") << u"12:05 PM"_s << QDate() << QTime(12, 5) << -1;
        QTest::newRow("short pm") << u"9pm"_s << QDate() << QTime(21, 0) << -1;
        QTest::newRow("iso") << u"2024-03-05T09:15:00Z"_s << QDate(2024, 3, 5) << QTime(9, 15) << 0;
        QTest::newRow("offset") << u"2024-03-05 09:15+02:00"_s << QDate(2024, 3, 5) << QTime(9, 15)
                                << 120;
        QTest::newRow("words") << u"March 5, 2024 at 9:00 PM PDT"_s << QDate(2024, 3, 5)
                               << QTime(21, 0) << -420;
        QTest::newRow("day first")
            << u"Tue 5 Mar 2024 23:10 (CET)"_s << QDate(2024, 3, 5) << QTime(23, 10) << 60;
        QTest::newRow("utc offset") << u"14:00 UTC+5:30"_s << QDate() << QTime(14, 0) << 330;
        QTest::newRow("iana") << u"2026-03-29 01:50 Europe/Berlin"_s << QDate(2026, 3, 29)
                              << QTime(1, 50) << 60;
        // Clocks as people write them.
        QTest::newRow("hrs") << u"2100hrs"_s << QDate() << QTime(21, 0) << -1;
        QTest::newRow("hrs spaced") << u"0015 hrs"_s << QDate() << QTime(0, 15) << -1;
        QTest::newRow("colon am") << u"3:AM"_s << QDate() << QTime(3, 0) << -1;
        QTest::newRow("word midnight") << u"Midnight"_s << QDate() << QTime(0, 0) << -1;
        QTest::newRow("word noon") << u"noon UTC"_s << QDate() << QTime(12, 0) << 0;
        QTest::newRow("numeric day first")
            << u"24-10-2024 04:00"_s << QDate(2024, 10, 24) << QTime(4, 0) << -1;
        QTest::newRow("month first slashes")
            << u"10/24/2024 04:00"_s << QDate(2024, 10, 24) << QTime(4, 0) << -1;
        QTest::newRow("dash between")
            << u"24.10.2024 - 08:15"_s << QDate(2024, 10, 24) << QTime(8, 15) << -1;
        QTest::newRow("slash between")
            << u"2023-01-04/11:34"_s << QDate(2023, 1, 4) << QTime(11, 34) << -1;
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(int, offset);
        const auto ts = TimestampText::parseWhole(text);
        QVERIFY(ts);
        QCOMPARE(ts->date, date);
        QCOMPARE(ts->time, time);
        QCOMPARE(bool(ts->zone), offset != -1);
        if (ts->zone)
            QCOMPARE(ts->zone->zone.offsetFromUtc(QDateTime(QDate(2026, 1, 10), QTime(12, 0))),
                     offset * 60);
    }

    void notTimestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("13 pm") << u"13:00 PM"_s;
        QTest::newRow("minutes") << u"09:75"_s;
        QTest::newRow("bare number") << u"0915"_s;
        QTest::newRow("hrs out of range") << u"2500hrs"_s;
        QTest::newRow("midnight in a word") << u"midnights"_s;
        QTest::newRow("version") << u"1.2.3"_s;
        QTest::newRow("lowercase zone word") << u"09:15 est"_s;
    }

    void notTimestamps()
    {
        QFETCH(QString, text);
        QVERIFY(!TimestampText::parseWhole(text));
    }

    void zones()
    {
        QCOMPARE(ZoneName::fromStatement(u"All times UTC."_s)->displayId, QByteArray("UTC"));
        QCOMPARE(ZoneName::fromStatement(u"_All times Europe/Berlin._"_s)->displayId,
                 QByteArray("Europe/Berlin"));
        QCOMPARE(ZoneName::fromStatement(u"Times are in PDT"_s)
                     ->zone.offsetFromUtc(QDateTime::currentDateTimeUtc()),
                 -7 * 3600);
        QCOMPARE(ZoneName::inHeading(u"Time (EDT)"_s)->displayId, QByteArray("America/New_York"));
        QVERIFY(!ZoneName::fromStatement(u"All times were stressful"_s));
        QVERIFY(!ZoneName::parse(u"Mars/Olympus"_s));
    }

    // Kinds and statuses people write that are not our words map to ours; others are kept
    // and reported.
    void vocabularySynonyms()
    {
        const auto r = MarkdownImporter::importMarkdown(
            u"# T\n\n## Timeline\n\n| When | What | Type |\n| - | - | - |\n"
            "| 2024-01-02 10:00 | Pager went off | Alert |\n"
            "| 10:05 | Deployed | Deploy |\n\n"
            "## Action items\n\n| Task | Status | Category |\n|---|---|---|\n"
            "| Fix it | WIP | Corrective |\n| Watch it | ✅ | Monitoring |\n"_s,
            m_dir.path());
        QCOMPARE(r.report.timeline.size(), 2);
        QCOMPARE(r.report.timeline[0].kind, u"detection"_s);
        QCOMPARE(r.report.timeline[1].kind, u"deploy"_s);
        QCOMPARE(r.report.timeline[1].at, at(2024, 1, 2, 10, 5, 0));
        QVERIFY(r.warnings.join(u'\n').contains(u"\"Deploy\""_s));
        QCOMPARE(r.report.actionItems.size(), 2);
        QCOMPARE(r.report.actionItems[0].status, u"in-progress"_s);
        QCOMPARE(r.report.actionItems[0].kind, u"mitigate"_s);
        QCOMPARE(r.report.actionItems[1].status, u"done"_s);
        QCOMPARE(r.report.actionItems[1].kind, u"detect"_s);
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1: not a duration
        QTest::newRow("minutes") << u"47 minutes"_s << qint64(47 * 60);
        QTest::newRow("hours and minutes") << u"2 hours and 30 minutes"_s << qint64(9000);
        QTest::newRow("short") << u"1h 10m"_s << qint64(4200);
        QTest::newRow("about") << u"about 90 mins."_s << qint64(5400);
        QTest::newRow("comma") << u"1 hour, 5 minutes"_s << qint64(3900);
        QTest::newRow("decimal") << u"1.5 hours"_s << qint64(5400);
        QTest::newRow("months are not minutes") << u"2 months"_s << qint64(-1);
        QTest::newRow("prose") << u"most of the afternoon"_s << qint64(-1);
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QCOMPARE(DurationText::seconds(text).value_or(-1), seconds);
    }

    void spans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("from"); // in UTC; the date 2000-01-01 when none is given
        QTest::addColumn<QDateTime>("to");
        auto utc = [](int y, int mo, int d, int h, int mi) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::UTC);
        };
        QTest::newRow("from to zone") << u"From 09:00 AM to 11:30 AM (UTC)"_s
                                      << utc(2000, 1, 1, 9, 0) << utc(2000, 1, 1, 11, 30);
        QTest::newRow("dash offset") << u"10:30 AM \u2013 12:00 PM (UTC-5)"_s
                                     << utc(2000, 1, 1, 15, 30) << utc(2000, 1, 1, 17, 0);
        QTest::newRow("dates both ends") << u"April 10, 2024, 10:30 AM - April 10, 2024, 12:00 PM"_s
                                         << utc(2024, 4, 10, 10, 30) << utc(2024, 4, 10, 12, 0);
        QTest::newRow("not a span") << u"09:00 and then some"_s << QDateTime() << QDateTime();
    }

    void spans()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        const auto span = DurationText::span(text);
        QCOMPARE(bool(span), from.isValid());
        if (!span)
            return;
        auto instant = [](const TimestampText &t) {
            return QDateTime(t.date.isValid() ? t.date : QDate(2000, 1, 1), t.time,
                             t.zone ? t.zone->zone : QTimeZone(QTimeZone::UTC));
        };
        QCOMPARE(instant(span->from).toUTC(), from);
        QCOMPARE(instant(span->to).toUTC(), to);
    }

    void durationLineGivesStartAndEnd()
    {
        const auto r = MarkdownImporter::importMarkdown(
            u"# Late invoices\n\n**Date:** 2025-06-02\n"
            "**Duration:** From 09:00 AM to 11:30 AM (UTC-5)\n\nText.\n"_s,
            m_dir.path());
        const ReportMetadata &m = r.report.metadata;
        QCOMPARE(m.started, QDateTime(QDate(2025, 6, 2), QTime(14, 0), QTimeZone::UTC));
        QCOMPARE(m.resolved, QDateTime(QDate(2025, 6, 2), QTime(16, 30), QTimeZone::UTC));
        QCOMPARE(IncidentMetrics(m).duration().secs, qint64(9000));
        QVERIFY2(!r.warnings.join(u'\n').contains(u"names no time zone"_s),
                 qPrintable(r.warnings.join(u'\n')));
        QVERIFY(!r.report.sections.first().text.contains(u"Duration"_s));
    }

    void entryKindsFromWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind"); // empty: no guess
        QTest::newRow("alert") << u"PagerDuty **alert** fires for 5xx rate"_s << u"detection"_s;
        QTest::newRow("noticed") << u"Support noticed slow logins"_s << u"detection"_s;
        QTest::newRow("paged") << u"Secondary on-call paged"_s << u"escalation"_s;
        QTest::newRow("brought in") << u"DBA team brought in"_s << u"escalation"_s;
        QTest::newRow("rolled back") << u"Release 4.2 rolled back"_s << u"mitigation"_s;
        QTest::newRow("workaround") << u"Workaround: route via the old proxy"_s << u"mitigation"_s;
        QTest::newRow("restored") << u"Service restored for all regions"_s << u"resolution"_s;
        QTest::newRow("back to normal") << u"Error rate back to normal"_s << u"resolution"_s;
        QTest::newRow("status page") << u"Status page updated"_s << u"communication"_s;
        QTest::newRow("earliest wins")
            << u"Alerts fired, and the deploy was rolled back"_s << u"detection"_s;
        QTest::newRow("nothing telling") << u"Team looks at dashboards"_s << QString();
        QTest::newRow("inside a word") << u"Realerting config reviewed"_s << QString();
    }

    void entryKindsFromWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        const auto g = EntryKindWords::guess(text);
        QCOMPARE(g ? g->kind : QString(), kind);
    }

    // Timed runs are a timeline wherever they stand; lines between them are untimed entries.
    void timelineShapes_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("times");
        QTest::addColumn<QStringList>("descriptions");
        const QString head = u"# Outage\n\nAll times UTC.\n\n"_s;
        QTest::newRow("under another heading")
            << head + u"## What happened\n\n- 09:00 Deploy starts\n- 09:05 Errors climb\n"_s
            << QStringList{u"09:00"_s, u"09:05"_s}
            << QStringList{u"Deploy starts"_s, u"Errors climb"_s};
        QTest::newRow("above the first heading")
            << u"09:00 - Deploy starts\n09:05 - Errors climb\n\n# Outage\n\nText.\n"_s
            << QStringList{u"09:00"_s, u"09:05"_s}
            << QStringList{u"Deploy starts"_s, u"Errors climb"_s};
        QTest::newRow("one time in prose stays prose")
            << head + u"## Root cause\n\nAt 09:00 a deploy began. It was bad.\n"_s << QStringList()
            << QStringList();
        QTest::newRow("paragraphs starting with a time")
            << head + u"## Response\n\nAt 09:00 the deploy began\nand ran long.\n\n"
                      "Around 09:20, we rolled it back.\n"_s
            << QStringList{u"09:00"_s, u"~09:20"_s}
            << QStringList{u"the deploy began\nand ran long."_s, u"we rolled it back."_s};
        QTest::newRow("time headings")
            << head + u"## Timeline\n\n### 09:00\n\nDeploy starts.\n\n"
                      "### 09:05 — Errors\n\nThey climb.\n"_s
            << QStringList{u"09:00"_s, u"09:05"_s}
            << QStringList{u"Deploy starts."_s, u"Errors\n\nThey climb."_s};
        QTest::newRow("range")
            << head + u"## Timeline\n\n- 10:30\u201310:45 Failover runs\n- 10:50 Done\n"_s
            << QStringList{u"10:30"_s, u"10:50"_s}
            << QStringList{u"(until 10:45) Failover runs"_s, u"Done"_s};
        QTest::newRow("run together")
            << head + u"## Timeline\n\n09:02 Alerts fire. 09:05 On-call paged.\n"_s
            << QStringList{u"09:02"_s, u"09:05"_s}
            << QStringList{u"Alerts fire."_s, u"On-call paged."_s};
        QTest::newRow("twelve-hour clock without am or pm")
            << head + u"## Timeline\n\n- 11:54 Deploy\n- 12:16 Errors\n- 1:52 Rollback\n"_s
            << QStringList{u"11:54"_s, u"12:16"_s, u"13:52"_s}
            << QStringList{u"Deploy"_s, u"Errors"_s, u"Rollback"_s};
        QTest::newRow("indented four spaces")
            << head + u"## Timeline\n\n    - 09:00 ::::: Deploy\n    - 09:10 ::::: Rollback\n"_s
            << QStringList{u"09:00"_s, u"09:10"_s} << QStringList{u"Deploy"_s, u"Rollback"_s};
        QTest::newRow("inside a markdown fence")
            << u"```markdown\n# Outage\n\nAll times UTC.\n\n## Timeline\n\n- 09:00 Deploy\n"
               "- 09:10 Rollback\n"_s
            << QStringList{u"09:00"_s, u"09:10"_s} << QStringList{u"Deploy"_s, u"Rollback"_s};
        QTest::newRow("untimed between")
            << head + u"## Timeline\n\nWhat we saw:\n\n- 09:00 Deploy\n- Dashboards go red\n"
                      "- 09:10 Rollback\n- Postmortem scheduled\n"_s
            << QStringList{u"09:00"_s, QString(), u"09:10"_s}
            << QStringList{u"Deploy"_s, u"Dashboards go red"_s, u"Rollback"_s};
    }

    void timelineShapes()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, times);
        QFETCH(QStringList, descriptions);
        const auto r = MarkdownImporter::importMarkdown(markdown, m_dir.path());
        QStringList gotTimes, gotDescriptions;
        for (const TimelineEntry &e : r.report.timeline) {
            gotTimes << (e.approximate ? u"~"_s : QString()) + e.clock.toString(u"HH:mm"_s);
            gotDescriptions << e.description;
        }
        QCOMPARE(gotTimes, times);
        QCOMPARE(gotDescriptions, descriptions);
    }

    // Action lists wherever they stand, in the shapes people give them.
    void actionShapes_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QStringList>("descriptions");
        const QString head = u"# Outage\n\n"_s;
        QTest::newRow("subheading in another part")
            << head + u"## Remediation\n\nWe restarted it.\n\n### Long-term improvements\n\n"
                      "- Shard the queue\n- Alert on lag\n"_s
            << QStringList{u"Shard the queue"_s, u"Alert on lag"_s}
            << QStringList{QString(), QString()};
        QTest::newRow("list label in another part")
            << head + u"## Notes\n\n- Corrective measures\n  - Pin the image\n  - Add a canary\n"_s
            << QStringList{u"Pin the image"_s, u"Add a canary"_s}
            << QStringList{QString(), QString()};
        QTest::newRow("headings as items")
            << head + u"## Resulting actions\n\n#### @dana Rotate the archive\n\nNightly, "
                      "keep five days.\n\n#### Page on disk use\n\nAt 85%.\n"_s
            << QStringList{u"Rotate the archive"_s, u"Page on disk use"_s}
            << QStringList{u"Nightly, keep five days."_s, u"At 85%."_s};
        QTest::newRow("bullets between numbered items")
            << head + u"## Action items\n\n1. **Split the table**\n\n- new schema\n"
                      "- backfill\n\n2. **Watch the OIDs**\n"_s
            << QStringList{u"Split the table"_s, u"Watch the OIDs"_s}
            << QStringList{u"- new schema\n- backfill"_s, QString()};
        QTest::newRow("check marks, one per line")
            << head + u"## Action items\n\n\u2705 Add config tests  \n\u2B1C Page on lag\n"_s
            << QStringList{u"Add config tests"_s, u"Page on lag"_s}
            << QStringList{QString(), QString()};
        QTest::newRow("short paragraphs")
            << head + u"## Next steps\n\nTask 1: rotate the keys\n\nTask 2: audit the bucket\n"_s
            << QStringList{u"Task 1: rotate the keys"_s, u"Task 2: audit the bucket"_s}
            << QStringList{QString(), QString()};
        QTest::newRow("one paragraph of prose stays prose")
            << head + u"## Next steps\n\nWe will look at the whole pipeline next quarter.\n"_s
            << QStringList() << QStringList();
        QTest::newRow("actions taken are not action items")
            << head + u"## Resolution\n\n### Actions taken\n\n- Restarted the broker\n"_s
            << QStringList() << QStringList();
    }

    void actionShapes()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, titles);
        QFETCH(QStringList, descriptions);
        const auto r = MarkdownImporter::importMarkdown(markdown, m_dir.path());
        QStringList gotTitles, gotDescriptions;
        for (const ActionItem &a : r.report.actionItems) {
            gotTitles << MarkdownOutline::plainText(a.title);
            gotDescriptions << a.description;
        }
        QCOMPARE(gotTitles, titles);
        QCOMPARE(gotDescriptions, descriptions);
        if (QTest::currentDataTag() == QByteArray("headings as items"))
            QCOMPARE(r.report.actionItems[0].owner, u"dana"_s);
        if (QTest::currentDataTag() == QByteArray("check marks, one per line")) {
            QCOMPARE(r.report.actionItems[0].status, u"done"_s);
            QCOMPARE(r.report.actionItems[1].status, u"open"_s);
        }
    }

    // The only instants are a span with no day: times alone, and the duration between them.
    void durationLineWithoutDate()
    {
        const auto r = MarkdownImporter::importMarkdown(
            u"# Slow search\n\n**Duration:** From 09:00 AM to 11:30 AM (UTC)\n\nText.\n"_s,
            m_dir.path());
        const ReportMetadata &m = r.report.metadata;
        QVERIFY(!m.started.isValid() && !m.resolved.isValid());
        QCOMPARE(m.startedClock, QTime(9, 0));
        QCOMPARE(m.resolvedClock, QTime(11, 30));
        QCOMPARE(m.timeZone, QByteArray("UTC"));
        QCOMPARE(IncidentMetrics(r.report).duration().secs, std::optional<qint64>(9000));
        QVERIFY2(!r.warnings.join(u'\n').contains(u"names no time zone"_s),
                 qPrintable(r.warnings.join(u'\n')));
    }

    void yearFromTheDocumentIsListedAsInferred()
    {
        const auto r = MarkdownImporter::importMarkdown(
            u"# T\n\n**Date:** 2024-03-05\n\nAll times UTC.\n\n## Timeline\n\n"
            "- 2024-03-05 23:50 Deploy\n- Mar 6 00:10 Rollback\n"_s,
            m_dir.path());
        QCOMPARE(r.report.timeline.size(), 2);
        QCOMPARE(r.report.timeline[1].at,
                 QDateTime(QDate(2024, 3, 6), QTime(0, 10), QTimeZone::UTC));
        QVERIFY2(r.inferred.join(u'\n').contains(u"in 2024, the year of the document's date"_s),
                 qPrintable(r.inferred.join(u'\n')));
    }

    void placeholderYearInventsNoDate()
    {
        const auto r = MarkdownImporter::importMarkdown(
            u"# T\n\n**Date:** October 12, 20XX\n\n## Timeline\n\n- Oct 12, 20XX 09:00 Deploy\n"
            "- 09:30 Rollback\n"_s,
            m_dir.path());
        QCOMPARE(r.report.timeline.size(), 2);
        for (const TimelineEntry &e : r.report.timeline)
            QVERIFY(e.hasDateLessTime());
        QCOMPARE(r.report.timeline[0].clock, QTime(9, 0));
        const QString warnings = r.warnings.join(u'\n');
        QVERIFY2(warnings.contains(u"\"October 12, 20XX\" gives no year"_s), qPrintable(warnings));
        QVERIFY(r.report.sections.first().text.contains(u"October 12, 20XX"_s));
    }

    // A heading that only mentions the timeline, over prose, stays a section.
    void timelineHeadingOverProseIsASection()
    {
        const auto r = MarkdownImporter::importMarkdown(
            u"# T\n\n## Establishing the timeline\n\nWe read the logs of both regions.\n"_s,
            m_dir.path());
        QVERIFY(r.report.timeline.isEmpty());
        QCOMPARE(r.report.sections.size(), 1);
        QCOMPARE(r.report.sections[0].title, u"Establishing the timeline"_s);
        QCOMPARE(r.report.sections[0].text, u"We read the logs of both regions."_s);
    }

    // A timeline table's columns that have no role stay in the entry's text.
    void timelineTableKeepsOtherColumns()
    {
        const auto r = MarkdownImporter::importMarkdown(
            u"# T\n\n## Timeline\n\n| **Date/Time (UTC)** | Event | Phase | Region |\n"
            "|---|---|---|---|\n| 2024-05-01 10:00 | Bucket closed | Remediate | eu-west |\n"_s,
            m_dir.path());
        QCOMPARE(r.report.timeline.size(), 1);
        QCOMPARE(r.report.timeline[0].kind, u"mitigation"_s);
        QCOMPARE(r.report.timeline[0].description, u"Bucket closed (Region: eu-west)"_s);
        QCOMPARE(r.report.timeline[0].at,
                 QDateTime(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::UTC));
    }

    void backwardStepIsKeptAndFlagged()
    {
        const auto r = MarkdownImporter::importMarkdown(
            u"# T\n\n## Timeline\n\n- 09:55 Paged\n- 09:40 Alert fired\n"_s, m_dir.path());
        QCOMPARE(r.report.timeline.size(), 2);
        QCOMPARE(r.report.timeline[1].clock, QTime(9, 40));
        QVERIFY(r.warnings.join(u'\n').contains(u"is earlier"_s));
        QVERIFY(r.inferred.join(u'\n').contains(u"from the words \"alert\""_s));
    }

    // Each NAME.expected.json beside a fixture names the structure a reader sees in it.
    void fixtureStructure_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &f : QDir(QStringLiteral(DEBRIEF_IMPORT_FIXTURES))
                                    .entryList({u"*.expected.json"_s}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f)) << f.chopped(int(qstrlen(".expected.json")));
    }

    void fixtureStructure()
    {
        QFETCH(QString, name);
        QFile file(fixturePath(name + u".expected.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject want = QJsonDocument::fromJson(file.readAll(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const auto r = import(name + u".md"_s);
        const Report &rep = r.report;
        QCOMPARE(rep.metadata.title, want[u"title"_s].toString());
        if (want.contains(u"timeZone"_s))
            QCOMPARE(QString::fromLatin1(rep.metadata.timeZone), want[u"timeZone"_s].toString());
        QStringList ids;
        for (const Section &sec : rep.sections)
            ids << (sec.id.startsWith(u"custom-"_s) ? u"custom"_s : sec.id);
        QCOMPARE(ids, strings(want[u"sections"_s]));
        QCOMPARE(entryTimes(rep), strings(want[u"timeline"_s]));
        if (want.contains(u"kinds"_s)) {
            QStringList kinds;
            for (const TimelineEntry &e : rep.timeline)
                kinds << e.kind;
            QCOMPARE(kinds, strings(want[u"kinds"_s]));
        }
        compareActions(rep, want[u"actions"_s].toArray());
        if (QTest::currentTestFailed())
            return;
        compareInstants(rep.metadata, want);
        if (QTest::currentTestFailed())
            return;
        const QString warnings = r.warnings.join(u'\n');
        for (const QString &w : strings(want[u"warnings"_s]))
            QVERIFY2(warnings.contains(w),
                     qPrintable(u"no warning \"%1\" in:\n%2"_s.arg(w, warnings)));
        if (want.contains(u"warningCount"_s))
            QCOMPARE(r.warnings.size(), want[u"warningCount"_s].toInt());
    }

    void unreadableInput()
    {
        QString error;
        QVERIFY(!MarkdownImporter::importFile(m_dir.filePath(u"nothing.md"_s), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!MarkdownImporter::importFile(m_dir.path(), &error));
        const QString latin1 = m_dir.filePath(u"latin1.md"_s);
        QVERIFY(Fixtures::writeFile(latin1, "# Caf\xe9 outage\n"));
        QVERIFY(!MarkdownImporter::importFile(latin1, &error));
        QCOMPARE(error, u"not UTF-8 text"_s);
        const QString big = m_dir.filePath(u"big.md"_s);
        QVERIFY(Fixtures::writeFile(big, QByteArray(MarkdownImporter::kMaxInputBytes + 1, 'a')));
        QVERIFY(!MarkdownImporter::importFile(big, &error));
        QVERIFY(error.contains(u"16 MiB"_s));
    }

private:
    // "- Monitoring:" over nested action items: the label is the items' kind, and "- Tasks:"
    // says what the heading says.
    static bool isKindLabel(const QString &line)
    {
        static const QRegularExpression label(u"^\\s*[-*+]\\s+\\**([^*]+):\\**\\s*$"_s);
        const auto m = label.match(line);
        const auto topic = m.hasMatch() ? SectionMatcher::match(m.captured(1)) : std::nullopt;
        return m.hasMatch() && (!ActionItemParser::kindForHeading(m.captured(1)).isEmpty() ||
                                (topic && topic->topic == Topic::Actions && topic->exact));
    }

    static QStringList words(const QString &text)
    {
        QStringList out;
        QString w;
        auto flush = [&] {
            // Digits are times ("2100hrs", "10:45PM" too), dates and numbering; "and" may
            // become a list separator.
            static const QRegularExpression clock(u"^\\d+(?:am|pm|hrs?)?$"_s);
            const bool digits = clock.match(w).hasMatch();
            // "at" and "around" before a time are the entry's time, approximate or not.
            static const QStringList dropped{u"and"_s, u"am"_s, u"pm"_s, u"x"_s, u"utc"_s, u"cet"_s,
                                             u"pdt"_s, u"at"_s, u"around"_s, u"midnight"_s,
                                             u"noon"_s, u"hrs"_s, u"eat"_s,
                                             // a duration the instants give is derived,
                                             // a span ("From 09:00 to 11:30") is two times
                                             u"minutes"_s, u"hours"_s, u"from"_s};
            if (!w.isEmpty() && !digits && !dropped.contains(w))
                out << w;
            w.clear();
        };
        for (const QChar c : text.toLower()) {
            if (c.isLetterOrNumber())
                w += c;
            else
                flush();
        }
        flush();
        return out;
    }

    static QString reportText(const MarkdownImporter::Result &r)
    {
        const Report &rep = r.report;
        const ReportMetadata &m = rep.metadata;
        const QLocale c = QLocale::c();
        QStringList parts{m.title,
                          m.incidentId,
                          m.severity,
                          m.status,
                          m.authors.join(u' '),
                          m.reviewers.join(u' '),
                          m.services.join(u' '),
                          m.tags.join(u' '),
                          QString::fromLatin1(m.timeZone)};
        const IncidentMetrics metrics(m);
        for (const auto secs : {metrics.timeToDetect().secs, metrics.timeToMitigate().secs,
                                metrics.timeToResolve().secs, metrics.duration().secs}) {
            if (secs)
                parts << IncidentMetrics::formatDuration(*secs);
        }
        for (const Section &s : rep.sections)
            parts << s.title << s.text;
        for (const TimelineEntry &e : rep.timeline)
            parts << c.toString(e.at.date(), u"dddd d MMMM yyyy"_s) << e.kind << e.description
                  << e.author;
        for (const ActionItem &a : rep.actionItems)
            parts << a.title << a.description << a.owner << a.kind << a.priority << a.status
                  << a.trackerUrl;
        for (const Attachment &a : rep.attachments)
            parts << a.fileName << a.altText;
        return parts.join(u'\n');
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
