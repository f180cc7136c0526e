// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDate>
#include <QPageSize>
#include <QStringList>

#include <functional>
#include <optional>

namespace debrief {

class AttachmentStore;
struct Report;

// A report typeset as PDF: the preview's HTML and print stylesheet laid out by QTextDocument,
// cut into pages by PagePlan, painted through QPdfWriter with a running header and a
// "page X of Y" footer. Images print lossless at about 200 dpi, each embedded once.
class PdfExporter
{
public:
    enum class Product { FullReport, ExecutiveSummary };

    struct Options
    {
        QPageSize::PageSizeId pageSize = QPageSize::A4;
        Product product = Product::FullReport;
        QDate exportDate = QDate::currentDate();
        QString creator; // "Debrief 0.1"; the application's name and version when empty
    };

    struct Result
    {
        QByteArray pdf;
        int pages = 0;
        QStringList warnings;
    };

    // Called after layout with (0, 0) and after each page with (done, total); returning false
    // cancels the export (nullopt, and *error says so).
    using Progress = std::function<bool(int, int)>;

    static std::optional<Result> exportReport(const Report &report,
                                              const AttachmentStore &attachments,
                                              const Options &options, QString *error,
                                              const Progress &progress = {});

    // The embedding resolution: sharp on paper, a fraction of a 2x screenshot's pixels.
    static constexpr qreal kImageDpi = 200;
};

} // namespace debrief
