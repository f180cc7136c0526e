// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "ProcessRun.h"
#include "export/MarkdownExporter.h"
#include "format/AttachmentStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <utility>

using namespace debrief;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(debrief::Report)
Q_DECLARE_METATYPE(debrief::ReportMetadata)
Q_DECLARE_METATYPE(debrief::ActionItem)
Q_DECLARE_METATYPE(debrief::MarkdownExporter::TimelineStyle)
Q_DECLARE_METATYPE(debrief::MarkdownExporter::ActionStyle)

namespace {

using Timeline = MarkdownExporter::TimelineStyle;
using Actions = MarkdownExporter::ActionStyle;

// What the cmark program (the CommonMark reference parser) sees in a document.
struct Parsed
{
    QStringList blocks; // top-level blocks: "h2 Title", "list bullet 3", "p", "code cpp"...
    QStringList items;  // the text of every list item, in order
    QStringList images; // "destination|title" of every image
    bool ok = false;
};

Parsed parse(const QString &markdown)
{
    Parsed out;
    QTemporaryDir dir;
    const QString file = dir.filePath(u"doc.md"_s);
    if (!Fixtures::writeFile(file, markdown.toUtf8()))
        return out;
    const ProcessRun run = ProcessRun::of(u"cmark"_s, {u"--to"_s, u"xml"_s, file});
    if (run.code != 0)
        return out;
    QXmlStreamReader xml(run.out);
    int depth = 0;
    QString text;              // text of the open top-level heading or list item
    int textDepth = -1;        // depth of the element whose text is collected
    qsizetype blockIndex = -1; // the open top-level block
    int listItems = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QString name = xml.name().toString();
            const auto attributes = xml.attributes();
            if (depth == 2) { // children of <document>
                QString block = name == u"paragraph" ? u"p"_s : name;
                if (name == u"heading")
                    block = u"h"_s + attributes.value(u"level").toString();
                else if (name == u"code_block")
                    block = u"code "_s + attributes.value(u"info").toString();
                else if (name == u"list")
                    block = u"list "_s + attributes.value(u"type").toString();
                out.blocks << block;
                blockIndex = out.blocks.size() - 1;
                listItems = 0;
                if (name == u"heading") {
                    text.clear();
                    textDepth = depth;
                }
            }
            if (name == u"item" && depth == 3) {
                ++listItems;
                text.clear();
                textDepth = depth;
            }
            if (name == u"image")
                out.images << attributes.value(u"destination").toString() + u'|' +
                                  attributes.value(u"title").toString();
            if (name == u"softbreak" || name == u"linebreak")
                text += u' ';
        } else if (token == QXmlStreamReader::Characters && textDepth > 0) {
            if (!xml.isWhitespace())
                text += xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            const QString name = xml.name().toString();
            if (depth == textDepth) {
                if (name == u"heading")
                    out.blocks[blockIndex] += u' ' + text;
                else
                    out.items << text;
                textDepth = -1;
            }
            if (depth == 2 && name == u"list")
                out.blocks[blockIndex] += u' ' + QString::number(listItems);
            --depth;
        }
    }
    out.ok = !xml.hasError();
    return out;
}

// The cells of one pipe-table row, split where a GFM reader splits them: at pipes that are
// not backslash-escaped.
QStringList cells(const QString &row)
{
    QStringList out;
    QString cell;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (row[i] == u'\\' && i + 1 < row.size()) {
            cell += row[i];
            cell += row[++i];
        } else if (row[i] == u'|') {
            out << cell.trimmed();
            cell.clear();
        } else {
            cell += row[i];
        }
    }
    out << cell.trimmed();
    // A row starts and ends with a pipe: drop the empty outer pieces.
    if (!out.isEmpty() && out.first().isEmpty())
        out.removeFirst();
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

// The part of the document from "## heading" to the next "## " (or the end), trimmed.
QString part(const QString &markdown, const QString &heading)
{
    const QString start = u"\n## "_s + heading + u"\n"_s;
    const qsizetype from = markdown.indexOf(start);
    if (from < 0)
        return {};
    const qsizetype to = markdown.indexOf(u"\n## "_s, from + start.size());
    return markdown.mid(from + 1, to < 0 ? -1 : to - from - 1).trimmed();
}

QDateTime utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 5, day), QTime(hour, minute), QTimeZone::UTC);
}

