// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "LargeReport.h"
#include "ProcessRun.h"
#include "export/ExecutiveSummary.h"
#include "export/PagePlan.h"
#include "export/PdfExporter.h"
#include "export/PrintImages.h"
#include "format/AttachmentStore.h"
#include "format/PmdArchive.h"
#include "templates/TemplateLibrary.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>

using namespace debrief;

// PDF export through the real binary, checked with poppler's pdfinfo, pdftotext, pdfimages
// and pdffonts; pagination checked in process on documents made to be hard to cut.
class TestPdf : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_report;
    Report m_source;
    AttachmentStore m_store;
    QImage m_screenshot; // the big PNG, to compare with what the PDF holds

    using Run = ProcessRun;
    static Run run(const QString &program, const QStringList &args)
    {
        return ProcessRun::of(program, args);
    }
    Run exportPdf(const QString &pmd, const QString &pdf, const QStringList &extra = {})
    {
        return run(QStringLiteral(DEBRIEF_BIN),
                   QStringList{QStringLiteral("export"), pmd, QStringLiteral("-o"), pdf} + extra);
    }
    static QString field(const QString &pdfinfo, const QString &name)
    {
        const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(name),
                                    QRegularExpression::MultilineOption);
        return re.match(pdfinfo).captured(1).trimmed();
    }
    struct Listed
    {
        int page;
        int width;
        int height;
        QString type;
        QString encoding;
        int object;
        int xppi;
    };
    static QList<Listed> listImages(const QString &pdf)
    {
        const Run r = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        QList<Listed> out;
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines.mid(2)) {
            const QStringList c = line.simplified().split(QLatin1Char(' '));
            if (c.size() < 14)
                continue;
            out << Listed{c[0].toInt(), c[3].toInt(),  c[4].toInt(), c[2],
                          c[8],         c[10].toInt(), c[12].toInt()};
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_source = Fixtures::fullReport(&m_store);
        // A 2x screenshot shown twice (embedded once), a small PNG and a JPEG photo.
        m_screenshot = Fixtures::dashboard(2400, 1200, 7);
        Attachment big;
        const QByteArray png = Fixtures::png(m_screenshot);
        big.id = AttachmentStore::idFor(png);
        big.fileName = QStringLiteral("big.png");
        big.mediaType = QStringLiteral("image/png");
        big.size = png.size();
        m_store.insert(big.id, png);
        m_source.attachments << big;
        m_source.sections[0].text +=
            QStringLiteral("\n![Checkout latency](attachment:%1)\n\n![Errors](attachment:%2)\n\n"
                           "![The board](attachment:%3)\n\nAgain: ![](attachment:%1)\n")
                .arg(big.id, m_source.attachments[1].id, m_source.attachments[2].id);
        // Enough numbered entries for several pages of timeline.
        for (int i = 0; i < 160; ++i) {
            TimelineEntry e;
            e.id = QStringLiteral("n%1").arg(i);
            e.at = m_source.metadata.started.addSecs(60 * (i + 1));
            e.description =
                QStringLiteral("Entry marker %1 happened").arg(i, 4, 10, QLatin1Char('0'));
            e.description += i % 7 == 0 ? QStringLiteral(" with a long explanation that wraps "
                                                         "over several lines of the narrow "
                                                         "description column of the timeline "
                                                         "table, as real notes do.")
                                        : QString();
            m_source.timeline << e;
        }
        m_report = m_dir.filePath(QStringLiteral("report.pmd"));
        QString error;
        QVERIFY2(PmdArchive::write(m_report, m_source, m_store, &error), qPrintable(error));
    }

    void fullReportChecksOut()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("full.pdf"));
        const Run r = exportPdf(m_report, pdf);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("pages")));

        const Run info = run(QStringLiteral("pdfinfo"), {pdf});
        QCOMPARE(info.code, 0);
        QCOMPARE(field(info.out, QStringLiteral("Title")), m_source.metadata.title);
        QCOMPARE(field(info.out, QStringLiteral("Author")),
                 m_source.metadata.authors.join(QStringLiteral(", ")));
        QVERIFY(field(info.out, QStringLiteral("Subject")).contains(QLatin1String("SEV1")));
        QVERIFY(
            field(info.out, QStringLiteral("Keywords")).contains(m_source.metadata.tags.first()));
        QVERIFY(field(info.out, QStringLiteral("Creator")).startsWith(QLatin1String("Debrief")));
        QVERIFY(field(info.out, QStringLiteral("Page size")).contains(QLatin1String("(A4)")));
        const int pages = field(info.out, QStringLiteral("Pages")).toInt();
        QVERIFY2(pages >= 4, qPrintable(info.out));

        const Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QCOMPARE(text.code, 0);
        const QString t = text.out;
        // Qt maps only the Basic Multilingual Plane back to text, so the title's emoji is
        // drawn (from an embedded fallback font, checked below) but not extractable.
        QVERIFY(t.contains(QStringLiteral("Résumé of the")));
        QVERIFY(t.contains(QStringLiteral("payment outage")));
        for (const Section &s : m_source.sections)
            QVERIFY2(t.contains(s.title), qPrintable(s.title));
        QVERIFY(t.contains(QLatin1String("Timeline")));
        QVERIFY(t.contains(QLatin1String("Action items")));
        QVERIFY(t.contains(QLatin1String("Clocks jump forward")));
        QVERIFY(t.contains(QLatin1String("Test DST transitions")));
        QVERIFY(t.contains(QLatin1String("Checkout latency"))); // a caption
        for (int p = 1; p <= pages; ++p)
            QVERIFY2(t.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)),
                     qPrintable(QString::number(p)));
        QCOMPARE(
            t.count(QStringLiteral("Exported %1").arg(QDate::currentDate().toString(Qt::ISODate))),
            pages);
        // The timeline runs over several pages, each repeating its header row.
        QVERIFY2(t.count(QLatin1String("What happened")) >= 3,
                 qPrintable(QString::number(t.count(QLatin1String("What happened")))));
        // Every entry exactly once: nothing lost or printed twice where pages are cut.
        for (int i = 0; i < 160; ++i)
            QCOMPARE(t.count(QStringLiteral("Entry marker %1").arg(i, 4, 10, QLatin1Char('0'))), 1);

        const Run fonts = run(QStringLiteral("pdffonts"), {pdf});
        QCOMPARE(fonts.code, 0);
        const QStringList fontLines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fontLines.isEmpty());
        QVERIFY2(fonts.out.contains(QLatin1String("Symbola")), qPrintable(fonts.out));
        for (const QString &line : fontLines)
            QVERIFY2(line.contains(QLatin1String(" yes ")), qPrintable(line)); // embedded
    }

    void imagesAreLosslessAtPrintResolutionAndEmbeddedOnce()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("images.pdf"));
        QVERIFY2(exportPdf(m_report, pdf).code == 0, "export failed");
        const QList<Listed> images = listImages(pdf);
        QSet<int> objects;
        for (const Listed &i : images) {
            QCOMPARE(i.type, QStringLiteral("image")); // no soft masks for opaque images
            objects << i.object;
        }
        // Four pictures drawn, three distinct: the screenshot shown twice is one object.
        QCOMPARE(images.size(), 4);
        QCOMPARE(objects.size(), 3);
        int jpegs = 0;
        for (const Listed &i : images) {
            if (i.encoding == QLatin1String("jpeg")) {
                ++jpegs; // the photo, which was a JPEG to begin with
                continue;
            }
            QCOMPARE(i.encoding, QStringLiteral("image"));
            if (i.width > 1000) {
                // The 2400-pixel screenshot, shown the column's width: about 200 dpi.
                QVERIFY2(i.width < 2400 && i.xppi >= 180 && i.xppi <= 260,
                         qPrintable(QString::number(i.xppi)));
            }
        }
        QCOMPARE(jpegs, 1);

        // Lossless: the embedded pixels are exactly the screenshot scaled to that size.
        const QString prefix = m_dir.filePath(QStringLiteral("x"));
        QCOMPARE(run(QStringLiteral("pdfimages"), {QStringLiteral("-png"), pdf, prefix}).code, 0);
        bool found = false;
        for (const QFileInfo &f : QDir(m_dir.path()).entryInfoList({QStringLiteral("x-*.png")})) {
            const QImage extracted = QImage(f.filePath()).convertToFormat(QImage::Format_RGB32);
            if (extracted.width() < 1000)
                continue;
            const QImage expected =
                m_screenshot
                    .scaled(extracted.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                    .convertToFormat(QImage::Format_RGB32);
            QCOMPARE(extracted, expected);
            found = true;
        }
        QVERIFY(found);
    }

    void letterAndSummary()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("letter.pdf"));
        QVERIFY(exportPdf(m_report, pdf, {QStringLiteral("--page-size"), QStringLiteral("Letter")})
                    .code == 0);
        const Run info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(field(info.out, QStringLiteral("Page size")).contains(QLatin1String("(letter)")),
                 qPrintable(info.out));

        // The large report's summary: at most two pages, with what an executive needs.
        AttachmentStore store;
        const Report large = LargeReport::make(&store, 1, 3);
        const QString pmd = m_dir.filePath(QStringLiteral("large.pmd"));
        QString error;
        QVERIFY2(PmdArchive::write(pmd, large, store, &error), qPrintable(error));
        const QString summary = m_dir.filePath(QStringLiteral("summary.pdf"));
        const Run r = exportPdf(pmd, summary, {QStringLiteral("--summary")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Run sinfo = run(QStringLiteral("pdfinfo"), {summary});
        const int pages = field(sinfo.out, QStringLiteral("Pages")).toInt();
        QVERIFY2(pages >= 1 && pages <= 2, qPrintable(sinfo.out));
        const QString t = run(QStringLiteral("pdftotext"), {summary, QStringLiteral("-")}).out;
        QVERIFY(t.contains(QLatin1String("Executive summary")));
        QVERIFY(t.contains(QLatin1String("Key moments")));
        QVERIFY(t.contains(QLatin1String("Open action items")));
        QVERIFY(t.contains(QStringLiteral("Page 1 of %1").arg(pages)));
        QVERIFY(t.contains(large.sections.first().title));
    }

    void badInputAndUnwritableTargets()
    {
        // Unreadable input: exit 2, nothing written.
        const QString junk = m_dir.filePath(QStringLiteral("junk.pmd"));
        QVERIFY(Fixtures::writeFile(junk, "not a zip at all"));
        const QString out = m_dir.filePath(QStringLiteral("never.pdf"));
        Run r = exportPdf(junk, out);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(junk));
        QVERIFY(!QFileInfo::exists(out));
        // Bad options: exit 2.
        QCOMPARE(
            exportPdf(m_report, out, {QStringLiteral("--page-size"), QStringLiteral("A3")}).code,
            2);
        QCOMPARE(run(QStringLiteral(DEBRIEF_BIN),
                     {QStringLiteral("export"), m_report, QStringLiteral("-o"),
                      m_dir.filePath(QStringLiteral("x.md")), QStringLiteral("--summary")})
                     .code,
                 2);
        QVERIFY(!QFileInfo::exists(out));
        // A folder that is a file: exit 3, nothing left.
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QVERIFY(Fixtures::writeFile(blocker, "x"));
        r = exportPdf(m_report, blocker + QStringLiteral("/out.pdf"));
        QCOMPARE(r.code, 3);
        // A disk that fills up: exit 3, and an old PDF at the target stays as it was.
        const QString target = m_dir.filePath(QStringLiteral("kept.pdf"));
        QVERIFY(Fixtures::writeFile(target, "%PDF-old"));
        Fixtures::withDiskFullAfter(20000, [&] { r = exportPdf(m_report, target); });
        QCOMPARE(r.code, 3);
        QCOMPARE(Fixtures::readFile(target), QByteArray("%PDF-old"));
        const QStringList leftovers =
            QDir(m_dir.path())
                .entryList({QStringLiteral("kept.pdf.*"), QStringLiteral(".*kept*")},
                           QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    }

    // The summary carries the story: what happened, the impact and the root cause, whatever
    // the template calls them; the rest of the report stays in the full one.
    void summaryCarriesTheRootCause()
    {
        for (const QString &templateId :
             {QStringLiteral("classic"), QStringLiteral("google-sre"), QStringLiteral("atlassian"),
              QStringLiteral("pagerduty")}) {
            Report r = TemplateLibrary::instantiate(*TemplateLibrary::find(templateId));
            for (Section &s : r.sections)
                s.text = QStringLiteral("Written for %1.").arg(s.id);
            QStringList kept;
            for (const Section &s : ExecutiveSummary::select(r, 1).sections)
                kept << s.id;
            const bool hasCause = std::any_of(kept.cbegin(), kept.cend(), [](const QString &id) {
                return id.startsWith(QLatin1String("root-cause")) ||
                       id == QLatin1String("contributing-factors");
            });
            QVERIFY2(hasCause, qPrintable(templateId + QStringLiteral(": ") + kept.join(u' ')));
            QVERIFY2(kept.size() < r.sections.size(), qPrintable(kept.join(u' ')));
        }
    }

    void summaryShortensAnyShapeOfText()
    {
        // One long paragraph ends at a sentence; a tight list ends at an item; fences stay whole.
        QString paragraph;
        for (int i = 0; i < 60; ++i)
            paragraph += QStringLiteral("Sentence number %1 says a little more. ").arg(i);
        const QString cut = ExecutiveSummary::shortened(paragraph, 400);
        QVERIFY2(cut.size() < 700, qPrintable(cut));
        QVERIFY(cut.contains(QStringLiteral("more. …")));
        QVERIFY(cut.contains(QLatin1String("Shortened")));
        QString list;
        for (int i = 0; i < 80; ++i)
            list += QStringLiteral("- item %1 with a few words\n").arg(i);
        const QString listCut = ExecutiveSummary::shortened(list, 300);
        QVERIFY(listCut.size() < 450);
        QVERIFY(listCut.startsWith(QLatin1String("- item 0 ")));
        const QString code = QStringLiteral("Intro.\n\n```\n") + QString(500, QLatin1Char('x')) +
                             QStringLiteral("\n\nmore\n```\n\nAfter.\n\nTail ") +
                             QString(500, QLatin1Char('y'));
        const QString codeCut = ExecutiveSummary::shortened(code, 100);
        QCOMPARE(codeCut.count(QLatin1String("```")), 2);
        QVERIFY(!codeCut.contains(QLatin1String("Tail")));
        QCOMPARE(ExecutiveSummary::shortened(QStringLiteral("short"), 100),
                 QStringLiteral("short"));
    }

    void cancellingStopsTheExport()
    {
        AttachmentStore store;
        const Report report = Fixtures::fullReport(&store);
        int calls = 0;
        QString error;
        const auto result = PdfExporter::exportReport(report, store, {}, &error,
                                                      [&](int, int) { return ++calls < 2; });
        QVERIFY(!result);
        QCOMPARE(calls, 2);
        QVERIFY(error.contains(QLatin1String("cancelled")));
    }

    // The painter may need images in another order than the document's (the cells of a row
    // cut by a page are drawn cell by cell): it must never wait for a worker that is waiting
    // for room. Drawn last-first, every image comes out, and a repeat is the same image.
    void imagesDrawnOutOfOrderNeverWait()
    {
        AttachmentStore store;
        QStringList ids;
        for (int i = 0; i < 6; ++i) {
            const QByteArray png = Fixtures::png(Fixtures::dashboard(300, 150, 40 + i));
            ids << AttachmentStore::idFor(png);
            store.insert(ids.last(), png);
        }
        QTextDocument doc;
        PrintImages images(store, 600, 800, 96, 200);
        QStringList order = ids;
        order << ids.first(); // the first image is drawn twice
        QTextImageFormat format;
        for (const QString &id : std::as_const(ids)) {
            format.setName(QStringLiteral("attachment:") + id);
            QVERIFY(images.intrinsicSize(&doc, 0, format).width() > 0);
        }
        images.prefetch(order);
        QImage page(700, 400, QImage::Format_RGB32);
        QPainter painter(&page);
        for (qsizetype i = order.size() - 1; i >= 0; --i) {
            page.fill(Qt::white);
            format.setName(QStringLiteral("attachment:") + order.at(i));
            images.drawObject(&painter, QRectF(0, 0, 300, 150), &doc, 0, format);
            QVERIFY(page.pixel(150, 75) != qRgb(255, 255, 255) ||
                    page.pixel(10, 10) != qRgb(255, 255, 255));
        }
        painter.end();
        QVERIFY(images.problems().isEmpty());
    }

    void imagesInTableCellsFitTheirColumn()
    {
        AttachmentStore store;
        const QByteArray png = Fixtures::png(Fixtures::dashboard(2400, 1200, 9));
        const QString id = AttachmentStore::idFor(png);
        store.insert(id, png);
        QTextDocument doc;
        PrintImages images(store, 600, 800, 96, 200);
        doc.documentLayout()->registerHandler(QTextFormat::ImageObject, &images);
        doc.setDocumentMargin(0);
        doc.setTextWidth(600);
        doc.setHtml(QStringLiteral("<p><img src=\"attachment:%1\" /></p><table width=\"100%\">"
                                   "<tr><td width=\"20%\">t</td><td width=\"80%\"><img "
                                   "src=\"attachment:%1\" /></td></tr></table>")
                        .arg(id));
        QTextImageFormat format;
        format.setName(QStringLiteral("attachment:") + id);
        QCOMPARE(images.intrinsicSize(&doc, 0, format).width(), 600.0);
        const int inCell = doc.toPlainText().lastIndexOf(QChar::ObjectReplacementCharacter);
        const QSizeF cell = images.intrinsicSize(&doc, inCell, format);
        QVERIFY2(cell.width() <= 480 && cell.width() > 400,
                 qPrintable(QString::number(cell.width())));
        QCOMPARE(qRound(cell.height() * 2), qRound(cell.width())); // aspect kept
        QVERIFY2(doc.documentLayout()->documentSize().width() <= 601,
                 qPrintable(QString::number(doc.documentLayout()->documentSize().width())));
    }

    // Pagination on its own: tables whose rows vary in height and headings everywhere; no
    // page may start inside a row or leave a heading alone at the bottom of the page before.
    void pagesNeverSplitRowsOrStrandHeadings()
    {
        QString html;
        for (int s = 0; s < 30; ++s) {
            html += QStringLiteral("<h2>Heading %1</h2>").arg(s);
            for (int p = 0; p < s % 4; ++p)
                html += QStringLiteral("<p>%1</p>")
                            .arg(QString(200 + 37 * p, QLatin1Char('w'))
                                     .replace(QLatin1String("wwwww"), QLatin1String("word ")));
            html += QStringLiteral("<table border=\"1\" cellpadding=\"3\"><thead><tr><th>Time</th>"
                                   "<th>What</th></tr></thead>");
            for (int row = 0; row < 3 + s % 5; ++row)
                html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                            .arg(row)
                            .arg(QString(20 + 90 * ((row + s) % 3), QLatin1Char('x'))
                                     .replace(QLatin1String("xxxxx"), QLatin1String("text ")));
            html += QStringLiteral("</table>");
        }
        QTextDocument doc;
        doc.setTextWidth(500);
        doc.setHtml(html);
        const qreal pageHeight = 600;
        const PagePlan plan = PagePlan::make(doc, pageHeight);
        QVERIFY(plan.pageCount() > 5);
        QAbstractTextDocumentLayout *layout = doc.documentLayout();
        int repeated = 0;
        for (int p = 0; p < plan.pageCount(); ++p) {
            // A repeated header takes its room from the page.
            QVERIFY(plan.bottom(p) - plan.top(p) + plan.headerHeight(p) <= pageHeight + 0.01);
            repeated += plan.headerHeight(p) > 0 ? 1 : 0;
        }
        QVERIFY(repeated > 0);
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            const QRectF r = layout->blockBoundingRect(b);
            for (int p = 1; p < plan.pageCount(); ++p) {
                const qreal cut = plan.top(p);
                // No line is cut through.
                QVERIFY2(!(r.top() + 0.5 < cut && cut < r.bottom() - 0.5) ||
                             b.layout()->lineCount() > 1,
                         qPrintable(b.text()));
                // A heading is never the last thing above a cut.
                if (b.blockFormat().headingLevel() > 0)
                    QVERIFY2(!(r.bottom() <= cut + 0.5 && cut - r.bottom() < 20),
                             qPrintable(b.text()));
            }
            // Cells: the whole row is on one page.
            if (auto *table = qobject_cast<QTextTable *>(doc.frameAt(b.position()))) {
                const QTextTableCell cell = table->cellAt(b.position());
                qreal rowTop = 1e9, rowBottom = -1e9;
                for (int c = 0; c < table->columns(); ++c) {
                    const QTextTableCell other = table->cellAt(cell.row(), c);
                    rowTop = std::min(
                        rowTop,
                        layout->blockBoundingRect(other.firstCursorPosition().block()).top());
                    rowBottom = std::max(
                        rowBottom,
                        layout->blockBoundingRect(other.lastCursorPosition().block()).bottom());
                }
                for (int p = 1; p < plan.pageCount(); ++p)
                    QVERIFY2(!(rowTop < plan.top(p) - 0.5 && plan.top(p) < rowBottom - 0.5),
                             qPrintable(QStringLiteral("row %1 of a table split at %2")
                                            .arg(cell.row())
                                            .arg(plan.top(p))));
            }
        }
    }
};

QTEST_MAIN(TestPdf)
#include "tst_pdf.moc"
