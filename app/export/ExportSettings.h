// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "export/MarkdownExporter.h"
#include "export/PdfExporter.h"

#include <QString>

#include <optional>

namespace debrief {

// What an export should produce: the format and each format's options, as one value that the
// CLI parses from its options, the export dialog fills and remembers, and ExportService reads.
// Every option has a stable name, used on the command line and in the settings file alike.
struct ExportSettings
{
    enum class Format { Pdf, Markdown, Html };

    Format format = Format::Pdf;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    PdfExporter::Product product = PdfExporter::Product::FullReport;
    MarkdownExporter::TimelineStyle timeline = MarkdownExporter::TimelineStyle::List;
    MarkdownExporter::ActionStyle actions = MarkdownExporter::ActionStyle::Table;

    bool operator==(const ExportSettings &) const = default;

    // The one rule for every front end: .pdf, .md/.markdown, .html/.htm (any case); anything
    // else is no format.
    static std::optional<Format> formatForPath(const QString &path);
    // The suffix a new file of the format gets (".pdf", ".md", ".html").
    static QString suffix(Format format);
    // What formatForPath accepts, for messages: ".pdf, .md, .markdown, .html, .htm".
    static QString acceptedSuffixes();

    // Stable names: "pdf"/"markdown"/"html", "A4"/"Letter", "full"/"summary", "list"/"table".
    // Format and page size are read in any case (as `--page-size` always was), the rest exactly.
    static QString formatName(Format format);
    static std::optional<Format> formatFromName(const QString &name);
    static QString pageSizeName(QPageSize::PageSizeId size);
    static std::optional<QPageSize::PageSizeId> pageSizeFromName(const QString &name);
    static QString productName(PdfExporter::Product product);
    static std::optional<PdfExporter::Product> productFromName(const QString &name);
    static QString timelineName(MarkdownExporter::TimelineStyle style);
    static std::optional<MarkdownExporter::TimelineStyle> timelineFromName(const QString &name);
    static QString actionsName(MarkdownExporter::ActionStyle style);
    static std::optional<MarkdownExporter::ActionStyle> actionsFromName(const QString &name);

    PdfExporter::Options pdfOptions() const;
};

} // namespace debrief
