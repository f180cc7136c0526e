// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "IconTheme.h"
#include "controllers/AttachmentController.h"
#include "controllers/DocumentManager.h"
#include "dialogs/RedactCanvas.h"
#include "dialogs/RedactDialog.h"
#include "document/ReportDocument.h"
#include "editor/MarkdownEditor.h"
#include "editor/MarkdownHighlighter.h"
#include "format/AttachmentStore.h"
#include "format/ImageMetadata.h"
#include "models/AttachmentsModel.h"
#include "models/PartsModel.h"
#include "models/ThumbnailCache.h"
#include "models/TimelineModel.h"
#include "panes/AttachmentsPane.h"
#include "panes/SectionPane.h"
#include "panes/TimelinePane.h"
#include "preview/PreviewPane.h"
#include "window/AppActions.h"
#include "window/MainWindow.h"
#include "window/NavigationPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QMessageBox>
#include <QMimeData>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QThreadPool>
#include <QUndoStack>
#include <QUrl>

using namespace debrief;

// The Attachments part and images entering a report by file, drop and paste, offscreen.
class TestAttachmentsPane : public QObject
{
    Q_OBJECT
private:
    static QString screenshotDir()
    {
        const QString dir = QStringLiteral(DEBRIEF_BUILD_DIR "/screenshots");
        QDir().mkpath(dir);
        return dir;
    }

    static void showPart(MainWindow &w, PartsModel::Kind kind)
    {
        w.navigation()->selectPart(w.navigation()->partsModel()->rowForKind(kind));
    }

    static bool openSample(MainWindow &w)
    {
        w.resize(1280, 800);
        w.show();
        w.activateWindow();
        if (!QTest::qWaitForWindowActive(&w))
            return false;
        w.documents()->openSample();
        return true;
    }

    // Waits for the thumbnails the pane asked for.
    static void settleThumbnails()
    {
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        return Fixtures::writeFile(path, bytes) ? path : QString();
    }

