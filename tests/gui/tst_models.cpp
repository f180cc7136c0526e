// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "IconTheme.h"
#include "document/ReportDocument.h"
#include "models/ActionItemsModel.h"
#include "models/PartsModel.h"
#include "models/TimelineModel.h"
#include "templates/TemplateLibrary.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QMimeData>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace debrief;

// The UI's item models over a document, checked by Qt's model tester through every kind of
// change the document makes, undo and redo included.
class TestModels : public QObject
{
    Q_OBJECT
private:
    static void churn(ReportDocument &doc)
    {
        doc.insertItem(1, Section{QStringLiteral("x"), QStringLiteral("X"), {}, {}, {}});
        doc.moveItem(ReportPart::Sections, 1, 4);
        doc.moveItem(ReportPart::Sections, 4, 0);
        doc.setSectionTitle(0, QStringLiteral("Renamed"));
        doc.removeItem(ReportPart::Sections, 2);
        ActionItem a;
        a.id = QStringLiteral("new");
        a.title = QStringLiteral("New");
        doc.insertItem(0, a);
        doc.moveItem(ReportPart::ActionItems, 0, 2);
        doc.moveItem(ReportPart::ActionItems, 3, 1);
        a.title = QStringLiteral("Changed");
        doc.replaceItem(2, a);
        doc.removeItem(ReportPart::ActionItems, 1);
        TimelineEntry e;
        e.id = QStringLiteral("e");
        doc.insertItem(0, e);
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        while (doc.undoStack()->canRedo())
            doc.undoStack()->redo();
        doc.reset(TemplateLibrary::sample());
    }

    static QStringList timelineIds(const ReportDocument &doc)
    {
        QStringList out;
        for (const TimelineEntry &e : doc.report().timeline)
            out << e.id;
        return out;
    }

    // The sample's timeline ids in the order given by old row numbers.
    static QStringList reordered(const QStringList &ids, const QList<int> &order)
    {
        QStringList out;
        for (const int row : order)
            out << ids.at(row);
        return out;
    }

