// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "export/ExportService.h"
#include "export/ExportSettings.h"
#include "format/AttachmentStore.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using namespace Qt::StringLiterals;

// ExportSettings' shared rules and ExportService::run for each format, in-process.
class TestExportService : public QObject
{
    Q_OBJECT
private:
    using Format = ExportSettings::Format;
    QTemporaryDir m_dir;
    Report m_report;
    AttachmentStore m_store;

    // Everything in the export folder, hidden staging folders included.
    QStringList leftovers() const
    {
        return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_report = Fixtures::fullReport(&m_store);
        m_report.sections[0].text +=
            u"\n![Latency](attachment:%1)\n"_s.arg(m_report.attachments[0].id);
    }

    void formatForPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format"); // -1: none
        QTest::newRow("pdf") << u"out.pdf"_s << int(Format::Pdf);
        QTest::newRow("PDF") << u"dir/OUT.PDF"_s << int(Format::Pdf);
        QTest::newRow("md") << u"out.md"_s << int(Format::Markdown);
        QTest::newRow("Md") << u"out.Md"_s << int(Format::Markdown);
        QTest::newRow("markdown") << u"out.markdown"_s << int(Format::Markdown);
        QTest::newRow("two dots") << u"v1.2.markdown"_s << int(Format::Markdown);
        QTest::newRow("html") << u"out.html"_s << int(Format::Html);
        QTest::newRow("htm") << u"out.HTM"_s << int(Format::Html);
        QTest::newRow("txt") << u"out.txt"_s << -1;
        QTest::newRow("pdf in the middle") << u"out.pdf.txt"_s << -1;
        QTest::newRow("no suffix") << u"md"_s << -1;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("folder") << u"out.md/"_s << -1;
    }

    void formatForPath()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        const auto found = ExportSettings::formatForPath(path);
        QCOMPARE(found ? int(*found) : -1, format);
    }

    void acceptedSuffixesAreAccepted()
    {
        const QStringList suffixes = ExportSettings::acceptedSuffixes().split(u", "_s);
        QCOMPARE(suffixes.size(), 5);
        for (const QString &suffix : suffixes)
            QVERIFY2(ExportSettings::formatForPath(u"out"_s + suffix), qPrintable(suffix));
        for (const Format f : {Format::Pdf, Format::Markdown, Format::Html}) {
            QVERIFY(suffixes.contains(ExportSettings::suffix(f)));
            QVERIFY(ExportSettings::formatForPath(u"out"_s + ExportSettings::suffix(f)) == f);
        }
    }

    void namesRoundTrip()
    {
        for (const Format f : {Format::Pdf, Format::Markdown, Format::Html})
            QVERIFY(ExportSettings::formatFromName(ExportSettings::formatName(f)) == f);
        for (const auto size : {QPageSize::A4, QPageSize::Letter})
            QVERIFY(ExportSettings::pageSizeFromName(ExportSettings::pageSizeName(size)) == size);
        using Product = PdfExporter::Product;
        for (const Product p : {Product::FullReport, Product::ExecutiveSummary})
            QVERIFY(ExportSettings::productFromName(ExportSettings::productName(p)) == p);
        using Timeline = MarkdownExporter::TimelineStyle;
        for (const Timeline t : {Timeline::List, Timeline::Table})
            QVERIFY(ExportSettings::timelineFromName(ExportSettings::timelineName(t)) == t);
        using Actions = MarkdownExporter::ActionStyle;
        for (const Actions a : {Actions::Table, Actions::List})
            QVERIFY(ExportSettings::actionsFromName(ExportSettings::actionsName(a)) == a);
        // The names the CLI has always taken: page sizes in any case, styles exactly.
        QVERIFY(ExportSettings::pageSizeFromName(u"letter"_s) == QPageSize::Letter);
        QVERIFY(ExportSettings::pageSizeFromName(u"A3"_s) == std::nullopt);
        QVERIFY(ExportSettings::timelineFromName(u"Table"_s) == std::nullopt);
        QVERIFY(ExportSettings::actionsFromName(u"grid"_s) == std::nullopt);
        QVERIFY(ExportSettings::productFromName(u"short"_s) == std::nullopt);
    }

    void markdownAndHtml_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::newRow("markdown") << u"report.markdown"_s << int(Format::Markdown);
        QTest::newRow("html") << u"report.html"_s << int(Format::Html);
    }

    void markdownAndHtml()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        ExportSettings settings;
        settings.format = Format(format);
        const QString path = m_dir.filePath(name);
        const ExportResult result = ExportService::run(m_report, m_store, path, settings);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.path, path);
        QCOMPARE(result.pages, 0);
        QCOMPARE(result.images, qsizetype(m_report.attachments.size()));
        QCOMPARE(result.imagesFolder, u"report_images"_s);
        QVERIFY(QFileInfo(path).size() > 0);
        QCOMPARE(QDir(m_dir.filePath(result.imagesFolder)).entryList(QDir::Files).size(),
                 result.images);
        QVERIFY(QFile::remove(path));
        QVERIFY(QDir(m_dir.filePath(result.imagesFolder)).removeRecursively());
    }

    void pdf()
    {
        ExportSettings settings;
        settings.product = PdfExporter::Product::ExecutiveSummary;
        settings.pageSize = QPageSize::Letter;
        const QString path = m_dir.filePath(u"summary.pdf"_s);
        int calls = 0;
        const ExportResult result =
            ExportService::run(m_report, m_store, path, settings, [&](int, int) {
                ++calls;
                return true;
            });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.pages >= 1 && result.pages <= 2);
        QVERIFY(calls > result.pages);
        QCOMPARE(result.images, qsizetype(0));
        QVERIFY(result.imagesFolder.isEmpty());
        QVERIFY(Fixtures::readFile(path).startsWith("%PDF-"));
        QVERIFY(QFile::remove(path));
    }

    // A cancel is not an error, and leaves nothing.
    void cancelledPdf()
    {
        const QString path = m_dir.filePath(u"cancelled.pdf"_s);
        const ExportResult result = ExportService::run(m_report, m_store, path, ExportSettings(),
                                                       [](int, int) { return false; });
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, QString());
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(leftovers(), QStringList());
    }

    // A failure says why, and leaves nothing.
    void unwritable_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("pdf") << int(Format::Pdf);
        QTest::newRow("markdown") << int(Format::Markdown);
        QTest::newRow("html") << int(Format::Html);
    }

    void unwritable()
    {
        QFETCH(int, format);
        ExportSettings settings;
        settings.format = Format(format);
        const QString path =
            m_dir.filePath(u"no/such/folder/out"_s) + ExportSettings::suffix(settings.format);
        const ExportResult result = ExportService::run(m_report, m_store, path, settings);
        QVERIFY(!result.ok());
        QVERIFY(!result.cancelled);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(result.images, qsizetype(0));
        QCOMPARE(leftovers(), QStringList());
    }
};

QTEST_MAIN(TestExportService)
#include "tst_exportservice.moc"
