// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "document/ReportDocument.h"
#include "models/ActionItemsModel.h"
#include "models/PartsModel.h"
#include "templates/TemplateLibrary.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTest>
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
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
