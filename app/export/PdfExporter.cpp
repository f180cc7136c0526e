// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/PdfExporter.h"

#include "diagnostics/Logging.h"
#include "export/ExecutiveSummary.h"
#include "export/ExportText.h"
#include "export/PagePlan.h"
#include "export/PdfInfo.h"
#include "export/PrintImages.h"
#include "model/Report.h"
#include "model/Vocabulary.h"
#include "render/CodeHighlighter.h"
#include "render/MarkdownRenderer.h"
#include "render/ReportHtml.h"
#include "render/ReportStyle.h"
#include "render/SyntaxRepository.h"

#include <KSyntaxHighlighting/Repository>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QThread>
#include <QTimeZone>

#include <memory>

namespace debrief {

namespace {

// Layout units: CSS pixels, as in the preview, so the stylesheet means the same in both.
constexpr int kUnitsPerInch = 96;
constexpr qreal kMarginSideMm = 20;
constexpr qreal kMarginTopMm = 22;
constexpr qreal kMarginBottomMm = 20;

QFont bodyFont(qreal points)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(points);
    return font;
}

QString htmlFor(const ReportHtml &html, const Report &report, PdfExporter::Product product,
                int brevity)
{
    if (product == PdfExporter::Product::FullReport)
        return html.page(report, ReportStyle::forPrint());
    const Report summary = ExecutiveSummary::select(report, brevity);
    QString body =
        QStringLiteral("<p class=\"meta\">%1</p>").arg(ExportText::tr("Executive summary")) +
        html.titleBlock(report); // the figures of the whole timeline
    for (const Section &s : summary.sections)
        body += html.section(s);
    if (!summary.timeline.isEmpty())
        body += html.timeline(summary, ExportText::tr("Key moments"), ReportHtml::Notes::None);
    body += html.actionItems(summary, ExportText::tr("Open action items"));
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\" /><style>%1</style>"
                          "</head><body>%2</body></html>")
        .arg(ReportStyle::forPrint(), body);
}

// The attachment ids in the order the pages will draw them.
QStringList imagesInOrder(const QTextDocument &doc)
{
    QStringList ids;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QString id = PrintImages::idFromName(format.toImageFormat().name());
            // One fragment may hold several identical images in a row.
            for (int i = 0; i < it.fragment().length(); ++i)
                if (!id.isEmpty())
                    ids << id;
        }
    return ids;
}

struct Typeset
{
    std::unique_ptr<QTextDocument> doc;
    std::unique_ptr<PrintImages> images;
    PagePlan plan;
};

Typeset typeset(const QString &html, const AttachmentStore &attachments, QPdfWriter &writer,
                const QSizeF &body)
{
    Typeset t;
    t.doc = std::make_unique<QTextDocument>();
    t.images = std::make_unique<PrintImages>(attachments, body.width(), body.height() * 0.8,
                                             kUnitsPerInch, PdfExporter::kImageDpi);
    QTextDocument &doc = *t.doc;
    doc.setDocumentMargin(0);
    doc.setUseDesignMetrics(true);
    doc.setDefaultFont(bodyFont(10.5));
    doc.documentLayout()->setPaintDevice(&writer);
    doc.documentLayout()->registerHandler(QTextFormat::ImageObject, t.images.get());
    doc.setTextWidth(body.width());
    doc.setHtml(html);
    t.plan = PagePlan::make(doc, body.height());
    return t;
}

void paintMargins(QPainter &p, const QRectF &page, const QRectF &body, const Report &report,
                  const PdfExporter::Options &options, int pageNo, int pages)
{
    p.save();
    const QColor muted(0x5b, 0x64, 0x70);
    p.setPen(muted);
    p.setFont(bodyFont(8));
    const qreal lineHeight = QFontMetricsF(p.font(), p.device()).height();
    const QRectF header(body.left(), body.top() - 2.2 * lineHeight, body.width(), lineHeight);
    const QString title = report.metadata.title.isEmpty() ? ExportText::tr("Untitled postmortem")
                                                          : report.metadata.title;
    QString right = report.metadata.incidentId;
    if (options.product == PdfExporter::Product::ExecutiveSummary)
        right = right.isEmpty() ? ExportText::tr("Executive summary")
                                : ExportText::tr("%1 · Executive summary").arg(right);
    const qreal rightWidth = QFontMetricsF(p.font(), p.device()).horizontalAdvance(right);
    const QString elided = QFontMetricsF(p.font(), p.device())
                               .elidedText(title, Qt::ElideRight, body.width() - rightWidth - 24);
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, elided);
    p.drawText(header, Qt::AlignRight | Qt::AlignVCenter, right);
    p.setPen(QPen(QColor(0xd0, 0xd5, 0xdb), 0.75));
    p.drawLine(QPointF(body.left(), header.bottom() + 3),
               QPointF(body.right(), header.bottom() + 3));

    p.setPen(muted);
    const QRectF footer(body.left(),
                        page.bottom() - (page.bottom() - body.bottom()) / 2 - lineHeight / 2,
                        body.width(), lineHeight);
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
               ExportText::tr("Exported %1").arg(options.exportDate.toString(Qt::ISODate)));
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
               ExportText::tr("Page %1 of %2").arg(pageNo).arg(pages));
    p.restore();
}