TimelineEntry entry(const QDateTime &at, const QString &kind, const QString &description,
                    const QString &author = {})
{
    TimelineEntry e;
    e.at = at;
    e.kind = kind;
    e.description = description;
    e.author = author;
    return e;
}

} // namespace

class TestMarkdownExporter : public QObject
{
    Q_OBJECT
private:
    AttachmentStore m_store;
    Report m_full;

    MarkdownExporter::Result run(const Report &r, Timeline timeline = Timeline::List,
                                 Actions actions = Actions::Table,
                                 const QString &folder = u"out_images"_s) const
    {
        return MarkdownExporter::exportReport(r, m_store, folder, timeline, actions);
    }

    // A report with a title only, so that a test sees only the part it is about.
    static Report titled()
    {
        Report r;
        r.metadata.title = u"T"_s;
        r.metadata.status.clear();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_full = Fixtures::fullReport(&m_store);
        const Parsed probe = parse(u"# x\n"_s);
        QVERIFY2(probe.ok && probe.blocks == QStringList{u"h1 x"_s},
                 "the cmark program is needed to check the export's structure");
    }

    // The whole fixture: every part in order, each what CommonMark reads it as.
    void structure()
    {
        const auto result = run(m_full, Timeline::List, Actions::List);
        QCOMPARE(result.warnings, QStringList());
        const Parsed doc = parse(result.markdown);
        QVERIFY(doc.ok);
        QCOMPARE(doc.blocks,
                 (QStringList{u"h1 Résumé of the 🔥 payment outage"_s, u"list bullet 15"_s,
                              u"h2 Summary"_s, u"p"_s, u"code cpp"_s,
                              u"h2 Ünïcode & <angle> \"quotes\""_s, u"p"_s, u"list bullet 1"_s,
                              u"h2 Empty section"_s, u"p"_s, u"h2 Timeline"_s, u"p"_s,
                              u"list bullet 2"_s, u"h2 Action items"_s, u"list bullet 2"_s}));
        QVERIFY(result.markdown.endsWith(u")\n"_s));
        QVERIFY(!result.markdown.endsWith(u"\n\n"_s));
    }

