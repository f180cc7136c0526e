// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "IconTheme.h"
#include "RecentFiles.h"
#include "controllers/DocumentManager.h"
#include "controllers/ExportController.h"
#include "controllers/ImportController.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/TemplateChooser.h"
#include "document/ReportDocument.h"
#include "editor/MarkdownEditor.h"
#include "editor/MarkdownHighlighter.h"
#include "editor/SpellChecker.h"
#include "format/PmdArchive.h"
#include "models/ActionItemsModel.h"
#include "models/PartsModel.h"
#include "panes/ActionItemsPane.h"
#include "panes/InstantEdit.h"
#include "panes/OverviewPane.h"
#include "panes/SectionPane.h"
#include "window/AppActions.h"
#include "window/MainWindow.h"
#include "window/NavigationPanel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QUndoStack>

#include <csignal>
#include <sys/resource.h>

using namespace debrief;

// Drives the real window offscreen with key and mouse events, as a user would, and keeps
// screenshots for people to look at.
class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    static QString screenshotDir()
    {
        const QString dir = QStringLiteral(DEBRIEF_BUILD_DIR "/screenshots");
        QDir().mkpath(dir);
        return dir;
    }

    // Clicks `button` in the next message box named `name` that appears, recording its text.
    static void answerNextMessageBox(const QString &name, QMessageBox::StandardButton button,
                                     QString *text = nullptr)
    {
        auto *timer = new QTimer;
        auto tries = std::make_shared<int>(0);
        QObject::connect(timer, &QTimer::timeout, [=] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && box->objectName() == name && box->button(button)) {
                if (text)
                    *text = box->text();
                box->button(button)->click();
                timer->deleteLater();
            } else if (++*tries > 1500) { // a PDF export in a sanitizer build takes seconds
                qWarning("no message box %s appeared", qPrintable(name));
                timer->deleteLater();
            }
        });
        timer->start(20);
    }

    static void press(QWidget *w, Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(w, key, mods);
        // Item delegates commit on Return through a queued call, as in real use.
        QCoreApplication::processEvents();
    }

    // Types as a user does: each key goes to whatever has the focus at that moment.
    static void type(const QString &text)
    {
        for (const QChar c : text) {
            QTest::keyClicks(QApplication::focusWidget(), QString(c));
            QCoreApplication::processEvents();
        }
    }

    static void show(MainWindow &w)
    {
        w.resize(1280, 800);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }

    static QPalette darkPalette()
    {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Button, QColor(0x34, 0x36, 0x3a));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc0));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x91));
        p.setColor(QPalette::ToolTipBase, QColor(0x34, 0x36, 0x3a));
        p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            p.setColor(QPalette::Disabled, role, QColor(0x70, 0x73, 0x78));
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        IconTheme::ensureInstalled();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void draftUndoRedoSaveReopen()
    {
        QTemporaryDir dir;
        MainWindow w;
        show(w);
        w.documents()->newFromTemplate(QStringLiteral("classic"));
        ReportDocument *doc = w.document();
        const Report start = doc->report();
        QCOMPARE(w.navigation()->currentPart(), 0);

        // Overview, from the keyboard.
        OverviewPane *overview = w.findChild<OverviewPane *>();
        QLineEdit *title = overview->titleEdit();
        title->setFocus();
        QTest::keyClicks(title, QStringLiteral("Database failover stalled writes"));
        auto *incident = overview->findChild<QLineEdit *>(QStringLiteral("incidentId"));
        incident->setFocus();
        QTest::keyClicks(incident, QStringLiteral("INC-77"));
        auto *severity = overview->findChild<QComboBox *>(QStringLiteral("severity"));
        severity->setFocus();
        press(severity, Qt::Key_Down); // SEV1
        press(severity, Qt::Key_Down); // SEV2
        auto *authors = overview->findChild<QLineEdit *>(QStringLiteral("authors"));
        authors->setFocus();
        QTest::keyClicks(authors, QStringLiteral("Ana, Ben"));
        auto *started = overview->findChild<InstantEdit *>(QStringLiteral("started"));
        // Screen readers name each part of an instant by its field.
        QCOMPARE(started->checkBox()->accessibleName(), QStringLiteral("Started is known"));
        QCOMPARE(started->editor()->accessibleName(), QStringLiteral("Started"));
        for (QWidget *control : overview->findChildren<QWidget *>()) {
            const auto *button = qobject_cast<QAbstractButton *>(control);
            // Qt's own parts (a line edit's clear button) are not ours to name.
            if ((button || qobject_cast<QAbstractSpinBox *>(control)) &&
                !qobject_cast<QLineEdit *>(control->parentWidget()))
                QVERIFY2(!control->accessibleName().isEmpty() ||
                             (button && !button->text().isEmpty()),
                         qPrintable(QStringLiteral("%1 %2").arg(
                             QString::fromLatin1(control->metaObject()->className()),
                             control->objectName())));
        }
        // Not known yet: a dash, never a made-up date.
        QCOMPARE(started->editor()->text(), QStringLiteral("—"));
        QTest::mouseClick(started->checkBox(), Qt::LeftButton, {},
                          started->checkBox()->rect().center());
        QVERIFY(started->editor()->text() != QStringLiteral("—"));
        const ReportMetadata &m = doc->report().metadata;
        QCOMPARE(m.title, QStringLiteral("Database failover stalled writes"));
        QCOMPARE(m.incidentId, QStringLiteral("INC-77"));
        QCOMPARE(m.severity, QStringLiteral("SEV2"));
        QCOMPARE(m.authors, QStringList({QStringLiteral("Ana"), QStringLiteral("Ben")}));
        QVERIFY(m.started.isValid());
        QCOMPARE(doc->undoStack()->count(), 6); // one step per field, typing merged

        // Two sections: Ctrl+PgDown walks the parts.
        press(&w, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(w.navigation()->currentPart(), 1);
        MarkdownEditor *editor = w.findChild<SectionPane *>()->editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Writes stalled for 14 minutes."));
        QTextCursor c = editor->textCursor();
        c.setPosition(19);
        c.setPosition(29, QTextCursor::KeepAnchor);
        editor->setTextCursor(c);
        press(editor, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(doc->report().sections[0].text,
                 QStringLiteral("Writes stalled for **14 minutes**."));
        QCOMPARE(
            w.findChild<SectionPane *>()->findChild<QLabel *>(QStringLiteral("wordCount"))->text(),
            QStringLiteral("5 words"));

        press(&w, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(w.navigation()->currentPart(), 2);
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Replica lag grew."));
        press(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("Failover waited."));
        // Ctrl+Z in the editor is the report's undo: it takes back the last word.
        press(editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc->report().sections[1].text, QStringLiteral("Replica lag grew.\nFailover "));
        QCOMPARE(editor->toPlainText(), doc->report().sections[1].text);
        w.actions().editRedo->trigger();
        QCOMPARE(editor->toPlainText(), QStringLiteral("Replica lag grew.\nFailover waited."));

        // Reorder: this section first, then a custom section after it.
        press(&w, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(doc->report().sections[0].id, QStringLiteral("root-cause-resolution"));
        QCOMPARE(w.navigation()->currentPart(), 1);
        w.actions().sectionAdd->trigger();
        QCOMPARE(w.navigation()->currentPart(), 2);
        QLineEdit *sectionTitle = w.findChild<SectionPane *>()->titleEdit();
        QVERIFY(sectionTitle->hasFocus());
        QTest::keyClicks(sectionTitle, QStringLiteral("Communication"));
        QCOMPARE(doc->report().sections[1].title, QStringLiteral("Communication"));
        QCOMPARE(w.navigation()->view()->currentIndex().data().toString(),
                 QStringLiteral("Communication"));
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Status page updated at 10:05."));
        QCOMPARE(doc->report().sections[1].text, QStringLiteral("Status page updated at 10:05."));

        // Action items: add, type, edit cells with their editors, reorder.
        w.navigation()->selectPart(
            w.navigation()->partsModel()->rowForKind(PartsModel::Kind::ActionItems));
        ActionItemsPane *actions = w.findChild<ActionItemsPane *>();
        QTableView *table = actions->view();
        table->setFocus();
        actions->addItemAction()->trigger();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Alert on replica lag"));
        press(QApplication::focusWidget(), Qt::Key_Return);
        table->setCurrentIndex(table->model()->index(0, ActionItemsModel::Owner));
        type(QStringLiteral("Ana"));
        press(QApplication::focusWidget(), Qt::Key_Return);
        table->setCurrentIndex(table->model()->index(0, ActionItemsModel::Status));
        press(table, Qt::Key_F2);
        auto *status = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY(status);
        press(status, Qt::Key_Down);
        press(status, Qt::Key_Return);
        table->setCurrentIndex(table->model()->index(0, ActionItemsModel::Tracker));
        type(QStringLiteral("not a link"));
        press(QApplication::focusWidget(), Qt::Key_Return); // refused: not a URL
        QCOMPARE(doc->report().actionItems[0].trackerUrl, QString());
        table->setCurrentIndex(table->model()->index(0, ActionItemsModel::Tracker));
        type(QStringLiteral("https://tracker.example.com/DB-1"));
        press(QApplication::focusWidget(), Qt::Key_Return);
        actions->addItemAction()->trigger();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Practise failovers"));
        press(QApplication::focusWidget(), Qt::Key_Return);
        press(table, Qt::Key_Up, Qt::AltModifier);
        const QList<ActionItem> &items = doc->report().actionItems;
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].title, QStringLiteral("Practise failovers"));
        QCOMPARE(items[1].title, QStringLiteral("Alert on replica lag"));
        QCOMPARE(items[1].owner, QStringLiteral("Ana"));
        QCOMPARE(items[1].status, QStringLiteral("in-progress"));
        QCOMPARE(items[1].trackerUrl, QStringLiteral("https://tracker.example.com/DB-1"));
        // Nobody gave a kind or priority: none is made up, the table says "—".
        QVERIFY(items[1].priority.isEmpty() && items[1].kind.isEmpty());
        QCOMPARE(table->model()->index(1, ActionItemsModel::Priority).data().toString(),
                 QStringLiteral("—"));
        QVERIFY(w.actions().editUndo->text().startsWith(QLatin1String("&Undo Move")));

        // The current item's description, typed below the table: one undo step, named.
        table->setCurrentIndex(table->model()->index(1, ActionItemsModel::Title));
        MarkdownEditor *description = actions->descriptionEditor();
        QVERIFY(description->isEnabled());
        description->setFocus();
        QTest::keyClicks(description, QStringLiteral("Page at 30 s of lag."));
        QCOMPARE(items[1].description, QStringLiteral("Page at 30 s of lag."));
        QCOMPARE(w.actions().editUndo->text(),
                 QStringLiteral("&Undo Edit Action Item Description"));

        const Report end = doc->report();
        QVERIFY(w.isWindowModified());

        // Undo everything, back to the template; redo everything, back to the draft.
        int steps = 0;
        while (w.actions().editUndo->isEnabled()) {
            w.actions().editUndo->trigger();
            ++steps;
        }
        QCOMPARE(doc->report(), start);
        QVERIFY(!w.isWindowModified());
        QCOMPARE(w.findChild<OverviewPane *>()->titleEdit()->text(), QString());
        QVERIFY(steps > 15);
        while (w.actions().editRedo->isEnabled())
            w.actions().editRedo->trigger();
        QCOMPARE(doc->report(), end);
        QCOMPARE(w.findChild<OverviewPane *>()->titleEdit()->text(), end.metadata.title);

        const QString file = dir.filePath(QStringLiteral("draft.pmd"));
        QVERIFY(w.documents()->saveTo(file));
        QVERIFY(!w.isWindowModified());
        QVERIFY(w.windowTitle().startsWith(QLatin1String("draft.pmd")));

        w.documents()->openSample(); // lets the file go, as closing the window would
        MainWindow reopened;
        QVERIFY(reopened.documents()->openFile(file));
        QCOMPARE(reopened.document()->report(), end);
        QCOMPARE(reopened.findChild<OverviewPane *>()->titleEdit()->text(),
                 QStringLiteral("Database failover stalled writes"));
        reopened.navigation()->selectPart(1);
        QCOMPARE(reopened.findChild<SectionPane *>()->editor()->toPlainText(),
                 QStringLiteral("Replica lag grew.\nFailover waited."));
    }

    void goToPartByName()
    {
        MainWindow w;
        show(w);
        w.documents()->openSample();
        press(&w, Qt::Key_J, Qt::ControlModifier);
        auto *find = w.findChild<QLineEdit *>(QStringLiteral("findPart"));
        QVERIFY(find->hasFocus());
        QTest::keyClicks(find, QStringLiteral("lucky"));
        press(find, Qt::Key_Return);
        QCOMPARE(
            w.navigation()->partsModel()->index(w.navigation()->currentPart()).data().toString(),
            QStringLiteral("Lessons Learned: Where We Got Lucky"));
        QCOMPARE(w.navigation()->view()->model()->rowCount(),
                 w.navigation()->partsModel()->rowCount());
    }

    void failedSaveKeepsEverything()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("keep.pmd"));
        MainWindow w;
        show(w);
        w.documents()->openSample();
        QVERIFY(w.documents()->saveTo(target));
        w.document()->setSectionText(0, QStringLiteral("The version the backup holds."));
        QVERIFY(w.documents()->saveTo(target));
        const QByteArray before = Fixtures::readFile(target);
        const QString backup = target + QLatin1Char('~');
        const QByteArray backupBefore = Fixtures::readFile(backup);
        QVERIFY(!backupBefore.isEmpty());
        w.document()->setSectionText(0, QString(5000, QLatin1Char('w')) + QStringLiteral("!"));
        ReportMetadata m = w.document()->report().metadata;
        m.title = QStringLiteral("A different title so the file would differ");
        w.document()->setMetadata(m);
        QVERIFY(w.isWindowModified());

        // A full disk.
        QString shown;
        answerNextMessageBox(QStringLiteral("errorBox"), QMessageBox::Ok, &shown);
        bool saved = true;
        Fixtures::withDiskFullAfter(before.size() / 3,
                                    [&] { saved = w.documents()->saveTo(target); });
        QVERIFY(!saved);
        QVERIFY2(shown.contains(QLatin1String("was not saved")), qPrintable(shown));
        QVERIFY(w.isWindowModified());
        QCOMPARE(Fixtures::readFile(target), before);
        // The backup is whole: the one before, or a complete copy of the file the save spared.
        const QByteArray backupAfter = Fixtures::readFile(backup);
        QVERIFY(backupAfter == backupBefore || backupAfter == before);

        // The target is a folder: refused, the folder as it was.
        const QString folder = dir.filePath(QStringLiteral("folder.pmd"));
        QVERIFY(QDir().mkpath(folder));
        answerNextMessageBox(QStringLiteral("errorBox"), QMessageBox::Ok, &shown);
        QVERIFY(!w.documents()->saveTo(folder));
        QVERIFY2(shown.contains(QLatin1String("folder.pmd")), qPrintable(shown));
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(QDir(folder).isEmpty());
        QVERIFY(w.isWindowModified());

        // A folder nothing can be created in (/proc refuses even root).
        answerNextMessageBox(QStringLiteral("errorBox"), QMessageBox::Ok, &shown);
        QVERIFY(!w.documents()->saveTo(QStringLiteral("/proc/debrief-report.pmd")));
        QVERIFY2(shown.contains(QLatin1String("was not saved")), qPrintable(shown));
        QVERIFY(w.isWindowModified());

        // A folder that cannot hold the file.
        QVERIFY(Fixtures::writeFile(dir.filePath(QStringLiteral("plain")), "x"));
        answerNextMessageBox(QStringLiteral("errorBox"), QMessageBox::Ok, &shown);
        QVERIFY(!w.documents()->saveTo(dir.filePath(QStringLiteral("plain/r.pmd"))));
        QVERIFY(shown.contains(QLatin1String("plain/r.pmd")));
        QVERIFY(w.isWindowModified());
        QCOMPARE(w.document()->filePath(), QFileInfo(target).absoluteFilePath());

        // Closing asks; Cancel keeps the window and the changes, Discard closes.
        answerNextMessageBox(QStringLiteral("unsavedBox"), QMessageBox::Cancel);
        QVERIFY(!w.close());
        QVERIFY(w.isVisible());
        answerNextMessageBox(QStringLiteral("unsavedBox"), QMessageBox::Discard);
        QVERIFY(w.close());
        QCOMPARE(Fixtures::readFile(target), before);
    }

    // View → Read Only: nothing that edits is offered or works (typing, section and timeline
    // actions, undo, save, in-place editing, choices), navigation and the preview do; turning
    // it off edits again, and another report replacing this one is not under review.
    void readOnlyReview()
    {
        MainWindow w;
        show(w);
        w.documents()->openSample();
        w.document()->setSectionText(0, QStringLiteral("Before review."));
        const Report before = w.document()->report();
        w.setReadOnly(true);
        QVERIFY(w.document()->isReadOnly());
        QVERIFY(w.actions().viewReadOnly->isChecked());
        QVERIFY2(w.windowTitle().contains(QLatin1String("(read only)")),
                 qPrintable(w.windowTitle()));
        for (QAction *a :
             {w.actions().sectionAdd, w.actions().sectionRename, w.actions().sectionRemove,
              w.actions().editUndo, w.actions().fileSave, w.actions().fileImport})
            QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
        QVERIFY(w.actions().fileSaveAs->isEnabled()); // a copy may still be written

        // The Summary section: its editor takes no typing, its formatting is off.
        w.navigation()->selectPart(w.navigation()->partsModel()->rowForSection(0));
        auto *sectionPane = w.findChild<SectionPane *>();
        QVERIFY(sectionPane->isVisible());
        QVERIFY(sectionPane->editor()->isReadOnly());
        sectionPane->editor()->setFocus();
        QTest::keyClicks(sectionPane->editor(), QStringLiteral("typed"));
        QTest::keyClick(sectionPane->editor(), Qt::Key_Return);
        QCOMPARE(w.document()->report().sections[0].text, QStringLiteral("Before review."));
        for (QAction *a : sectionPane->editor()->formattingActions())
            QVERIFY(!a->isEnabled());

        // The timeline, action items and attachments offer no edits; tables edit nothing.
        w.navigation()->selectPart(
            w.navigation()->partsModel()->rowForKind(PartsModel::Kind::Timeline));
        for (auto *a :
             w.findChild<QWidget *>(QStringLiteral("timelinePane"))->findChildren<QAction *>()) {
            if (a->objectName().startsWith(QLatin1String("timeline")) &&
                a->objectName() != QLatin1String("timelineUtc"))
                QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
        }
        for (const char *name : {"timeline", "attachments"}) {
            auto *view = w.findChild<QAbstractItemView *>(QLatin1String(name));
            QVERIFY2(view, name);
            QCOMPARE(int(view->editTriggers()), int(QAbstractItemView::NoEditTriggers));
            QCOMPARE(view->dragDropMode(), QAbstractItemView::NoDragDrop);
        }
        auto *actionItems = w.findChild<ActionItemsPane *>();
        QVERIFY(!actionItems->addItemAction()->isEnabled());
        QVERIFY(w.document()->report() == before);

        // Navigation works; the preview is there.
        w.actions().viewNextPart->trigger();
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("previewDock"))->isVisible());

        // Off: editing again.
        w.setReadOnly(false);
        QVERIFY(!w.windowTitle().contains(QLatin1String("(read only)")));
        QVERIFY(w.actions().sectionAdd->isEnabled());
        QVERIFY(w.actions().editUndo->isEnabled());
        w.navigation()->selectPart(w.navigation()->partsModel()->rowForSection(0));
        QVERIFY(!sectionPane->editor()->isReadOnly());
        QTest::keyClicks(sectionPane->editor(), QStringLiteral("x"));
        QVERIFY(w.document()->report().sections[0].text != QStringLiteral("Before review."));
        QVERIFY(actionItems->addItemAction()->isEnabled());

        // A report replacing this one is not under review.
        w.setReadOnly(true);
        w.document()->undoStack()->setClean();
        w.documents()->openSample();
        QVERIFY(!w.document()->isReadOnly());
        QVERIFY(!w.actions().viewReadOnly->isChecked());
    }

    // Each save keeps the file it replaces as NAME.pmd~, one generation; File → Keep Backup
    // on Save turns it off (remembered); a backup that cannot be written does not stop the
    // save, and the status bar says so.
    void saveKeepsOneBackup()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("kept.pmd"));
        const QString backup = target + QLatin1Char('~');
        MainWindow w;
        show(w);
        w.documents()->openSample();
        QVERIFY(w.actions().fileKeepBackup->isChecked());
        QVERIFY(w.documents()->saveTo(target));
        QVERIFY(!QFileInfo::exists(backup)); // nothing to keep yet
        const QByteArray first = Fixtures::readFile(target);
        w.document()->setSectionText(0, QStringLiteral("Second version."));
        QVERIFY(w.documents()->saveTo(target));
        QCOMPARE(Fixtures::readFile(backup), first);
        const QByteArray second = Fixtures::readFile(target);
        QVERIFY(second != first);
        w.document()->setSectionText(0, QStringLiteral("Third version."));
        QVERIFY(w.documents()->saveTo(target));
        QCOMPARE(Fixtures::readFile(backup), second); // one generation

        w.actions().fileKeepBackup->setChecked(false);
        QVERIFY(!DocumentManager::keepsBackup());
        w.document()->setSectionText(0, QStringLiteral("Fourth version."));
        QVERIFY(w.documents()->saveTo(target));
        QCOMPARE(Fixtures::readFile(backup), second);
        w.actions().fileKeepBackup->setChecked(true);

        // The backup's place is taken by a folder: the save goes on, and says so.
        QVERIFY(QFile::remove(backup));
        QVERIFY(QDir().mkpath(backup));
        w.document()->setSectionText(0, QStringLiteral("Fifth version."));
        QVERIFY(w.documents()->saveTo(target));
        QVERIFY(!w.isWindowModified());
        QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("No backup was kept")),
                 qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(QFileInfo(backup).isDir());
    }

    void newFromTheChooserRecentFilesAndDrops()
    {
        QTemporaryDir dir;
        MainWindow w;
        show(w);
        w.documents()->openSample();
        // File > New offers the templates; the keyboard picks the fourth.
        QTimer::singleShot(0, [] {
            auto *chooser = qobject_cast<TemplateChooser *>(QApplication::activeModalWidget());
            QVERIFY(chooser);
            QCOMPARE(chooser->list()->count(), 4);
            QTest::keyClick(chooser->list(), Qt::Key_End);
            QTest::keyClick(chooser->list(), Qt::Key_Return);
        });
        press(&w, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(w.document()->report().templateId, QStringLiteral("atlassian"));
        QCOMPARE(w.navigation()->partsModel()->rowCount(), 12 + 4);

        const QString a = dir.filePath(QStringLiteral("a.pmd"));
        const QString b = dir.filePath(QStringLiteral("b.pmd"));
        QVERIFY(w.documents()->saveTo(a));
        QVERIFY(w.documents()->saveTo(b));
        QCOMPARE(RecentFiles::list().mid(0, 2), QStringList({b, a}));
        auto *recent = w.findChild<QMenu *>(QStringLiteral("recentMenu"));
        Q_EMIT recent->aboutToShow();
        QVERIFY(recent->actions().first()->text().contains(QLatin1String("b.pmd")));

        // A .pmd dropped on the window opens.
        w.documents()->openSample();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(a)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(&w, &drop);
        QCOMPARE(w.document()->filePath(), a);
        QCOMPARE(w.document()->report().templateId, QStringLiteral("atlassian"));
        QMimeData text;
        text.setText(QStringLiteral("not a file"));
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, {});
        QApplication::sendEvent(&w, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void exportsFromTheWindow()
    {
        QTemporaryDir dir;
        MainWindow w;
        show(w);
        w.documents()->openSample();
        QVERIFY(w.document()
                    ->addAttachment(Fixtures::png(Fixtures::dashboard(300, 150, 5)),
                                    QStringLiteral("graph.png"))
                    .size() == 64);
        QString shown;
        answerNextMessageBox(QStringLiteral("exportedBox"), QMessageBox::Close, &shown);
        const QString md = dir.filePath(QStringLiteral("sample.md"));
        QVERIFY(w.exporter()->exportTo(md));
        QVERIFY2(shown.contains(QLatin1String("with its image in sample_images")),
                 qPrintable(shown));
        QVERIFY(Fixtures::readFile(md).startsWith("# Checkout latency spike"));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("sample_images/graph.png"))));
        answerNextMessageBox(QStringLiteral("exportedBox"), QMessageBox::Close);
        QVERIFY(w.exporter()->exportTo(dir.filePath(QStringLiteral("sample.html"))));
        QVERIFY(Fixtures::readFile(dir.filePath(QStringLiteral("sample.html"))).contains("<h1>"));
        // PDF: typeset on a worker behind a progress dialog, then offered to open.
        const QString pdf = dir.filePath(QStringLiteral("sample.pdf"));
        ExportSettings settings;
        settings.format = ExportSettings::Format::Pdf;
        settings.pageSize = QPageSize::Letter;
        answerNextMessageBox(QStringLiteral("exportedBox"), QMessageBox::Close, &shown);
        // The window keeps running while it typesets: the progress dialog shows and counts.
        int progressSeen = 0;
        QTimer watch;
        connect(&watch, &QTimer::timeout, [&] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *p = qobject_cast<QProgressDialog *>(top);
                    p && p->objectName() == QLatin1String("exportProgress") && p->isVisible())
                    progressSeen = std::max(progressSeen, 1 + p->maximum());
        });
        watch.start(5);
        QVERIFY(w.exporter()->exportTo(pdf, settings));
        watch.stop();
        QVERIFY(progressSeen > 0);
        QVERIFY2(shown.contains(QLatin1String("page")), qPrintable(shown));
        QVERIFY(Fixtures::readFile(pdf).startsWith("%PDF-"));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished());
        QVERIFY(info.readAllStandardOutput().contains("(letter)"));
        // A target that cannot be written: a message, and nothing on disk.
        answerNextMessageBox(QStringLiteral("errorBox"), QMessageBox::Ok, &shown);
        QVERIFY(!w.exporter()->exportTo(dir.filePath(QStringLiteral("sample.md/inside.md"))));
        QVERIFY(shown.contains(QLatin1String("Nothing was written")));
        w.document()->undoStack()->setClean();
    }

    void importsMarkdown()
    {
        QTemporaryDir dir;
        const QString md = dir.filePath(QStringLiteral("old.md"));
        QVERIFY(Fixtures::writeFile(dir.filePath(QStringLiteral("graph.png")),
                                    Fixtures::png(Fixtures::dashboard(200, 100, 3))));
        QVERIFY(Fixtures::writeFile(
            md, "# Checkout went sideways\n\n**Severity:** SEV2\n\n## Summary\n\nCarts "
                "emptied themselves.\n\n![Latency](graph.png)\n\n![Gone](missing.png)\n\n"
                "## Timeline\n\n- **2026-05-01 09:15:** Paged\n- **09:40:** Rolled back\n\n"
                "## Action items\n\n1. Add a canary (owner: @ana)\n"));
        MainWindow w;
        show(w);
        QString shown;
        answerNextMessageBox(QStringLiteral("importedBox"), QMessageBox::Ok, &shown);
        QVERIFY(w.importer()->importFrom(md));
        QVERIFY2(shown.contains(QLatin1String("2 timeline entries")), qPrintable(shown));
        QVERIFY(shown.contains(QLatin1String("need a look"))); // the missing image
        // The kinds ("Paged", "Rolled back") and the zone were guessed: the box says so.
        QVERIFY(shown.contains(QLatin1String("inferred rather than read")));
        const Report &r = w.document()->report();
        QCOMPARE(r.metadata.title, QStringLiteral("Checkout went sideways"));
        QCOMPARE(r.metadata.severity, QStringLiteral("SEV2"));
        QCOMPARE(r.timeline.size(), 2);
        QCOMPARE(r.actionItems.size(), 1);
        QCOMPARE(r.attachments.size(), 1);
        QVERIFY(w.document()->attachments().bytes(r.attachments.first().id).has_value());
        // A new report nobody has saved yet: closing would ask.
        QVERIFY(w.document()->isModified());
        QVERIFY(w.document()->filePath().isEmpty());
        // Saved, the image goes into the archive with it.
        const QString pmd = dir.filePath(QStringLiteral("imported.pmd"));
        QVERIFY(w.documents()->saveTo(pmd));
        QString error;
        const auto loaded = PmdArchive::read(pmd, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->report.attachments.size(), 1);
        QVERIFY(!w.document()->isModified());
        // A file that cannot be read: a message, the report untouched.
        answerNextMessageBox(QStringLiteral("errorBox"), QMessageBox::Ok, &shown);
        QVERIFY(!w.importer()->importFrom(dir.filePath(QStringLiteral("nope.md"))));
        QVERIFY(shown.contains(QLatin1String("cannot be imported")));
        QCOMPARE(w.document()->report().metadata.title, QStringLiteral("Checkout went sideways"));

        // A Markdown file dropped on the window is imported.
        w.documents()->openSample();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(md)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        answerNextMessageBox(QStringLiteral("importedBox"), QMessageBox::Ok);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(&w, &drop);
        QCOMPARE(w.document()->report().metadata.title, QStringLiteral("Checkout went sideways"));
        w.document()->undoStack()->setClean();
    }

    void exportDialogChoices()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("outage"));
        {
            ExportDialog d(base);
            d.formatBox()->setCurrentIndex(
                d.formatBox()->findData(int(ExportSettings::Format::Pdf)));
            QCOMPARE(d.path(), base + QStringLiteral(".pdf"));
            // A PDF always ends in .pdf, whatever else the name says.
            d.pathEdit()->setText(base + QStringLiteral(".txt"));
            QCOMPARE(d.path(), base + QStringLiteral(".txt.pdf"));
            d.pathEdit()->setText(base + QStringLiteral(".pdf"));
            d.pageSizeBox()->setCurrentIndex(d.pageSizeBox()->findData(int(QPageSize::Letter)));
            d.summaryButton()->setChecked(true);
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            d.grab().save(screenshotDir() + QStringLiteral("/export-dialog.png"));
            // Switching the format follows in the file name.
            d.formatBox()->setCurrentIndex(
                d.formatBox()->findData(int(ExportSettings::Format::Markdown)));
            QCOMPARE(d.pathEdit()->text(), base + QStringLiteral(".md"));
            d.formatBox()->setCurrentIndex(
                d.formatBox()->findData(int(ExportSettings::Format::Pdf)));
            const ExportSettings s = d.settings();
            QCOMPARE(s.format, ExportSettings::Format::Pdf);
            QCOMPARE(s.pageSize, QPageSize::Letter);
            QCOMPARE(s.product, PdfExporter::Product::ExecutiveSummary);
            // An existing file is replaced only when the user says so.
            QVERIFY(Fixtures::writeFile(base + QStringLiteral(".pdf"), "old"));
            answerNextMessageBox(QStringLiteral("replaceBox"), QMessageBox::Cancel);
            d.accept();
            QCOMPARE(d.result(), int(QDialog::Rejected));
            QVERIFY(d.isVisible());
            answerNextMessageBox(QStringLiteral("replaceBox"), QMessageBox::Yes);
            d.accept();
            QCOMPARE(d.result(), int(QDialog::Accepted));
        }
        // The choices are remembered for the next export.
        ExportDialog again(base);
        QCOMPARE(again.settings().pageSize, QPageSize::Letter);
        QCOMPARE(again.settings().product, PdfExporter::Product::ExecutiveSummary);
        QCOMPARE(again.path(), base + QStringLiteral(".pdf"));
    }

    void layoutIsRemembered()
    {
        {
            MainWindow w;
            show(w);
            w.documents()->openSample();
            w.resize(640, 480); // within the offscreen screen, which restoring clamps to
            w.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->setSizes({300, 340});
            QVERIFY(w.close());
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(640, 480));
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().first(),
                 300);
    }

    void spellingUnderlinesAndSuggests()
    {
        SpellChecker spelling;
        QVERIFY2(spelling.isAvailable(), "the en_US dictionary must be installed");
        MarkdownEditor editor(&spelling);
        editor.resize(600, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setMarkdown(QStringLiteral("The incidnet hit `tehcode` in HTTPS and sessionCache.\n"
                                          "```\nmisspeled\n```\nDone"));
        editor.highlighter()->rehighlight();
        auto underlined = [&](int blockNumber) {
            QStringList words;
            const QTextBlock block = editor.document()->findBlockByNumber(blockNumber);
            for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
                if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                    words << block.text().mid(r.start, r.length);
            }
            return words.join(QString());
        };
        QCOMPARE(underlined(0), QStringLiteral("incidnet"));
        QCOMPARE(underlined(2), QString()); // inside a code fence
        QCOMPARE(underlined(4), QString());

        QTextCursor at(editor.document());
        at.setPosition(6);
        const auto menu = editor.contextMenuAt(editor.cursorRect(at).center());
        QStringList texts;
        for (const QAction *a : menu->actions())
            texts << a->text();
        QVERIFY2(texts.contains(QStringLiteral("incident")), qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(QStringLiteral("Add \"incidnet\" to Dictionary")));
        // Picking the suggestion replaces the word in one edit.
        for (QAction *a : menu->actions()) {
            if (a->text() == QLatin1String("incident"))
                a->trigger();
        }
        QVERIFY(editor.toPlainText().startsWith(QLatin1String("The incident hit")));
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void screenshots()
    {
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        if (dark)
            QApplication::setPalette(darkPalette());
        {
            MainWindow w;
            show(w);
            w.documents()->openSample();
            const QString stem =
                screenshotDir() + (dark ? QStringLiteral("/dark-") : QStringLiteral("/light-"));
            QVERIFY(w.grab().save(stem + QStringLiteral("overview.png")));
            w.navigation()->selectPart(3); // Root Causes: prose and a code block
            QTest::qWait(50);
            QVERIFY(w.grab().save(stem + QStringLiteral("section.png")));
            w.navigation()->selectPart(
                w.navigation()->partsModel()->rowForKind(PartsModel::Kind::ActionItems));
            QVERIFY(w.grab().save(stem + QStringLiteral("action-items.png")));
            const QImage shot = w.grab().toImage();
            const QColor corner = shot.pixelColor(shot.width() / 2, shot.height() / 2);
            QCOMPARE(corner.lightness() < 128, dark);
            w.document()->undoStack()->setClean();
        }
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
