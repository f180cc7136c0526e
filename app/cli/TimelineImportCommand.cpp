// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/TimelineImportCommand.h"

#include "chat/ChatEntries.h"
#include "chat/ChatSourceReader.h"
#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/CommandLine.h"
#include "cli/ReportFile.h"
#include "format/PmdArchive.h"
#include "format/ReportJson.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdlib>
#include <variant>

namespace debrief {

namespace {

// What the command was asked to do, read from its options.
struct Request
{
    QString report;
    QString source;
    ChatSourceReader::Options read;
    ChatEntries::Options entries;
    bool dryRun = false;
    bool json = false;
};

std::optional<QDateTime> instantOption(const QCommandLineParser &parser, const QString &name,
                                       const QTimeZone &zone)
{
    if (!parser.isSet(name))
        return QDateTime();
    QDateTime at = QDateTime::fromString(parser.value(name), Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    if (at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), zone);
    return at;
}

// The options checked and turned into a request, or the exit code of a usage error.
std::variant<Request, int> requestOf(CliContext &context, const QCommandLineParser &parser,
                                     const Report &report)
{
    Request r;
    r.report = parser.positionalArguments().at(0);
    r.source = parser.positionalArguments().at(1);
    const QByteArray zoneId = parser.isSet(QStringLiteral("zone"))
                                  ? parser.value(QStringLiteral("zone")).toUtf8()
                                  : report.metadata.timeZone;
    r.read.zone = QTimeZone(zoneId);
    if (parser.isSet(QStringLiteral("zone")) && !r.read.zone.isValid())
        return context.usageError(CliText::tr("timeline-import: %1 is not an IANA time zone")
                                      .arg(QString::fromUtf8(zoneId)));
    bool ok = true;
    r.entries.offsetMinutes = parser.isSet(QStringLiteral("offset"))
                                  ? parser.value(QStringLiteral("offset")).toInt(&ok)
                                  : 0;
    if (!ok || std::abs(r.entries.offsetMinutes) > 7 * 24 * 60)
        return context.usageError(
            CliText::tr("timeline-import: --offset takes whole minutes, at most a week"));
    const QTimeZone shown = r.read.zone.isValid() ? r.read.zone : QTimeZone(QTimeZone::UTC);
    const auto from = instantOption(parser, QStringLiteral("from"), shown);
    const auto to = instantOption(parser, QStringLiteral("to"), shown);
    if (!from || !to)
        return context.usageError(CliText::tr(
            "timeline-import: --from and --to take ISO 8601 times (2025-10-12T09:00Z)"));
    const auto [start, end] = ChatEntries::defaultWindow(report.metadata);
    r.entries.from = from->isValid() ? *from : start;
    r.entries.to = to->isValid() ? *to : end;
    r.entries.reportZone = QTimeZone(report.metadata.timeZone);
    if (!r.entries.reportZone.isValid()) // as the window shows a report that names none
        r.entries.reportZone = QTimeZone(QTimeZone::UTC);
    r.read.channel = parser.value(QStringLiteral("channel"));
    // The days to read are those the offset moves into the window.
    const qint64 shift = -qint64(r.entries.offsetMinutes) * 60;
    r.read.from = r.entries.from.isValid() ? r.entries.from.addSecs(shift).toUTC().date() : QDate();
    r.read.to = r.entries.to.isValid() ? r.entries.to.addSecs(shift).toUTC().date() : QDate();
    r.entries.sourceZone = r.read.zone;
    r.dryRun = parser.isSet(QStringLiteral("dry-run"));
    r.json = parser.isSet(QStringLiteral("json"));
    return r;
}

QString whenOf(const TimelineEntry &e)
{
    if (e.at.isValid())
        return e.at.toString(Qt::ISODate);
    return e.clock.toString(QStringLiteral("HH:mm:ss"));
}

QJsonObject entryJson(const ChatEntries::Row &row)
{
    const TimelineEntry &e = row.entry;
    return {{e.at.isValid() ? QStringLiteral("at") : QStringLiteral("time"), whenOf(e)},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("kindInferred"), row.kindInferred},
            {QStringLiteral("author"), e.author},
            {QStringLiteral("description"), e.description},
            {QStringLiteral("message"), e.source.message}};
}

void printResult(CliContext &context, const Request &r, const ChatSource &source,
                 const QList<ChatEntries::Row> &added, int repeats)
{
    if (r.json) {
        QJsonArray entries;
        for (const auto &row : added)
            entries.append(entryJson(row));
        context.printJson(
            {{QStringLiteral("report"), r.report},
             {QStringLiteral("source"), r.source},
             {QStringLiteral("format"), ChatSource::formatName(source.format)},
             {QStringLiteral("channel"), source.channel},
             {QStringLiteral("dryRun"), r.dryRun},
             {QStringLiteral("added"), entries},
             {QStringLiteral("repeats"), repeats},
             {QStringLiteral("skipped"), QJsonArray::fromStringList(source.skipped)}});
        return;
    }
    QTextStream &out = context.out();
    out << (r.dryRun
                ? CliText::tr("Would add %n entries to %1 from %2 (%3)", nullptr, int(added.size()))
                : CliText::tr("Added %n entries to %1 from %2 (%3)", nullptr, int(added.size())))
               .arg(r.report, r.source, ChatSource::formatName(source.format))
        << '\n';
    for (const auto &row : added) {
        const TimelineEntry &e = row.entry;
        const QString kind = row.kindInferred ? CliText::tr("%1, inferred").arg(e.kind) : e.kind;
        const QString who = e.author.isEmpty() ? QString() : e.author + QStringLiteral(": ");
        out << "  " << whenOf(e) << "  [" << kind << "]  " << who
            << e.description.section(QLatin1Char('\n'), 0, 0).left(100) << '\n';
    }
    if (repeats > 0)
        out << CliText::tr("Left out %n messages that repeat entries of the report", nullptr,
                           repeats)
            << '\n';
    out.flush();
}

} // namespace

