// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

// report.json as a hostile file carries it, followed through everything its text reaches:
// the preview's HTML of every part, the Markdown export, and importing that export back.

#include "FuzzTarget.h"

#include "export/MarkdownExporter.h"
#include "format/AttachmentStore.h"
#include "format/ReportJson.h"
#include "import/MarkdownImporter.h"
#include "render/CodeHighlighter.h"
#include "render/MarkdownRenderer.h"
#include "render/ReportHtml.h"
#include "render/SyntaxRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace debrief;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QJsonDocument json = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!json.isObject())
        return 0;
    QStringList warnings;
    QString error;
    const auto report = ReportJson::fromJson(json.object(), &warnings, &error);
    if (!report)
        return 0;

    static CodeHighlighter code(SyntaxRepository::instance());
    static MarkdownRenderer markdown(code);
    const ReportHtml html(markdown);
    html.titleBlock(*report);
    for (const Section &section : report->sections)
        html.sectionBlocks(section);
    html.timelineBlocks(*report);
    html.actionItems(*report);

    const AttachmentStore noAttachments;
    const auto exported =
        MarkdownExporter::exportReport(*report, noAttachments, QStringLiteral("images"));
    MarkdownImporter::importMarkdown(exported.markdown, QString());
    ReportJson::serialize(*report);
    return 0;
}
