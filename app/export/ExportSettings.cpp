// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/ExportSettings.h"

#include <QFileInfo>

namespace debrief {

std::optional<ExportSettings::Format> ExportSettings::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    return std::nullopt;
}

QString ExportSettings::suffix(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral(".pdf");
    case Format::Markdown:
        return QStringLiteral(".md");
    case Format::Html:
        return QStringLiteral(".html");
    }
    return {};
}

QString ExportSettings::acceptedSuffixes()
{
    return QStringLiteral(".pdf, .md, .markdown, .html, .htm");
}

QString ExportSettings::formatName(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Markdown:
        return QStringLiteral("markdown");
    case Format::Html:
        return QStringLiteral("html");
    }
    return {};
}

std::optional<ExportSettings::Format> ExportSettings::formatFromName(const QString &name)
{
    for (const Format f : {Format::Pdf, Format::Markdown, Format::Html}) {
        if (name.compare(formatName(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QString ExportSettings::pageSizeName(QPageSize::PageSizeId size)
{
    return size == QPageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4");
}

std::optional<QPageSize::PageSizeId> ExportSettings::pageSizeFromName(const QString &name)
{
    for (const QPageSize::PageSizeId id : {QPageSize::A4, QPageSize::Letter}) {
        if (name.compare(pageSizeName(id), Qt::CaseInsensitive) == 0)
            return id;
    }
    return std::nullopt;
}

QString ExportSettings::productName(PdfExporter::Product product)
{
    return product == PdfExporter::Product::ExecutiveSummary ? QStringLiteral("summary")
                                                             : QStringLiteral("full");
}

std::optional<PdfExporter::Product> ExportSettings::productFromName(const QString &name)
{
    using Product = PdfExporter::Product;
    for (const Product p : {Product::FullReport, Product::ExecutiveSummary}) {
        if (name == productName(p))
            return p;
    }
    return std::nullopt;
}

QString ExportSettings::timelineName(MarkdownExporter::TimelineStyle style)
{
    return style == MarkdownExporter::TimelineStyle::Table ? QStringLiteral("table")
                                                           : QStringLiteral("list");
}

std::optional<MarkdownExporter::TimelineStyle> ExportSettings::timelineFromName(const QString &name)
{
    using Style = MarkdownExporter::TimelineStyle;
    for (const Style s : {Style::List, Style::Table}) {
        if (name == timelineName(s))
            return s;
    }
    return std::nullopt;
}

QString ExportSettings::actionsName(MarkdownExporter::ActionStyle style)
{
    return style == MarkdownExporter::ActionStyle::List ? QStringLiteral("list")
                                                        : QStringLiteral("table");
}

std::optional<MarkdownExporter::ActionStyle> ExportSettings::actionsFromName(const QString &name)
{
    using Style = MarkdownExporter::ActionStyle;
    for (const Style s : {Style::Table, Style::List}) {
        if (name == actionsName(s))
            return s;
    }
    return std::nullopt;
}

PdfExporter::Options ExportSettings::pdfOptions() const
{
    PdfExporter::Options options;
    options.pageSize = pageSize;
    options.product = product;
    return options;
}

} // namespace debrief