    // Undoes and redoes the last step, checking no row is lost or doubled either way.
    static void undoRedo(ReportDocument &doc, const QStringList &before, const QStringList &after)
    {
        QCOMPARE(timelineIds(doc), after);
        doc.undoStack()->undo();
        QCOMPARE(timelineIds(doc), before);
        doc.undoStack()->redo();
        QCOMPARE(timelineIds(doc), after);
        doc.undoStack()->undo();
    }

private Q_SLOTS:
    void partsModelPassesTheTester()
    {
        ReportDocument doc;
        doc.reset(TemplateLibrary::sample());
        PartsModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 14);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Overview"));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Summary"));
        QCOMPARE(model.index(12).data().toString(), QStringLiteral("Action items (3)"));
        QCOMPARE(model.kindAt(11), PartsModel::Kind::Timeline);
        churn(doc);
    }

    void partsModelRenamesAndReordersThroughTheUndoStack()
    {
        ReportDocument doc;
        doc.reset(TemplateLibrary::sample());
        PartsModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setData(model.index(2), QStringLiteral("Blast radius")));
        QVERIFY(!model.setData(model.index(2), QStringLiteral("   "))); // a title is needed
        QVERIFY(!(model.flags(model.index(0)) & Qt::ItemIsEditable));
        QCOMPARE(doc.report().sections[1].title, QStringLiteral("Blast radius"));

        // Drag "Summary" (row 1) to just before "Trigger" (row 5).
        std::unique_ptr<QMimeData> data(model.mimeData({model.index(1)}));
        QVERIFY(data);
        QVERIFY(!model.mimeData({model.index(0)})); // the overview does not move
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 5, 0, {}));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        model.dropMimeData(data.get(), Qt::MoveAction, 5, 0, {});
        QCOMPARE(doc.report().sections[3].id, QStringLiteral("summary"));
        QCOMPARE(model.index(4).data().toString(), QStringLiteral("Summary"));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.report().sections[0].id, QStringLiteral("summary"));
    }

    void actionItemsModelPassesTheTester()
    {
        ReportDocument doc;
        doc.reset(TemplateLibrary::sample());
        ActionItemsModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ActionItemsModel::ColumnCount));
        churn(doc);
        const int row = model.addItem();
        QCOMPARE(row, 3);
        model.moveItem(3, 0);
        model.removeItem(1);
    }

    void actionItemsEditAsOneStepEach()
    {
        ReportDocument doc;
        doc.reset(TemplateLibrary::sample());
        ActionItemsModel model(&doc);
        const QModelIndex owner = model.index(0, ActionItemsModel::Owner);
        QVERIFY(model.setData(owner, QStringLiteral("  Dana  ")));
        QCOMPARE(doc.report().actionItems[0].owner, QStringLiteral("Dana"));
        QVERIFY(model.setData(model.index(0, ActionItemsModel::Due), QDate(2027, 1, 15)));
        QCOMPARE(doc.report().actionItems[0].due, QDate(2027, 1, 15));
        QVERIFY(model.setData(model.index(0, ActionItemsModel::Status), QStringLiteral("done")));
        QVERIFY(!model.setData(model.index(0, ActionItemsModel::Status), QStringLiteral("maybe")));
        QVERIFY(!model.setData(model.index(0, ActionItemsModel::Priority), QStringLiteral("P9")));
        QCOMPARE(model.index(0, ActionItemsModel::Status).data().toString(),
                 QStringLiteral("Done"));
        QCOMPARE(doc.undoStack()->count(), 3);

        for (const char *bad : {"javascript:alert(1)", "tracker/OPS-1", "ftp://x.example/1",
                                "https://", "file:///etc/passwd"}) {
            QVERIFY2(!model.setData(model.index(1, ActionItemsModel::Tracker), QLatin1String(bad)),
                     bad);
            QVERIFY(!ActionItemsModel::checkTrackerUrl(QLatin1String(bad)).isEmpty());
        }
        QVERIFY(model.setData(model.index(1, ActionItemsModel::Tracker),
                              QStringLiteral("https://tracker.example.com/OPS-9")));
        QVERIFY(model.setData(model.index(1, ActionItemsModel::Tracker), QString())); // cleared
        QCOMPARE(doc.undoStack()->count(), 5);

        // Drag the first row below the last.
        std::unique_ptr<QMimeData> data(model.mimeData({model.index(0, 0)}));
        model.dropMimeData(data.get(), Qt::MoveAction, 3, 0, {});
        QCOMPARE(doc.report().actionItems[2].owner, QStringLiteral("Dana"));
    }

    void timelineModelPassesTheTester()
    {
        ReportDocument doc;
        doc.reset(TemplateLibrary::sample());
        TimelineModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 6);
        churn(doc);
        TimelineEntry e;
        e.id = QStringLiteral("new");
        doc.insertItem(6, e);
        doc.insertItem(0, e);
        doc.removeItem(ReportPart::Timeline, 3);
        model.moveEntries({0, 2, 5}, 7);
        model.moveEntries({6, 1}, 0);
        QVERIFY(model.moveRows({}, 1, 2, {}, 5));
        QVERIFY(model.shiftEntries({2, 4}, -1));
        QVERIFY(model.shiftEntries({0, 1}, +1));
        QVERIFY(!model.shiftEntries({0}, -1));
        QVERIFY(model.setData(model.index(2, TimelineModel::Author), QStringLiteral("Ana")));
        QVERIFY(model.toggleKeyMoment(3));
        doc.removeItems(ReportPart::Timeline, {0, 4});
        const int steps = doc.undoStack()->count();
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QCOMPARE(doc.report(), TemplateLibrary::sample());
        while (doc.undoStack()->canRedo())
            doc.undoStack()->redo();
        QCOMPARE(doc.undoStack()->count(), steps);
        QCOMPARE(model.rowCount(), 5);
    }

    void timelineDragMovesRows_data()
    {
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<int>("row");       // the drop row, -1 for "on" an item or the end
        QTest::addColumn<int>("parentRow"); // the item dropped on, -1 for none
        QTest::addColumn<QList<int>>("order");
        QTest::newRow("one down") << QList<int>{1} << 4 << -1 << QList<int>{0, 2, 3, 1, 4, 5};
        QTest::newRow("one up") << QList<int>{4} << 1 << -1 << QList<int>{0, 4, 1, 2, 3, 5};
        QTest::newRow("onto first") << QList<int>{3} << 0 << -1 << QList<int>{3, 0, 1, 2, 4, 5};
        QTest::newRow("onto last") << QList<int>{1} << 6 << -1 << QList<int>{0, 2, 3, 4, 5, 1};
        QTest::newRow("below the end") << QList<int>{0} << -1 << -1 << QList<int>{1, 2, 3, 4, 5, 0};
        QTest::newRow("on an item") << QList<int>{5} << -1 << 2 << QList<int>{0, 1, 5, 2, 3, 4};
        QTest::newRow("apart down") << QList<int>{0, 2} << 5 << -1 << QList<int>{1, 3, 4, 0, 2, 5};
        QTest::newRow("apart up") << QList<int>{5, 3} << 1 << -1 << QList<int>{0, 3, 5, 1, 2, 4};
        QTest::newRow("apart to first")
            << QList<int>{1, 4} << 0 << -1 << QList<int>{1, 4, 0, 2, 3, 5};
        QTest::newRow("apart to last")
            << QList<int>{0, 3, 4} << 6 << -1 << QList<int>{1, 2, 5, 0, 3, 4};
    }

    void timelineDragMovesRows()
    {
        QFETCH(QList<int>, rows);
        QFETCH(int, row);
        QFETCH(int, parentRow);
        QFETCH(QList<int>, order);
        ReportDocument doc;
        doc.reset(TemplateLibrary::sample());
        TimelineModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList before = timelineIds(doc);
        QModelIndexList dragged;
        for (const int r : rows) {
            for (int c = 0; c < model.columnCount(); ++c)
                dragged << model.index(r, c); // a row selection drags every cell
        }
        std::unique_ptr<QMimeData> data(model.mimeData(dragged));
        QVERIFY(data);
        const QModelIndex parent = parentRow >= 0 ? model.index(parentRow, 0) : QModelIndex();
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, row, 0, parent));
        // False: the move went through the undo stack, so the view must not remove the rows.
        QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
        QCOMPARE(doc.undoStack()->count(), 1);
        undoRedo(doc, before, reordered(before, order));
        // Were a view to remove the source rows after a Move drop anyway, nothing would go.
        QVERIFY(!model.removeRows(rows.first(), 1, {}));
        QCOMPARE(timelineIds(doc), before);

        // Another model's rows (another window) are refused.
        TimelineModel other(&doc);
        QVERIFY(!other.canDropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
    }

    void timelineMoveRows_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("destination");
        QTest::addColumn<QList<int>>("order");
        QTest::newRow("down") << 0 << 1 << 3 << QList<int>{1, 2, 0, 3, 4, 5};
        QTest::newRow("up") << 4 << 2 << 1 << QList<int>{0, 4, 5, 1, 2, 3};
        QTest::newRow("to first") << 2 << 2 << 0 << QList<int>{2, 3, 0, 1, 4, 5};
        QTest::newRow("to last") << 1 << 3 << 6 << QList<int>{0, 4, 5, 1, 2, 3};
    }

    void timelineMoveRows()
    {
        QFETCH(int, source);
        QFETCH(int, count);
        QFETCH(int, destination);
        QFETCH(QList<int>, order);
        ReportDocument doc;
        doc.reset(TemplateLibrary::sample());
        TimelineModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList before = timelineIds(doc);
        QVERIFY(model.moveRows({}, source, count, {}, destination));
        QCOMPARE(doc.undoStack()->count(), 1);
        undoRedo(doc, before, reordered(before, order));
        QVERIFY(!model.moveRows({}, 5, 2, {}, 0)); // past the end
        QVERIFY(!model.moveRows(model.index(0, 0), 0, 1, {}, 3));
    }

    void timelineShowsTimesInTheReportZone()
    {
        Report r = TemplateLibrary::sample(); // Europe/Berlin, all on 2026-11-03
        r.timeline[2].at = QDateTime();
        r.timeline[4].at = QDateTime(QDate(2026, 11, 3), QTime(14, 48), QTimeZone(5 * 3600));
        r.timeline[5].at = QDateTime(QDate(2026, 11, 4), QTime(0, 10), QTimeZone(3600));
        ReportDocument doc;
        doc.reset(r);
        TimelineModel model(&doc);
        auto shown = [&](int row, int role = Qt::DisplayRole) {
            return model.index(row, TimelineModel::Time).data(role).toString();
        };
        QCOMPARE(model.headerData(TimelineModel::Time, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Time (Europe/Berlin)"));
        QCOMPARE(shown(0), QStringLiteral("2026-11-03 09:02"));
        QCOMPARE(shown(1), QStringLiteral("09:15"));
        QCOMPARE(shown(2), QStringLiteral("—")); // no time: never an invented one
        QVERIFY(!model.index(2, TimelineModel::Time).data(Qt::EditRole).toDateTime().isValid());
        QCOMPARE(shown(3), QStringLiteral("09:35"));
        QCOMPARE(shown(4), QStringLiteral("10:48")); // recorded at +05:00
        QCOMPARE(shown(4, Qt::ToolTipRole),
                 QStringLiteral("2026-11-03 10:48 (Europe/Berlin)\n"
                                "Recorded as 2026-11-03 14:48 (UTC+05:00)"));
        QCOMPARE(shown(5), QStringLiteral("2026-11-04 00:10")); // the day changed
        QVERIFY(!shown(5, Qt::ToolTipRole).contains(QLatin1String("Recorded")));

        // Another zone: the header and the times follow.
        ReportMetadata m = doc.report().metadata;
        m.timeZone = "America/New_York";
        doc.setMetadata(m);
        QCOMPARE(model.headerData(TimelineModel::Time, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Time (America/New_York)"));
        QCOMPARE(shown(0), QStringLiteral("2026-11-03 03:02"));
        QCOMPARE(shown(5), QStringLiteral("18:10"));

        // Edited times are kept with the report zone's offset.
        QVERIFY(model.setData(
            model.index(2, TimelineModel::Time),
            QDateTime(QDate(2026, 11, 3), QTime(4, 0), QTimeZone("America/New_York"))));
        QCOMPARE(doc.report().timeline[2].at.offsetFromUtc(), -5 * 3600);
        QCOMPARE(shown(2), QStringLiteral("04:00"));
        QVERIFY(!model.setData(model.index(2, TimelineModel::Time), QStringLiteral("soon")));
        QVERIFY(model.setData(model.index(2, TimelineModel::Time), QString()));
        QVERIFY(!doc.report().timeline[2].at.isValid());
    }

    void timelineCellsEditAsOneStepEach()
    {
        ReportDocument doc;
        doc.reset(TemplateLibrary::sample());
        TimelineModel model(&doc);
        IconTheme::ensureInstalled();
        const QModelIndex kind = model.index(3, TimelineModel::Kind);
        QCOMPARE(kind.data().toString(), QStringLiteral("Event"));
        QVERIFY(!kind.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(model.setData(kind, QStringLiteral("communication")));
        QVERIFY(!model.setData(kind, QStringLiteral("gossip")));
        QCOMPARE(kind.data().toString(), QStringLiteral("Communication"));
        QCOMPARE(doc.undoStack()->count(), 1);

        const QModelIndex author = model.index(3, TimelineModel::Author);
        QVERIFY(model.setData(author, QStringLiteral("T")));
        QVERIFY(model.setData(author, QStringLiteral("To ")));
        QVERIFY(model.setData(author, QStringLiteral("Tom")));
        QCOMPARE(doc.undoStack()->count(), 2); // typing in one cell merges
        QCOMPARE(doc.report().timeline[3].author, QStringLiteral("Tom"));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Edit Entry Author"));

        const QModelIndex star = model.index(3, TimelineModel::KeyMoment);
        QCOMPARE(star.data().toString(), QStringLiteral("☆"));
        QVERIFY(model.setData(star, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(star.data().toString(), QStringLiteral("★"));
        QCOMPARE(star.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Key moment"));
        QVERIFY(model.toggleKeyMoment(3));
        QVERIFY(!doc.report().timeline[3].keyMoment);
        QCOMPARE(doc.undoStack()->count(), 4);

        QVERIFY(model.flags(model.index(3, TimelineModel::Description)) & Qt::ItemIsEditable);
        QVERIFY(model.setData(model.index(3, TimelineModel::Description),
                              QStringLiteral("**Graph** shows it\n\nSee `cache-eu-3`.")));
        QCOMPARE(model.index(3, TimelineModel::Description).data().toString(),
                 QStringLiteral("Graph shows it …"));
        QVERIFY(!(model.flags(model.index(3, TimelineModel::Description)) & Qt::ItemIsEditable));
        doc.undoStack()->undo();
        QCOMPARE(
            model.index(3, TimelineModel::Description).data().toString(),
            QStringLiteral("Cache hit rate graph shows the drop lines up with the replacement"));
    }

    void timelineSummaryLine_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("line");
        QTest::newRow("plain") << "Alert fires" << "Alert fires";
        QTest::newRow("code") << "`cache-eu-3` joins" << "cache-eu-3 joins";
        QTest::newRow("heading") << "### Paged" << "Paged";
        QTest::newRow("bullet") << "- [x] done it" << "done it";
        QTest::newRow("link") << "See [the graph](https://x.example/g)" << "See the graph";
        QTest::newRow("more") << "\n\nFirst\n\nSecond" << "First …";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("snake_case kept") << "set max_conns" << "set max_conns";
    }

    void timelineSummaryLine()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, line);
        QCOMPARE(TimelineModel::summaryLine(markdown), line);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