QString TimelineImportCommand::synopsis() const
{
    return CliText::tr("FILE.pmd SOURCE [--channel NAME] [--from ISO-8601] [--to ISO-8601] "
                       "[--zone IANA] [--offset ±MINUTES] [--dry-run] [--json]");
}

QString TimelineImportCommand::description() const
{
    return CliText::tr("add a chat or pager log's messages to a report's timeline");
}

CommandSyntax TimelineImportCommand::syntax() const
{
    CommandSyntax s;
    s.description = CliText::tr(
        "Add the messages of an incident channel's or a pager's log to a report's timeline: a "
        "Slack export (ZIP or folder), a Mattermost bulk export, a PagerDuty log, a CSV table "
        "or a plain-text chat log, recognised from its content. Joins and leaves, and messages "
        "that repeat an entry the report has, are left out. The window defaults to an hour "
        "either side of the incident's instants. Exit code 0: added (or, with --dry-run, "
        "shown); 2: unreadable input or bad usage; 3: the report cannot be written.");
    s.arguments = {
        {QStringLiteral("report"), CliText::tr("The .pmd report."), QStringLiteral("*.pmd")},
        {QStringLiteral("source"), CliText::tr("The chat or pager log."), {}}};
    s.options = {
        {QStringLiteral("channel"), CliText::tr("The channel of an export."),
         QStringLiteral("NAME")},
        {QStringLiteral("from"), CliText::tr("The window's start (ISO 8601)."),
         QStringLiteral("ISO-8601")},
        {QStringLiteral("to"), CliText::tr("The window's end (ISO 8601)."),
         QStringLiteral("ISO-8601")},
        {QStringLiteral("zone"),
         CliText::tr("The zone of times the log writes without one (default: the report's)."),
         QStringLiteral("IANA")},
        {QStringLiteral("offset"),
         CliText::tr("Minutes to add to every time of the log, for a wrong clock."),
         QStringLiteral("MINUTES")},
        {QStringLiteral("dry-run"),
         CliText::tr("Show what would be added; leave the report untouched.")},
        {QStringLiteral("json"), CliText::tr("Print the result as one JSON object.")},
    };
    return s;
}

int TimelineImportCommand::run(CliContext &context, const QStringList &args) const
{
    QCommandLineParser parser;
    syntax().addTo(parser);
    if (const auto code = context.parse(parser, args))
        return *code;
    if (parser.positionalArguments().size() != 2)
        return context.usageError(
            CliText::tr("timeline-import: name a report and the log to read from"));
    ReportFile file;
    if (const auto code = file.open(context, parser.positionalArguments().at(0)))
        return *code;
    const auto parsed = requestOf(context, parser, file.report);
    if (const int *code = std::get_if<int>(&parsed))
        return *code;
    const Request &r = std::get<Request>(parsed);
    QString error;
    const auto source = ChatSourceReader::read(r.source, r.read, &error);
    if (!source)
        return context.fail(r.source, error, CommandLine::BadInput);
    if (source->needsChannel())
        return context.usageError(CliText::tr("timeline-import: %1 has several channels; name one "
                                              "with --channel: %2")
                                      .arg(r.source, source->channels.join(QStringLiteral(", "))));
    if (!r.read.zone.isValid() && (source->format == ChatSource::Format::PlainText ||
                                   source->format == ChatSource::Format::Csv))
        return context.usageError(CliText::tr("timeline-import: neither the log nor the report "
                                              "names a time zone; give one with --zone"));
    for (const QString &line : source->skipped)
        context.warn(r.source, CliText::tr("not understood, left out: %1").arg(line));
    QList<ChatEntries::Row> added;
    int repeats = 0;
    for (const auto &row : ChatEntries::rows(*source, r.entries, file.report.timeline)) {
        if (row.duplicateOf >= 0)
            ++repeats;
        else if (!row.joinOrLeave)
            added << row;
    }
    if (!r.dryRun && !added.isEmpty()) {
        QList<TimelineEntry> entries;
        for (const auto &row : std::as_const(added)) {
            entries << row.entry;
            entries.last().id = ReportJson::newId();
        }
        entries = ChatEntries::inTimeOrder(entries, r.entries.reportZone);
        const QList<int> rows =
            ChatEntries::insertionRows(file.report.timeline, entries, r.entries.reportZone);
        QList<TimelineEntry> merged; // one pass, not one shift per entry
        const QList<TimelineEntry> &existing = file.report.timeline;
        qsizetype e = 0;
        for (qsizetype k = 0; k < entries.size(); ++k) {
            while (merged.size() < rows.at(k))
                merged << existing.at(e++);
            merged << entries.at(k);
        }
        merged << existing.mid(e);
        file.report.timeline = merged;
        if (!PmdArchive::write(r.report, file.report, file.attachments, &error))
            return context.fail(r.report, error, CommandLine::CannotWrite);
    }
    printResult(context, r, *source, added, repeats);
    return CommandLine::Ok;
}

} // namespace debrief
