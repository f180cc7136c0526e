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
#include <QFile>
#include <QLockFile>
#include <QMessageBox>
#include <QSettings>
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
    // Clicks the button whose text starts with `label` in the next "already open" box, and
    // keeps the box's text.
    static void answerLocked(const QString &label, QString *shown)
    {
        QTimer::singleShot(50, [label, shown] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("fileLockedBox"));
            *shown = box->text();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(u'&').startsWith(label)) {
                    b->click();
                    return;
                }
            }
            QFAIL(qPrintable(QStringLiteral("no button ") + label));
        });
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
};

QTEST_MAIN(TestFileLock)
#include "tst_filelock.moc"
