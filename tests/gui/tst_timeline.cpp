// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "IconTheme.h"
#include "controllers/DocumentManager.h"
#include "document/ReportDocument.h"
#include "editor/MarkdownEditor.h"
#include "models/PartsModel.h"
#include "models/TimelineDelegate.h"
#include "models/TimelineModel.h"
#include "panes/InstantEdit.h"
#include "panes/OverviewPane.h"
#include "panes/TimelinePane.h"
#include "window/AppActions.h"
#include "window/MainWindow.h"
#include "window/NavigationPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>

using namespace debrief;

// The timeline pane in the real window, offscreen, driven from the keyboard.
class TestTimeline : public QObject
{
    Q_OBJECT
private:
    static QString screenshotDir()
    {
        const QString dir = QStringLiteral(DEBRIEF_BUILD_DIR "/screenshots");
        QDir().mkpath(dir);
        return dir;
    }

    static void press(QWidget *w, Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(w, key, mods);
        QCoreApplication::processEvents();
    }

    // Opens the sample and shows its timeline.
    static TimelinePane *openTimeline(MainWindow &w)
    {
        w.resize(1280, 800);
        w.show();
        w.activateWindow();
        if (!QTest::qWaitForWindowActive(&w))
            return nullptr;
        w.documents()->openSample();
        w.navigation()->selectPart(
            w.navigation()->partsModel()->rowForKind(PartsModel::Kind::Timeline));
        auto *pane = w.findChild<TimelinePane *>();
        return pane && pane->isVisible() ? pane : nullptr;
    }

    static QString undoText(MainWindow &w) { return w.actions().editUndo->text(); }

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