    void title_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("line");    // as written in the Markdown
        QTest::addColumn<QString>("heading"); // as a CommonMark reader shows it
        QTest::newRow("plain") << u"Payment outage"_s << u"# Payment outage"_s
                               << u"Payment outage"_s;
        QTest::newRow("untitled") << QString() << u"# Untitled postmortem"_s
                                  << u"Untitled postmortem"_s;
        QTest::newRow("unicode") << u"Résumé 🔥"_s << u"# Résumé 🔥"_s << u"Résumé 🔥"_s;
        QTest::newRow("line break") << u"Two\nlines"_s << u"# Two lines"_s << u"Two lines"_s;
        QTest::newRow("closing hashes") << u"Sev 1 #"_s << u"# Sev 1 \\#"_s << u"Sev 1 #"_s;
    }

    void title()
    {
        QFETCH(QString, title);
        QFETCH(QString, line);
        QFETCH(QString, heading);
        Report r;
        r.metadata.title = title;
        const QString md = run(r).markdown;
        QCOMPARE(md.section(u'\n', 0, 0), line);
        const Parsed doc = parse(md);
        QVERIFY(doc.ok);
        QCOMPARE(doc.blocks.value(0), u"h1 "_s + heading);
    }

    // Plain text (the report's title, names) is backslash-escaped so that it shows as written;
    // section and action titles are Markdown, written as they are, except for raw HTML.
    void plainTextIsEscaped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::addColumn<QString>("markdown");
        QTest::newRow("emphasis") << u"*stars* and _under_"_s << u"\\*stars\\* and \\_under\\_"_s
                                  << u"*stars* and _under_"_s;
        QTest::newRow("code") << u"`rm -rf`"_s << u"\\`rm -rf\\`"_s << u"`rm -rf`"_s;
        QTest::newRow("link") << u"[link](x)"_s << u"\\[link\\](x)"_s << u"[link](x)"_s;
        QTest::newRow("image") << u"![i](x.png)"_s << u"\\!\\[i\\](x.png)"_s << u"![i](x.png)"_s;
        QTest::newRow("html") << u"<b>bold</b>"_s << u"\\<b\\>bold\\</b\\>"_s
                              << u"\\<b\\>bold\\</b\\>"_s;
        QTest::newRow("entity") << u"&amp; & co"_s << u"\\&amp; \\& co"_s << u"\\&amp; \\& co"_s;
        QTest::newRow("heading mark") << u"#1 priority"_s << u"\\#1 priority"_s << u"#1 priority"_s;
        QTest::newRow("pipe") << u"a|b"_s << u"a\\|b"_s << u"a|b"_s;
        QTest::newRow("braces") << u"{x}"_s << u"\\{x\\}"_s << u"{x}"_s;
        QTest::newRow("backslash")
            << u"C:\\temp\\*"_s << u"C:\\\\temp\\\\\\*"_s << u"C:\\temp\\*"_s;
        QTest::newRow("nothing to escape")
            << u"SEV1 (p99), 50% + 2.0"_s << u"SEV1 (p99), 50% + 2.0"_s
            << u"SEV1 (p99), 50% + 2.0"_s;
    }

    void plainTextIsEscaped()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QFETCH(QString, markdown);
        Report r = titled();
        r.metadata.title = text;
        r.metadata.incidentId = text;
        r.sections << Section{u"s"_s, text, u"Body"_s, QString(), {}};
        ActionItem a;
        a.title = text;
        a.owner = text;
        r.actionItems << a;
        const QString md = run(r, Timeline::List, Actions::List).markdown;
        QCOMPARE(md, u"# %1\n\n- **Incident:** %1\n\n## %2\n\nBody\n\n## Action items\n\n"
                     "- [ ] %2 (owner: %1)\n"_s.arg(escaped, markdown));
        // A CommonMark reader shows the plain text as it was written.
        const Parsed doc = parse(md);
        QVERIFY(doc.ok);
        QCOMPARE(doc.blocks.value(0), u"h1 "_s + text);
        QCOMPARE(doc.items.value(0), u"Incident: "_s + text);
    }

    void metadata_data()
    {
        QTest::addColumn<ReportMetadata>("metadata");
        QTest::addColumn<QString>("markdown");

        // In the report's zone, named once; durations from the instants.
        QTest::newRow("everything") << m_full.metadata
                                    << u"# Résumé of the 🔥 payment outage\n\n"
                                       "- **Severity:** SEV1\n"
                                       "- **Status:** Final\n"
                                       "- **Incident:** INC-7\n"
                                       "- **Started:** 2026-03-29 00:50 Europe/Berlin\n"
                                       "- **Detected:** 2026-03-29 01:05\n"
                                       "- **Mitigated:** 2026-03-29 03:40\n"
                                       "- **Resolved:** 2026-03-29 04:10\n"
                                       "- **Duration:** 2 h 20 min\n"
                                       "- **Time to detect:** 15 min\n"
                                       "- **Time to mitigate:** 1 h 35 min\n"
                                       "- **Time to resolve:** 2 h 05 min\n"
                                       "- **Authors:** Ana, Björn\n"
                                       "- **Reviewers:** Chen\n"
                                       "- **Services:** payments, ledger\n"
                                       "- **Tags:** dst\n"_s;
        QTest::newRow("defaults") << ReportMetadata()
                                  << u"# Untitled postmortem\n\n- **Status:** Draft\n"_s;

        ReportMetadata unknownZone;
        unknownZone.title = u"T"_s;
        unknownZone.status = u"in-review"_s;
        unknownZone.timeZone = "Mars/Olympus";
        unknownZone.started = utc(4, 10, 0);
        unknownZone.resolved = QDateTime(QDate(2026, 5, 4), QTime(13, 30), QTimeZone(3 * 3600));
        QTest::newRow("unknown zone is UTC") << unknownZone
                                             << u"# T\n\n"
                                                "- **Status:** In review\n"
                                                "- **Started:** 2026-05-04 10:00 UTC\n"
                                                "- **Resolved:** 2026-05-04 10:30\n"
                                                "- **Duration:** 30 min\n"_s;

        ReportMetadata escaped;
        escaped.title = u"T"_s;
        escaped.status = u"archived"_s; // unknown: shown as it is
        escaped.incidentId = u"INC-<7>"_s;
        escaped.authors = {u"a_b"_s, u"c*d"_s};
        escaped.tags = {u"#1"_s};
        QTest::newRow("values escaped") << escaped
                                        << u"# T\n\n"
                                           "- **Status:** archived\n"
                                           "- **Incident:** INC-\\<7\\>\n"
                                           "- **Authors:** a\\_b, c\\*d\n"
                                           "- **Tags:** \\#1\n"_s;

        ReportMetadata early;
        early.title = u"T"_s;
        early.status.clear();
        early.timeZone = "UTC";
        early.started = utc(4, 10, 0);
        early.detected = utc(4, 9, 50);
        QTest::newRow("out of order") << early
                                      << u"# T\n\n"
                                         "- **Started:** 2026-05-04 10:00 UTC\n"
                                         "- **Detected:** 2026-05-04 09:50\n"
                                         "- **Time to detect:** ⚠ the detected time is before "
                                         "the started time\n"_s;
    }

    void metadata()
    {
        QFETCH(ReportMetadata, metadata);
        QFETCH(QString, markdown);
        Report r;
        r.metadata = metadata;
        const QString md = run(r).markdown;
        QCOMPARE(md, markdown);
        const Parsed doc = parse(md);
        QVERIFY(doc.ok);
        const int lines = int(markdown.count(u"\n- **"_s));
        QCOMPARE(doc.blocks.size(), lines > 0 ? 2 : 1);
        if (lines > 0)
            QCOMPARE(doc.blocks[1], u"list bullet %1"_s.arg(lines));
    }

    void sections_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("markdown");   // the section as exported
        QTest::addColumn<QStringList>("blocks"); // and as cmark reads it
        QTest::newRow("markdown kept as written")
            << u"Summary"_s << u"Kept *as* written: <b>, \\*, # and | too.\n\n- one\n- two"_s
            << u"## Summary\n\nKept *as* written: <b>, \\*, # and | too.\n\n- one\n- two"_s
            << QStringList{u"h2 Summary"_s, u"p"_s, u"list bullet 2"_s};
        QTest::newRow("empty") << u"Impact"_s << QString() << u"## Impact\n\n_Not written yet._"_s
                               << QStringList{u"h2 Impact"_s, u"p"_s};
        QTest::newRow("only white space")
            << u"Impact"_s << u" \n\t\n  "_s << u"## Impact\n\n_Not written yet._"_s
            << QStringList{u"h2 Impact"_s, u"p"_s};
        QTest::newRow("windows line ends")
            << u"Notes"_s << u"a\r\nb\r\n\r\nc\r\n"_s << u"## Notes\n\na\nb\n\nc"_s
            << QStringList{u"h2 Notes"_s, u"p"_s, u"p"_s};
        QTest::newRow("blank lines around")
            << u"Notes"_s << u"\n\n  \nText\n\n\n"_s << u"## Notes\n\nText"_s
            << QStringList{u"h2 Notes"_s, u"p"_s};
        // The first line's indentation is Markdown too: it opens an indented code block.
        QTest::newRow("starts with indented code")
            << u"Logs"_s << u"\n    $ journalctl -u ledger\n    -- No entries --\n\nAfter."_s
            << u"## Logs\n\n    $ journalctl -u ledger\n    -- No entries --\n\nAfter."_s
            << QStringList{u"h2 Logs"_s, u"code "_s, u"p"_s};
        QTest::newRow("fenced code")
            << u"Fix"_s << u"```sql\nSELECT 1;\n```"_s << u"## Fix\n\n```sql\nSELECT 1;\n```"_s
            << QStringList{u"h2 Fix"_s, u"code sql"_s};
        QTest::newRow("title escaped") << u"Ünïcode & <angle> \"quotes\""_s << u"x"_s
                                       << u"## Ünïcode \\& \\<angle\\> \"quotes\"\n\nx"_s
                                       << QStringList{u"h2 Ünïcode & <angle> \"quotes\""_s, u"p"_s};
    }

    void sections()
    {
        QFETCH(QString, title);
        QFETCH(QString, text);
        QFETCH(QString, markdown);
        QFETCH(QStringList, blocks);
        Report r = titled();
        r.sections << Section{u"s"_s, title, text, QString(), {}};
        const QString md = run(r).markdown;
        QCOMPARE(md, u"# T\n\n"_s + markdown + u'\n');
        const Parsed doc = parse(md);
        QVERIFY(doc.ok);
        QCOMPARE(doc.blocks.mid(1), blocks);
    }

    void sectionOrder()
    {
        Report r = titled();
        for (const QString &t : {u"Summary"_s, u"Impact"_s, u"Root cause"_s})
            r.sections << Section{t.toLower(), t, u"Text of "_s + t, QString(), {}};
        const Parsed doc = parse(run(r).markdown);
        QCOMPARE(doc.blocks, (QStringList{u"h1 T"_s, u"h2 Summary"_s, u"p"_s, u"h2 Impact"_s,
                                          u"p"_s, u"h2 Root cause"_s, u"p"_s}));
    }

    void timeline_data()
    {
        QTest::addColumn<Report>("report");
        QTest::addColumn<Timeline>("style");
        QTest::addColumn<QString>("markdown"); // the timeline part
        QTest::addColumn<QString>("zone");

        QTest::newRow("list") << m_full << Timeline::List
                              << u"## Timeline\n\nAll times Europe/Berlin.\n\n"
                                 "- **2026-03-29 00:50:** ★ Clocks **jump** forward\n"
                                 "- **03:40:** Rolled back"_s
                              << u"Europe/Berlin"_s;
        QTest::newRow("table")
            << m_full << Timeline::Table
            << u"## Timeline\n\nAll times Europe/Berlin.\n\n"
               "| Time | Kind | What happened | Who |\n"
               "| --- | --- | --- | --- |\n"
               "| 2026-03-29 00:50 | Event | ★ Clocks **jump** forward | cron |\n"
               "| 03:40 | Mitigation | Rolled back |  |"_s
            << u"Europe/Berlin"_s;

        // Days change at midnight in the report's zone; an entry without a time keeps the day.
        Report days = titled();
        days.metadata.timeZone = "America/New_York"; // UTC-4 in May
        days.timeline << entry(utc(5, 3, 50), u"event"_s, u"Deploy"_s)
                      << entry(QDateTime(), u"detection"_s, u"Someone noticed"_s)
                      << entry(utc(5, 4, 10), u"escalation"_s, u"Paged\non-call"_s)
                      << entry(utc(5, 4, 20), u"resolution"_s, u"Fixed | verified"_s, u"Ana|Bo"_s);
        QTest::newRow("days, list") << days << Timeline::List
                                    << u"## Timeline\n\nAll times America/New_York.\n\n"
                                       "- **2026-05-04 23:50:** Deploy\n"
                                       "- **(no time):** Someone noticed\n"
                                       "- **2026-05-05 00:10:** Paged on-call\n"
                                       "- **00:20:** Fixed | verified"_s
                                    << u"America/New_York"_s;
        QTest::newRow("days, table") << days << Timeline::Table
                                     << u"## Timeline\n\nAll times America/New_York.\n\n"
                                        "| Time | Kind | What happened | Who |\n"
                                        "| --- | --- | --- | --- |\n"
                                        "| 2026-05-04 23:50 | Event | Deploy |  |\n"
                                        "| (no time) | Detection | Someone noticed |  |\n"
                                        "| 2026-05-05 00:10 | Escalation | Paged on-call |  |\n"
                                        "| 00:20 | Resolution | Fixed \\| verified | Ana\\|Bo |"_s
                                     << u"America/New_York"_s;
    }

    void timeline()
    {
        QFETCH(Report, report);
        QFETCH(Timeline, style);
        QFETCH(QString, markdown);
        QFETCH(QString, zone);
        const QString md = run(report, style).markdown;
        const QString timeline = part(md, u"Timeline"_s);
        QCOMPARE(timeline, markdown);
        // The zone is named once for the whole timeline, never per entry.
        QCOMPARE(timeline.count(zone), 1);
        const QStringList lines = timeline.split(u'\n');
        const qsizetype entries = report.timeline.size();
        if (style == Timeline::Table) {
            // Every row has the header's four cells, whatever the text holds.
            const QStringList rows = lines.mid(lines.size() - entries - 2);
            for (const QString &row : rows)
                QVERIFY2(cells(row).size() == 4, qPrintable(row));
        } else {
            const Parsed doc = parse(md);
            QVERIFY(doc.ok);
            QVERIFY2(doc.blocks.contains(u"list bullet %1"_s.arg(entries)),
                     qPrintable(doc.blocks.join(u", ")));
        }
    }

    void noTimelineNoPart()
    {
        Report r = titled();
        r.sections << Section{u"s"_s, u"S"_s, u"x"_s, QString(), {}};
        QCOMPARE(run(r, Timeline::Table).markdown, u"# T\n\n## S\n\nx\n"_s);
        QCOMPARE(run(r, Timeline::List, Actions::List).markdown, u"# T\n\n## S\n\nx\n"_s);
    }

    void actionItems_data()
    {
        QTest::addColumn<QList<ActionItem>>("items");
        QTest::addColumn<Actions>("style");
        QTest::addColumn<QString>("markdown"); // the action items part

        QTest::newRow("table") << m_full.actionItems << Actions::Table
                               << u"## Action items\n\n"
                                  "| Action | Owner | Due | Kind | Priority | Status | Tracker |\n"
                                  "| --- | --- | --- | --- | --- | --- | --- |\n"
                                  "| Test DST transitions | Ana | 2026-04-30 | Prevent | P1 | "
                                  "In progress | <https://tracker.example.com/PAY-1> |\n"
                                  "| Page on ledger lag | — | — | Detect | — | Done |  |"_s;
        // The annotations are what the importer reads back.
        QTest::newRow("task list")
            << m_full.actionItems << Actions::List
            << u"## Action items\n\n"
               "- [ ] Test DST transitions (owner: Ana, due: 2026-04-30, P1, kind: prevent, "
               "status: In progress, tracker: <https://tracker.example.com/PAY-1>)\n"
               "- [x] Page on ledger lag (kind: detect)"_s;

        ActionItem odd;
        odd.title = u"Fix `a|b` & <c>"_s;
        odd.owner = u"Ana\nBo"_s;
        odd.trackerUrl = u"https://t.example/q?a=1|2"_s;
        QTest::newRow("escaped, table")
            << QList<ActionItem>{odd} << Actions::Table
            << u"## Action items\n\n"
               "| Action | Owner | Due | Kind | Priority | Status | Tracker |\n"
               "| --- | --- | --- | --- | --- | --- | --- |\n"
               "| Fix `a\\|b` \\& \\<c\\> | Ana Bo | — | — | — | Open | "
               "<https://t.example/q?a=1\\|2> |"_s;
        QTest::newRow("escaped, task list")
            << QList<ActionItem>{odd} << Actions::List
            << u"## Action items\n\n"
               "- [ ] Fix `a|b` \\& \\<c\\> (owner: Ana Bo, tracker: <https://t.example/q?a=1|2>)"_s;

        // Nobody gave a kind or a priority: no annotation, a dash in the table.
        ActionItem bare;
        bare.title = u"Write it down"_s;
        bare.priority.clear();
        bare.status = u"blocked"_s; // a newer version's status: named as it is
        QTest::newRow("no priority, table")
            << QList<ActionItem>{bare} << Actions::Table
            << u"## Action items\n\n"
               "| Action | Owner | Due | Kind | Priority | Status | Tracker |\n"
               "| --- | --- | --- | --- | --- | --- | --- |\n"
               "| Write it down | — | — | — | — | blocked |  |"_s;
        QTest::newRow("no priority, task list")
            << QList<ActionItem>{bare} << Actions::List
            << u"## Action items\n\n- [ ] Write it down (status: blocked)"_s;

        // A description: the item's own paragraphs under it; beside the title in a table.
        ActionItem described;
        described.title = u"**Lag alarm**"_s;
        described.description = u"Page when lag passes *five* minutes.\n\nSee the runbook."_s;
        QTest::newRow("description, task list")
            << QList<ActionItem>{described} << Actions::List
            << u"## Action items\n\n- [ ] **Lag alarm**\n\n  Page when lag passes *five* "
               "minutes.\n\n  See the runbook."_s;
        QTest::newRow("description, table")
            << QList<ActionItem>{described} << Actions::Table
            << u"## Action items\n\n"
               "| Action | Owner | Due | Kind | Priority | Status | Tracker |\n"
               "| --- | --- | --- | --- | --- | --- | --- |\n"
               "| **Lag alarm** — Page when lag passes *five* minutes. See the runbook. | — | — "
               "| — | — | Open |  |"_s;
    }

    void actionItems()
    {
        QFETCH(QList<ActionItem>, items);
        QFETCH(Actions, style);
        QFETCH(QString, markdown);
        Report r = titled();
        r.actionItems = items;
        const QString md = run(r, Timeline::List, style).markdown;
        QCOMPARE(md, u"# T\n\n"_s + markdown + u'\n');
        const QStringList lines = markdown.split(u'\n');
        if (style == Actions::Table) {
            for (const QString &row : lines.mid(2))
                QVERIFY2(cells(row).size() == 7, qPrintable(row));
        } else {
            const Parsed doc = parse(md);
            QVERIFY(doc.ok);
            QCOMPARE(doc.blocks.value(2), u"list bullet %1"_s.arg(items.size()));
            for (qsizetype i = 0; i < items.size(); ++i)
                QVERIFY(doc.items.value(i).startsWith(items[i].status == u"done" ? u"[x] "_s
                                                                                 : u"[ ] "_s));
        }
    }

    void tableCell_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << u"Rolled back"_s << u"Rolled back"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("pipe") << u"p50 | p99"_s << u"p50 \\| p99"_s;
        QTest::newRow("escaped pipe") << u"a\\|b"_s << u"a\\\\\\|b"_s;
        QTest::newRow("backslash") << u"C:\\dir"_s << u"C:\\\\dir"_s;
        QTest::newRow("newline") << u"line 1\nline 2"_s << u"line 1 line 2"_s;
        QTest::newRow("blank lines and indents")
            << u"  one \n\n   two  \r\n three "_s << u"one two three"_s;
        QTest::newRow("markdown kept") << u"**bold** and `code`"_s << u"**bold** and `code`"_s;
    }

    void tableCell()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(MarkdownExporter::tableCell(text), cell);
        // One cell, whatever the text holds.
        QCOMPARE(cells(u"| "_s + MarkdownExporter::tableCell(text) + u" |"_s).size(), 1);
    }

    void imagesGoToTheImagesFolder_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("plain") << u"out_images"_s;
        QTest::newRow("space") << u"Post mortem_images"_s;
        QTest::newRow("parentheses") << u"notes (v2)_images"_s;
    }

    void imagesGoToTheImagesFolder()
    {
        QFETCH(QString, folder);
        Report r = m_full;
        const QString unknown(64, u'e');
        r.sections[0].text =
            u"Before.\n\n![Latency](attachment:%1)\n\n"
            "![Board](attachment:%2 \"The board\")\n\n"
            "![Gone](attachment:%3)\n"_s.arg(r.attachments[0].id, r.attachments[2].id, unknown);
        const auto result = run(r, Timeline::List, Actions::Table, folder);

        // Every attachment is a file, named after it, holding its bytes.
        QCOMPARE(result.images.size(), 3);
        for (const auto &[name, index] :
             {std::pair{u"latency.png"_s, 0}, {u"errors.png"_s, 1}, {u"photo.jpg"_s, 2}})
            QCOMPARE(result.images.value(name), *m_store.bytes(r.attachments[index].id));
        // An image that is not in the report is left as it was, and said so.
        QCOMPARE(result.warnings,
                 QStringList{u"section \"Summary\" shows an image that is not in the report"_s});

        const Parsed doc = parse(result.markdown);
        QVERIFY(doc.ok);
        QCOMPARE(doc.images,
                 (QStringList{folder + u"/latency.png|"_s, folder + u"/photo.jpg|The board"_s,
                              u"attachment:"_s + unknown + u'|'}));
        QCOMPARE(result.markdown.count(u"attachment:"_s), 1);
    }

    void imageWithoutBytes()
    {
        AttachmentStore empty;
        Report r = titled();
        const QByteArray png = Fixtures::png(Fixtures::dashboard(40, 20, 4));
        Attachment a;
        a.id = AttachmentStore::idFor(png);
        a.fileName = u"lost.png"_s;
        a.mediaType = u"image/png"_s;
        r.attachments << a;
        r.sections << Section{u"s"_s, u"S"_s, u"![Lost](attachment:%1)"_s.arg(a.id), QString(), {}};
        const auto result = MarkdownExporter::exportReport(r, empty, u"x_images"_s);
        QVERIFY(result.images.isEmpty());
        QCOMPARE(result.warnings,
                 (QStringList{u"attachment \"lost.png\" has no data and was not written"_s,
                              u"section \"S\" shows an image that is not in the report"_s}));
        QCOMPARE(parse(result.markdown).images, QStringList{u"attachment:%1|"_s.arg(a.id)});
    }
};

QTEST_MAIN(TestMarkdownExporter)
#include "tst_markdownexporter.moc"
