// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/InfoCommand.h"

#include "cli/CliText.h"
#include "cli/ReportFile.h"
#include "model/AttachmentUsage.h"
#include "model/IncidentMetrics.h"
#include "model/TimelineAnalysis.h"
#include "model/Vocabulary.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

namespace debrief {

namespace {

QString formatInstant(const QDateTime &dt, const QTime &clock, const QTimeZone &zone)
{
    if (!dt.isValid() && clock.isValid())
        return CliText::tr("%1 (no date)").arg(clock.toString(QStringLiteral("HH:mm")));
    if (!dt.isValid())
        return CliText::tr("not set");
    const QDateTime local = zone.isValid() ? dt.toTimeZone(zone) : dt;
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char(' ') +
           (zone.isValid() ? zone.abbreviation(local) : local.timeZoneAbbreviation());
}

// An instant in ISO 8601, a time alone ("09:00") when nobody gave its date, or null.
QJsonValue instantJson(const QDateTime &at, const QTime &clock)
{
    if (at.isValid())
        return at.toString(Qt::ISODate);
    return clock.isValid() ? QJsonValue(clock.toString(QStringLiteral("HH:mm"))) : QJsonValue();
}

QJsonValue optionalSecs(std::optional<qint64> secs)
{
    return secs ? QJsonValue(double(*secs)) : QJsonValue();
}

QJsonValue optionalMinutes(const IncidentMetrics::Figure &f)
{
    return f.secs ? QJsonValue(double(*f.secs / 60)) : QJsonValue();
}

// Attachments nothing shows, and references to attachments the report does not hold.
void addAttachmentUse(QJsonObject &json, const Report &r)
{
    const AttachmentUsage usage(r);
    QJsonArray unused;
    for (const QString &id : usage.unusedIds()) {
        const Attachment &a = r.attachments[r.attachmentIndex(id)];
        unused << QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("fileName"), a.fileName}};
    }
    QJsonArray missing;
    for (const AttachmentUsage::Missing &m : usage.missing()) {
        const bool section = m.use.place == AttachmentUsage::Use::Place::Section;
        missing << QJsonObject{
            {QStringLiteral("id"), m.id},
            {section ? QStringLiteral("section") : QStringLiteral("entry"), m.use.index},
            {QStringLiteral("message"), AttachmentUsage::placeText(r, m.use)}};
    }
    json.insert(QStringLiteral("unusedAttachments"), unused);
    json.insert(QStringLiteral("missingAttachments"), missing);
}

// The figures and the review notes on the timeline: numbers or null, never a guess.
QJsonObject metricsJson(const Report &r, const IncidentMetrics &metrics)
{
    const TimelineAnalysis analysis(r);
    QJsonArray problems;
    for (const int row : analysis.chronologyProblems()) {
        const TimelineAnalysis::Row &info = analysis.rows().at(row);
        problems.append(QJsonObject{
            {QStringLiteral("entry"), row},
            {QStringLiteral("id"), r.timeline.at(row).id},
            {QStringLiteral("before"), info.contradicts},
            {QStringLiteral("earlierByMinutes"), double(info.earlierBy / 60)},
            {QStringLiteral("message"), analysis.problemText(row)},
        });
    }
    QJsonArray gaps;
    for (const int row : analysis.gaps())
        gaps.append(QJsonObject{
            {QStringLiteral("entry"), row},
            {QStringLiteral("id"), r.timeline.at(row).id},
            {QStringLiteral("minutes"), double(*analysis.rows().at(row).sincePrevious / 60)},
        });
    return {
        {QStringLiteral("timeToDetectMinutes"), optionalMinutes(metrics.timeToDetect())},
        {QStringLiteral("timeToMitigateMinutes"), optionalMinutes(metrics.timeToMitigate())},
        {QStringLiteral("timeToResolveMinutes"), optionalMinutes(metrics.timeToResolve())},
        {QStringLiteral("durationMinutes"), optionalMinutes(metrics.duration())},
        {QStringLiteral("fromTimeline"),
         metrics.timeToDetect().fromTimeline || metrics.timeToMitigate().fromTimeline ||
             metrics.timeToResolve().fromTimeline || metrics.duration().fromTimeline},
        {QStringLiteral("problems"), QJsonArray::fromStringList(metrics.problems())},
        {QStringLiteral("gapThresholdMinutes"), r.metadata.gapMinutes},
        {QStringLiteral("chronologyProblems"), problems},
        {QStringLiteral("gaps"), gaps},
    };
}

