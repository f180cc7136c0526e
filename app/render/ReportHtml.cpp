// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "render/ReportHtml.h"

#include "model/IncidentMetrics.h"
#include "model/Report.h"
#include "model/ReportParts.h"
#include "model/TimelineAnalysis.h"
#include "model/Vocabulary.h"
#include "render/MarkdownRenderer.h"
#include "render/RenderText.h"

#include <QTimeZone>

#include <algorithm>

namespace debrief {

namespace {

// Preview tables of a few rows each: a move re-lays out one or two of them, not the whole
// timeline, and a table is cheap for QTextDocument where a frame per row is not.
constexpr int kRowsPerBlock = 8;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QTimeZone zoneOf(const Report &r)
{
    const QTimeZone zone(r.metadata.timeZone);
    return zone.isValid() ? zone : QTimeZone::UTC;
}

// The instant in the report's zone, or the time alone when nobody gave its date.
QString when(const QDateTime &dt, const QTime &clock, const QTimeZone &zone, const QString &format)
{
    if (dt.isValid())
        return dt.toTimeZone(zone).toString(format);
    return clock.isValid() ? clock.toString(QStringLiteral("HH:mm")) : QStringLiteral("—");
}

QString capitalised(const QString &s)
{
    return s.isEmpty() ? s : s.at(0).toUpper() + s.mid(1);
}

} // namespace

ReportHtml::ReportHtml(const MarkdownRenderer &markdown)
    : m_markdown(markdown)
{}

QString ReportHtml::titleBlock(const Report &r) const
{
    const ReportMetadata &m = r.metadata;
    const QTimeZone zone = zoneOf(r);
    QString html =
        QStringLiteral("<a name=\"%1\"></a><h1>%2</h1>")
            .arg(ReportParts::anchor(ReportParts::Kind::Overview),
                 esc(m.title.isEmpty() ? RenderText::tr("Untitled postmortem") : m.title));
    QStringList meta;
    if (!m.severity.isEmpty())
        meta << QStringLiteral("<span class=\"sev\">%1</span>").arg(esc(m.severity));
    meta << esc(Vocabulary::statusLabel(m.status));
    if (!m.incidentId.isEmpty())
        meta << esc(m.incidentId);
    if (!m.services.isEmpty())
        meta << esc(m.services.join(QStringLiteral(", ")));
    meta << RenderText::tr("times in %1").arg(esc(QString::fromLatin1(zone.id())));
    html += QStringLiteral("<p class=\"meta\">%1</p>").arg(meta.join(QStringLiteral(" · ")));

    const IncidentMetrics metrics(r);
    auto figure = [](const IncidentMetrics::Figure &f) {
        const QString note = f.note();
        const QString cls = f.error.isEmpty() ? QStringLiteral("muted") : QStringLiteral("error");
        return (f.error.isEmpty() ? esc(f.text()) : QStringLiteral("⚠")) +
               (note.isEmpty()
                    ? QString()
                    : QStringLiteral(" <span class=\"%1\">(%2)</span>").arg(cls, esc(note)));
    };
    const QString dateFormat = QStringLiteral("yyyy-MM-dd HH:mm");
    // Instants on the left, the durations between them on the right.
    const struct
    {
        QString instantLabel;
        QString instant;
        QString figureLabel;
        QString figure;
    } rows[] = {
        {RenderText::tr("Started"), when(m.started, m.startedClock, zone, dateFormat),
         RenderText::tr("Time to detect"), figure(metrics.timeToDetect())},
        {RenderText::tr("Detected"), when(m.detected, m.detectedClock, zone, dateFormat),
         RenderText::tr("Time to mitigate"), figure(metrics.timeToMitigate())},
        {RenderText::tr("Mitigated"), when(m.mitigated, m.mitigatedClock, zone, dateFormat),
         RenderText::tr("Time to resolve"), figure(metrics.timeToResolve())},
        {RenderText::tr("Resolved"), when(m.resolved, m.resolvedClock, zone, dateFormat),
         RenderText::tr("Duration"), figure(metrics.duration())},
        {RenderText::tr("Authors"), esc(m.authors.join(QStringLiteral(", "))), QString(),
         QString()},
    };
    html += QStringLiteral("<table class=\"metrics\">");
    for (const auto &row : rows)
        html += QStringLiteral("<tr><td class=\"key\">%1</td><td>%2</td><td class=\"key\">%3</td>"
                               "<td>%4</td></tr>")
                    .arg(row.instantLabel, row.instant, row.figureLabel, row.figure);
    html += QStringLiteral("</table>");
    for (const QString &problem : metrics.problems())
        html += QStringLiteral("<p class=\"blocked-image\">%1</p>").arg(esc(problem));
    return html;
}

QString ReportHtml::section(const Section &s) const
{
    return sectionBlocks(s).join(QString());
}

QString ReportHtml::sectionHeading(const Section &s) const
{
    return QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>")
        .arg(ReportParts::sectionAnchor(s.id), titleHtml(s.title));
}

QStringList ReportHtml::sectionBlocks(const Section &s) const
{
    const QString prefix = ReportParts::sectionAnchorPrefix(s.id);
    const QString heading = sectionHeading(s);
    if (!s.isWritten())
        return {
            heading,
            QStringLiteral("<p class=\"muted\">%1</p>").arg(RenderText::tr("(not written yet)"))};
    return QStringList{heading} + m_markdown.toHtmlBlocks(s.text, prefix);
}

namespace {
const QString kTimeCell = QStringLiteral("<td width=\"20%\">%1</td>");
const QString kWhatCell = QStringLiteral("<td width=\"80%\">%1</td>");
} // namespace

QString ReportHtml::timelineHeader(const TimelineAnalysis &analysis, const QString &heading) const
{
    // Two columns: the kind leads the description and the author follows it, so a narrow
    // preview wraps between words instead of breaking "Detection" or a name in a column of
    // its own.
    return QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>")
               .arg(ReportParts::anchor(ReportParts::Kind::Timeline),
                    heading.isEmpty() ? RenderText::tr("Timeline") : esc(heading)) +
           QStringLiteral("<thead><tr><th width=\"20%\">%1</th><th width=\"80%\">%2</th></tr>"
                          "</thead>")
               .arg(RenderText::tr("Time (%1)").arg(esc(QString::fromLatin1(analysis.zone().id()))),
                    RenderText::tr("What happened"));
}

QString ReportHtml::timeline(const Report &r, const QString &heading, Notes notes) const
{
    const TimelineAnalysis analysis(r);
    const QString header = timelineHeader(analysis, heading);
    const qsizetype split = header.indexOf(QLatin1String("<thead>"));
    if (r.timeline.isEmpty())
        return header.left(split) +
               QStringLiteral("<p class=\"muted\">%1</p>").arg(RenderText::tr("No entries yet."));
    QString html = header.left(split) +
                   QStringLiteral("<table class=\"timeline\" width=\"100%\">") + header.mid(split);
    for (int i = 0; i < r.timeline.size(); ++i)
        html += timelineRow(r.timeline[i], analysis, i, notes);
    return html + QStringLiteral("</table>");
}

QStringList ReportHtml::timelineBlocks(const Report &r) const
{
    if (r.timeline.isEmpty())
        return {timeline(r)};
    const TimelineAnalysis analysis(r, &m_localTimes);
    const QString header = timelineHeader(analysis, {});
    const int count = int(r.timeline.size());
    const int blockCount = (count + kRowsPerBlock - 1) / kRowsPerBlock;
    m_blockMemo.resize(blockCount);
    QStringList blocks;
    blocks.reserve(blockCount);
    for (int b = 0; b < blockCount; ++b) {
        const int first = b * kRowsPerBlock;
        const int n = std::min(count - first, kRowsPerBlock);
        TimelineBlockMemo &memo = m_blockMemo[b];
        const auto rows = analysis.rows().mid(first, n);
        const auto entries = r.timeline.mid(first, n);
        const bool same =
            memo.rows == rows && memo.entries == entries && (first > 0 || memo.header == header);
        if (!same)
            memo = {first == 0 ? header : QString(), entries, rows,
                    timelineBlock(r, analysis, first, header)};
        blocks << memo.html;
    }
    return blocks;
}

QString ReportHtml::timelineBlock(const Report &r, const TimelineAnalysis &analysis, int first,
                                  const QString &header) const
{
    const qsizetype split = header.indexOf(QLatin1String("<thead>"));
    QString html = first == 0 ? header.left(split) +
                                    QStringLiteral("<table class=\"timeline tl-head\" "
                                                   "width=\"100%\">") +
                                    header.mid(split)
                              : QStringLiteral("<table class=\"timeline tl-rest\" "
                                               "width=\"100%\">");
    const int end = std::min(int(r.timeline.size()), first + kRowsPerBlock);
    for (int i = first; i < end; ++i)
        html += timelineRow(r.timeline[i], analysis, i, Notes::Review);
    return html + QStringLiteral("</table>");
}

// A title is Markdown for its emphasis and code, but what looks like a tag is the user's
// text ("<angle>"), shown as written rather than dropped as raw HTML.
QString ReportHtml::titleHtml(const QString &markdown) const
{
    return entryHtml(QString(markdown).replace(QLatin1Char('<'), QStringLiteral("\\<")));
}

QString ReportHtml::entryHtml(const QString &markdown) const
{
    if (const auto it = m_entryHtml.constFind(markdown); it != m_entryHtml.cend())
        return it.value();
    if (m_entryHtml.size() > 20000)
        m_entryHtml.clear(); // bounded: old descriptions are not worth keeping forever
    return *m_entryHtml.insert(markdown, m_markdown.inlineHtml(markdown));
}

QString ReportHtml::timelineRow(const TimelineEntry &e, const TimelineAnalysis &analysis, int row,
                                Notes notes) const
{
    const TimelineAnalysis::Row &info = analysis.rows().at(row);
    // "2026-11-03 09:15" breaks at its space, never inside the date.
    QString time = esc(info.time).replace(QLatin1Char(' '), QStringLiteral("<br />"));
    if (info.contradicts >= 0 && notes == Notes::Review)
        time += QStringLiteral("<br /><span class=\"error\">⚠ %1</span>")
                    .arg(RenderText::tr("out of order"));
    if (info.gap && notes == Notes::Review)
        time += QStringLiteral("<br /><span class=\"muted\">%1</span>")
                    .arg(RenderText::tr("after %1 of silence")
                             .arg(esc(IncidentMetrics::formatDuration(*info.sincePrevious))));
    QString what = QStringLiteral("<b>%1</b> · ").arg(esc(Vocabulary::timelineKindLabel(e.kind)));
    if (e.keyMoment)
        what = QStringLiteral("<b>★</b> ") + what;
    const QString who =
        e.author.isEmpty()
            ? QString()
            : QStringLiteral(" <span class=\"muted\">— %1</span>").arg(esc(e.author));
    return QStringLiteral("<tr>") + kTimeCell.arg(time) +
           kWhatCell.arg(what + entryHtml(e.description) + who) + QStringLiteral("</tr>");
}

QString ReportHtml::actionItems(const Report &r, const QString &heading) const
{
    QString html = QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>")
                       .arg(ReportParts::anchor(ReportParts::Kind::ActionItems),
                            heading.isEmpty() ? RenderText::tr("Action items") : esc(heading));
    if (r.actionItems.isEmpty())
        return html + QStringLiteral("<p class=\"muted\">%1</p>")
                          .arg(RenderText::tr("No action items yet."));
    html += QStringLiteral("<table class=\"actions\" width=\"100%\"><thead><tr><th>%1</th>"
                           "<th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr></thead>")
                .arg(RenderText::tr("Action"), RenderText::tr("Owner"), RenderText::tr("Due"),
                     RenderText::tr("Kind"), RenderText::tr("Priority"), RenderText::tr("Status"));
    // What nobody gave is shown as missing, never as a default.
    auto orMissing = [](const QString &text) {
        return text.isEmpty() ? QStringLiteral("—") : esc(text);
    };
    for (const ActionItem &a : r.actionItems) {
        QString title = titleHtml(a.title);
        if (!a.description.trimmed().isEmpty())
            title += QStringLiteral("<div class=\"muted\">%1</div>")
                         .arg(m_markdown.toHtml(a.description));
        const QUrl url(a.trackerUrl);
        if (url.isValid() &&
            (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
            title += QStringLiteral(" (<a href=\"%1\">%2</a>)")
                         .arg(esc(url.toString(QUrl::FullyEncoded)), esc(url.host() + url.path()));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td>%6</td></tr>")
                    .arg(title, orMissing(a.owner),
                         a.due.isValid() ? a.due.toString(Qt::ISODate) : QStringLiteral("—"),
                         orMissing(capitalised(a.kind)), orMissing(a.priority),
                         esc(Vocabulary::actionStatusLabel(a.status)));
    }
    return html + QStringLiteral("</table>");
}

QStringList ReportHtml::parts(const Report &report) const
{
    QStringList out{titleBlock(report)};
    for (const Section &s : report.sections)
        out << section(s);
    out << timeline(report) << actionItems(report);
    return out;
}

QString ReportHtml::page(const Report &report, const QString &styleSheet) const
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\" /><title>%1</title>"
                          "<style>%2</style></head><body>%3</body></html>")
        .arg(esc(report.metadata.title), styleSheet, parts(report).join(QLatin1Char('\n')));
}

} // namespace debrief
