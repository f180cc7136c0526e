// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "document/ReportDocument.h"
#include "templates/TemplateLibrary.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace debrief;

class TestReportDocument : public QObject
{
    Q_OBJECT
private:
    static void type(ReportDocument &doc, int section, int at, const QString &text)
    {
        for (qsizetype i = 0; i < text.size(); ++i)
            doc.editSectionText(section, at + int(i), 0, text.mid(i, 1));
    }

private Q_SLOTS:
    void typingMergesByWords()
    {
        ReportDocument doc;
        doc.reset(TemplateLibrary::instantiate(*TemplateLibrary::find(QStringLiteral("classic"))));
        QSignalSpy changed(&doc, &ReportDocument::sectionTextChanged);
        type(doc, 1, 0, QStringLiteral("Disk full on db-3"));
        QCOMPARE(doc.report().sections[1].text, QStringLiteral("Disk full on db-3"));
        QCOMPARE(changed.size(), 17);
        QCOMPARE(changed.last().at(0).toInt(), 1);
        QCOMPARE(doc.undoStack()->count(), 4); // "Disk " "full " "on " "db-3"
        QCOMPARE(doc.undoStack()->undoText(),
                 QStringLiteral("Typing in Root Cause and Resolution"));
        doc.undoStack()->undo();
        QCOMPARE(doc.report().sections[1].text, QStringLiteral("Disk full on "));
        // Backspacing merges into one step too.
        for (int i = 0; i < 3; ++i)
            doc.editSectionText(1, int(doc.report().sections[1].text.size()) - 1, 1, {});
        QCOMPARE(doc.report().sections[1].text, QStringLiteral("Disk full "));
        doc.undoStack()->undo();
        QCOMPARE(doc.report().sections[1].text, QStringLiteral("Disk full on "));
        // A new line always starts a new step.
        type(doc, 1, 13, QStringLiteral("x\ny"));
        QCOMPARE(doc.undoStack()->index(), 6);
    }