QJsonObject summaryJson(const ReportFile &file)
{
    const Report &r = file.report;
    const ReportMetadata &m = r.metadata;
    const IncidentMetrics metrics(r);
    QJsonObject json{
        {QStringLiteral("title"), m.title},
        {QStringLiteral("incidentId"), m.incidentId},
        {QStringLiteral("severity"), m.severity},
        {QStringLiteral("status"), m.status},
        {QStringLiteral("template"), r.templateId},
        {QStringLiteral("timeZone"), QString::fromLatin1(m.timeZone)},
        {QStringLiteral("sections"), int(r.sections.size())},
        {QStringLiteral("timeline"), int(r.timeline.size())},
        {QStringLiteral("keyMoments"), int(r.keyMomentCount())},
        {QStringLiteral("actionItems"), int(r.actionItems.size())},
        {QStringLiteral("openActionItems"), int(r.openActionItemCount())},
        {QStringLiteral("attachments"), int(r.attachments.size())},
        {QStringLiteral("attachmentBytes"), double(r.attachmentBytes())},
        {QStringLiteral("timeToDetectSecs"), optionalSecs(metrics.timeToDetect().secs)},
        {QStringLiteral("timeToMitigateSecs"), optionalSecs(metrics.timeToMitigate().secs)},
        {QStringLiteral("timeToResolveSecs"), optionalSecs(metrics.timeToResolve().secs)},
        {QStringLiteral("durationSecs"), optionalSecs(metrics.duration().secs)},
        {QStringLiteral("started"), instantJson(m.started, m.startedClock)},
        {QStringLiteral("resolved"), instantJson(m.resolved, m.resolvedClock)},
        {QStringLiteral("metrics"), metricsJson(r, metrics)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(file.warnings)},
    };
    addAttachmentUse(json, r);
    return json;
}

// "Label:         value", the values in one column.
void printField(QTextStream &out, const QString &label, const QString &value)
{
    out << (label + QLatin1Char(':')).leftJustified(15) << value << '\n';
}

// The metadata lines: what, when and who.
void printMetadata(QTextStream &out, const ReportFile &file)
{
    const Report &r = file.report;
    const ReportMetadata &m = r.metadata;
    const IncidentMetrics metrics(r);
    const QTimeZone zone(m.timeZone);
    const QString none = CliText::tr("(none)");
    auto line = [&out](const QString &label, const QString &value) {
        printField(out, label, value);
    };
    line(CliText::tr("Title"), m.title.isEmpty() ? CliText::tr("(untitled)") : m.title);
    line(CliText::tr("Incident"),
         QStringLiteral("%1  %2  %3")
             .arg(m.incidentId.isEmpty() ? none : m.incidentId,
                  m.severity.isEmpty() ? CliText::tr("no severity") : m.severity,
                  Vocabulary::statusLabel(m.status)));
    line(CliText::tr("Template"), r.templateId.isEmpty() ? none : r.templateId);
    line(CliText::tr("Time zone"), m.timeZone.isEmpty() ? none : QString::fromLatin1(m.timeZone));
    line(CliText::tr("Started"), formatInstant(m.started, m.startedClock, zone));
    line(CliText::tr("Resolved"), formatInstant(m.resolved, m.resolvedClock, zone));
    // "1 h 05 min (from the timeline)", "— (no detection time)": a figure or why not.
    auto figure = [](const IncidentMetrics::Figure &f) {
        const QString note = f.note();
        return note.isEmpty() ? f.text() : QStringLiteral("%1 (%2)").arg(f.text(), note);
    };
    line(CliText::tr("Durations"),
         CliText::tr("detect %1, mitigate %2, resolve %3, in all %4")
             .arg(figure(metrics.timeToDetect()), figure(metrics.timeToMitigate()),
                  figure(metrics.timeToResolve()), figure(metrics.duration())));
    line(CliText::tr("Authors"), m.authors.isEmpty() ? none : m.authors.join(QStringLiteral(", ")));
}

// The content lines: how much of each part there is, and the warnings.
void printContents(CliContext &context, const ReportFile &file)
{
    const Report &r = file.report;
    auto line = [&context](const QString &label, const QString &value) {
        printField(context.out(), label, value);
    };
    line(CliText::tr("Sections"),
         CliText::tr("%1 (%2 written)").arg(r.sections.size()).arg(r.writtenSectionCount()));
    line(CliText::tr("Timeline"),
         CliText::tr("%1 (%2)", "a count and, in brackets, how many of them are special")
             .arg(CliText::tr("%n entries", nullptr, int(r.timeline.size())),
                  CliText::tr("%n key moments", nullptr, int(r.keyMomentCount()))));
    line(CliText::tr("Action items"),
         CliText::tr("%1 (%2 not done)").arg(r.actionItems.size()).arg(r.openActionItemCount()));
    line(CliText::tr("Attachments"), CliText::tr("%1 (%2 KiB)")
                                         .arg(r.attachments.size())
                                         .arg((r.attachmentBytes() + 1023) / 1024));
    line(CliText::tr("Warnings"),
         file.warnings.isEmpty() ? CliText::tr("none") : QString::number(file.warnings.size()));
    context.printItems(file.warnings);
}

} // namespace

QString InfoCommand::synopsis() const
{
    return CliText::tr("[--json] FILE.pmd");
}

QString InfoCommand::description() const
{
    return CliText::tr("summarise a report");
}

CommandSyntax InfoCommand::syntax() const
{
    CommandSyntax s;
    s.description = CliText::tr("Summarise a report.");
    s.options = {{QStringLiteral("json"), CliText::tr("Print a JSON object instead of text.")}};
    s.arguments = {FileArgument::reportArgument()};
    return s;
}

int InfoCommand::run(CliContext &context, const QStringList &args) const
{
    QCommandLineParser parser;
    syntax().addTo(parser);
    QString path;
    if (const auto code = context.parseWithFile(parser, args, FileArgument::report(name()), &path))
        return *code;
    ReportFile file;
    if (const auto code = file.open(context, path))
        return *code;
    file.validate();
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(summaryJson(file));
        return CommandLine::Ok;
    }
    printMetadata(context.out(), file);
    printContents(context, file);
    return CommandLine::Ok;
}

} // namespace debrief
