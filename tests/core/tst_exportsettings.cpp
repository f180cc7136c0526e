// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "export/ExportService.h"
#include "export/ExportSettings.h"
#include "format/AttachmentStore.h"
#include "model/Report.h"
#include "templates/TemplateLibrary.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using namespace Qt::StringLiterals;
using Format = ExportSettings::Format;

// The one rule for which suffix means which format, and the names settings are stored by.
class TestExportSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatForPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format"); // -1: no format
        QTest::newRow("pdf") << u"/tmp/a.pdf"_s << int(Format::Pdf);
        QTest::newRow("PDF upper case") << u"/tmp/A.PDF"_s << int(Format::Pdf);
        QTest::newRow("md") << u"report.md"_s << int(Format::Markdown);
        QTest::newRow("markdown") << u"report.markdown"_s << int(Format::Markdown);
        QTest::newRow("html") << u"x/report.html"_s << int(Format::Html);
        QTest::newRow("htm") << u"report.HTM"_s << int(Format::Html);
        QTest::newRow("txt") << u"report.txt"_s << -1;
        QTest::newRow("no suffix") << u"report"_s << -1;
        QTest::newRow("pdf only in the folder") << u"a.pdf/report"_s << -1;
        QTest::newRow("double suffix") << u"report.pdf.txt"_s << -1;
    }

    void formatForPath()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        const auto found = ExportSettings::formatForPath(path);
        QCOMPARE(found ? int(*found) : -1, format);
    }

    void suffixesRoundTrip()
    {
        for (const Format f : {Format::Pdf, Format::Markdown, Format::Html})
            QCOMPARE(ExportSettings::formatForPath(u"x"_s + ExportSettings::suffix(f)), f);
    }

    void namesRoundTrip()
    {
        for (const Format f : {Format::Pdf, Format::Markdown, Format::Html})
            QCOMPARE(ExportSettings::formatFromName(ExportSettings::formatName(f)), f);
        for (const auto s : {QPageSize::A4, QPageSize::Letter})
            QCOMPARE(ExportSettings::pageSizeFromName(ExportSettings::pageSizeName(s)), s);
        using Timeline = MarkdownExporter::TimelineStyle;
        for (const auto s : {Timeline::List, Timeline::Table})
            QCOMPARE(ExportSettings::timelineFromName(ExportSettings::timelineName(s)), s);
        using Actions = MarkdownExporter::ActionStyle;
        for (const auto s : {Actions::Table, Actions::List})
            QCOMPARE(ExportSettings::actionsFromName(ExportSettings::actionsName(s)), s);
        // The command line has always taken the paper size in any case.
        QCOMPARE(ExportSettings::pageSizeFromName(u"letter"_s), QPageSize::Letter);
        QVERIFY(!ExportSettings::pageSizeFromName(u"A5"_s));
        QVERIFY(!ExportSettings::formatFromName(u"2"_s)); // an old index-based setting
        QVERIFY(!ExportSettings::timelineFromName(u"grid"_s));
        QVERIFY(!ExportSettings::actionsFromName(QString()));
    }

    void serviceWritesEachFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("pdf") << u"r.pdf"_s << QByteArray("%PDF-");
        QTest::newRow("markdown") << u"r.markdown"_s << QByteArray("# ");
        QTest::newRow("html") << u"r.htm"_s << QByteArray("<!DOCTYPE html>");
    }

    void serviceWritesEachFormat()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, start);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        ExportSettings settings;
        settings.format = *ExportSettings::formatForPath(path);
        const ExportResult result =
            ExportService::run(TemplateLibrary::sample(), AttachmentStore(), path, settings);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.path, path);
        QCOMPARE(result.images, 0);
        QVERIFY(result.imagesFolder.isEmpty());
        QCOMPARE(result.pages > 0, settings.format == Format::Pdf);
        QVERIFY2(Fixtures::readFile(path).startsWith(start), qPrintable(name));
    }

    void serviceCancelWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"never.pdf"_s);
        int calls = 0;
        const ExportResult result = ExportService::run(
            TemplateLibrary::sample(), AttachmentStore(), path, ExportSettings(), [&](int, int) {
                return ++calls < 2; // stop at the first page
            });
        QVERIFY(result.cancelled);
        QVERIFY(result.error.isEmpty());
        QVERIFY(!result.ok());
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 0);
    }

    void serviceReportsWhyNothingWasWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"missing-folder/r.md"_s);
        ExportSettings settings;
        settings.format = Format::Markdown;
        const ExportResult result =
            ExportService::run(TemplateLibrary::sample(), AttachmentStore(), path, settings);
        QVERIFY(!result.ok());
        QVERIFY(!result.cancelled);
        QVERIFY2(result.error.contains(u"does not exist"_s), qPrintable(result.error));
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_MAIN(TestExportSettings)
#include "tst_exportsettings.moc"