    void setSectionTextPushesTheSmallestSplice()
    {
        ReportDocument doc;
        AttachmentStore scratch;
        doc.reset(Fixtures::fullReport(&scratch));
        QSignalSpy changed(&doc, &ReportDocument::sectionTextChanged);
        doc.setSectionText(2, QStringLiteral("new"));
        QString text = doc.report().sections[0].text;
        doc.setSectionText(0, text.replace(QStringLiteral("twice"), QStringLiteral("thrice")));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed[1].at(1).toInt(), 18);               // after the common "t"
        QCOMPARE(changed[1].at(2).toInt(), 1);                // "w" removed
        QCOMPARE(changed[1].at(3).toInt(), 2);                // "hr" inserted
        doc.setSectionText(0, doc.report().sections[0].text); // no change, no command
        QCOMPARE(doc.undoStack()->count(), 2);
    }

    void everyEditUndoesAndRedoes()
    {
        ReportDocument doc;
        AttachmentStore scratch;
        const Report start = Fixtures::fullReport(&scratch);
        doc.reset(start);
        QVERIFY(!doc.isModified());
        QSignalSpy modified(&doc, &ReportDocument::modifiedChanged);
        QSignalSpy inserted(&doc, &ReportDocument::rowsInserted);
        QSignalSpy removed(&doc, &ReportDocument::rowsRemoved);
        QSignalSpy moved(&doc, &ReportDocument::rowMoved);
        QSignalSpy rowChanged(&doc, &ReportDocument::rowChanged);
        QSignalSpy metadata(&doc, &ReportDocument::metadataChanged);

        ReportMetadata m = doc.report().metadata;
        m.title = QStringLiteral("T");
        doc.setMetadata(m, QStringLiteral("title"));
        m.title = QStringLiteral("Ti");
        doc.setMetadata(m, QStringLiteral("title"));
        QCOMPARE(doc.undoStack()->count(), 1); // typing in the title merged
        QCOMPARE(metadata.size(), 2);
        QCOMPARE(modified.size(), 1);
        QVERIFY(doc.isModified());

        doc.insertItem(1, Section{QStringLiteral("custom"), QStringLiteral("Custom"), {}, {}, {}});
        doc.moveItem(ReportPart::Sections, 1, 3);
        doc.setSectionTitle(3, QStringLiteral("Renamed"));
        doc.removeItem(ReportPart::Sections, 0);
        TimelineEntry e;
        e.id = QStringLiteral("t9");
        e.at = QDateTime::currentDateTimeUtc();
        e.description = QStringLiteral("new");
        doc.insertItem(0, e);
        ActionItem a = std::get<ActionItem>(doc.itemAt(ReportPart::ActionItems, 0));
        a.status = QStringLiteral("done");
        doc.replaceItem(0, a);
        doc.moveItem(ReportPart::ActionItems, 0, 1);
        doc.removeItem(ReportPart::Attachments, 1);

        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted[1].at(0).value<ReportPart>(), ReportPart::Timeline);
        QCOMPARE(moved.size(), 2);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(rowChanged.size(), 2);
        const Report end = doc.report();
        QCOMPARE(end.sections[2].title, QStringLiteral("Renamed"));
        QCOMPARE(end.sections[2].id, QStringLiteral("custom"));
        QCOMPARE(end.actionItems[1].status, QStringLiteral("done"));
        QCOMPARE(end.attachments.size(), 2);
        QCOMPARE(doc.undoStack()->count(), 9);

        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QCOMPARE(doc.report(), start);
        QVERIFY(!doc.isModified());
        while (doc.undoStack()->canRedo())
            doc.undoStack()->redo();
        QCOMPARE(doc.report(), end);
    }

    void invalidEditsAreIgnored()
    {
        ReportDocument doc;
        doc.reset(TemplateLibrary::sample());
        doc.removeItem(ReportPart::Timeline, 99);
        doc.moveItem(ReportPart::Sections, 0, 99);
        doc.editSectionText(0, 5000, 1, QStringLiteral("x"));
        doc.editSectionText(42, 0, 0, QStringLiteral("x"));
        doc.insertItem(-1, TimelineEntry{});
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    // A read-only document refuses every kind of edit: the report, the undo stack and the
    // modified flag stay as they were.
    void readOnlyRefusesEveryEdit()
    {
        ReportDocument doc;
        doc.reset(TemplateLibrary::sample());
        const Report before = doc.report();
        QSignalSpy spy(&doc, &ReportDocument::readOnlyChanged);
        doc.setReadOnly(true);
        QCOMPARE(spy.count(), 1);
        QVERIFY(doc.isReadOnly());
        ReportMetadata m = before.metadata;
        m.title = QStringLiteral("Changed");
        doc.setMetadata(m);
        doc.editSectionText(0, 0, 0, QStringLiteral("x"));
        doc.setSectionText(0, QStringLiteral("replaced"));
        doc.setSectionTitle(0, QStringLiteral("Renamed"));
        doc.insertItem(0, before.timeline[0]);
        doc.removeItem(ReportPart::Timeline, 0);
        doc.removeItems(ReportPart::Timeline, {0, 1});
        doc.moveItem(ReportPart::Timeline, 0, 1);
        doc.moveItems(ReportPart::Timeline, {0}, 2);
        TimelineEntry e = before.timeline[0];
        e.description = QStringLiteral("changed");
        doc.replaceItem(0, e);
        doc.replaceItems({0}, {e}, QStringLiteral("x"));
        QVERIFY(doc.addAttachment(Fixtures::png(Fixtures::dashboard(20, 10, 1)),
                                  QStringLiteral("a.png"))
                    .isEmpty());
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
        QVERIFY(doc.report() == before);

        doc.setReadOnly(false);
        doc.setSectionText(0, QStringLiteral("now it edits"));
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    void savingMarksClean()
    {
        QTemporaryDir dir;
        ReportDocument doc;
        doc.reset(TemplateLibrary::sample());
        doc.setSectionText(0, QStringLiteral("changed"));
        QVERIFY(doc.isModified());
        QSignalSpy path(&doc, &ReportDocument::filePathChanged);
        QString error;
        QVERIFY(doc.save(dir.filePath(QStringLiteral("s.pmd")), &error));
        QVERIFY(!doc.isModified());
        QCOMPARE(path.size(), 1);
        doc.undoStack()->undo();
        QVERIFY(doc.isModified());
    }
};

QTEST_MAIN(TestReportDocument)
#include "tst_reportdocument.moc"
