// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "ProcessRun.h"
#include "export/ExportImages.h"
#include "format/AttachmentStore.h"
#include "format/PmdArchive.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace debrief;

// Markdown export through the real binary, checked with the cmark program and the files it
// leaves (or, on failure, does not leave) on disk.
class TestExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_report;
    Report m_source;
    AttachmentStore m_store;

    using Run = ProcessRun;
    static Run run(const QString &program, const QStringList &args)
    {
        return ProcessRun::of(program, args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_source = Fixtures::fullReport(&m_store);
        m_source.sections[0].text +=
            QStringLiteral("\n![Latency](attachment:%1)\n\n![Board](attachment:%2 \"The board\")\n")
                .arg(m_source.attachments[0].id, m_source.attachments[2].id);
        m_source.attachments[0].fileName = QStringLiteral("CON.png"); // reserved on Windows
        m_source.attachments[2].fileName = QStringLiteral("../white board:1?.jpg");
        m_report = m_dir.filePath(QStringLiteral("report.pmd"));
        QString error;
        QVERIFY2(PmdArchive::write(m_report, m_source, m_store, &error), qPrintable(error));
    }

    void markdownWithImages()
    {
        const QString md = m_dir.filePath(QStringLiteral("out.md"));
        const Run r = run(QStringLiteral(DEBRIEF_BIN),
                          {QStringLiteral("export"), m_report, QStringLiteral("-o"), md});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = QString::fromUtf8(Fixtures::readFile(md));

        // The cmark program sees the structure: one title, every section, timeline, actions.
        const Run html = run(QStringLiteral("cmark"), {md});
        QCOMPARE(html.code, 0);
        QCOMPARE(html.out.count(QLatin1String("<h1>")), 1);
        QVERIFY(html.out.contains(QStringLiteral("<h1>Résumé of the 🔥 payment outage</h1>")));
        for (const Section &s : m_source.sections)
            QVERIFY2(html.out.contains(QStringLiteral("<h2>%1</h2>").arg(s.title.toHtmlEscaped())),
                     qPrintable(s.title));
        QVERIFY(html.out.contains(QLatin1String("<h2>Timeline</h2>")));
        QVERIFY(html.out.contains(QLatin1String("<h2>Action items</h2>")));
        QVERIFY(html.out.contains(QLatin1String("<strong>Severity:</strong> SEV1")));
        QVERIFY(text.contains(QLatin1String("All times Europe/Berlin.")));
        QVERIFY(text.contains(QStringLiteral("- **2026-03-29 00:50:** ★ Clocks **jump** forward")));
        QVERIFY(text.contains(QLatin1String("```cpp\nint x = 1;\n```")));

        // Every image link resolves to a file with the attachment's bytes, safely named.
        static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(([^ )]+)"));
        int images = 0;
        for (auto it = image.globalMatch(text); it.hasNext();) {
            const QString rel = it.next().captured(1);
            QVERIFY2(rel.startsWith(QLatin1String("out_images/")), qPrintable(rel));
            QVERIFY2(QFileInfo::exists(m_dir.filePath(rel)), qPrintable(rel));
            ++images;
        }
        QCOMPARE(images, 2);
        const QStringList files =
            QDir(m_dir.filePath(QStringLiteral("out_images"))).entryList(QDir::Files);
        QCOMPARE(files.size(), 3);
        QVERIFY2(files.contains(QStringLiteral("image-CON.png")), qPrintable(files.join(u' ')));
        QVERIFY2(files.contains(QStringLiteral("white-board-1.jpg")), qPrintable(files.join(u' ')));
        QCOMPARE(Fixtures::readFile(m_dir.filePath(QStringLiteral("out_images/image-CON.png"))),
                 *m_store.bytes(m_source.attachments[0].id));
        QVERIFY(text.contains(QLatin1String("(out_images/white-board-1.jpg \"The board\")")));
    }

    void htmlIsWellFormedWithImages()
    {
        const QString out = m_dir.filePath(QStringLiteral("page.html"));
        const Run r = run(QStringLiteral(DEBRIEF_BIN),
                          {QStringLiteral("export"), m_report, QStringLiteral("-o"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray bytes = Fixtures::readFile(out);
        QVERIFY(!bytes.contains("attachment:"));
        // Well formed: an XML reader walks the whole page without an error.
        QXmlStreamReader xml(bytes);
        int h2 = 0;
        QStringList sources;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("h2"))
                ++h2;
            if (xml.name() == QLatin1String("img"))
                sources << xml.attributes().value(QLatin1String("src")).toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + QStringLiteral(" at line ") +
                                             QString::number(xml.lineNumber())));
        QCOMPARE(h2, int(m_source.sections.size()) + 2); // sections, timeline, action items
        QCOMPARE(sources.size(), 2);
        for (const QString &src : sources)
            QVERIFY2(QFileInfo::exists(m_dir.filePath(src)), qPrintable(src));
        QVERIFY(bytes.contains("<style>"));
    }

    void timelineAsTable()
    {
        const QString md = m_dir.filePath(QStringLiteral("table.md"));
        const Run r = run(QStringLiteral(DEBRIEF_BIN),
                          {QStringLiteral("export"), m_report, QStringLiteral("-o"), md,
                           QStringLiteral("--timeline"), QStringLiteral("table")});
        QCOMPARE(r.code, 0);
        const QString text = QString::fromUtf8(Fixtures::readFile(md));
        QVERIFY(text.contains(QLatin1String("| Time | Kind | What happened | Who |")));
        QVERIFY(text.contains(
            QStringLiteral("| 2026-03-29 00:50 | Event | ★ Clocks **jump** forward | cron |")));
        QCOMPARE(run(QStringLiteral("cmark"), {md}).code, 0);
    }

    // .markdown is Markdown too, by the rule every front end shares.
    void markdownSuffix()
    {
        const QString out = m_dir.filePath(QStringLiteral("long.markdown"));
        const Run r = run(QStringLiteral(DEBRIEF_BIN),
                          {QStringLiteral("export"), m_report, QStringLiteral("-o"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("Wrote %1 (3 images)").arg(out));
        const QString text = QString::fromUtf8(Fixtures::readFile(out));
        QVERIFY(text.startsWith(QStringLiteral("# Résumé of the 🔥 payment outage")));
        QVERIFY(text.contains(QLatin1String("(long_images/white-board-1.jpg \"The board\")")));
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("long_images"))).entryList(QDir::Files).size(),
                 3);
        QCOMPARE(run(QStringLiteral("cmark"), {out}).code, 0);
    }

    // Any other suffix is a usage error that names the accepted ones, and writes nothing.
    void unknownSuffix()
    {
        const QString out = m_dir.filePath(QStringLiteral("report.txt"));
        const Run r = run(QStringLiteral(DEBRIEF_BIN),
                          {QStringLiteral("export"), m_report, QStringLiteral("-o"), out});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        for (const char *suffix : {".pdf", ".md", ".markdown", ".html", ".htm"})
            QVERIFY2(r.err.contains(QLatin1String(suffix)), suffix);
        QVERIFY(r.err.contains(QLatin1String("Run 'debrief --help' for usage.")));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("report_images"))));
    }

    void failuresLeaveNothing()
    {
        // Unreadable input: exit 2.
        QVERIFY(Fixtures::writeFile(m_dir.filePath(QStringLiteral("junk.pmd")), "junk"));
        const QString nowhere = m_dir.filePath(QStringLiteral("never.md"));
        QCOMPARE(run(QStringLiteral(DEBRIEF_BIN),
                     {QStringLiteral("export"), m_dir.filePath(QStringLiteral("junk.pmd")),
                      QStringLiteral("-o"), nowhere})
                     .code,
                 2);
        QVERIFY(!QFileInfo::exists(nowhere));

        // A folder that cannot exist: exit 3.
        QVERIFY(Fixtures::writeFile(m_dir.filePath(QStringLiteral("afile")), "x"));
        const Run bad = run(QStringLiteral(DEBRIEF_BIN),
                            {QStringLiteral("export"), m_report, QStringLiteral("-o"),
                             m_dir.filePath(QStringLiteral("afile/out.md"))});
        QCOMPARE(bad.code, 3);

        // A disk that fills up half way (the limit is inherited by the child): exit 3, and
        // neither the document, the images folder nor a staging folder is left.
        QTemporaryDir full;
        const QString target = full.filePath(QStringLiteral("full.md"));
        Run filled{};
        Fixtures::withDiskFullAfter(20000, [&] {
            filled = run(QStringLiteral(DEBRIEF_BIN),
                         {QStringLiteral("export"), m_report, QStringLiteral("-o"), target});
        });
        QVERIFY2(filled.code == 3, qPrintable(filled.err));
        QCOMPARE(
            QDir(full.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList());

        // Usage errors: exit 2.
        QCOMPARE(run(QStringLiteral(DEBRIEF_BIN), {QStringLiteral("export"), m_report}).code, 2);
        QCOMPARE(run(QStringLiteral(DEBRIEF_BIN),
                     {QStringLiteral("export"), m_report, QStringLiteral("-o"), nowhere,
                      QStringLiteral("--timeline"), QStringLiteral("grid")})
                     .code,
                 2);
    }

    void safeFileNames_data()
    {
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<QString>("safe");
        QTest::newRow("plain") << "latency.png" << "latency.png";
        QTest::newRow("reserved") << "nul.png" << "image-nul.png";
        QTest::newRow("path") << "../../etc/passwd" << "passwd.png";
        QTest::newRow("windows chars") << "a:b*c?d\"e<f>|g.png" << "a-b-c-d-e-f-g.png";
        QTest::newRow("trailing dots") << "name...png" << "name.png";
        QTest::newRow("empty") << "" << "image-.png";
        QTest::newRow("unicode") << "Résumé.png" << "R-sum.png";
    }

    void safeFileNames()
    {
        QFETCH(QString, wanted);
        QFETCH(QString, safe);
        QCOMPARE(ExportImages::safeFileName(wanted, QStringLiteral("png")), safe);
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