// Draws the document's slice [from, from + height) at `at` on the page.
void paintSlice(QPainter &painter, QTextDocument &doc,
                QAbstractTextDocumentLayout::PaintContext &context, qreal from, qreal height,
                qreal at, qreal width)
{
    painter.save();
    painter.translate(0, at - from);
    // Lines touching the cut from below belong to the next slice.
    context.clip = QRectF(0, from, width, height - 0.01);
    painter.setClipRect(context.clip);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

// The document information a PDF reader shows: who, what, which incident.
PdfInfo infoFor(const Report &report, const PdfExporter::Options &options, const QString &creator)
{
    const ReportMetadata &m = report.metadata;
    PdfInfo info;
    info.title = m.title;
    info.author = m.authors.join(QStringLiteral(", "));
    QStringList subject{ExportText::tr("Incident postmortem")};
    if (options.product == PdfExporter::Product::ExecutiveSummary)
        subject[0] = ExportText::tr("Incident postmortem, executive summary");
    if (!m.incidentId.isEmpty())
        subject << m.incidentId;
    if (!m.severity.isEmpty())
        subject << m.severity;
    subject << Vocabulary::statusLabel(m.status);
    info.subject = subject.join(QStringLiteral(" · "));
    info.keywords = (m.tags + m.services).join(QStringLiteral(", "));
    info.creator = creator;
    info.created = options.exportDate == QDate::currentDate()
                       ? QDateTime::currentDateTimeUtc()
                       : options.exportDate.startOfDay(QTimeZone::UTC);
    return info;
}

} // namespace

std::optional<PdfExporter::Result> PdfExporter::exportReport(const Report &report,
                                                             const AttachmentStore &attachments,
                                                             const Options &options, QString *error,
                                                             const Progress &progress)
{
    QElapsedTimer clock;
    clock.start();
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    QPdfWriter writer(&out);
    writer.setResolution(kUnitsPerInch);
    writer.setPageLayout(
        QPageLayout(QPageSize(options.pageSize), QPageLayout::Portrait,
                    QMarginsF(kMarginSideMm, kMarginTopMm, kMarginSideMm, kMarginBottomMm),
                    QPageLayout::Millimeter));
    const QString creator = options.creator.isEmpty()
                                ? QCoreApplication::applicationName() + QLatin1Char(' ') +
                                      QCoreApplication::applicationVersion()
                                : options.creator;
    writer.setTitle(report.metadata.title);
    writer.setCreator(creator);

    const QRectF page = writer.pageLayout().fullRectPixels(kUnitsPerInch);
    const QRectF body = writer.pageLayout().paintRectPixels(kUnitsPerInch);

    auto cancelled = [&](int done, int total) {
        if (!progress || progress(done, total))
            return false;
        if (error)
            *error = ExportText::tr("the export was cancelled");
        return true;
    };
    // A Repository must not be shared across threads: a worker (the window's export) loads
    // its own, once per export; the CLI's main thread uses the shared one.
    std::unique_ptr<KSyntaxHighlighting::Repository> own;
    if (QThread::currentThread() != QCoreApplication::instance()->thread())
        own = std::make_unique<KSyntaxHighlighting::Repository>();
    CodeHighlighter code(own ? *own : SyntaxRepository::instance());
    const MarkdownRenderer markdown(code);
    const ReportHtml html(markdown);
    // The summary is shortened step by step until it fits on two pages.
    Typeset t;
    for (int brevity = 0;; ++brevity) {
        t = typeset(htmlFor(html, report, options.product, brevity), attachments, writer,
                    body.size());
        if (cancelled(0, 0))
            return std::nullopt;
        if (options.product == Product::FullReport || t.plan.pageCount() <= 2 ||
            brevity == ExecutiveSummary::kMaxBrevity)
            break;
        qCDebug(lcExport) << "summary takes" << t.plan.pageCount() << "pages at brevity" << brevity
                          << "- shortening";
    }
    t.images->prefetch(imagesInOrder(*t.doc));

    Result result;
    result.pages = t.plan.pageCount();
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = ExportText::tr("the PDF could not be started");
        return std::nullopt;
    }
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int i = 0; i < result.pages; ++i) {
        if (i > 0)
            writer.newPage();
        // Positions are relative to the paint rect; the margins belong to the page.
        const QRectF local(0, 0, body.width(), body.height());
        paintMargins(painter, page.translated(-body.topLeft()), local, report, options, i + 1,
                     result.pages);
        // A table continued from the last page first repeats its header rows.
        const qreal repeat = t.plan.headerHeight(i);
        if (repeat > 0)
            paintSlice(painter, *t.doc, context, t.plan.headerTop(i), repeat, 0, body.width());
        paintSlice(painter, *t.doc, context, t.plan.top(i), t.plan.bottom(i) - t.plan.top(i),
                   repeat, body.width());
        if (cancelled(i + 1, result.pages)) {
            painter.end();
            qCInfo(lcExport) << "PDF export cancelled after" << i + 1 << "of" << result.pages
                             << "pages";
            return std::nullopt;
        }
    }
    painter.end();
    result.warnings = t.images->problems();

    const PdfInfo info = infoFor(report, options, creator);
    if (!info.appendTo(&bytes)) {
        if (error)
            *error = ExportText::tr("the PDF writer's output could not be finished");
        return std::nullopt;
    }
    result.pdf = bytes;
    qCInfo(lcExport).nospace() << "PDF "
                               << (options.product == Product::FullReport ? "report"
                                                                          : "executive summary")
                               << ": " << result.pages << " pages, " << result.pdf.size()
                               << " bytes, " << result.warnings.size() << " warnings, "
                               << clock.elapsed() << " ms";
    return result;
}

} // namespace debrief
