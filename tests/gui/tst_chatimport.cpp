// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chat/ChatSourceReader.h"
#include "controllers/DocumentManager.h"
#include "dialogs/ChatImportDialog.h"
#include "document/ReportDocument.h"
#include "models/ChatRowsFilter.h"
#include "models/ChatRowsModel.h"
#include "models/PartsModel.h"
#include "models/TimelineModel.h"
#include "panes/TimelinePane.h"
#include "panes/TimelineTableView.h"
#include "window/AppActions.h"
#include "window/MainWindow.h"
#include "window/NavigationPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <numeric>

using namespace debrief;
using namespace Qt::StringLiterals;

// Timeline → Import from Chat or Log… offscreen: the rows of the Slack fixture chosen,
// filtered and unchecked, added in one undo step with their back-links; repeats and joins
// start unchecked; a log that cannot be read says why; a dropped log opens the dialog.
class TestChatImport : public QObject
{
    Q_OBJECT
private:
    static QString chat(const QString &name)
    {
        return QStringLiteral(DEBRIEF_CHAT_FIXTURES "/") + name;
    }

    // The Slack fixture's incident, 09:10 to 10:05 UTC, with its rollback already written.
    static Report incident()
    {
        Report r;
        r.metadata.timeZone = "Europe/Berlin";
        r.metadata.started = QDateTime(QDate(2025, 10, 12), QTime(9, 10), QTimeZone::UTC);
        r.metadata.resolved = QDateTime(QDate(2025, 10, 12), QTime(10, 5), QTimeZone::UTC);
        TimelineEntry rollback;
        rollback.id = u"rollback"_s;
        rollback.at = QDateTime(QDate(2025, 10, 12), QTime(9, 40, 20), QTimeZone::UTC);
        rollback.description = u"Rolled back the deploy"_s;
        r.timeline << rollback;
        return r;
    }

    static TimelinePane *openTimeline(MainWindow &w)
    {
        w.resize(1280, 800);
        w.show();
        w.document()->reset(incident());
        w.navigation()->selectPart(
            w.navigation()->partsModel()->rowForKind(PartsModel::Kind::Timeline));
        return w.findChild<TimelinePane *>();
    }

    static void clickAdd(ChatImportDialog *dialog)
    {
        auto *add = dialog->findChild<QPushButton *>(u"chatAdd"_s);
        QVERIFY(add && add->isEnabled());
        add->click();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rowsModelIsSound()
    {
        ChatRowsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        const auto source = ChatSourceReader::read(chat(u"slack-export"_s),
                                                   {u"inc-checkout"_s, {}, {}, {}}, &error);
        QVERIFY2(source, qPrintable(error));
        model.setRows(ChatEntries::rows(*source, {}, {}), QTimeZone::UTC);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.checkedCount(), 7); // the join and the leave start unchecked
        QVERIFY(
            model.setData(model.index(2, ChatRowsModel::Take), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(3, ChatRowsModel::KeyMoment), Qt::Checked,
                              Qt::CheckStateRole));
        QCOMPARE(model.checkedCount(), 6);
        const QList<TimelineEntry> chosen = model.chosenEntries();
        QCOMPARE(chosen.size(), 6);
        QVERIFY(chosen.at(1).keyMoment); // row 3, after the bot's row 1
        QCOMPARE(model.index(0, ChatRowsModel::Note).data().toString(), u"joined or left"_s);
        QCOMPARE(model.index(2, ChatRowsModel::Author).data().toString(), u"Mira Okafor"_s);
        QList<int> all(model.rowCount());
        std::iota(all.begin(), all.end(), 0);
        model.setChecked(all, false);
        QCOMPARE(model.checkedCount(), 0);
    }

