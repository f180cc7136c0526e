// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/Report.h"
#include "model/ReportParts.h"
#include "render/CodeHighlighter.h"
#include "render/MarkdownRenderer.h"
#include "render/ReportHtml.h"
#include "render/SectionRenderer.h"
#include "render/SyntaxRepository.h"
#include "templates/TemplateLibrary.h"

#include <QRegularExpression>
#include <QTest>

using namespace debrief;
using namespace Qt::StringLiterals;
using Kind = ReportParts::Kind;

// The parts' order and anchors, defined once, and the HTML naming the same anchors.
class TestReportParts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void order_data()
    {
        QTest::addColumn<int>("sections");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("section");
        QTest::newRow("overview") << 3 << 0 << int(Kind::Overview) << -1;
        QTest::newRow("first section") << 3 << 1 << int(Kind::Section) << 0;
        QTest::newRow("last section") << 3 << 3 << int(Kind::Section) << 2;
        QTest::newRow("timeline") << 3 << 4 << int(Kind::Timeline) << -1;
        QTest::newRow("action items") << 3 << 5 << int(Kind::ActionItems) << -1;
        QTest::newRow("attachments") << 3 << 6 << int(Kind::Attachments) << -1;
        QTest::newRow("no sections: timeline") << 0 << 1 << int(Kind::Timeline) << -1;
        QTest::newRow("below the first row") << 3 << -5 << int(Kind::Overview) << -1;
        QTest::newRow("past the last row") << 3 << 99 << int(Kind::Attachments) << -1;
    }

    void order()
    {
        QFETCH(int, sections);
        QFETCH(int, row);
        QFETCH(int, kind);
        QFETCH(int, section);
        const ReportParts parts(sections);
        QCOMPARE(parts.count(), sections + 4);
        QCOMPARE(parts.renderedCount(), sections + 3);
        QCOMPARE(int(parts.at(row).kind), kind);
        QCOMPARE(parts.at(row).section, section);
        if (row >= 0 && row < parts.count()) {
            if (section >= 0)
                QCOMPARE(parts.rowOfSection(section), row);
            else
                QCOMPARE(parts.row(Kind(kind)), row);
        }
    }

    void anchorsAreSafeAndDistinct()
    {
        QCOMPARE(ReportParts::sectionAnchor(u"root-cause"_s), u"sec-root-cause-L0"_s);
        QCOMPARE(ReportParts::sectionAnchorPrefix(u"a b/c\"d"_s), u"sec-a_b_c_d-L"_s);
        QStringList names;
        for (const Kind k : {Kind::Overview, Kind::Timeline, Kind::ActionItems, Kind::Attachments})
            names << ReportParts::anchor(k);
        names.removeDuplicates();
        QCOMPARE(names.size(), 4);
        QVERIFY(ReportParts::anchor(Kind::Section).isEmpty());
    }

    // Every anchor ReportParts names is in the report's HTML, part by part.
    void htmlCarriesTheAnchors()
    {
        CodeHighlighter code(SyntaxRepository::instance());
        MarkdownRenderer markdown(code);
        ReportHtml html(markdown);
        const Report report = TemplateLibrary::sample();
        const QStringList parts = html.parts(report);
        const ReportParts order(int(report.sections.size()));
        QCOMPARE(parts.size(), order.renderedCount());
        for (int row = 0; row < order.renderedCount(); ++row) {
            const ReportParts::Part p = order.at(row);
            const QString anchor = p.kind == Kind::Section
                                       ? ReportParts::sectionAnchor(report.sections[p.section].id)
                                       : ReportParts::anchor(p.kind);
            QVERIFY2(parts[row].contains(u"<a name=\"%1\"></a>"_s.arg(anchor)), qPrintable(anchor));
        }
    }

    // The anchor a line of a section scrolls to is the last block at or before it, found
    // from the rendered blocks, not by reading the HTML back.
    void anchorForLine_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("anchorLine");
        QTest::newRow("heading") << 0 << 0;
        QTest::newRow("first paragraph") << 1 << 1;
        QTest::newRow("inside the first paragraph") << 2 << 1;
        QTest::newRow("blank line after it") << 3 << 1;
        QTest::newRow("code block") << 4 << 4;
        QTest::newRow("inside the code block") << 5 << 4;
        QTest::newRow("list") << 8 << 8;
        QTest::newRow("past the end") << 40 << 8;
    }

    void anchorForLine()
    {
        QFETCH(int, line);
        QFETCH(int, anchorLine);
        CodeHighlighter code(SyntaxRepository::instance());
        MarkdownRenderer markdown(code);
        ReportHtml html(markdown);
        SectionRenderer renderer(markdown, html);
        Section s;
        s.id = u"impact"_s;
        s.title = u"Impact"_s;
        s.text = u"One\ntwo\n\n```sh\nls\n```\n\n- a\n- b\n"_s;
        const QString all = renderer.blocks(s).join(QString());
        const QString expected =
            ReportParts::sectionAnchorPrefix(s.id) + QString::number(anchorLine);
        QCOMPARE(renderer.anchorForLine(s, line), expected);
        QVERIFY2(all.contains(u"<a name=\"%1\"></a>"_s.arg(expected)), qPrintable(all));
    }
};

QTEST_MAIN(TestReportParts)
#include "tst_reportparts.moc"
