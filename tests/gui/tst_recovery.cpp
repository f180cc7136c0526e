// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "IconTheme.h"
#include "controllers/AutoSaver.h"
#include "controllers/DocumentManager.h"
#include "dialogs/RecoveryDialog.h"
#include "document/ReportDocument.h"
#include "format/PmdArchive.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

using namespace debrief;

// Autosave and crash recovery, offscreen: the snapshot never touches the user's file, goes
// with a save or a clean close, survives a crash, and comes back as the modified report.
class TestRecovery : public QObject
{
    Q_OBJECT
private:
    // What a window that crashed leaves: its snapshot and sidecar, under an id no running
    // window holds.
    static QString leaveAsCrashed(const AutoSaver *saver)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString base = AutoSaver::folder() + u'/';
        const QString from = saver->snapshotPath();
        const QString sidecar = from.left(from.size() - 4) + QStringLiteral(".json");
        if (!QFile::copy(from, base + id + QStringLiteral(".pmd")) ||
            !QFile::copy(sidecar, base + id + QStringLiteral(".json")))
            return {};
        return id;
    }

    static bool writeSnapshot(MainWindow &w)
    {
        AutoSaver *saver = w.documents()->autoSaver();
        QSignalSpy written(saver, &AutoSaver::written);
        saver->snapshot();
        return written.wait(5000) && written.first().first().toBool();
    }

    // Answers the next modal dialog or message box with `answer` once it is up.
    static void answerNext(const std::function<void(QWidget *)> &answer)
    {
        QTimer::singleShot(50, [answer] {
            QWidget *modal = QApplication::activeModalWidget();
            QVERIFY(modal);
            answer(modal);
        });
    }

    static void clearFolder() { QDir(AutoSaver::folder()).removeRecursively(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        IconTheme::ensureInstalled();
        clearFolder();
    }

    void cleanup() { clearFolder(); }

    // Typing stops: a snapshot appears in the recovery folder, the user's file is as saved.
    // A save removes it; so does a clean close.
    void autosaveNeverWritesTheUsersFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mine.pmd"));
        auto *w = new MainWindow; // as the application makes it: gone when closed
        w->setAttribute(Qt::WA_DeleteOnClose);
        w->show();
        w->documents()->openSample();
        QVERIFY(w->documents()->saveTo(file));
        const QByteArray saved = Fixtures::readFile(file);
        AutoSaver *saver = w->documents()->autoSaver();
        saver->setDelays(50, 2000);
        QSignalSpy written(saver, &AutoSaver::written);
        w->document()->setSectionText(0, QStringLiteral("Typed after the save."));
        QVERIFY(written.wait(5000));
        QVERIFY(written.first().first().toBool());
        QVERIFY(QFileInfo::exists(saver->snapshotPath()));
        QVERIFY(saver->snapshotPath().startsWith(AutoSaver::folder()));
        QCOMPARE(Fixtures::readFile(file), saved);
        QString error;
        const auto snapshot = PmdArchive::read(saver->snapshotPath(), &error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(snapshot->report.sections[0].text, QStringLiteral("Typed after the save."));
        QVERIFY(AutoSaver::recoverable().isEmpty()); // this window still runs: not offered

        QVERIFY(w->documents()->saveTo(file));
        QVERIFY(!QFileInfo::exists(saver->snapshotPath()));

        w->document()->setSectionText(0, QStringLiteral("Typed again."));
        QVERIFY(written.wait(5000));
        QVERIFY(QFileInfo::exists(saver->snapshotPath()));
        QPointer<MainWindow> alive(w);
        answerNext([](QWidget *box) {
            qobject_cast<QMessageBox *>(box)->button(QMessageBox::Discard)->click();
        });
        QVERIFY(w->close());
        QTRY_VERIFY(!alive);
        // Nothing left: no snapshot, no sidecar, no lock.
        QVERIFY2(QDir(AutoSaver::folder()).entryList(QDir::Files | QDir::Hidden).isEmpty(),
                 qPrintable(QDir(AutoSaver::folder()).entryList(QDir::Files).join(u' ')));
    }

    // A snapshot that cannot be written (the disk is full) is said in the status bar and
    // stays said until one is written again; the user's file is never touched.
    void aFailingAutosaveIsSaid()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mine.pmd"));
        MainWindow w;
        w.show();
        w.documents()->openSample();
        QVERIFY(w.documents()->saveTo(file));
        const QByteArray saved = Fixtures::readFile(file);
        w.document()->setSectionText(0, QString(20000, u'x'));
        AutoSaver *saver = w.documents()->autoSaver();
        QSignalSpy written(saver, &AutoSaver::written);
        Fixtures::withDiskFullAfter(2000, [&] {
            saver->snapshot();
            QVERIFY(written.wait(5000));
        });
        QVERIFY(!written.first().first().toBool());
        QVERIFY(!written.first().at(1).toString().isEmpty());
        const QString said = w.statusBar()->currentMessage();
        QVERIFY2(said.startsWith(QLatin1String("Autosave failed")), qPrintable(said));
        QTest::qWait(100);
        QCOMPARE(w.statusBar()->currentMessage(), said); // no timeout takes it away
        QCOMPARE(Fixtures::readFile(file), saved);
        QVERIFY(w.document()->isModified());

        QVERIFY(writeSnapshot(w));
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Autosave works again."));
        w.document()->undoStack()->setClean();
    }

    // A crash leaves the snapshot; the next start lists it with its title and file, and
    // opens it as the modified report, saved to its own file on Save.
    void aCrashedReportComesBack()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("outage.pmd"));
        QString id;
        {
            MainWindow crashed;
            crashed.documents()->openSample();
            QVERIFY(crashed.documents()->saveTo(file));
            crashed.document()->setSectionText(0, QStringLiteral("Only in the snapshot."));
            crashed.document()->setSectionText(1, QStringLiteral("This too."));
            QVERIFY(writeSnapshot(crashed));
            id = leaveAsCrashed(crashed.documents()->autoSaver());
            QVERIFY(!id.isEmpty());
            crashed.document()->undoStack()->setClean();
        }
        const QList<AutoSaver::Recoverable> found = AutoSaver::recoverable();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].id, id);
        QCOMPARE(found[0].originalPath, QFileInfo(file).absoluteFilePath());
        QCOMPARE(found[0].unsavedSteps, 2);
        QVERIFY(!found[0].title.isEmpty());

        MainWindow w;
        w.show();
        w.documents()->openSample();
        QString listed;
        answerNext([&listed](QWidget *modal) {
            auto *dialog = qobject_cast<RecoveryDialog *>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->list()->count(), 1);
            listed = dialog->list()->item(0)->text();
            dialog->accept();
        });
        w.documents()->offerRecovery();
        QVERIFY2(listed.contains(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath())),
                 qPrintable(listed));
        QVERIFY2(listed.contains(QLatin1String("2 edits not in the saved file")),
                 qPrintable(listed));
        QVERIFY(w.document()->isModified());
        QCOMPARE(w.document()->filePath(), QFileInfo(file).absoluteFilePath());
        QCOMPARE(w.document()->report().sections[0].text, QStringLiteral("Only in the snapshot."));
        QVERIFY(AutoSaver::recoverable().isEmpty()); // now this window's

        QVERIFY(w.documents()->save());
        QString error;
        QCOMPARE(PmdArchive::read(file, &error)->report.sections[1].text,
                 QStringLiteral("This too."));
        QVERIFY(QDir(AutoSaver::folder()).entryList({QStringLiteral("*.pmd")}).isEmpty());
    }

    // Unchecked reports are removed only when the user says so; "Not Now" keeps them all.
    void declinedSnapshotsGoOnlyAfterAsking()
    {
        QStringList ids;
        {
            MainWindow crashed;
            crashed.documents()->openSample();
            for (int i = 0; i < 2; ++i) {
                crashed.document()->setSectionText(0, QStringLiteral("Version %1").arg(i));
                QVERIFY(writeSnapshot(crashed));
                ids << leaveAsCrashed(crashed.documents()->autoSaver());
            }
            crashed.document()->undoStack()->setClean();
        }
        MainWindow w;
        w.documents()->openSample();
        answerNext([](QWidget *modal) { qobject_cast<QDialog *>(modal)->reject(); });
        w.documents()->offerRecovery();
        QCOMPARE(AutoSaver::recoverable().size(), 2);
        QVERIFY(!w.document()->isModified());

        // Both unchecked, then "No" to deleting: still there.
        auto uncheckAll = [](QWidget *modal) {
            auto *dialog = qobject_cast<RecoveryDialog *>(modal);
            QVERIFY(dialog);
            for (int i = 0; i < dialog->list()->count(); ++i)
                dialog->list()->item(i)->setCheckState(Qt::Unchecked);
            dialog->accept();
        };
        auto answerDelete = [](QMessageBox::StandardButton button) {
            return [button](QWidget *modal) {
                auto *box = qobject_cast<QMessageBox *>(modal);
                QVERIFY(box);
                QCOMPARE(box->objectName(), QStringLiteral("deleteRecoveryBox"));
                box->button(button)->click();
            };
        };
        answerNext([&](QWidget *modal) {
            uncheckAll(modal);
            answerNext(answerDelete(QMessageBox::No));
        });
        w.documents()->offerRecovery();
        QCOMPARE(AutoSaver::recoverable().size(), 2);
        answerNext([&](QWidget *modal) {
            uncheckAll(modal);
            answerNext(answerDelete(QMessageBox::Yes));
        });
        w.documents()->offerRecovery();
        QVERIFY(AutoSaver::recoverable().isEmpty());
        QVERIFY(!w.document()->isModified());
    }

    // A damaged snapshot is refused with a message, nothing else changes.
    void aDamagedSnapshotIsRefused()
    {
        QVERIFY(QDir().mkpath(AutoSaver::folder()));
        const QString base = AutoSaver::folder() + QStringLiteral("/broken");
        QVERIFY(Fixtures::writeFile(base + QStringLiteral(".pmd"), "not a zip at all"));
        QVERIFY(Fixtures::writeFile(base + QStringLiteral(".json"),
                                    R"({"title": "Broken", "unsavedSteps": 3})"));
        const QList<AutoSaver::Recoverable> found = AutoSaver::recoverable();
        QCOMPARE(found.size(), 1);
        MainWindow w;
        w.documents()->openSample();
        QString shown;
        answerNext([&shown](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            shown = box->text();
            box->button(QMessageBox::Ok)->click();
        });
        QVERIFY(!w.documents()->recover(found[0]));
        QVERIFY(shown.contains(QLatin1String("cannot be opened")));
        QVERIFY(!w.document()->isModified());
        QVERIFY(QFileInfo::exists(base + QStringLiteral(".pmd"))); // left for the user
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