    static QMessageBox *refusedBox(MainWindow &w)
    {
        return w.findChild<QMessageBox *>(QStringLiteral("imageRefusedBox"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        IconTheme::ensureInstalled();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void addDedupeCaptionRemoveUndo()
    {
        QTemporaryDir dir;
        const QByteArray a = Fixtures::png(Fixtures::dashboard(640, 320, 1));
        const QByteArray b = Fixtures::jpeg(Fixtures::dashboard(800, 400, 2));
        const QStringList names = {QStringLiteral("db latency [p99] (edge).png"),
                                   QStringLiteral("Übersicht – Fehler.jpg"),
                                   QStringLiteral("copy of the first.png")};
        const QStringList paths = {write(dir, names[0], a), write(dir, names[1], b),
                                   write(dir, names[2], a)};
        MainWindow w;
        QVERIFY(openSample(w));
        ReportDocument *doc = w.document();
        auto *pane = w.findChild<AttachmentsPane *>();
        QVERIFY(pane);
        QAbstractItemModelTester tester(pane->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        showPart(w, PartsModel::Kind::Attachments);
        QVERIFY(pane->isVisible());
        QCOMPARE(pane->view()->accessibleName(), QStringLiteral("Attachments"));
        const int before = pane->model()->rowCount();
        const int steps = doc->undoStack()->count();

        // Three files, two different images: two rows, one undo step.
        auto *controller = w.findChild<AttachmentController *>();
        const QStringList ids = controller->addFiles(paths);
        QCOMPARE(ids.size(), 2);
        QCOMPARE(pane->model()->rowCount(), before + 2);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(doc->report().attachments[before].fileName, names[0]);
        QCOMPARE(doc->report().attachments[before + 1].fileName, names[1]);
        QCOMPARE(doc->report().attachments[before + 1].mediaType, QStringLiteral("image/jpeg"));

        // Thumbnails and pixel sizes arrive from the workers.
        settleThumbnails();
        const QString details =
            pane->model()->index(before, AttachmentsModel::Name).data().toString();
        QVERIFY2(details.startsWith(names[0] + QChar::LineSeparator +
                                    QStringLiteral("image/png · 640 × 320 · ")),
                 qPrintable(details));
        const QVariant thumb =
            pane->model()->index(before, AttachmentsModel::Name).data(Qt::DecorationRole);
        QCOMPARE(thumb.typeId(), QMetaType::QPixmap);
        QVERIFY(qvariant_cast<QPixmap>(thumb).width() <= ThumbnailCache::kSide * 2);
        QCOMPARE(pane->model()->index(before, AttachmentsModel::UsedIn).data().toString(),
                 QStringLiteral("Not used"));

        // Caption and alt text: one undo step each, named.
        QVERIFY(pane->model()->setData(pane->model()->index(before, AttachmentsModel::Caption),
                                       QStringLiteral("p99 latency at the edge")));
        QCOMPARE(w.actions().editUndo->text(), QStringLiteral("&Undo Edit Caption"));
        QVERIFY(pane->model()->setData(pane->model()->index(before, AttachmentsModel::AltText),
                                       QStringLiteral("Latency graph, spike at 09:14")));
        QCOMPARE(w.actions().editUndo->text(), QStringLiteral("&Undo Edit Alt Text"));
        QVERIFY(!pane->model()->setData(pane->model()->index(before, AttachmentsModel::Name),
                                        QStringLiteral("../escape.png")));
        QVERIFY(pane->model()->setData(pane->model()->index(before, AttachmentsModel::Name),
                                       QStringLiteral("edge latency.png")));
        QCOMPARE(doc->report().attachments[before].fileName, QStringLiteral("edge latency.png"));
        QCOMPARE(doc->report().attachments[before].caption,
                 QStringLiteral("p99 latency at the edge"));

        // Remove both with Delete, undo brings them back, redo takes them again.
        pane->view()->setFocus();
        pane->selectRow(before);
        pane->view()->selectionModel()->select(pane->model()->index(before + 1, 0),
                                               QItemSelectionModel::Select |
                                                   QItemSelectionModel::Rows);
        QTest::keyClick(pane->view(), Qt::Key_Delete);
        QCOMPARE(pane->model()->rowCount(), before);
        doc->undoStack()->undo();
        QCOMPARE(pane->model()->rowCount(), before + 2);
        QCOMPARE(doc->report().attachments[before].caption,
                 QStringLiteral("p99 latency at the edge"));
        doc->undoStack()->redo();
        QCOMPARE(pane->model()->rowCount(), before);
        doc->undoStack()->undo();
        doc->undoStack()->setClean();
    }

    // An image carrying a GPS position says so; Remove Metadata takes it out in one undo step,
    // the pixels unchanged, and only for the images that carry any.
    void metadataIsShownAndRemoved()
    {
        QTemporaryDir dir;
        const QByteArray plain = Fixtures::jpeg(Fixtures::dashboard(640, 320, 5));
        const QByteArray tagged = Fixtures::withMetadata(plain, true);
        MainWindow w;
        QVERIFY(openSample(w));
        ReportDocument *doc = w.document();
        auto *pane = w.findChild<AttachmentsPane *>();
        auto *controller = w.findChild<AttachmentController *>();
        showPart(w, PartsModel::Kind::Attachments);
        const QStringList ids =
            controller->addFiles({write(dir, QStringLiteral("from the phone.jpg"), tagged),
                                  write(dir, QStringLiteral("clean.png"),
                                        Fixtures::png(Fixtures::dashboard(300, 200, 6)))});
        QCOMPARE(ids.size(), 2);
        settleThumbnails();
        const int row = doc->report().attachmentIndex(ids[0]);
        const QString details = pane->model()->index(row, AttachmentsModel::Name).data().toString();
        QVERIFY2(details.contains(QStringLiteral("Carries EXIF, GPS position, IPTC, XMP, comment")),
                 qPrintable(details));
        QVERIFY(!pane->model()
                     ->index(row + 1, AttachmentsModel::Name)
                     .data()
                     .toString()
                     .contains(QStringLiteral("Carries")));

        pane->selectRow(row + 1);
        QVERIFY(!pane->removeMetadataAction()->isEnabled()); // the clean one alone
        pane->selectRow(row);
        QVERIFY(pane->removeMetadataAction()->isEnabled());
        const int steps = doc->undoStack()->count();
        pane->removeMetadataAction()->trigger();
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Remove Image Metadata"));
        const Attachment now = doc->report().attachments[row];
        QVERIFY(now.id != ids[0]);
        QCOMPARE(now.fileName, QStringLiteral("from the phone.jpg"));
        const auto bytes = doc->attachments().bytes(now.id);
        QVERIFY(bytes);
        QCOMPARE(ImageMetadata::inspect(*bytes), ImageMetadata::Kinds());
        QVERIFY(!bytes->contains("cage 14"));
        QCOMPARE(QImage::fromData(*bytes), QImage::fromData(tagged));
        settleThumbnails();
        QVERIFY(!pane->model()
                     ->index(row, AttachmentsModel::Name)
                     .data()
                     .toString()
                     .contains(QStringLiteral("Carries")));
        doc->undoStack()->undo();
        QCOMPARE(doc->report().attachments[row].id, ids[0]);
        doc->undoStack()->setClean();
    }

    // Shrink Large on Add: off, a large image is kept as it is; on, it comes in at 2560 pixels
    // on its longer side, in its own format; the choice is remembered.
    void shrinkLargeImagesWhenAsked()
    {
        QTemporaryDir dir;
        const QString big = write(dir, QStringLiteral("whiteboard.jpg"),
                                  Fixtures::jpeg(Fixtures::dashboard(3200, 1800, 8)));
        const QString small = write(dir, QStringLiteral("small.png"),
                                    Fixtures::png(Fixtures::dashboard(800, 400, 9)));
        MainWindow w;
        QVERIFY(openSample(w));
        ReportDocument *doc = w.document();
        auto *pane = w.findChild<AttachmentsPane *>();
        auto *controller = w.findChild<AttachmentController *>();
        QVERIFY(!pane->downscaleAction()->isChecked());
        auto sizeOf = [doc](const QString &id) {
            return QImage::fromData(*doc->attachments().bytes(id)).size();
        };
        const QStringList kept = controller->addFiles({big});
        QCOMPARE(sizeOf(kept[0]), QSize(3200, 1800));
        doc->undoStack()->undo();

        pane->downscaleAction()->setChecked(true);
        QVERIFY(controller->downscalesLargeImages());
        const QStringList shrunk = controller->addFiles({big, small});
        QCOMPARE(sizeOf(shrunk[0]), QSize(2560, 1440));
        QCOMPARE(doc->report().attachments[doc->report().attachmentIndex(shrunk[0])].mediaType,
                 QStringLiteral("image/jpeg"));
        QCOMPARE(sizeOf(shrunk[1]), QSize(800, 400)); // small: as it was
        QCOMPARE(*doc->attachments().bytes(shrunk[1]), Fixtures::readFile(small));

        MainWindow again; // remembered
        QVERIFY(again.findChild<AttachmentsPane *>()->downscaleAction()->isChecked());
        pane->downscaleAction()->setChecked(false);
        QVERIFY(!controller->downscalesLargeImages());
        doc->undoStack()->setClean();
    }

    // The pane's shortcuts work: none is also a window-wide shortcut, which would make both
    // ambiguous (and neither fire).
    void shortcutsDoNotClashWithTheWindows()
    {
        MainWindow w;
        QVERIFY(openSample(w));
        QSet<QString> windowWide;
        for (const QAction *a : w.findChildren<QAction *>()) {
            if (a->shortcutContext() == Qt::WindowShortcut && !a->shortcut().isEmpty())
                windowWide.insert(a->shortcut().toString());
        }
        QVERIFY(windowWide.contains(QStringLiteral("Ctrl+Shift+I"))); // File → Import
        auto *pane = w.findChild<AttachmentsPane *>();
        for (const QAction *a : pane->actions()) {
            QVERIFY2(!windowWide.contains(a->shortcut().toString()),
                     qPrintable(a->text() + QLatin1Char(' ') + a->shortcut().toString()));
        }
        // Ins adds (through the file dialog) while the table has the focus.
        QCOMPARE(pane->addAction()->shortcut(), QKeySequence(Qt::Key_Insert));
    }

    void refusedFilesAreNamedWithTheReason()
    {
        QTemporaryDir dir;
        const QStringList paths = {
            write(dir, QStringLiteral("notes.png"), QByteArray("not an image at all")),
            write(dir, QStringLiteral("huge.png"), Fixtures::pngClaiming(60000, 60000)),
            write(dir, QStringLiteral("outside.svg"),
                  QByteArray("<svg xmlns='http://www.w3.org/2000/svg' "
                             "xmlns:xlink='http://www.w3.org/1999/xlink'><image "
                             "xlink:href='http://127.0.0.1:9/x.png' width='5' height='5'/></svg>")),
            dir.filePath(QStringLiteral("missing.png")),
        };
        MainWindow w;
        QVERIFY(openSample(w));
        auto *controller = w.findChild<AttachmentController *>();
        const int before = int(w.document()->report().attachments.size());
        const int steps = w.document()->undoStack()->count();
        QVERIFY(controller->addFiles(paths).isEmpty());
        QCOMPARE(w.document()->report().attachments.size(), before);
        QCOMPARE(w.document()->undoStack()->count(), steps); // no empty step
        const QStringList refusals = controller->lastRefusals();
        QCOMPARE(refusals.size(), 4);
        QVERIFY2(refusals[0].contains(QLatin1String("notes.png")), qPrintable(refusals[0]));
        QVERIFY2(refusals[1].contains(QLatin1String("60000")), qPrintable(refusals[1]));
        QVERIFY2(refusals[2].contains(QLatin1String("http://127.0.0.1:9/x.png")),
                 qPrintable(refusals[2]));
        QVERIFY2(refusals[3].contains(QLatin1String("does not exist")), qPrintable(refusals[3]));
        QMessageBox *box = refusedBox(w);
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QLatin1String("outside.svg")));
        box->close();
    }

    void pasteIntoASectionIsOneStep()
    {
        MainWindow w;
        QVERIFY(openSample(w));
        ReportDocument *doc = w.document();
        w.navigation()->selectPart(w.navigation()->partsModel()->rowForSection(0));
        auto *section = w.findChild<SectionPane *>();
        QVERIFY(section && section->isVisible());
        MarkdownEditor *editor = section->editor();
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        const QString textBefore = doc->report().sections[0].text;
        const int attachmentsBefore = int(doc->report().attachments.size());

        // Ctrl+V with a fresh screenshot on the clipboard.
        QApplication::clipboard()->setImage(Fixtures::dashboard(1200, 600, 3));
        editor->paste();
        QTRY_COMPARE(doc->report().attachments.size(), attachmentsBefore + 1); // encoded aside

        const Report &r = doc->report();
        QCOMPARE(r.attachments.size(), attachmentsBefore + 1);
        const Attachment &added = r.attachments.last();
        QVERIFY2(added.fileName.startsWith(QLatin1String("Screenshot ")),
                 qPrintable(added.fileName));
        QVERIFY(added.fileName.endsWith(QLatin1String(".png")));
        QVERIFY(r.sections[0].text.endsWith(QStringLiteral("](attachment:%1)").arg(added.id)));
        QCOMPARE(w.actions().editUndo->text(), QStringLiteral("&Undo Insert Image"));
        doc->undoStack()->undo(); // the image and its reference go together
        QCOMPARE(doc->report().sections[0].text, textBefore);
        QCOMPARE(doc->report().attachments.size(), attachmentsBefore);
        QCOMPARE(editor->toPlainText(), textBefore);
        doc->undoStack()->setClean();
    }

    // PNG bytes another application put on the clipboard: kept as they are, at once.
    void pastePngBytesKeepsThem()
    {
        MainWindow w;
        QVERIFY(openSample(w));
        ReportDocument *doc = w.document();
        w.navigation()->selectPart(w.navigation()->partsModel()->rowForSection(0));
        MarkdownEditor *editor = w.findChild<SectionPane *>()->editor();
        const QByteArray png = Fixtures::png(Fixtures::dashboard(3840, 2160, 21));
        auto *data = new QMimeData;
        data->setData(QStringLiteral("image/png"), png);
        QApplication::clipboard()->setMimeData(data);
        const int steps = doc->undoStack()->count();
        editor->paste();
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        const QString id = AttachmentStore::idFor(png);
        QVERIFY(doc->report().attachmentIndex(id) >= 0);
        QVERIFY(doc->report().sections[0].text.contains(id));
        doc->undoStack()->undo();
        QVERIFY(!doc->report().sections[0].text.contains(id));

        // Bare pixels: encoded on a worker, then added with their reference as one step.
        auto *pixels = new QMimeData;
        pixels->setImageData(Fixtures::dashboard(3840, 2160, 22));
        QApplication::clipboard()->setMimeData(pixels);
        auto *controller = w.findChild<AttachmentController *>();
        editor->paste();
        QVERIFY(controller->isEncoding());
        QTRY_VERIFY_WITH_TIMEOUT(!controller->isEncoding(), 20000);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        doc->undoStack()->setClean();
    }

    void dropFilesOnASectionAndAnEntry()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("error page (500).png"),
                                   Fixtures::png(Fixtures::dashboard(300, 200, 4)));
        MainWindow w;
        QVERIFY(openSample(w));
        ReportDocument *doc = w.document();

        // A file dropped on the section editor: added and shown at the drop point.
        w.navigation()->selectPart(w.navigation()->partsModel()->rowForSection(1));
        MarkdownEditor *editor = w.findChild<SectionPane *>()->editor();
        QMimeData files;
        files.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = editor->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(editor->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(editor->viewport(), &drop);
        const QString id = AttachmentStore::idFor(Fixtures::readFile(path));
        QVERIFY(doc->report().attachmentIndex(id) >= 0);
        QVERIFY(doc->report().sections[1].text.contains(
            QStringLiteral("![error page (500)](attachment:%1)").arg(id)));

        // The same file dropped on timeline entry 2: stored once, shown under the entry, and a
        // small image on its row.
        showPart(w, PartsModel::Kind::Timeline);
        auto *timeline = w.findChild<TimelinePane *>();
        QTableView *table = timeline->view();
        const int attachments = int(doc->report().attachments.size());
        const QPoint onRow =
            table->visualRect(table->model()->index(2, TimelineModel::Description)).center();
        QDragEnterEvent enterRow(onRow, Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(table->viewport(), &enterRow);
        QVERIFY(enterRow.isAccepted());
        QDragMoveEvent moveRow(onRow, Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(table->viewport(), &moveRow);
        QVERIFY(moveRow.isAccepted());
        QDropEvent dropRow(onRow, Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(table->viewport(), &dropRow);
        QCOMPARE(doc->report().attachments.size(), attachments);
        QVERIFY(doc->report().timeline[2].description.endsWith(
            QStringLiteral("\n\n![error page (500)](attachment:%1)").arg(id)));
        QCOMPARE(w.actions().editUndo->text(), QStringLiteral("&Undo Add Image to Entry"));
        settleThumbnails();
        QVERIFY(!table->model()
                     ->index(2, TimelineModel::Description)
                     .data(Qt::DecorationRole)
                     .isNull());
        QVERIFY(
            table->model()->index(1, TimelineModel::Description).data(Qt::DecorationRole).isNull());
        // The preview shows the image under the entry.
        w.findChild<PreviewPane *>()->flush();
        settleThumbnails();
        QTest::qWait(50);
        QVERIFY(w.grab().save(screenshotDir() + QStringLiteral("/timeline-entry-image.png")));

        // The pane lists both places, and "Show Where Used" goes to the first.
        showPart(w, PartsModel::Kind::Attachments);
        auto *pane = w.findChild<AttachmentsPane *>();
        const int row = doc->report().attachmentIndex(id);
        const QString used = pane->model()->index(row, AttachmentsModel::UsedIn).data().toString();
        QVERIFY2(used.contains(QLatin1String("Timeline entry 3")), qPrintable(used));
        QVERIFY2(used.contains(doc->report().sections[1].title), qPrintable(used));
        pane->selectRow(row);
        pane->showAction()->trigger();
        QVERIFY(w.findChild<SectionPane *>()->isVisible());
        QCOMPARE(w.findChild<SectionPane *>()->section(), 1);
        doc->undoStack()->setClean();
    }

    void aMissingImageIsUnderlinedInTheEditor()
    {
        QTemporaryDir dir;
        const QString path =
            write(dir, QStringLiteral("graph.png"), Fixtures::png(Fixtures::dashboard(120, 60, 6)));
        MainWindow w;
        QVERIFY(openSample(w));
        ReportDocument *doc = w.document();
        w.navigation()->selectPart(w.navigation()->partsModel()->rowForSection(0));
        MarkdownEditor *editor = w.findChild<SectionPane *>()->editor();
        editor->moveCursor(QTextCursor::End);
        auto *files = new QMimeData;
        files->setUrls({QUrl::fromLocalFile(path)});
        QApplication::clipboard()->setMimeData(files); // a file copied in a file manager
        editor->paste();
        const QTextBlock block = editor->document()->lastBlock();
        QVERIFY(block.text().contains(QLatin1String("](attachment:")));
        auto wavy = [&block] {
            const auto formats = block.layout()->formats();
            return std::any_of(
                formats.cbegin(), formats.cend(), [](const QTextLayout::FormatRange &r) {
                    return r.format.underlineStyle() == QTextCharFormat::WaveUnderline &&
                           r.format.underlineColor() ==
                               MarkdownHighlighter::missingAttachmentColor();
                });
        };
        QVERIFY(!wavy());
        doc->removeItems(ReportPart::Attachments, {int(doc->report().attachments.size()) - 1});
        QVERIFY(wavy());
        doc->undoStack()->undo();
        QVERIFY(!wavy());
        doc->undoStack()->setClean();
    }

    // Two boxes and a crop dragged with the mouse in the dialog, applied: the image is replaced
    // everywhere in one step, covered pixels are black, Undo brings the original back.
    void redactWithTheMouse()
    {
        QTemporaryDir dir;
        const QImage image = Fixtures::dashboard(600, 300, 12);
        const QString path = write(dir, QStringLiteral("prod console.png"), Fixtures::png(image));
        MainWindow w;
        QVERIFY(openSample(w));
        ReportDocument *doc = w.document();
        auto *controller = w.findChild<AttachmentController *>();
        const QString id = controller->addFiles({path}).value(0);
        QVERIFY(!id.isEmpty());
        doc->setSectionText(0, QStringLiteral("![console](attachment:%1)").arg(id));

        RedactDialog dialog(image, QStringLiteral("prod console.png"), &w);
        dialog.resize(800, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        RedactCanvas *canvas = dialog.canvas();
        auto drag = [canvas](QPointF from, QPointF to) {
            const QPoint a = canvas->toWidget(from).toPoint();
            const QPoint b = canvas->toWidget(to).toPoint();
            QTest::mousePress(canvas, Qt::LeftButton, {}, a);
            QTest::mouseMove(canvas, (a + b) / 2);
            QTest::mouseMove(canvas, b);
            QTest::mouseRelease(canvas, Qt::LeftButton, {}, b);
        };
        drag({50, 40}, {250, 140});
        drag({400, 200}, {500, 260});
        QCOMPARE(canvas->redaction().boxes.size(), 2);
        QVERIFY(canvas->undoLast());
        QCOMPARE(canvas->redaction().boxes.size(), 1);
        drag({400, 200}, {500, 260});
        canvas->setTool(RedactCanvas::Tool::Crop);
        drag({20, 10}, {580, 290});
        const ImageRedaction redaction = canvas->redaction();
        QVERIFY(qAbs(redaction.boxes[0].left() - 50) <= 2);
        QVERIFY(qAbs(redaction.crop.width() - 560) <= 4);
        QVERIFY(dialog.grab().save(screenshotDir() + QStringLiteral("/redact-dialog.png")));
        dialog.accept();

        const QString newId = controller->applyRedaction(id, redaction);
        QVERIFY(!newId.isEmpty() && newId != id);
        QCOMPARE(w.actions().editUndo->text(), QStringLiteral("&Undo Redact Image"));
        QVERIFY(doc->report().sections[0].text.contains(newId));
        const QImage redacted = QImage::fromData(*doc->attachments().bytes(newId));
        QCOMPARE(redacted.size(), redaction.crop.size());
        const QPoint inside = redaction.boxes[0].center() - redaction.crop.topLeft();
        QCOMPARE(redacted.pixelColor(inside), QColor(Qt::black));
        doc->undoStack()->undo();
        QVERIFY(doc->report().sections[0].text.contains(id));
        QCOMPARE(doc->report().attachments.last().id, id);
        doc->undoStack()->setClean();
    }

    void referencesSurviveSaveAndReopen()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("[weird] name (1) — ß.png"),
                                   Fixtures::png(Fixtures::dashboard(200, 100, 5)));
        QString file = dir.filePath(QStringLiteral("with-images.pmd"));
        QString sectionText;
        {
            MainWindow w;
            QVERIFY(openSample(w));
            auto *pane = w.findChild<AttachmentsPane *>();
            auto *controller = w.findChild<AttachmentController *>();
            const QStringList ids = controller->addFiles({path});
            QCOMPARE(ids.size(), 1);
            showPart(w, PartsModel::Kind::Attachments);
            pane->selectRow(w.document()->report().attachmentIndex(ids[0]));
            pane->insertAction()->trigger(); // into the section last shown
            sectionText = w.document()->report().sections[0].text;
            QVERIFY(sectionText.contains(
                QStringLiteral("![\\[weird\\] name (1) — ß](attachment:%1)").arg(ids[0])));
            QVERIFY(w.documents()->saveTo(file));
        }
        MainWindow reopened;
        QVERIFY(reopened.documents()->openFile(file));
        QCOMPARE(reopened.document()->report().sections[0].text, sectionText);
        QCOMPARE(reopened.document()->report().attachments.last().fileName,
                 QStringLiteral("[weird] name (1) — ß.png"));
    }

    void openingDecodesNothingUntilShown()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(openSample(w));
        QTemporaryDir out;
        // A report with images, saved and opened again: nothing decoded for the pane until the
        // Attachments part is shown.
        auto *controller = w.findChild<AttachmentController *>();
        QStringList paths;
        for (int i = 0; i < 4; ++i)
            paths << write(dir, QStringLiteral("shot %1.png").arg(i),
                           Fixtures::png(Fixtures::dashboard(900, 500, 10 + i)));
        QCOMPARE(controller->addFiles(paths).size(), 4);
        const QString file = out.filePath(QStringLiteral("images.pmd"));
        QVERIFY(w.documents()->saveTo(file));
        w.documents()->openSample(); // lets the file go, as closing the window would
        MainWindow second;
        second.resize(1280, 800);
        second.show();
        settleThumbnails();
        const int decodes = ThumbnailCache::decodeCount();
        QVERIFY(second.documents()->openFile(file));
        settleThumbnails();
        QCOMPARE(ThumbnailCache::decodeCount(), decodes);
        showPart(second, PartsModel::Kind::Attachments);
        QTest::qWait(20);
        settleThumbnails();
        QVERIFY(ThumbnailCache::decodeCount() >= decodes + 4);
        QVERIFY(second.grab().save(screenshotDir() + QStringLiteral("/attachments-pane.png")));
        w.document()->undoStack()->setClean();
    }
};

QTEST_MAIN(TestAttachmentsPane)
#include "tst_attachmentspane.moc"
