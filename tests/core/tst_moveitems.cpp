// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/ReportDocument.h"
#include "document/commands/MoveItemsCommand.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <numeric>

using namespace debrief;

// Moving several rows of a part in one undo step (MoveItemsCommand through
// ReportDocument::moveItems / reorderItems) and removing several in one step.
class TestMoveItems : public QObject
{
    Q_OBJECT
private:
    static Report timelineOf(int n)
    {
        Report r;
        for (int i = 0; i < n; ++i) {
            TimelineEntry e;
            e.id = QStringLiteral("e%1").arg(i);
            r.timeline.append(e);
        }
        return r;
    }

    static QStringList ids(const ReportDocument &doc)
    {
        QStringList out;
        for (const TimelineEntry &e : doc.report().timeline)
            out << e.id;
        return out;
    }

    static QStringList named(const QList<int> &rows)
    {
        QStringList out;
        for (const int r : rows)
            out << QStringLiteral("e%1").arg(r);
        return out;
    }

private Q_SLOTS:
    void moveRowsInOneStep_data()
    {
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<int>("before");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("one down") << QList<int>{1} << 4 << QList<int>{0, 2, 3, 1, 4, 5};
        QTest::newRow("one up") << QList<int>{4} << 1 << QList<int>{0, 4, 1, 2, 3, 5};
        QTest::newRow("first to last") << QList<int>{0} << 6 << QList<int>{1, 2, 3, 4, 5, 0};
        QTest::newRow("last to first") << QList<int>{5} << 0 << QList<int>{5, 0, 1, 2, 3, 4};
        QTest::newRow("block down") << QList<int>{1, 2} << 5 << QList<int>{0, 3, 4, 1, 2, 5};
        QTest::newRow("apart down") << QList<int>{0, 2} << 5 << QList<int>{1, 3, 4, 0, 2, 5};
        QTest::newRow("apart up") << QList<int>{3, 5} << 1 << QList<int>{0, 3, 5, 1, 2, 4};
        QTest::newRow("apart to first") << QList<int>{2, 4} << 0 << QList<int>{2, 4, 0, 1, 3, 5};
        QTest::newRow("apart to last") << QList<int>{0, 3} << 6 << QList<int>{1, 2, 4, 5, 0, 3};
        QTest::newRow("around itself") << QList<int>{1, 3} << 2 << QList<int>{0, 1, 3, 2, 4, 5};
        QTest::newRow("unsorted input") << QList<int>{4, 0} << 3 << QList<int>{1, 2, 0, 4, 3, 5};
    }

    void moveRowsInOneStep()
    {
        QFETCH(QList<int>, rows);
        QFETCH(int, before);
        QFETCH(QList<int>, expected);
        ReportDocument doc;
        doc.reset(timelineOf(6));
        QSignalSpy moved(&doc, &ReportDocument::rowMoved);
        doc.moveItems(ReportPart::Timeline, rows, before);
        QCOMPARE(ids(doc), named(expected));
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(moved.size() <= rows.size()); // the fewest single moves
        QVERIFY(doc.undoStack()->undoText().startsWith(QLatin1String("Move Timeline Entry")));
        doc.undoStack()->undo();
        QCOMPARE(ids(doc), named({0, 1, 2, 3, 4, 5}));
        doc.undoStack()->redo();
        QCOMPARE(ids(doc), named(expected));
    }

    void nothingToMoveIsNoStep()
    {
        ReportDocument doc;
        doc.reset(timelineOf(4));
        doc.moveItems(ReportPart::Timeline, {1, 2}, 1);
        doc.moveItems(ReportPart::Timeline, {1, 2}, 3);
        doc.moveItems(ReportPart::Timeline, {7}, 0);
        doc.moveItems(ReportPart::Timeline, {1}, 9);
        doc.reorderItems(ReportPart::Timeline, {0, 0, 1, 2}, 1); // not a permutation
        doc.reorderItems(ReportPart::Timeline, {1, 0}, 1);       // wrong size
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(ids(doc), named({0, 1, 2, 3}));
    }

    void anyPermutationIsReached()
    {
        QRandomGenerator random(10);
        for (int round = 0; round < 200; ++round) {
            const int n = 1 + int(random.bounded(12));
            QList<int> order(n);
            std::iota(order.begin(), order.end(), 0);
            std::shuffle(order.begin(), order.end(), random);
            QList<int> identity(n);
            std::iota(identity.begin(), identity.end(), 0);
            QList<int> current = identity;
            for (const auto &[from, to] : MoveItemsCommand::movesFor(order))
                current.move(from, to);
            QCOMPARE(current, order);
            ReportDocument doc;
            doc.reset(timelineOf(n));
            doc.reorderItems(ReportPart::Timeline, order, 1);
            QCOMPARE(ids(doc), named(order));
            QCOMPARE(doc.undoStack()->count(), order == identity ? 0 : 1);
            doc.undoStack()->undo();
            QCOMPARE(ids(doc), named(identity));
        }
    }

    void removeSeveralInOneStep()
    {
        ReportDocument doc;
        doc.reset(timelineOf(6));
        doc.removeItems(ReportPart::Timeline, {4, 1, 2});
        QCOMPARE(ids(doc), named({0, 3, 5}));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Remove Timeline Entry (3 rows)"));
        doc.undoStack()->undo();
        QCOMPARE(ids(doc), named({0, 1, 2, 3, 4, 5}));
        doc.undoStack()->redo();
        QCOMPARE(ids(doc), named({0, 3, 5}));
        doc.removeItems(ReportPart::Timeline, {0, 9}); // a row out of range: nothing
        QCOMPARE(doc.undoStack()->count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMoveItems)
#include "tst_moveitems.moc"
