// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "IconTheme.h"
#include "controllers/DocumentManager.h"
#include "controllers/FileLock.h"
#include "document/ReportDocument.h"
#include "window/AppActions.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace debrief;

// Two people, one file: a report another Debrief has open says who and since when, and opens
// read only or as a copy; a lock whose process died is taken over; another machine's lock is
// removed only when the user says so.
class TestFileLock : public QObject
{
    Q_OBJECT
private:
    // Clicks the button whose text starts with `label` in the message box `name` once it is
    // up, and keeps the box's text and informative text.
    static void answer(const QString &name, const QString &label, QString *shown)
    {
        auto *timer = new QTimer;
        auto tries = std::make_shared<int>(0);
        QObject::connect(timer, &QTimer::timeout, [=] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != name) {
                if (++*tries > 500) {
                    qWarning("no message box %s appeared", qPrintable(name));
                    timer->deleteLater();
                }
                return;
            }
            timer->deleteLater();
            *shown = box->text() + u'\n' + box->informativeText();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(u'&').startsWith(label)) {
                    b->click();
                    return;
                }
            }
            qWarning("no button %s", qPrintable(label));
            box->reject();
        });
        timer->start(20);
    }
    static void answerLocked(const QString &label, QString *shown)
    {
        answer(QStringLiteral("fileLockedBox"), label, shown);
    }

    // A colleague's Debrief saving the shared file with their own words in the first section.
    static void saveAsColleague(const QString &file, const QString &text)
    {
        ReportDocument theirs;
        QString error;
        QVERIFY2(theirs.load(file, &error), qPrintable(error));
        theirs.setSectionText(0, text);
        QVERIFY2(theirs.save(file, &error), qPrintable(error));
    }

    static QString firstSection(const ReportDocument *doc)
    {
        return doc->report().sections.value(0).text;
    }

    static QString firstSectionIn(const QString &file)
    {
        ReportDocument doc;
        QString error;
        return doc.load(file, &error) ? firstSection(&doc) : QStringLiteral("(unreadable)");
    }

    static QString savedReport(const QTemporaryDir &dir)
    {
        MainWindow w;
        w.documents()->openSample();
        const QString file = dir.filePath(QStringLiteral("shared.pmd"));
        return w.documents()->saveTo(file) ? file : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        IconTheme::ensureInstalled();
    }

    void aSecondWindowIsToldAndOpensReadOnlyOrACopy()
    {
        QTemporaryDir dir;
        const QString file = savedReport(dir);
        QVERIFY(!file.isEmpty());
        MainWindow first;
        QVERIFY(first.documents()->openFile(file));
        QVERIFY(first.documents()->fileLock().isHeld());
        QVERIFY(QFile::exists(FileLock::lockPathFor(file)));

        MainWindow second;
        second.documents()->openSample();
        QString shown;
        answerLocked(QStringLiteral("Cancel"), &shown);
        QVERIFY(!second.documents()->openFile(file));
        QVERIFY2(shown.contains(QStringLiteral("shared.pmd is open in Debrief by")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QSysInfo::machineHostName()), qPrintable(shown));
        QVERIFY(second.document()->filePath().isEmpty()); // still the sample

        answerLocked(QStringLiteral("Open Read Only"), &shown);
        QVERIFY(second.documents()->openFile(file));
        QVERIFY(second.document()->isReadOnly());
        QVERIFY(second.actions().viewReadOnly->isChecked());
        QVERIFY(second.windowTitle().contains(QLatin1String("(read only)")));
        QVERIFY(!second.documents()->fileLock().isHeld());
        second.document()->setSectionText(0, QStringLiteral("not taken"));
        QVERIFY(!second.document()->isModified());

        answerLocked(QStringLiteral("Open a Copy"), &shown);
        QVERIFY(second.documents()->openFile(file));
        QVERIFY(!second.document()->isReadOnly());
        QVERIFY(second.document()->filePath().isEmpty());
        QVERIFY(second.document()->isModified());
        second.document()->undoStack()->setClean();

        // The first window closes its report: the second may now edit it.
        first.documents()->openSample();
        QVERIFY(!QFile::exists(FileLock::lockPathFor(file)));
        QVERIFY(second.documents()->openFile(file));
        QVERIFY(second.documents()->fileLock().isHeld());
    }

    // A lock left by a process that died on this machine is stale: taken over, no question.
    void aDeadProcesssLockIsTakenOver()
    {
        QTemporaryDir dir;
        const QString file = savedReport(dir);
        const QString lockPath = FileLock::lockPathFor(file);
        QByteArray content;
        {
            QLockFile live(lockPath);
            QVERIFY(live.tryLock(0));
            QFile f(lockPath);
            QVERIFY(f.open(QIODevice::ReadOnly));
            content = f.readAll();
        }
        // The same lock, but its process is gone (pid 4194303 is above Linux's default limit).
        content.replace(0, content.indexOf('\n'), "4194303");
        QVERIFY(Fixtures::writeFile(lockPath, content));
        MainWindow w;
        QVERIFY(w.documents()->openFile(file)); // no box: none is answered here
        QVERIFY(w.documents()->fileLock().isHeld());
        QVERIFY(!w.document()->isReadOnly());
    }

    // Another machine's lock cannot be judged here: the user may remove it.
    void anotherMachinesLockIsRemovedOnlyWhenAsked()
    {
        QTemporaryDir dir;
        const QString file = savedReport(dir);
        const QString lockPath = FileLock::lockPathFor(file);
        QVERIFY(Fixtures::writeFile(lockPath, "4242\ndebrief\nincident-laptop-7\n\n\n"));
        QVERIFY(Fixtures::writeFile(lockPath + QStringLiteral(".owner"),
                                    R"({"user":"priya","host":"incident-laptop-7",)"
                                    R"("since":"2026-12-01T09:30:00Z"})"));
        MainWindow w;
        w.documents()->openSample();
        QString shown;
        answerLocked(QStringLiteral("Remove the Lock"), &shown);
        QVERIFY(w.documents()->openFile(file));
        QVERIFY2(shown.contains(QLatin1String("by priya on incident-laptop-7")), qPrintable(shown));
        QVERIFY(w.documents()->fileLock().isHeld());
        QVERIFY(!w.document()->isReadOnly());
    }

    // Someone else saves the open file: the window says so; Reload shows their version.
    void anOutsideSaveIsNoticedAndReloaded()
    {
        QTemporaryDir dir;
        const QString file = savedReport(dir);
        MainWindow w;
        QVERIFY(w.documents()->openFile(file));
        QString shown;
        answer(QStringLiteral("fileChangedBox"), QStringLiteral("Reload"), &shown);
        saveAsColleague(file, QStringLiteral("Their account."));
        QTRY_COMPARE_WITH_TIMEOUT(firstSection(w.document()), QStringLiteral("Their account."),
                                  10000);
        QVERIFY2(shown.contains(QLatin1String("shared.pmd was changed")), qPrintable(shown));
        QVERIFY(!w.document()->isModified());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*your version*")}).size(), 0);
    }

    // With unsaved changes, Reload first saves the user's version beside the file.
    void reloadSavesMyVersionAside()
    {
        QTemporaryDir dir;
        const QString file = savedReport(dir);
        MainWindow w;
        QVERIFY(w.documents()->openFile(file));
        w.document()->setSectionText(0, QStringLiteral("My account."));
        QString shown;
        answer(QStringLiteral("fileChangedBox"), QStringLiteral("Reload"), &shown);
        saveAsColleague(file, QStringLiteral("Their account."));
        QTRY_COMPARE_WITH_TIMEOUT(firstSection(w.document()), QStringLiteral("Their account."),
                                  10000);
        QVERIFY2(shown.contains(QLatin1String("shared (your version).pmd")), qPrintable(shown));
        QCOMPARE(firstSectionIn(dir.filePath(QStringLiteral("shared (your version).pmd"))),
                 QStringLiteral("My account."));
        QCOMPARE(firstSectionIn(file), QStringLiteral("Their account."));
    }

    // Keep Mine: the user's version stays, modified, and saving it replaces theirs without a
    // second question.
    void keepMineThenSaveReplacesTheirs()
    {
        QTemporaryDir dir;
        const QString file = savedReport(dir);
        MainWindow w;
        QVERIFY(w.documents()->openFile(file));
        w.document()->setSectionText(0, QStringLiteral("My account."));
        w.document()->undoStack()->setClean(); // even a report saved a moment ago
        QString shown;
        answer(QStringLiteral("fileChangedBox"), QStringLiteral("Keep Mine"), &shown);
        saveAsColleague(file, QStringLiteral("Their account."));
        QTRY_VERIFY_WITH_TIMEOUT(w.document()->isModified(), 10000);
        QCOMPARE(firstSection(w.document()), QStringLiteral("My account."));
        QCOMPARE(firstSectionIn(file), QStringLiteral("Their account."));
        QVERIFY(w.documents()->save()); // no box: none is answered here
        QCOMPARE(firstSectionIn(file), QStringLiteral("My account."));
    }

    // A save never silently overwrites a newer file, even one the watch has not reported yet.
    void aSaveNeverSilentlyOverwritesANewerFile()
    {
        QTemporaryDir dir;
        const QString file = savedReport(dir);
        MainWindow w;
        QVERIFY(w.documents()->openFile(file));
        w.document()->setSectionText(0, QStringLiteral("My account."));
        const QSignalBlocker quiet(w.documents()->fileWatcher());
        saveAsColleague(file, QStringLiteral("Their account."));
        const QByteArray theirs = Fixtures::readFile(file);

        QString shown;
        answer(QStringLiteral("overwriteNewerBox"), QStringLiteral("Cancel"), &shown);
        QVERIFY(!w.documents()->save());
        QVERIFY2(shown.contains(QLatin1String("since you opened it")), qPrintable(shown));
        QCOMPARE(Fixtures::readFile(file), theirs);
        QVERIFY(w.document()->isModified());

        answer(QStringLiteral("overwriteNewerBox"), QStringLiteral("Replace Their Version"),
               &shown);
        QVERIFY(w.documents()->save());
        QCOMPARE(firstSectionIn(file), QStringLiteral("My account."));
        QVERIFY(!w.document()->isModified());
    }

    // Under read-only review, keeping the version on screen marks nothing to save: the
    // file is never written from a review.
    void aReviewKeepsItsVersionWithoutWriting()
    {
        QTemporaryDir dir;
        const QString file = savedReport(dir);
        MainWindow w;
        QVERIFY(w.documents()->openFile(file));
        w.setReadOnly(true);
        QString shown;
        answer(QStringLiteral("fileChangedBox"), QStringLiteral("Keep Mine"), &shown);
        saveAsColleague(file, QStringLiteral("Their account."));
        QTRY_VERIFY_WITH_TIMEOUT(shown.contains(QLatin1String("was changed")), 10000);
        QVERIFY(!w.document()->isModified());
        QVERIFY(w.close()); // nothing asked: no box is answered here
        QCOMPARE(firstSectionIn(file), QStringLiteral("Their account."));
    }

    // A new time on the same bytes (touch, a sync tool) is no change: nothing is asked.
    void aNewTimeAloneIsNoChange()
    {
        QTemporaryDir dir;
        const QString file = savedReport(dir);
        MainWindow w;
        QVERIFY(w.documents()->openFile(file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(60),
                              QFileDevice::FileModificationTime));
        f.close();
        QTest::qWait(1000); // past the watch's quiet time: a box would be up by now
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(w.documents()->fileWatcher()->check(), FileWatcher::State::Same);
        QVERIFY(!w.document()->isModified());
    }

    // The file deleted under the window: said, and the report becomes modified so that it
    // is saved again rather than lost.
    void aRemovedFileIsSaidAndSavedAgain()
    {
        QTemporaryDir dir;
        const QString file = savedReport(dir);
        MainWindow w;
        QVERIFY(w.documents()->openFile(file));
        QString shown;
        answer(QStringLiteral("fileRemovedBox"), QStringLiteral("OK"), &shown);
        QVERIFY(QFile::remove(file));
        QTRY_VERIFY_WITH_TIMEOUT(w.document()->isModified(), 10000);
        QVERIFY2(shown.contains(QLatin1String("deleted or moved")), qPrintable(shown));
        QVERIFY(w.documents()->save());
        QCOMPARE(firstSectionIn(file), firstSection(w.document()));
    }
};

QTEST_MAIN(TestFileLock)
#include "tst_filelock.moc"
