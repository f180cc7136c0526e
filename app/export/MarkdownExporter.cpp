// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/MarkdownExporter.h"

#include "diagnostics/Logging.h"
#include "export/ExportImages.h"
#include "export/ExportText.h"
#include "model/IncidentMetrics.h"
#include "model/Report.h"
#include "model/TimelineAnalysis.h"
#include "model/Vocabulary.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace debrief {

namespace {

QString when(const QDateTime &dt, const QTimeZone &zone)
{
    return dt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Plain text (titles, names) inside Markdown: backslash-escape what Markdown would read as
// markup, so a title like "<angle> & *stars*" shows as written.
QString plain(const QString &s)
{
    QString out;
    out.reserve(s.size() + 8);
    for (const QChar c : s) {
        if (QStringLiteral("\\`*_[]<>#|!&{}").contains(c))
            out += QLatin1Char('\\');
        out += c == QLatin1Char('\n') ? QLatin1Char(' ') : c;
    }
    return out;
}

// Titles are Markdown (the window, the preview and the PDF render their emphasis and code):
// written as they are, on one line.
QString inlineMarkdown(const QString &s)
{
    QString out = s.simplified();
    // Raw HTML never passes through: its characters are escaped, emphasis and code are not.
    for (const char c : {'&', '<', '>'})
        out.replace(QLatin1Char(c), QStringLiteral("\\") + QLatin1Char(c));
    return out;
}

// What nobody gave, in a table: a dash, never a default (the importer reads it as empty).
QString orMissing(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

QString capitalised(const QString &s)
{
    return s.isEmpty() ? s : s.at(0).toUpper() + s.mid(1);
}

// A section's Markdown as written, without the blank lines around it. The first line keeps
// its indentation: four spaces there open an indented code block.
QString sectionBody(const QString &markdown)
{
    QString body = markdown;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    static const QRegularExpression leadingBlankLines(QStringLiteral("^(?:[ \\t]*\\n)+"));
    body.remove(leadingBlankLines);
    qsizetype end = body.size();
    while (end > 0 && body.at(end - 1).isSpace())
        --end;
    body.truncate(end);
    return body;
}

// A link destination that CommonMark reads whole: in angle brackets when it holds a space or
// a parenthesis (the images folder of "Post mortem (v2).md").
QString destination(const QString &path)
{
    static const QRegularExpression bare(QStringLiteral("^[^\\s()<>\\\\]*$"));
    if (bare.match(path).hasMatch())
        return path;
    QString escaped;
    for (const QChar c : path) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('<') || c == QLatin1Char('>'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('<') + escaped + QLatin1Char('>');
}

} // namespace

QString MarkdownExporter::tableCell(const QString &text)
{
    QString cell = text;
    cell.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    cell.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    cell.replace(QRegularExpression(QStringLiteral("\\s*\\n\\s*")), QStringLiteral(" "));
    return cell.trimmed();
}

QString MarkdownExporter::emptySectionText()
{
    return ExportText::tr(kEmptySectionText);
}

QString MarkdownExporter::noTimeText()
{
    return ExportText::tr(kNoTimeText);
}

namespace {

QString titleAndMetadata(const Report &r, const QTimeZone &zone)
{
    const ReportMetadata &m = r.metadata;
    QString md =
        QStringLiteral("# %1\n\n")
            .arg(plain(m.title.isEmpty() ? ExportText::tr("Untitled postmortem") : m.title));
    QStringList meta;
    auto add = [&meta](const QString &label, const QString &value) {
        if (!value.isEmpty())
            meta << QStringLiteral("- **%1:** %2").arg(label, plain(value));
    };
    add(ExportText::tr("Severity"), m.severity);
    add(ExportText::tr("Status"), Vocabulary::statusLabel(m.status));
    add(ExportText::tr("Incident"), m.incidentId);
    const IncidentMetrics metrics(r);
    // An instant, or a time alone when nobody gave its date.
    auto instant = [&](const QString &label, const QDateTime &at, const QTime &clock,
                       bool withZone) {
        const QString suffix =
            withZone ? QLatin1Char(' ') + QString::fromLatin1(zone.id()) : QString();
        if (at.isValid())
            add(label, when(at, zone) + suffix);
        else if (clock.isValid())
            add(label, clock.toString(QStringLiteral("HH:mm")) + suffix);
    };
    instant(ExportText::tr("Started"), m.started, m.startedClock, true);
    instant(ExportText::tr("Detected"), m.detected, m.detectedClock, false);
    instant(ExportText::tr("Mitigated"), m.mitigated, m.mitigatedClock, false);
    instant(ExportText::tr("Resolved"), m.resolved, m.resolvedClock, false);
    // A figure only when there is one (or it is impossible), with where it came from.
    auto figure = [&add](const QString &label, const IncidentMetrics::Figure &f) {
        if (!f.error.isEmpty())
            add(label, QStringLiteral("⚠ ") + f.error);
        else if (f.secs)
            add(label,
                f.fromTimeline ? QStringLiteral("%1 (%2)").arg(f.text(), f.note()) : f.text());
    };
    figure(ExportText::tr("Duration"), metrics.duration());
    figure(ExportText::tr("Time to detect"), metrics.timeToDetect());
    figure(ExportText::tr("Time to mitigate"), metrics.timeToMitigate());
    figure(ExportText::tr("Time to resolve"), metrics.timeToResolve());
    add(ExportText::tr("Authors"), m.authors.join(QStringLiteral(", ")));
    add(ExportText::tr("Reviewers"), m.reviewers.join(QStringLiteral(", ")));
    add(ExportText::tr("Services"), m.services.join(QStringLiteral(", ")));
    add(ExportText::tr("Tags"), m.tags.join(QStringLiteral(", ")));
    if (!meta.isEmpty())
        md += meta.join(QLatin1Char('\n')) + QStringLiteral("\n\n");
    return md;
}

// A section as written, its attachment images pointed at the images folder.
QString sectionMarkdown(const Section &s, const QHash<QString, QString> &fileFor,
                        QStringList *warnings)
{
    static const QRegularExpression attachmentLink(
        QStringLiteral("\\(attachment:([0-9a-f]{64})(\\s+\"[^\"]*\")?\\)"));
    QString md = QStringLiteral("## %1\n\n").arg(inlineMarkdown(s.title));
    const QString text = sectionBody(s.text);
    QString rewritten;
    qsizetype last = 0;
    for (auto it = attachmentLink.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        rewritten += text.mid(last, match.capturedStart() - last);
        const QString path = fileFor.value(match.captured(1));
        if (path.isEmpty())
            *warnings << ExportText::tr("section \"%1\" shows an image that is not in the report")
                             .arg(s.title);
        rewritten += path.isEmpty()
                         ? match.captured(0)
                         : QStringLiteral("(%1%2)").arg(destination(path), match.captured(2));
        last = match.capturedEnd();
    }
    rewritten += text.mid(last);
    return md + (rewritten.isEmpty()
                     ? QStringLiteral("_%1_\n\n").arg(MarkdownExporter::emptySectionText())
                     : rewritten + QStringLiteral("\n\n"));
}

// The zone named once; a date only when the day changes.
QString timelineMarkdown(const Report &r, MarkdownExporter::TimelineStyle style)
{
    const bool table = style == MarkdownExporter::TimelineStyle::Table;
    const TimelineAnalysis analysis(r);
    QString md = QStringLiteral("## %1\n\n").arg(ExportText::tr("Timeline"));
    md += ExportText::tr("All times %1.").arg(QString::fromLatin1(analysis.zone().id())) +
          QStringLiteral("\n\n");
    if (table)
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n| --- | --- | --- | --- |\n")
                  .arg(ExportText::tr("Time"), ExportText::tr("Kind"),
                       ExportText::tr("What happened"), ExportText::tr("Who"));
    for (int i = 0; i < r.timeline.size(); ++i) {
        const TimelineEntry &e = r.timeline[i];
        const QString time =
            e.hasTime() ? analysis.rows().at(i).time : MarkdownExporter::noTimeText();
        const QString star = e.keyMoment ? QStringLiteral("★ ") : QString();
        if (table)
            md += QStringLiteral("| %1 | %2 | %3%4 | %5 |\n")
                      .arg(time, capitalised(e.kind), star,
                           MarkdownExporter::tableCell(e.description), plain(e.author));
        else
            md += QStringLiteral("- **%1:** %2%3\n")
                      .arg(time, star,
                           QString(e.description).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    }
    return md + QLatin1Char('\n');
}

// A task list whose annotations the importer reads back.
QString actionList(const Report &r)
{
    QString md = QStringLiteral("## %1\n\n").arg(ExportText::tr("Action items"));
    for (const ActionItem &a : r.actionItems) {
        QStringList notes;
        if (!a.owner.isEmpty())
            notes << QStringLiteral("owner: %1").arg(plain(a.owner));
        if (a.due.isValid())
            notes << QStringLiteral("due: %1").arg(a.due.toString(Qt::ISODate));
        if (!a.priority.isEmpty())
            notes << a.priority;
        if (!a.kind.isEmpty())
            notes << QStringLiteral("kind: %1").arg(a.kind);
        if (a.status != QLatin1String("open") && !a.isDone())
            notes << QStringLiteral("status: %1").arg(Vocabulary::actionStatusLabel(a.status));
        if (!a.trackerUrl.isEmpty())
            notes << QStringLiteral("tracker: <%1>").arg(a.trackerUrl);
        md += QStringLiteral("- [%1] %2%3\n")
                  .arg(a.isDone() ? QStringLiteral("x") : QStringLiteral(" "),
                       inlineMarkdown(a.title),
                       notes.isEmpty()
                           ? QString()
                           : QStringLiteral(" (%1)").arg(notes.join(QStringLiteral(", "))));
        // The description as the item's own paragraphs, indented under it.
        if (!a.description.trimmed().isEmpty()) {
            md += QLatin1Char('\n');
            for (const QString &line : a.description.trimmed().split(QLatin1Char('\n')))
                md += line.trimmed().isEmpty() ? QStringLiteral("\n")
                                               : QStringLiteral("  %1\n").arg(line);
        }
    }
    return md;
}

QString actionTable(const Report &r)
{
    QString md = QStringLiteral("## %1\n\n").arg(ExportText::tr("Action items"));
    md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n"
                         "| --- | --- | --- | --- | --- | --- | --- |\n")
              .arg(ExportText::tr("Action"), ExportText::tr("Owner"), ExportText::tr("Due"),
                   ExportText::tr("Kind"), ExportText::tr("Priority"), ExportText::tr("Status"),
                   ExportText::tr("Tracker"));
    for (const ActionItem &a : r.actionItems)
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                  .arg(inlineMarkdown(MarkdownExporter::tableCell(
                           a.description.trimmed().isEmpty()
                               ? a.title
                               : a.title + QStringLiteral(" — ") + a.description)),
                       orMissing(plain(a.owner)),
                       a.due.isValid() ? a.due.toString(Qt::ISODate) : QStringLiteral("—"),
                       orMissing(capitalised(a.kind)), orMissing(a.priority),
                       Vocabulary::actionStatusLabel(a.status),
                       a.trackerUrl.isEmpty()
                           ? QString()
                           : QStringLiteral("<%1>").arg(MarkdownExporter::tableCell(a.trackerUrl)));
    return md;
}

} // namespace

MarkdownExporter::Result MarkdownExporter::exportReport(const Report &r,
                                                        const AttachmentStore &attachments,
                                                        const QString &imagesFolder,
                                                        TimelineStyle timeline, ActionStyle actions)
{
    Result result;
    const QTimeZone zone =
        QTimeZone(r.metadata.timeZone).isValid() ? QTimeZone(r.metadata.timeZone) : QTimeZone::UTC;
    // Attachments first: the sections' links need their file names.
    ExportImages images = ExportImages::collect(r, attachments, imagesFolder);
    result.images = images.files;
    result.warnings = images.warnings;

    QString md = titleAndMetadata(r, zone);
    for (const Section &s : r.sections)
        md += sectionMarkdown(s, images.pathFor, &result.warnings);
    if (!r.timeline.isEmpty())
        md += timelineMarkdown(r, timeline);
    if (!r.actionItems.isEmpty())
        md += actions == ActionStyle::List ? actionList(r) : actionTable(r);
    result.markdown = md.trimmed() + QLatin1Char('\n');
    qCInfo(lcExport).nospace() << "Markdown: " << result.markdown.size() << " characters, "
                               << result.images.size() << " images, " << result.warnings.size()
                               << " warnings";
    return result;
}

} // namespace debrief
