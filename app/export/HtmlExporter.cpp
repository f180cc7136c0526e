// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/HtmlExporter.h"

#include "diagnostics/Logging.h"
#include "model/Report.h"
#include "render/CodeHighlighter.h"
#include "render/MarkdownRenderer.h"
#include "render/ReportHtml.h"
#include "render/ReportStyle.h"
#include "render/SyntaxRepository.h"

namespace debrief {

HtmlExporter::Result HtmlExporter::exportReport(const Report &report,
                                                const AttachmentStore &attachments,
                                                const QString &imagesFolder)
{
    Result result;
    result.images = ExportImages::collect(report, attachments, imagesFolder);
    CodeHighlighter code(SyntaxRepository::instance());
    const MarkdownRenderer markdown(code);
    QString html = ReportHtml(markdown).page(report, ReportStyle::forPrint());
    for (auto it = result.images.pathFor.cbegin(); it != result.images.pathFor.cend(); ++it)
        html.replace(QStringLiteral("src=\"attachment:%1\"").arg(it.key()),
                     QStringLiteral("src=\"%1\"").arg(it.value().toHtmlEscaped()));
    result.html = html;
    qCInfo(lcExport).nospace() << "HTML: " << html.size() << " characters, "
                               << result.images.files.size() << " images, "
                               << result.images.warnings.size() << " warnings";
    return result;
}

} // namespace debrief
