// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/ExportSettings.h"

#include <QFileInfo>

namespace debrief {

namespace {
// The value among `values` whose stable name is `name`.
template <typename T, typename NameOf>
std::optional<T> byName(const QString &name, std::initializer_list<T> values, NameOf nameOf,
                        Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    for (const T v : values) {
        if (name.compare(nameOf(v), cs) == 0)
            return v;
    }
    return std::nullopt;
}
} // namespace

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
    return byName(name, {Format::Pdf, Format::Markdown, Format::Html}, formatName,
                  Qt::CaseInsensitive);
}

QString ExportSettings::pageSizeName(QPageSize::PageSizeId size)
{
    return size == QPageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4");
}

std::optional<QPageSize::PageSizeId> ExportSettings::pageSizeFromName(const QString &name)
{
    // The command line has always taken the paper size in any case.
    return byName(name, {QPageSize::A4, QPageSize::Letter}, pageSizeName, Qt::CaseInsensitive);
}

QString ExportSettings::productName(PdfExporter::Product product)
{
    return product == PdfExporter::Product::ExecutiveSummary ? QStringLiteral("summary")
                                                             : QStringLiteral("full");
}

std::optional<PdfExporter::Product> ExportSettings::productFromName(const QString &name)
{
    using Product = PdfExporter::Product;
    return byName(name, {Product::FullReport, Product::ExecutiveSummary}, productName);
}

QString ExportSettings::timelineName(MarkdownExporter::TimelineStyle style)
{
    return style == MarkdownExporter::TimelineStyle::Table ? QStringLiteral("table")
                                                           : QStringLiteral("list");
}

std::optional<MarkdownExporter::TimelineStyle> ExportSettings::timelineFromName(const QString &name)
{
    using Style = MarkdownExporter::TimelineStyle;
    return byName(name, {Style::List, Style::Table}, timelineName);
}

QString ExportSettings::actionsName(MarkdownExporter::ActionStyle style)
{
    return style == MarkdownExporter::ActionStyle::List ? QStringLiteral("list")
                                                        : QStringLiteral("table");
}

std::optional<MarkdownExporter::ActionStyle> ExportSettings::actionsFromName(const QString &name)
{
    using Style = MarkdownExporter::ActionStyle;
    return byName(name, {Style::Table, Style::List}, actionsName);
}

PdfExporter::Options ExportSettings::pdfOptions() const
{
    PdfExporter::Options options;
    options.pageSize = pageSize;
    options.product = product;
    return options;
}

} // namespace debrief
