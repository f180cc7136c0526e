// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/ExportService.h"

#include "export/ExportText.h"
#include "export/ExportWriter.h"
#include "export/HtmlExporter.h"

namespace debrief {

namespace {

// ok() takes an empty error for success, so a failure must always say something.
void setError(ExportResult *result, const QString &error)
{
    result->error = error.isEmpty() ? ExportText::tr("the export failed") : error;
}

// One exporter's output before it is written.
struct Produced
{
    QByteArray document;
    QHash<QString, QByteArray> images;
};

bool producePdf(const Report &report, const AttachmentStore &attachments,
                const ExportSettings &settings, const ExportService::Progress &progress,
                Produced *out, ExportResult *result)
{
    QString error;
    bool cancelled = false;
    const ExportService::Progress watched = [&](int done, int total) {
        cancelled = cancelled || !progress(done, total);
        return !cancelled;
    };
    auto pdf = PdfExporter::exportReport(report, attachments, settings.pdfOptions(), &error,
                                         progress ? watched : ExportService::Progress());
    if (!pdf) {
        // A cancel is the user's choice, not a failure to explain.
        result->cancelled = cancelled;
        if (!cancelled)
            setError(result, error);
        return false;
    }
    out->document = std::move(pdf->pdf);
    result->pages = pdf->pages;
    result->warnings = std::move(pdf->warnings);
    return true;
}

void produceText(const Report &report, const AttachmentStore &attachments,
                 const ExportSettings &settings, const QString &folder, Produced *out,
                 ExportResult *result)
{
    if (settings.format == ExportSettings::Format::Html) {
        auto html = HtmlExporter::exportReport(report, attachments, folder);
        out->document = html.html.toUtf8();
        out->images = std::move(html.images.files);
        result->warnings = std::move(html.images.warnings);
        return;
    }
    auto md = MarkdownExporter::exportReport(report, attachments, folder, settings.timeline,
                                             settings.actions);
    out->document = md.markdown.toUtf8();
    out->images = std::move(md.images);
    result->warnings = std::move(md.warnings);
}

} // namespace

ExportResult ExportService::run(const Report &report, const AttachmentStore &attachments,
                                const QString &path, const ExportSettings &settings,
                                const Progress &progress)
{
    ExportResult result;
    result.path = path;
    const bool pdf = settings.format == ExportSettings::Format::Pdf;
    const QString folder = pdf ? QString() : ExportWriter::imagesFolderFor(path);
    Produced produced;
    if (pdf) {
        if (!producePdf(report, attachments, settings, progress, &produced, &result))
            return result;
    } else {
        produceText(report, attachments, settings, folder, &produced, &result);
    }
    QString error;
    if (!ExportWriter::write(path, produced.document, folder, produced.images, &error)) {
        setError(&result, error);
        return result;
    }
    result.images = produced.images.size();
    if (result.images > 0)
        result.imagesFolder = folder;
    return result;
}

} // namespace debrief
