// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/MarkdownExporter.h"

#include "export/ExportImages.h"
#include "model/IncidentMetrics.h"
#include "model/Report.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace debrief {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MarkdownExporter", text);
}

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

QString capitalised(const QString &s)
{
    return s.isEmpty() ? s : s.at(0).toUpper() + s.mid(1);
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

MarkdownExporter::Result MarkdownExporter::exportReport(const Report &r,
                                                        const AttachmentStore &attachments,
                                                        const QString &imagesFolder,
                                                        TimelineStyle timeline, ActionStyle actions)
{
    Result result;
    const ReportMetadata &m = r.metadata;
    const QTimeZone zone = QTimeZone(m.timeZone).isValid() ? QTimeZone(m.timeZone) : QTimeZone::UTC;
    const QString zoneName = QString::fromLatin1(zone.id());

    // Attachments first: the sections' links need their file names.
    ExportImages images = ExportImages::collect(r, attachments, imagesFolder);
    result.images = images.files;
    result.warnings = images.warnings;
    const QHash<QString, QString> &fileFor = images.pathFor;

    QString md = QStringLiteral("# %1\n\n")
                     .arg(plain(m.title.isEmpty() ? tr("Untitled postmortem") : m.title));
    QStringList meta;
    auto add = [&meta](const QString &label, const QString &value) {
        if (!value.isEmpty())
            meta << QStringLiteral("- **%1:** %2").arg(label, plain(value));
    };
    add(tr("Severity"), m.severity);
    add(tr("Status"), Vocabulary::statusLabel(m.status));
    add(tr("Incident"), m.incidentId);
    const IncidentMetrics metrics(m);
    if (m.started.isValid())
        add(tr("Started"), when(m.started, zone) + QLatin1Char(' ') + zoneName);
    if (m.detected.isValid())
        add(tr("Detected"), when(m.detected, zone));
    if (m.mitigated.isValid())
        add(tr("Mitigated"), when(m.mitigated, zone));
    if (m.resolved.isValid())
        add(tr("Resolved"), when(m.resolved, zone));
    if (const auto d = metrics.timeToResolveSecs())
        add(tr("Duration"), IncidentMetrics::formatDuration(*d));
    if (const auto d = metrics.timeToDetectSecs())
        add(tr("Time to detect"), IncidentMetrics::formatDuration(*d));
    if (const auto d = metrics.timeToMitigateSecs())
        add(tr("Time to mitigate"), IncidentMetrics::formatDuration(*d));
    add(tr("Authors"), m.authors.join(QStringLiteral(", ")));
    add(tr("Reviewers"), m.reviewers.join(QStringLiteral(", ")));
    add(tr("Services"), m.services.join(QStringLiteral(", ")));
    add(tr("Tags"), m.tags.join(QStringLiteral(", ")));
    if (!meta.isEmpty())
        md += meta.join(QLatin1Char('\n')) + QStringLiteral("\n\n");

    static const QRegularExpression attachmentLink(
        QStringLiteral("\\(attachment:([0-9a-f]{64})(\\s+\"[^\"]*\")?\\)"));
    for (const Section &s : r.sections) {
        md += QStringLiteral("## %1\n\n").arg(plain(s.title));
        QString text = s.text.trimmed();
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        QString rewritten;
        qsizetype last = 0;
        for (auto it = attachmentLink.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            rewritten += text.mid(last, match.capturedStart() - last);
            const QString path = fileFor.value(match.captured(1));
            if (path.isEmpty())
                result.warnings
                    << tr("section \"%1\" shows an image that is not in the report").arg(s.title);
            rewritten += path.isEmpty() ? match.captured(0)
                                        : QStringLiteral("(%1%2)").arg(path, match.captured(2));
            last = match.capturedEnd();
        }
        rewritten += text.mid(last);
        md += rewritten.isEmpty() ? QStringLiteral("_%1_\n\n").arg(tr("Not written yet."))
                                  : rewritten + QStringLiteral("\n\n");
    }

    if (!r.timeline.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(tr("Timeline"));
        md += tr("All times %1.").arg(zoneName) + QStringLiteral("\n\n");
        if (timeline == TimelineStyle::Table)
            md += QStringLiteral("| %1 | %2 | %3 | %4 |\n| --- | --- | --- | --- |\n")
                      .arg(tr("Time"), tr("Kind"), tr("What happened"), tr("Who"));
        QDate lastDate;
        for (const TimelineEntry &e : r.timeline) {
            QString time = tr("(no time)");
            if (e.at.isValid()) {
                const QDateTime local = e.at.toTimeZone(zone);
                time = local.date() == lastDate
                           ? local.toString(QStringLiteral("HH:mm"))
                           : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
                lastDate = local.date();
            }
            if (timeline == TimelineStyle::Table)
                md += QStringLiteral("| %1 | %2 | %3%4 | %5 |\n")
                          .arg(time, capitalised(e.kind),
                               e.keyMoment ? QStringLiteral("★ ") : QString(),
                               tableCell(e.description), plain(e.author));
            else
                md += QStringLiteral("- **%1:** %2\n")
                          .arg(time,
                               QString(e.description).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        }
        md += QLatin1Char('\n');
    }

    if (!r.actionItems.isEmpty() && actions == ActionStyle::List) {
        md += QStringLiteral("## %1\n\n").arg(tr("Action items"));
        for (const ActionItem &a : r.actionItems) {
            QStringList notes;
            if (!a.owner.isEmpty())
                notes << QStringLiteral("owner: %1").arg(plain(a.owner));
            if (a.due.isValid())
                notes << QStringLiteral("due: %1").arg(a.due.toString(Qt::ISODate));
            notes << a.priority << QStringLiteral("kind: %1").arg(a.kind);
            if (a.status != QLatin1String("open") && !a.isDone())
                notes << QStringLiteral("status: %1").arg(Vocabulary::actionStatusLabel(a.status));
            if (!a.trackerUrl.isEmpty())
                notes << QStringLiteral("tracker: <%1>").arg(a.trackerUrl);
            md += QStringLiteral("- [%1] %2 (%3)\n")
                      .arg(a.isDone() ? QStringLiteral("x") : QStringLiteral(" "), plain(a.title),
                           notes.join(QStringLiteral(", ")));
        }
    } else if (!r.actionItems.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(tr("Action items"));
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n"
                             "| --- | --- | --- | --- | --- | --- | --- |\n")
                  .arg(tr("Action"), tr("Owner"), tr("Due"), tr("Kind"), tr("Priority"),
                       tr("Status"), tr("Tracker"));
        for (const ActionItem &a : r.actionItems)
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                      .arg(plain(a.title), plain(a.owner),
                           a.due.isValid() ? a.due.toString(Qt::ISODate) : QString(),
                           capitalised(a.kind), a.priority, Vocabulary::actionStatusLabel(a.status),
                           a.trackerUrl.isEmpty()
                               ? QString()
                               : QStringLiteral("<%1>").arg(tableCell(a.trackerUrl)));
    }
    result.markdown = md.trimmed() + QLatin1Char('\n');
    return result;
}

} // namespace debrief
