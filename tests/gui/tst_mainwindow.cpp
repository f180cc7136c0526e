#include "Fixtures.h"
#include "MainWindow.h"
#include "document/ReportDocument.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStyleFactory>
#include <QTest>
#include <QUndoStack>

using namespace debrief;

// Opens the real main window offscreen and keeps screenshots for people to look at.
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

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

    void showsTheSampleReport()
    {
        MainWindow window;
        window.openSample();
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *parts = window.findChild<QListWidget *>(QStringLiteral("parts"));
        QVERIFY(parts);
        const Report &r = window.document()->report();
        QCOMPARE(parts->count(), int(r.sections.size()) + 4);
        QCOMPARE(parts->item(1)->text(), r.sections[0].title);
        QVERIFY(window.windowTitle().contains(QLatin1String("Untitled")));

        // Moving through the parts with the keyboard shows each one.
        const auto *view = window.findChild<QPlainTextEdit *>(QStringLiteral("partView"));
        QVERIFY(view->toPlainText().contains(r.metadata.title));
        parts->setFocus();
        QTest::keyClick(parts, Qt::Key_Down);
        QCOMPARE(parts->currentRow(), 1);
        QVERIFY(view->toPlainText().contains(QLatin1String("89 minutes")));

        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(screenshotDir() + QStringLiteral("/mainwindow-sample.png")));
    }

    void titleShowsTheFileAndModifiedState()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.newFromTemplate(QStringLiteral("atlassian"));
        QCOMPARE(window.document()->report().sections.size(), 12);
        QString error;
        const QString file = dir.filePath(QStringLiteral("t.pmd"));
        QVERIFY(window.document()->save(file, &error));
        QVERIFY(window.windowTitle().startsWith(QLatin1String("t.pmd")));
        QVERIFY(!window.isWindowModified());
        window.document()->setSectionText(0, QStringLiteral("Something"));
        QVERIFY(window.isWindowModified());
        window.document()->undoStack()->undo();
        QVERIFY(!window.isWindowModified());

        MainWindow other;
        QVERIFY(other.openFile(file));
        QCOMPARE(other.document()->report(), window.document()->report());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
