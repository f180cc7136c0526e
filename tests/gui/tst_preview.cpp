// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "LargeReport.h"
#include "document/ReportDocument.h"
#include "format/PmdArchive.h"
#include "preview/PreviewBrowser.h"
#include "preview/PreviewPane.h"
#include "render/CodeHighlighter.h"
#include "render/MarkdownRenderer.h"
#include "render/ReportHtml.h"
#include "render/ReportStyle.h"
#include "render/SectionRenderer.h"
#include "render/SyntaxRepository.h"
#include "templates/TemplateLibrary.h"

#include <KSyntaxHighlighting/Repository>
#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>

using namespace debrief;

namespace {
QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}
} // namespace

class TestPreview : public QObject
{
    Q_OBJECT
private:
    CodeHighlighter m_code{SyntaxRepository::instance()};
    MarkdownRenderer m_md{m_code};

private Q_SLOTS:
    void markdownConstructs_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("headings") << "# One\n\n### Three"
                                  << strings({"<h1>One</h1>", "<h3>Three</h3>"});
        QTest::newRow("lists") << "- a\n- b\n\n1. x\n2. y"
                               << strings({"<ul>", "<li>a</li>", "<ol>", "<li>y</li>"});
        QTest::newRow("emphasis") << "*it* **bold** `code`"
                                  << strings({"<em>it</em>", "<strong>bold</strong>",
                                              "<code>code</code>"});
        QTest::newRow("link") << "[docs](https://example.com/a?b=1&c=2)"
                              << strings(
                                     {"<a href=\"https://example.com/a?b=1&amp;c=2\">docs</a>"});
        QTest::newRow("quote") << "> careful" << strings({"<blockquote>", "careful"});
        const QString id(64, QLatin1Char('a'));
        QTest::newRow("attachment image")
            << QStringLiteral("![graph](attachment:%1)").arg(id)
            << QStringList{QStringLiteral("<img src=\"attachment:%1\" alt=\"graph\" />").arg(id)};
        QTest::newRow("highlighted code")
            << "```cpp\nint main() { return 0; }\n```"
            << strings({"<pre class=\"code\" title=\"cpp\">",
                        "<span style=\"color:", "font-weight:bold;\">return</span>"});
        QTest::newRow("unknown language")
            << "```klingon\n<b>x</b>\n```" << strings({"&lt;b&gt;x&lt;/b&gt;"});
    }

    void markdownConstructs()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, expected);
        const QString html = m_md.toHtml(markdown);
        for (const QString &e : expected)
            QVERIFY2(html.contains(e), qPrintable(html));
    }

    void sectionFastPathEqualsTheFullPath()
    {
        ReportHtml html(m_md);
        SectionRenderer renderer(m_md, html);
        AttachmentStore store;
        Report r = LargeReport::make(&store, 1, 0);
        r.sections[2].text +=
            QStringLiteral("\nSee [the log][log].\n\n[log]: https://example.com/log\n");
        QRandomGenerator rng(11);
        const QString alphabet = QStringLiteral("abc XYZ#-*_`[]>=~<|1.)\\&!");
        for (int step = 0; step < 400; ++step) {
            Section &s = r.sections[int(rng.bounded(3))];
            const int pos = int(rng.bounded(int(s.text.size()) + 1));
            if (rng.bounded(3) == 0 && pos < s.text.size())
                s.text.remove(pos, 1);
            else
                s.text.insert(pos, alphabet.at(rng.bounded(int(alphabet.size()))));
            QCOMPARE(renderer.blocks(s), html.sectionBlocks(s));
        }
        QVERIFY2(renderer.fastRenders() > 100, qPrintable(QString::number(renderer.fastRenders())));
    }

    void plainParagraphLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("plain");
        QTest::newRow("words") << "Latency rose." << true;
        QTest::newRow("3 spaces") << "   indented a little" << true;
        QTest::newRow("4 spaces") << "    code?" << false;
        QTest::newRow("heading") << "# Title" << false;
        QTest::newRow("list") << "- item" << false;
        QTest::newRow("ordered") << "2. item" << false;
        QTest::newRow("setext") << "===" << false;
        QTest::newRow("fence") << "```" << false;
        QTest::newRow("quote") << "> q" << false;
        QTest::newRow("html") << "<div>" << false;
        QTest::newRow("definition") << "[x]: http://e" << false;
        QTest::newRow("blank") << "   " << false;
    }

    void plainParagraphLines()
    {
        QFETCH(QString, line);
        QFETCH(bool, plain);
        QCOMPARE(SectionRenderer::isPlainParagraphLine(line), plain);
    }

    void hostileMarkdownIsNeutralised()
    {
        const QString html = m_md.toHtml(QStringLiteral(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
            "[click](javascript:alert(1)) [v](vbscript:x) [f](file:///etc/passwd)\n\n"
            "![remote](https://tracker.example.com/pixel.png) ![local](/etc/passwd.png)\n\n"
            "<iframe src=\"https://evil.example\"></iframe>"));
        for (const char *bad : {"<script", "onerror", "javascript:", "vbscript:", "file:",
                                "<iframe", "src=\"https://", "src=\"/etc"})
            QVERIFY2(!html.contains(QLatin1String(bad)), bad);
        QVERIFY(html.contains(
            QLatin1String("Remote image not loaded: https://tracker.example.com/pixel.png")));
        QVERIFY(html.contains(QLatin1String("Image not in this report: /etc/passwd.png")));
    }

    // An image inside another's description is freed with it when the outer one is replaced
    // (found by fuzz_markdown_render): only the outer one is handled, the inner is its text.
    void nestedImagesAreNamedOnce()
    {
        const QString html = m_md.toHtml(QStringLiteral(
            "![outer ![inner](https://a.example/in.png) end](https://b.example/o.png)"
            "\n\n![local ![x](attachment:abc)](/tmp/o.png)"));
        QCOMPARE(html.count(QLatin1String("Remote image not loaded")), 1);
        QVERIFY(html.contains(QLatin1String("https://b.example/o.png")));
        QVERIFY(!html.contains(QLatin1String("src=\"https://")));
        QVERIFY(html.contains(QLatin1String("Image not in this report: /tmp/o.png")));
    }

    void nothingIsFetchedForAReportFullOfUrls()
    {
        ReportDocument doc;
        Report r = TemplateLibrary::sample();
        QString text;
        for (int i = 0; i < 50; ++i)
            text += QStringLiteral("![p%1](https://img%1.example.com/x.png) [l](http://l%1.example)"
                                   " <img src=\"http://raw%1.example/y.png\">\n\n")
                        .arg(i);
        r.sections[0].text = text;
        doc.reset(r);
        PreviewPane pane(&doc);
        pane.resize(600, 800);
        pane.show();
        pane.flush();
        const QString html = pane.browser()->document()->toHtml();
        QVERIFY(!html.contains(QLatin1String("src=\"http")));
        QCOMPARE(pane.browser()->blockedRequests(), 0); // nothing even asked for
        // Had something asked, the browser would refuse it:
        QVERIFY(!pane.browser()
                     ->loadResource(QTextDocument::ImageResource,
                                    QUrl(QStringLiteral("https://x.example/a.png")))
                     .isValid());
        QVERIFY(!pane.browser()
                     ->loadResource(QTextDocument::ImageResource,
                                    QUrl::fromLocalFile(QStringLiteral("/etc/hostname")))
                     .isValid());
        QCOMPARE(pane.browser()->blockedRequests(), 2);
    }

    // Scrolls the preview to where it shows the attachment, and lets it decode what is near.
    static bool scrollToImage(PreviewBrowser *browser, const QString &id)
    {
        const QString name = QStringLiteral("attachment:") + id;
        for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat f = it.fragment().charFormat();
                if (f.isImageFormat() && f.toImageFormat().name() == name) {
                    QTextCursor c(browser->document());
                    c.setPosition(it.fragment().position());
                    browser->setTextCursor(c);
                    browser->ensureCursorVisible();
                    browser->updateResidentImages();
                    return true;
                }
            }
        }
        return false;
    }

    void attachmentsAreServedFromTheReport()
    {
        QTemporaryDir dir;
        AttachmentStore store;
        Report r = Fixtures::fullReport(&store);
        r.sections[0].text +=
            QStringLiteral("\n![latency](attachment:%1)\n").arg(r.attachments[0].id);
        QString error;
        QVERIFY(PmdArchive::write(dir.filePath(QStringLiteral("a.pmd")), r, store, &error));
        ReportDocument doc;
        QVERIFY(doc.load(dir.filePath(QStringLiteral("a.pmd")), &error));
        PreviewPane pane(&doc);
        pane.resize(500, 700);
        pane.show();
        pane.flush();
        const QUrl url(QStringLiteral("attachment:") + r.attachments[0].id);
        // Decoded off the GUI thread; the layout gets a placeholder of the same size first.
        QTRY_VERIFY(pane.browser()->hasDecoded(r.attachments[0].id));
        QTRY_VERIFY(!pane.browser()->isDecoding());
        const QImage img =
            pane.browser()->loadResource(QTextDocument::ImageResource, url).value<QImage>();
        QVERIFY(!img.isNull());
        QVERIFY(img.width() / img.devicePixelRatio() <= pane.browser()->imageWidth());
        const QImage shown =
            pane.browser()->document()->resource(QTextDocument::ImageResource, url).value<QImage>();
        QCOMPARE(shown.size(), img.size());
        // The dashboard's dark header bar is there: real pixels, not the placeholder.
        QVERIFY(shown.pixelColor(shown.width() / 2, 2).lightness() < 80);
    }

    // Images are decoded at the column's width, not larger (memory grows with what is shown,
    // not with the screenshots' size), and follow the column when the preview is resized.
    void imagesFollowTheColumnsWidth()
    {
        QTemporaryDir dir;
        AttachmentStore store;
        Report r = LargeReport::make(&store, 1, 2); // 2400 x 1200 screenshots
        QString error;
        QVERIFY(PmdArchive::write(dir.filePath(QStringLiteral("w.pmd")), r, store, &error));
        ReportDocument doc;
        QVERIFY(doc.load(dir.filePath(QStringLiteral("w.pmd")), &error));
        PreviewPane pane(&doc);
        pane.resize(500, 700);
        pane.show();
        pane.flush();
        PreviewBrowser *browser = pane.browser();
        const QUrl url(QStringLiteral("attachment:") + r.attachments[0].id);
        auto decodedWidth = [&] {
            return browser->document()
                ->resource(QTextDocument::ImageResource, url)
                .value<QImage>()
                .width();
        };
        const qreal dpr = browser->devicePixelRatioF();
        QVERIFY(scrollToImage(browser, r.attachments[0].id));
        QTRY_VERIFY(browser->hasDecoded(r.attachments[0].id) && !browser->isDecoding());
        const int narrow = decodedWidth();
        QVERIFY2(narrow <= browser->imageWidth() * dpr && narrow < 800,
                 qPrintable(QString::number(narrow)));
        pane.resize(1300, 700);
        QTRY_VERIFY(decodedWidth() > narrow + 300 && !browser->isDecoding());
        QVERIFY(decodedWidth() <= PreviewBrowser::kMaxDisplayWidth);
        pane.resize(400, 700);
        QTRY_VERIFY(decodedWidth() <= browser->imageWidth() * dpr);
    }

    // Only the images within a screen of the visible part are decoded; scrolling away lets
    // them go (memory stays bounded however many screenshots a report holds) and scrolling
    // back decodes them again, the layout never moving.
    void onlyImagesNearTheViewAreDecoded()
    {
        ReportDocument doc;
        Report r = TemplateLibrary::sample();
        doc.reset(r);
        QStringList ids;
        QString text;
        for (int i = 0; i < 12; ++i) {
            ids << doc.addAttachment(Fixtures::png(Fixtures::dashboard(600, 300, 40 + i)),
                                     QStringLiteral("shot %1.png").arg(i));
            text += QStringLiteral("![shot %1](attachment:%2)\n\n%3\n\n")
                        .arg(i)
                        .arg(ids.last(), QString(QStringLiteral("Padding words. ")).repeated(60));
        }
        doc.setSectionText(0, text);
        PreviewPane pane(&doc);
        pane.resize(500, 600);
        pane.show();
        pane.flush();
        PreviewBrowser *browser = pane.browser();
        QTRY_VERIFY(!browser->isDecoding());
        QVERIFY(browser->hasDecoded(ids.first()));
        QVERIFY(!browser->hasDecoded(ids.last()));
        const int height = browser->document()->size().toSize().height();

        QVERIFY(scrollToImage(browser, ids.last()));
        QTRY_VERIFY(browser->hasDecoded(ids.last()) && !browser->isDecoding());
        QVERIFY(!browser->hasDecoded(ids.first()));
        QCOMPARE(browser->document()->size().toSize().height(), height);

        browser->verticalScrollBar()->setValue(0);
        QTRY_VERIFY(browser->hasDecoded(ids.first()) && !browser->isDecoding());
        QVERIFY(!browser->hasDecoded(ids.last()));
        const QImage shown = browser->document()
                                 ->resource(QTextDocument::ImageResource,
                                            QUrl(QStringLiteral("attachment:") + ids.first()))
                                 .value<QImage>();
        QVERIFY(shown.pixelColor(shown.width() / 2, 2).lightness() < 80); // real pixels
        doc.undoStack()->setClean();
    }

    void closingWhileImagesDecodeIsSafe()
    {
        QTemporaryDir dir;
        AttachmentStore store;
        Report r = LargeReport::make(&store, 1, 6);
        QString error;
        QVERIFY(PmdArchive::write(dir.filePath(QStringLiteral("big.pmd")), r, store, &error));
        {
            ReportDocument doc;
            QVERIFY(doc.load(dir.filePath(QStringLiteral("big.pmd")), &error));
            PreviewPane pane(&doc);
            pane.show();
            pane.flush();
            QVERIFY(scrollToImage(pane.browser(), r.attachments[0].id));
            QVERIFY(pane.browser()->isDecoding());
            pane.resize(1200, 800); // more decodes, at the wider column
            QCoreApplication::processEvents();
        } // the pane and the document (its attachment store) gone before the workers end
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents(); // deliveries to a deleted browser are dropped
    }

    void patchedPreviewEqualsAFullRender_data()
    {
        QTest::addColumn<int>("extraEntries");
        QTest::newRow("sample") << 0;
        // Timeline blocks after the first are tables patched cell by cell.
        QTest::newRow("long timeline") << 40;
    }

    void patchedPreviewEqualsAFullRender()
    {
        QFETCH(int, extraEntries);
        ReportDocument doc;
        AttachmentStore scratch;
        Report start = TemplateLibrary::sample();
        for (int i = 0; i < extraEntries; ++i) {
            TimelineEntry e = start.timeline.at(i % start.timeline.size());
            e.id = QStringLiteral("extra-%1").arg(i);
            e.at = e.at.isValid() ? e.at.addSecs(600 * (i + 1)) : e.at;
            e.keyMoment = i % 5 == 0;
            e.description += QStringLiteral(" (%1)").arg(i);
            start.timeline << e;
        }
        doc.reset(start);
        PreviewPane patched(&doc);
        patched.resize(600, 900);
        patched.show();
        patched.flush();
        QRandomGenerator rng(4);
        for (int step = 0; step < 60; ++step) {
            const int kind = int(rng.bounded(8));
            const int n = int(doc.report().sections.size());
            if (kind <= 2) { // type or delete in a random section
                const int s = int(rng.bounded(n));
                const QString text = doc.report().sections[s].text;
                const int pos = text.isEmpty() ? 0 : int(rng.bounded(int(text.size())));
                if (kind == 2 && !text.isEmpty())
                    doc.editSectionText(s, pos, std::min(3, int(text.size()) - pos), {});
                else
                    doc.editSectionText(s, pos, 0,
                                        rng.bounded(4) ? QStringLiteral("word ")
                                                       : QStringLiteral("\n\n- *x*\n"));
            } else if (kind == 3) {
                ReportMetadata m = doc.report().metadata;
                m.title += QStringLiteral("!");
                doc.setMetadata(m);
            } else if (kind == 4) {
                ActionItem a = std::get<ActionItem>(doc.itemAt(ReportPart::ActionItems, 0));
                a.title += QStringLiteral(" more");
                doc.replaceItem(0, a);
            } else if (kind == 5) {
                doc.moveItem(ReportPart::Sections, int(rng.bounded(n)), int(rng.bounded(n)));
            } else if (kind == 6) { // a timeline entry dragged: its row and its neighbours'
                const int rows = doc.itemCount(ReportPart::Timeline);
                doc.moveItems(ReportPart::Timeline, {int(rng.bounded(rows))},
                              int(rng.bounded(rows + 1)));
            } else {
                const int row = int(rng.bounded(doc.itemCount(ReportPart::Timeline)));
                TimelineEntry e = std::get<TimelineEntry>(doc.itemAt(ReportPart::Timeline, row));
                e.at = e.at.addSecs(qint64(rng.bounded(120)) * 60 - 3600);
                e.approximate = !e.approximate;
                doc.replaceItem(row, e);
            }
            if (rng.bounded(3) == 0)
                doc.undoStack()->undo();
            if (rng.bounded(4) == 0)
                patched.flush();
        }
        patched.flush();
        PreviewPane fresh(&doc);
        fresh.resize(600, 900);
        fresh.show();
        fresh.flush();
        if (patched.browser()->document()->toHtml() != fresh.browser()->document()->toHtml()) {
            Fixtures::writeFile(QStringLiteral("/tmp/patched.html"),
                                patched.browser()->document()->toHtml().toUtf8());
            Fixtures::writeFile(QStringLiteral("/tmp/fresh.html"),
                                fresh.browser()->document()->toHtml().toUtf8());
        }
        QCOMPARE(patched.browser()->document()->toHtml(), fresh.browser()->document()->toHtml());
        QCOMPARE(patched.browser()->toPlainText(), fresh.browser()->toPlainText());
    }

    // Opening a large report renders it a slice per turn of the event loop; an edit made
    // meanwhile comes through, and the end result is the full render.
    void aFullRenderLetsTypingThrough()
    {
        ReportDocument doc;
        AttachmentStore store;
        PreviewPane pane(&doc);
        pane.resize(600, 900);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.flush();
        const int before = pane.renderedParts();
        QSignalSpy updated(&pane, &PreviewPane::updated);
        doc.reset(LargeReport::make(&store, 1, 0));
        const int parts = ReportParts(int(doc.report().sections.size())).renderedCount();
        QCoreApplication::processEvents();
        QVERIFY2(pane.renderedParts() - before < parts,
                 qPrintable(QString::number(pane.renderedParts() - before)));
        QCOMPARE(updated.count(), 0);
        doc.editSectionText(0, 0, 0, QStringLiteral("Typed while it renders. "));
        QTRY_COMPARE(updated.count(), 1);
        QVERIFY(pane.browser()->toPlainText().contains(QLatin1String("Typed while it renders.")));
        PreviewPane fresh(&doc);
        fresh.resize(600, 900);
        fresh.show();
        fresh.flush();
        QCOMPARE(pane.browser()->document()->toHtml(), fresh.browser()->document()->toHtml());
    }

    void onlyTheEditedPartIsRendered()
    {
        ReportDocument doc;
        doc.reset(TemplateLibrary::sample());
        PreviewPane pane(&doc);
        pane.resize(600, 900);
        pane.show();
        pane.flush();
        const int before = pane.renderedParts();
        doc.editSectionText(3, 0, 0, QStringLiteral("New words. "));
        pane.flush();
        QCOMPARE(pane.renderedParts(), before + 1);
        // Hidden: nothing is rendered until it shows again.
        pane.hide();
        doc.editSectionText(3, 0, 0, QStringLiteral("More. "));
        QCoreApplication::processEvents();
        QCOMPARE(pane.renderedParts(), before + 1);
        pane.show();
        QTRY_COMPARE(pane.renderedParts(), before + 2);
        QVERIFY(pane.browser()->toPlainText().contains(QLatin1String("More. New words.")));
    }

    void linksGoThroughOneHandlerThatAsks()
    {
        ReportDocument doc;
        doc.reset(TemplateLibrary::sample());
        PreviewPane pane(&doc);
        pane.show();
        pane.flush();
        QString shown;
        QString name;
        auto answer = [&](QMessageBox::StandardButton button) {
            QTimer::singleShot(50, [&, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                shown = box->text();
                name = box->objectName();
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        Q_EMIT pane.browser()->anchorClicked(
            QUrl(QStringLiteral("https://dashboards.example.com/checkout?from=now-1h")));
        QCOMPARE(name, QStringLiteral("openLinkBox"));
        QVERIFY2(
            shown.contains(QLatin1String("https://dashboards.example.com/checkout?from=now-1h")),
            qPrintable(shown));
        answer(QMessageBox::Ok);
        Q_EMIT pane.browser()->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
        QVERIFY2(shown.contains(QLatin1String("only opens web and mail links")), qPrintable(shown));
        // An in-report anchor just scrolls, no question asked.
        shown.clear();
        Q_EMIT pane.browser()->anchorClicked(QUrl(QStringLiteral("#timeline")));
        QCoreApplication::processEvents();
        QVERIFY(shown.isEmpty());
    }

    void screenFollowsThePaletteAndPrintStaysLight()
    {
        ReportDocument doc;
        doc.reset(TemplateLibrary::sample());
        PreviewPane pane(&doc);
        QPalette dark = pane.palette();
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        pane.setPalette(dark);
        pane.show();
        pane.flush();
        const QString css = pane.browser()->document()->defaultStyleSheet();
        QVERIFY(css.contains(QLatin1String("color: #e6e6e6")));
        QVERIFY(!css.contains(QLatin1Char('@')));
        QVERIFY(ReportStyle::forPrint().contains(QLatin1String("color: #1f2328")));
        QVERIFY(!ReportStyle::forPrint().contains(QLatin1Char('@')));
    }

    void scrollSurvivesAndFollowsTheAuthor()
    {
        ReportDocument doc;
        AttachmentStore store;
        doc.reset(LargeReport::make(&store, 1, 0));
        PreviewPane pane(&doc);
        pane.resize(600, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.flush();
        QScrollBar *bar = pane.browser()->verticalScrollBar();
        QVERIFY(bar->maximum() > 5000);
        bar->setValue(bar->maximum() / 2);
        const int kept = bar->value();
        doc.editSectionText(11, 0, 0, QStringLiteral("Edit far below. "));
        doc.editSectionText(0, 0, 0, QStringLiteral("Edit far above. "));
        pane.flush();
        QVERIFY(std::abs(bar->value() - kept) < 60); // the first part grew by a line at most

        // Following: the block holding a line comes into view, later lines further down.
        const QString text = doc.report().sections[11].text;
        const int lines = int(text.count(QLatin1Char('\n')));
        bar->setValue(0);
        pane.followSection(11, lines - 2);
        const int late = bar->value();
        pane.followSection(11, 2);
        const int early = bar->value();
        QVERIFY2(late > early && early > 0,
                 qPrintable(QStringLiteral("%1 %2").arg(late).arg(early)));
        pane.followSection(0, 1);
        QVERIFY(bar->value() < early);
    }
};

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
