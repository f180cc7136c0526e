// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TimelineAnalysis.h"
#include "model/TimelineEntry.h"

#include <QHash>
#include <QList>
#include <QString>

namespace debrief {

class MarkdownRenderer;
struct Report;
struct Section;
struct TimelineEntry;

// A report as HTML, part by part: the title block, each section, the timeline and the action
// items. Structured parts are built here, never through Markdown; only free text goes
// through the MarkdownRenderer. The preview patches parts; exports join them.
class ReportHtml
{
public:
    explicit ReportHtml(const MarkdownRenderer &markdown);

    QString titleBlock(const Report &report) const;
    QString section(const Section &section) const;
    // The section as its heading followed by one string per Markdown block.
    QStringList sectionBlocks(const Section &section) const;
    QString sectionHeading(const Section &section) const;
    // Review notes beside the times: out-of-order entries and the silences before gaps.
    enum class Notes { Review, None };
    // `heading` replaces the part's usual heading (the executive summary's "Key moments",
    // which has no review notes: the entries between key moments are left out).
    QString timeline(const Report &report, const QString &heading = {},
                     Notes notes = Notes::Review) const;
    // The timeline as the preview patches it: tables of a few entries each with the same
    // column widths (the first with the heading and column header), so moving an entry
    // replaces only the one or two blocks that changed.
    QStringList timelineBlocks(const Report &report) const;
    QString actionItems(const Report &report, const QString &heading = {}) const;

    // Every part in report order: title, sections, timeline, action items.
    QStringList parts(const Report &report) const;
    // A whole HTML page with the given stylesheet.
    QString page(const Report &report, const QString &styleSheet) const;

private:
    QString timelineHeader(const TimelineAnalysis &analysis, const QString &heading) const;
    QString timelineRow(const TimelineEntry &entry, const TimelineAnalysis &analysis, int row,
                        Notes notes) const;
    // An entry's description as inline HTML; cached, since a timeline re-renders every entry
    // when one moves.
    QString titleHtml(const QString &markdown) const;
    QString entryHtml(const QString &markdown) const;
    QString timelineBlock(const Report &report, const TimelineAnalysis &analysis, int first,
                          const QString &header) const;

    // What each preview block of the timeline was made from, so a block whose entries and
    // analysis are unchanged is reused: a move re-renders one or two blocks, not 1,200 rows.
    struct TimelineBlockMemo
    {
        QString header;
        QList<TimelineEntry> entries;
        QList<TimelineAnalysis::Row> rows;
        QString html;
    };

    const MarkdownRenderer &m_markdown;
    mutable QHash<QString, QString> m_entryHtml;
    mutable TimelineAnalysis::LocalTimes m_localTimes;
    mutable QList<TimelineBlockMemo> m_blockMemo;
};

} // namespace debrief