    void chooseFilterUncheckAddUndo()
    {
        MainWindow w;
        TimelinePane *pane = openTimeline(w);
        QVERIFY(pane);
        ReportDocument *doc = w.document();
        QAbstractItemModelTester tester(pane->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ChatImportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            ChatRowsModel *rows = dialog->rows();
            // An export with channels asks for one first.
            QCOMPARE(rows->rowCount(), 0);
            auto *channel = dialog->findChild<QComboBox *>(u"chatChannel"_s);
            QCOMPARE(channel->count(), 2);
            channel->setCurrentText(u"inc-checkout"_s);
            Q_EMIT channel->activated(channel->currentIndex());
            // The window is the incident's, an hour either side: the next day's message is out.
            QCOMPARE(rows->rowCount(), 8);
            QCOMPARE(rows->duplicateCount(), 1);
            QCOMPARE(rows->checkedCount(), 5); // not the join, the leave and the repeat
            const QModelIndex repeat = rows->index(5, ChatRowsModel::Note);
            QVERIFY(repeat.data().toString().contains(u"repeats timeline entry 1"_s));
            QCOMPARE(rows->index(5, ChatRowsModel::Take).data(Qt::CheckStateRole).toInt(),
                     int(Qt::Unchecked));
            // Filter, then uncheck what is shown: only those rows change.
            dialog->filter()->setText(u"OOM"_s);
            QCOMPARE(dialog->filter()->rowCount(), 1);
            dialog->filter()->setShownChecked(false);
            dialog->filter()->setText({});
            QCOMPARE(dialog->filter()->rowCount(), 8);
            QCOMPARE(rows->checkedCount(), 4);
            auto *telling = dialog->findChild<QCheckBox *>(u"chatTellingOnly"_s);
            telling->setChecked(true);
            QCOMPARE(dialog->filter()->rowCount(), 3); // two mitigations and a resolution
            telling->setChecked(false);
            QDir().mkpath(QStringLiteral(DEBRIEF_BUILD_DIR "/screenshots"));
            dialog->grab().save(QStringLiteral(DEBRIEF_BUILD_DIR "/screenshots/chat-import.png"));
            checked = true;
            clickAdd(dialog);
        });
        pane->importChat(chat(u"slack-export"_s));
        QVERIFY(checked);
        const QList<TimelineEntry> &timeline = doc->report().timeline;
        QCOMPARE(timeline.size(), 5);
        for (qsizetype i = 1; i < timeline.size(); ++i)
            QVERIFY(timeline.at(i - 1).at <= timeline.at(i).at);
        QCOMPARE(timeline.at(3).id, u"rollback"_s); // the new entries went around it
        QCOMPARE(timeline.at(1).author, u"Mira Okafor"_s);
        QCOMPARE(doc->undoStack()->undoText(), u"Import 4 Timeline Entries"_s);
        const QString tip =
            pane->model()->index(1, TimelineModel::Description).data(Qt::ToolTipRole).toString();
        QCOMPARE(tip,
                 u"Imported from slack-export, channel inc-checkout, message 1760260530.000300"_s);
        QCOMPARE(pane->selectedRows(), (QList<int>{0, 1, 2, 4}));
        doc->undoStack()->undo();
        QCOMPARE(doc->report().timeline.size(), 1);
        doc->undoStack()->setClean();
    }

    void zoneAndOffsetForALogWithoutZone()
    {
        ChatImportDialog dialog(incident(), QTimeZone("Europe/Berlin"));
        dialog.setSource(chat(u"weechat.log"_s));
        // The report's zone reads the log's times: 09:14 in Berlin is 07:14 UTC, outside the
        // incident's window.
        QCOMPARE(dialog.rows()->rowCount(), 0);
        dialog.findChild<QComboBox *>(u"chatZone"_s)->setCurrentText(u"UTC"_s);
        QCOMPARE(dialog.rows()->rowCount(), 3);
        dialog.findChild<QSpinBox *>(u"chatOffset"_s)->setValue(-10);
        const QList<TimelineEntry> chosen = dialog.chosenEntries();
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.first().at.toUTC(),
                 QDateTime(QDate(2025, 10, 12), QTime(9, 4, 2), QTimeZone::UTC));
        QCOMPARE(chosen.first().source.message, u"line 1"_s);
    }

    void unreadableLogSaysWhy()
    {
        ChatImportDialog dialog(incident(), QTimeZone::UTC);
        dialog.setSource(chat(u"truncated.json"_s));
        QVERIFY2(dialog.errorText().contains(u"truncated.json"_s), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.rows()->rowCount(), 0);
        QVERIFY(!dialog.findChild<QPushButton *>(u"chatAdd"_s)->isEnabled());
        dialog.setSource(chat(u"chat-semicolon.csv"_s));
        QVERIFY(dialog.errorText().isEmpty());
        const auto *skipped = dialog.findChild<QWidget *>(u"chatSkipped"_s);
        QVERIFY(!skipped->isHidden()); // "not a time;kai;hello" is shown, not dropped
    }

    void droppedLogOpensTheDialog()
    {
        MainWindow w;
        TimelinePane *pane = openTimeline(w);
        QVERIFY(pane);
        auto *view = qobject_cast<TimelineTableView *>(pane->view());
        QSignalSpy dropped(view, &TimelineTableView::chatLogDropped);
        bool opened = false;
        QTimer::singleShot(50, this, [&] {
            auto *dialog = qobject_cast<ChatImportDialog *>(QApplication::activeModalWidget());
            opened = dialog != nullptr;
            if (dialog)
                dialog->reject();
        });
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(chat(u"pagerduty.json"_s))});
        const QPoint at = view->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);
        QCOMPARE(dropped.size(), 1);
        QTRY_VERIFY(opened);
        QCOMPARE(w.document()->report().timeline.size(), 1);
    }

    void menuHasTheAction()
    {
        MainWindow w;
        TimelinePane *pane = openTimeline(w);
        QVERIFY(pane);
        auto *menu = w.menuBar()->findChild<QMenu *>(u"timelineMenu"_s);
        QVERIFY(menu);
        QVERIFY(menu->actions().contains(pane->importChatAction()));
        QVERIFY(pane->importChatAction()->isEnabled());
        w.document()->setReadOnly(true);
        QVERIFY(!pane->importChatAction()->isEnabled());
        w.document()->setReadOnly(false);
    }
};

QTEST_MAIN(TestChatImport)
#include "tst_chatimport.moc"