    void editStarMoveUndoSaveReopen()
    {
        QTemporaryDir dir;
        MainWindow w;
        TimelinePane *pane = openTimeline(w);
        QVERIFY(pane);
        ReportDocument *doc = w.document();
        QAbstractItemModelTester tester(pane->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView *table = pane->view();
        QCOMPARE(table->accessibleName(), QStringLiteral("Timeline"));
        QCOMPARE(table->model()->rowCount(), 6);
        QCOMPARE(table->horizontalHeader()
                     ->model()
                     ->headerData(TimelineModel::Time, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("Time (Europe/Berlin)"));
        const QString id = doc->report().timeline[2].id;

        // The description of row 2 in the editor below the table.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(2, TimelineModel::Description));
        MarkdownEditor *editor = pane->editor();
        QCOMPARE(editor->toPlainText(), doc->report().timeline[2].description);
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral(" at 09:21"));
        QCOMPARE(doc->report().timeline[2].description,
                 QStringLiteral("Incident declared, Priya takes command at 09:21"));
        QCOMPARE(doc->undoStack()->count(), 1); // one typing burst, one step

        // Star it (Ctrl+K in the table), then move it down with Alt+Down.
        table->setFocus();
        press(table, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(doc->report().timeline[2].keyMoment);
        press(table, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(doc->report().timeline[3].id, id);
        QCOMPARE(table->currentIndex().row(), 3);
        QCOMPARE(undoText(w), QStringLiteral("&Undo Move Timeline Entry"));
        QCOMPARE(doc->undoStack()->count(), 3);

        // Undo the move: the entry is back, starred, and the editor still shows its text.
        w.actions().editUndo->trigger();
        QCOMPARE(doc->report().timeline[2].id, id);
        QVERIFY(doc->report().timeline[2].keyMoment);
        QCOMPARE(editor->toPlainText(), doc->report().timeline[2].description);
        const Report edited = doc->report();

        const QString file = dir.filePath(QStringLiteral("timeline.pmd"));
        QVERIFY(w.documents()->saveTo(file));
        w.documents()->openSample(); // lets the file go, as closing the window would
        MainWindow reopened;
        QVERIFY(reopened.documents()->openFile(file));
        QCOMPARE(reopened.document()->report(), edited);
        QCOMPARE(reopened.document()->report().timeline[2].description,
                 QStringLiteral("Incident declared, Priya takes command at 09:21"));
    }

    void undoFollowsInTheEditorWithoutMovingIt()
    {
        MainWindow w;
        TimelinePane *pane = openTimeline(w);
        QVERIFY(pane);
        ReportDocument *doc = w.document();
        QTableView *table = pane->view();
        table->setCurrentIndex(table->model()->index(0, 0));
        MarkdownEditor *editor = pane->editor();
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        for (int i = 0; i < 40; ++i) {
            QTest::keyClick(editor, Qt::Key_Return);
            QTest::keyClicks(editor, QStringLiteral("line %1").arg(i));
        }
        QCOMPARE(doc->undoStack()->count(), 1);
        const QString long_ = doc->report().timeline[0].description;
        editor->moveCursor(QTextCursor::End);
        QTest::qWait(1600); // a pause: the next typing is a new step
        QTest::keyClicks(editor, QStringLiteral(" more"));
        QCOMPARE(doc->undoStack()->count(), 2);
        const int scroll = editor->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        press(editor, Qt::Key_Z, Qt::ControlModifier); // the report's undo
        QCOMPARE(doc->report().timeline[0].description, long_);
        QCOMPARE(editor->toPlainText(), long_);
        QCOMPARE(editor->verticalScrollBar()->value(), scroll);
        w.actions().editUndo->trigger();
        QCOMPARE(editor->toPlainText(), QStringLiteral("`cache-eu-3` replaced and joins the ring"));
        QCOMPARE(doc->undoStack()->index(), 0);
    }

    void addDuplicateDeleteFromTheKeyboard()
    {
        MainWindow w;
        TimelinePane *pane = openTimeline(w);
        QVERIFY(pane);
        ReportDocument *doc = w.document();
        QTableView *table = pane->view();
        const QStringList names = [&] {
            QStringList out;
            for (const QAction *a : pane->entryActions())
                out << a->text();
            return out;
        }();
        QVERIFY(names.contains(QStringLiteral("&Add Entry After")));
        table->setFocus();
        table->setCurrentIndex(table->model()->index(1, 0));

        // Ins: a new entry after the current one, with its time; the editor takes the text.
        press(table, Qt::Key_Insert);
        QCOMPARE(doc->report().timeline.size(), 7);
        QCOMPARE(doc->report().timeline[2].at, doc->report().timeline[1].at);
        QCOMPARE(undoText(w), QStringLiteral("&Undo Add Timeline Entry"));
        QVERIFY(pane->editor()->hasFocus());
        QTest::keyClicks(pane->editor(), QStringLiteral("Pager acknowledged"));
        QCOMPARE(doc->report().timeline[2].description, QStringLiteral("Pager acknowledged"));

        // Shift+Ins before, Ctrl+D duplicate.
        table->setFocus();
        press(table, Qt::Key_Insert, Qt::ShiftModifier);
        QCOMPARE(doc->report().timeline.size(), 8);
        QCOMPARE(table->currentIndex().row(), 2);
        table->setFocus();
        press(table, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(doc->report().timeline.size(), 9);
        QVERIFY(doc->report().timeline[3].id != doc->report().timeline[2].id);

        // Del on two rows apart: one step.
        const int steps = doc->undoStack()->count();
        table->selectionModel()->clearSelection();
        pane->selectRows({0, 2}, 2);
        table->setFocus();
        press(table, Qt::Key_Delete);
        QCOMPARE(doc->report().timeline.size(), 7);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(undoText(w), QStringLiteral("&Undo Remove Timeline Entry (2 rows)"));
        w.actions().editUndo->trigger();
        QCOMPARE(doc->report().timeline.size(), 9);

        // Several rows apart move down together, one step, and stay selected.
        pane->selectRows({0, 3}, 3);
        table->setFocus();
        const QString first = doc->report().timeline[0].id;
        press(table, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(doc->report().timeline[1].id, first);
        QCOMPARE(pane->selectedRows(), QList<int>({1, 4}));
        QCOMPARE(undoText(w), QStringLiteral("&Undo Move Timeline Entry (2 rows)"));

        // Space on the star column toggles the key moment.
        table->setCurrentIndex(table->model()->index(5, TimelineModel::KeyMoment));
        const bool key = doc->report().timeline[5].keyMoment;
        press(table, Qt::Key_Space);
        QCOMPARE(doc->report().timeline[5].keyMoment, !key);
        doc->undoStack()->setClean();
    }

    void anEntryWithoutATimeKeepsNone()
    {
        MainWindow w;
        TimelinePane *pane = openTimeline(w);
        QVERIFY(pane);
        ReportDocument *doc = w.document();
        pane->view()->setCurrentIndex({});
        const auto actions = pane->entryActions();
        const auto before = std::find_if(actions.cbegin(), actions.cend(), [](QAction *a) {
            return a->objectName() == QLatin1String("timelineInsertBefore");
        });
        QVERIFY(before != actions.cend());
        (*before)->trigger(); // no current entry: no time, never an invented one
        QCOMPARE(doc->report().timeline.size(), 7);
        QVERIFY(!doc->report().timeline[0].at.isValid());
        const QModelIndex time = pane->model()->index(0, TimelineModel::Time);
        QCOMPARE(time.data().toString(), QStringLiteral("—"));

        // The time editor stores nothing unless the user changes its value.
        TimelineDelegate delegate;
        std::unique_ptr<QWidget> editor(delegate.createEditor(pane, {}, time));
        auto *edit = qobject_cast<QDateTimeEdit *>(editor.get());
        QVERIFY(edit);
        delegate.setEditorData(edit, time);
        delegate.setModelData(edit, pane->model(), time);
        QVERIFY(!doc->report().timeline[0].at.isValid());
        edit->setDateTime(QDateTime(QDate(2026, 11, 3), QTime(8, 55), QTimeZone("Europe/Berlin")));
        delegate.setModelData(edit, pane->model(), time);
        QCOMPARE(time.data().toString(), QStringLiteral("2026-11-03 08:55"));
        QCOMPARE(doc->report().timeline[0].at.offsetFromUtc(), 3600);
        doc->undoStack()->setClean();
    }

    static QAction *paneAction(TimelinePane *pane, const QString &name)
    {
        return pane->findChild<QAction *>(name);
    }

    // While the incident is live (started within the day, not resolved) Ins writes "now";
    // once it is resolved, the current entry's time again.
    void aLiveIncidentsNewEntryIsNow()
    {
        MainWindow w;
        TimelinePane *pane = openTimeline(w);
        QVERIFY(pane);
        ReportDocument *doc = w.document();
        Report live = doc->report();
        live.metadata.started = QDateTime::currentDateTimeUtc().addSecs(-3600);
        live.metadata.resolved = {};
        doc->reset(live); // a new report: the window shows its overview
        w.navigation()->selectPart(
            w.navigation()->partsModel()->rowForKind(PartsModel::Kind::Timeline));
        QVERIFY(pane->isVisible());
        pane->selectRows({1}, 1);
        pane->view()->setFocus();
        press(pane->view(), Qt::Key_Insert);
        const QDateTime at = doc->report().timeline[2].at;
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(at.time().second(), 0);
        QCOMPARE(at.offsetFromUtc(), QTimeZone("Europe/Berlin").offsetFromUtc(at));
        doc->undoStack()->setClean();
    }

    // Out of order after an edit: flagged with the entry it contradicts; Sort by time puts it
    // right in one step, undo brings the flag back. The model stays consistent throughout.
    void chronologyAndSortByTime()
    {
        MainWindow w;
        TimelinePane *pane = openTimeline(w);
        QVERIFY(pane);
        ReportDocument *doc = w.document();
        TimelineModel *model = pane->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString id = doc->report().timeline[3].id;
        const QDateTime early(QDate(2026, 11, 3), QTime(9, 10), QTimeZone("Europe/Berlin"));
        QVERIFY(model->setData(model->index(3, TimelineModel::Time), early));
        QCOMPARE(undoText(w), QStringLiteral("&Undo Change Entry Time"));
        const QModelIndex flagged = model->index(3, TimelineModel::Time);
        QVERIFY(!flagged.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY2(flagged.data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("Earlier than entry 3 (09:21) above it, by 11 min")),
                 qPrintable(flagged.data(Qt::ToolTipRole).toString()));
        QVERIFY(model->index(2, TimelineModel::Time).data(Qt::DecorationRole).isNull());

        QAction *sort = paneAction(pane, QStringLiteral("timelineSort"));
        QVERIFY(sort && sort->isEnabled());
        const int steps = doc->undoStack()->count();
        sort->trigger();
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(undoText(w), QStringLiteral("&Undo Sort Timeline by Time"));
        QCOMPARE(doc->report().timeline[1].id, id);
        QVERIFY(model->analysis().chronologyProblems().isEmpty());
        QCOMPARE(doc->report().timeline.size(), 6);
        sort->trigger(); // already in order: nothing to undo
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        w.actions().editUndo->trigger();
        QCOMPARE(doc->report().timeline[3].id, id);
        QCOMPARE(model->analysis().chronologyProblems(), QList<int>{3});
        w.actions().editRedo->trigger();
        QCOMPARE(doc->report().timeline[1].id, id);
        doc->undoStack()->setClean();
    }

    // Gaps against the report's threshold, the UTC switch, approximate times and stars on a
    // whole selection: each one undo step named in the Edit menu.
    void gapsZoneApproximateAndStars()
    {
        MainWindow w;
        TimelinePane *pane = openTimeline(w);
        QVERIFY(pane);
        ReportDocument *doc = w.document();
        TimelineModel *model = pane->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto since = [&](int row, int role = Qt::DisplayRole) {
            return model->index(row, TimelineModel::Since).data(role);
        };
        // 09:48 to 10:31 is the only silence over 30 minutes.
        QCOMPARE(since(5).toString(), QStringLiteral("+43 min"));
        QCOMPARE(model->analysis().gaps(), QList<int>{5});
        QVERIFY(since(5, Qt::FontRole).value<QFont>().bold());
        QVERIFY(since(4, Qt::ToolTipRole).toString().startsWith(QStringLiteral("Time since")));
        auto *gap = pane->findChild<QSpinBox *>(QStringLiteral("timelineGap"));
        QVERIFY(gap);
        QCOMPARE(gap->value(), 30);
        gap->setValue(12);
        QCOMPARE(doc->report().metadata.gapMinutes, 12);
        QCOMPARE(undoText(w), QStringLiteral("&Undo Change Gap Threshold"));
        QCOMPARE(model->analysis().gaps(), (QList<int>{1, 3, 4, 5}));
        w.actions().editUndo->trigger();
        QCOMPARE(gap->value(), 30);

        QAction *utc = paneAction(pane, QStringLiteral("timelineUtc"));
        QVERIFY(utc);
        utc->trigger();
        QVERIFY(doc->report().metadata.timelineInUtc);
        QCOMPARE(model->headerData(TimelineModel::Time, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Time (UTC)"));
        QCOMPARE(model->index(0, TimelineModel::Time).data().toString(),
                 QStringLiteral("2026-11-03 08:02"));
        QCOMPARE(undoText(w), QStringLiteral("&Undo Show Timeline in UTC"));
        w.actions().editUndo->trigger();
        QVERIFY(!utc->isChecked());
        QCOMPARE(model->index(0, TimelineModel::Time).data().toString(),
                 QStringLiteral("2026-11-03 09:02"));

        QTableView *table = pane->view();
        table->setFocus();
        pane->selectRows({2, 3}, 3);
        QVERIFY(pane->isVisible()); // undoing a timeline setting stays in the timeline
        press(table, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(model->index(2, TimelineModel::Time).data().toString(), QStringLiteral("~09:21"));
        QCOMPARE(model->index(3, TimelineModel::Time).data().toString(), QStringLiteral("~09:35"));
        QCOMPARE(undoText(w), QStringLiteral("&Undo Mark Time Approximate"));
        QVERIFY(paneAction(pane, QStringLiteral("timelineApproximate"))->isChecked());
        // Neither 2 nor 3 is a key moment: Ctrl+K stars both in one step, again clears both.
        const int steps = doc->undoStack()->count();
        press(table, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(doc->report().timeline[2].keyMoment && doc->report().timeline[3].keyMoment);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(undoText(w), QStringLiteral("&Undo Mark 2 Key Moments"));
        press(table, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(!doc->report().timeline[2].keyMoment && !doc->report().timeline[3].keyMoment);
        doc->undoStack()->setClean();
    }

    // An imported "09:00" without a date shows the time alone until "Set date…" gives every
    // such time a date at once.
    void dateLessTimesAndSetDate()
    {
        MainWindow w;
        TimelinePane *pane = openTimeline(w);
        QVERIFY(pane);
        ReportDocument *doc = w.document();
        TimelineModel *model = pane->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAction *setDate = paneAction(pane, QStringLiteral("timelineSetDate"));
        QVERIFY(setDate && !setDate->isEnabled());
        Report r = doc->report();
        for (int row : {4, 5}) {
            r.timeline[row].at = {};
            r.timeline[row].clock = QTime(row == 4 ? 9 : 10, row == 4 ? 48 : 31);
        }
        doc->reset(r);
        QCOMPARE(model->index(4, TimelineModel::Time).data().toString(), QStringLiteral("09:48"));
        QCOMPARE(model->index(4, TimelineModel::Time).data(Qt::EditRole).typeId(),
                 QMetaType::QTime);
        QVERIFY(setDate->isEnabled());
        QTimer::singleShot(0, this, [] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto *edit = dialog->findChild<QDateEdit *>(QStringLiteral("timelineDate"));
            QVERIFY(edit);
            edit->setDate(QDate(2026, 11, 3));
            static_cast<QDialog *>(dialog)->accept();
        });
        setDate->trigger();
        QCOMPARE(undoText(w), QStringLiteral("&Undo Set Date of 2 Times"));
        QCOMPARE(doc->report().timeline[4].at,
                 QDateTime(QDate(2026, 11, 3), QTime(9, 48), QTimeZone("Europe/Berlin")));
        QVERIFY(!doc->report().timeline[5].clock.isValid());
        QCOMPARE(model->index(5, TimelineModel::Time).data().toString(), QStringLiteral("10:31"));
        QVERIFY(!setDate->isEnabled());
        w.actions().editUndo->trigger();
        QCOMPARE(doc->report().timeline[5].clock, QTime(10, 31));
        doc->undoStack()->setClean();
    }

    // The overview's times without a date show alone, say so, and take Set Date's day in
    // the same undo step as the timeline's.
    void overviewTimesWithoutDate()
    {
        MainWindow w;
        TimelinePane *pane = openTimeline(w);
        QVERIFY(pane);
        ReportDocument *doc = w.document();
        Report r = doc->report();
        r.metadata.started = r.metadata.detected = r.metadata.mitigated = r.metadata.resolved = {};
        r.metadata.startedClock = QTime(23, 40);
        r.metadata.resolvedClock = QTime(0, 50);
        doc->reset(r);
        auto *overview = w.findChild<OverviewPane *>();
        QVERIFY(overview);
        auto *started = overview->findChild<InstantEdit *>(QStringLiteral("started"));
        QVERIFY(started);
        QVERIFY(started->checkBox()->isChecked());
        QVERIFY(started->editor()->isHidden() && !started->clockEditor()->isHidden());
        QCOMPARE(started->clockEditor()->time(), QTime(23, 40));
        QVERIFY(!started->findChild<QLabel *>(QStringLiteral("noDate"))->isHidden());
        QVERIFY(!started->instant().isValid());
        // Editing the time keeps it date-less.
        started->clockEditor()->setTime(QTime(23, 45));
        QCOMPARE(doc->report().metadata.startedClock, QTime(23, 45));
        QVERIFY(!doc->report().metadata.started.isValid());

        QAction *setDate = paneAction(pane, QStringLiteral("timelineSetDate"));
        QVERIFY(setDate->isEnabled());
        QTimer::singleShot(0, this, [] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            dialog->findChild<QDateEdit *>(QStringLiteral("timelineDate"))
                ->setDate(QDate(2026, 11, 3));
            static_cast<QDialog *>(dialog)->accept();
        });
        setDate->trigger();
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(doc->report().metadata.started,
                 QDateTime(QDate(2026, 11, 3), QTime(23, 45), berlin));
        // Past midnight: the next day.
        QCOMPARE(doc->report().metadata.resolved,
                 QDateTime(QDate(2026, 11, 4), QTime(0, 50), berlin));
        QVERIFY(!doc->report().metadata.hasDateLessTimes());
        QVERIFY(!started->editor()->isHidden() && started->clockEditor()->isHidden());
        w.actions().editUndo->trigger();
        QCOMPARE(doc->report().metadata.resolvedClock, QTime(0, 50));
        doc->undoStack()->setClean();
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
            TimelinePane *pane = openTimeline(w);
            QVERIFY(pane);
            // One entry out of order and approximate, so the flags show.
            TimelineModel *model = pane->model();
            model->setData(model->index(3, TimelineModel::Time),
                           QDateTime(QDate(2026, 11, 3), QTime(9, 10), QTimeZone("Europe/Berlin")));
            model->setApproximate({3}, true);
            pane->view()->setCurrentIndex(pane->model()->index(1, TimelineModel::Description));
            QTest::qWait(50);
            const QString name = (dark ? QStringLiteral("/dark-") : QStringLiteral("/light-")) +
                                 QStringLiteral("timeline.png");
            QVERIFY(w.grab().save(screenshotDir() + name));
            QVERIFY(pane->grab().save(screenshotDir() + QStringLiteral("/pane-") + name.mid(1)));
            w.document()->undoStack()->setClean();
        }
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
