// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/MarkdownImporter.h"

#include "format/ReportJson.h"
#include "import/ActionItemParser.h"
#include "import/ImageEmbedder.h"
#include "import/MarkdownOutline.h"
#include "import/SectionMatcher.h"
#include "import/SummaryFields.h"
#include "import/TimelineParser.h"
#include "import/TimestampText.h"
#include "import/ZoneName.h"
#include "model/IncidentMetrics.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QStringDecoder>

namespace debrief {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MarkdownImporter", text);
}

using Block = MarkdownOutline::Block;
using Kind = MarkdownOutline::Kind;
using Field = SummaryFields::Field;

// One heading and the lines under it, up to the next section heading.
struct Part
{
    QString heading;
    int headingFirst = -1;
    int first = 0; // body
    int last = -1;
    std::optional<SectionMatcher::Match> match;
};

// The unconsumed lines of [first, last] as one text. Where consumed lines leave blank lines
// next to each other, one is kept; everything else stays exactly as written.
QString remainingText(const QStringList &lines, const QList<bool> &consumed,
                      const MarkdownOutline &outline, int first, int last)
{
    QStringList out;
    bool gap = false;
    for (int i = first; i <= last; ++i) {
        if (consumed.at(i)) {
            gap = true;
            continue;
        }
        const QString &line = lines.at(i);
        const bool blank = line.trimmed().isEmpty();
        if (blank && gap && !outline.isInCode(i) &&
            (out.isEmpty() || out.last().trimmed().isEmpty()))
            continue;
        out << line;
        if (!blank)
            gap = false;
    }
    while (!out.isEmpty() && out.first().trimmed().isEmpty())
        out.removeFirst();
    while (!out.isEmpty() && out.last().trimmed().isEmpty())
        out.removeLast();
    const QString text = out.join(QLatin1Char('\n'));
    // What MarkdownExporter writes for an empty section.
    const QString empty = QStringLiteral("_%1_").arg(
        QCoreApplication::translate("MarkdownExporter", "Not written yet."));
    return text == empty ? QString() : text;
}

QString customId()
{
    return QStringLiteral("custom-") + ReportJson::newId().left(8);
}

} // namespace

std::optional<MarkdownImporter::Result> MarkdownImporter::importFile(const QString &path,
                                                                     QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("no such file");
        return std::nullopt;
    }
    if (!info.isFile()) {
        *error = tr("not a regular file");
        return std::nullopt;
    }
    if (info.size() > kMaxInputBytes) {
        *error = tr("larger than %1 MiB; not read").arg(kMaxInputBytes >> 20);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    const QByteArray data = file.read(kMaxInputBytes + 1);
    if (data.size() > kMaxInputBytes) {
        *error = tr("larger than %1 MiB; not read").arg(kMaxInputBytes >> 20);
        return std::nullopt;
    }
    if (data.contains('\0')) {
        *error = tr("not a text file (it contains NUL bytes)");
        return std::nullopt;
    }
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        *error = tr("not UTF-8 text");
        return std::nullopt;
    }
    return importMarkdown(text, info.absolutePath());
}

MarkdownImporter::Result MarkdownImporter::importMarkdown(const QString &markdown,
                                                          const QString &baseDir)
{
    Result r;
    ReportMetadata &meta = r.report.metadata;

    QString source = markdown;
    if (source.startsWith(QChar(0xFEFF)))
        source.remove(0, 1);
    source.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    source.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = source.split(QLatin1Char('\n'));
    QList<bool> consumed(lines.size(), false);

    // YAML front matter: its "key: value" lines are summary fields, cmark never sees them.
    int frontMatterEnd = -1;
    if (lines.first().trimmed() == QLatin1String("---")) {
        for (int i = 1; i < std::min<int>(int(lines.size()), 200); ++i) {
            const QString t = lines.at(i).trimmed();
            if (t == QLatin1String("---") || t == QLatin1String("...")) {
                frontMatterEnd = i;
                break;
            }
        }
    }
    QStringList forCmark = lines;
    for (int i = 0; i <= frontMatterEnd; ++i)
        forCmark[i].clear();
    if (frontMatterEnd > 0)
        consumed[0] = consumed[frontMatterEnd] = true;
    const MarkdownOutline outline = MarkdownOutline::parse(forCmark);

    ImageEmbedder images(baseDir);
    images.embed(&lines, outline);
    r.report.attachments = images.attachments();
    r.attachmentBytes = images.bytes();
    r.embedded = images.embedded();
    r.missing = images.missing();
    r.remote = images.remote();
    r.refused = images.refused();
    r.warnings << images.warnings();

    // --- title and parts ---------------------------------------------------------------------
    const QList<Block> &blocks = outline.blocks();
    QList<int> headings;
    bool hasLevelOne = false;
    for (qsizetype k = 0; k < blocks.size(); ++k) {
        if (blocks.at(k).kind == Kind::Heading) {
            headings << int(k);
            hasLevelOne = hasLevelOne || blocks.at(k).level == 1;
        }
    }
    QString title;
    bool frontMatterTitle = false;
    for (int i = 1; i < frontMatterEnd; ++i) {
        const auto f = SummaryFields::parse(lines.at(i), true);
        frontMatterTitle = frontMatterTitle || (f && f->field == Field::Title);
    }
    if (!headings.isEmpty()) {
        const Block &h = blocks.at(headings.first());
        const auto m = SectionMatcher::match(h.text);
        int laterLevel = 7;
        for (qsizetype k = 1; k < headings.size(); ++k)
            laterLevel = std::min(laterLevel, blocks.at(headings.at(k)).level);
        // "# TL;DR" followed by "# What went wrong" starts the sections; the title is elsewhere.
        const bool isSection = m && m->exact &&
                               (frontMatterTitle || (laterLevel < 7 && laterLevel >= h.level) ||
                                (h.level >= 2 && !hasLevelOne));
        if (!isSection) {
            title = h.text;
            for (int i = h.first; i <= h.last; ++i)
                consumed[i] = true;
            headings.removeFirst();
        }
    }
    int minLevel = 6;
    for (int k : std::as_const(headings))
        minLevel = std::min(minLevel, blocks.at(k).level);
    const int sectionLevel = std::max(2, minLevel);

    QList<Part> parts;
    for (int k : std::as_const(headings)) {
        const Block &h = blocks.at(k);
        if (h.level > sectionLevel)
            continue;
        if (!parts.isEmpty())
            parts.last().last = h.first - 1;
        Part p;
        p.heading = h.text;
        p.headingFirst = h.first;
        p.first = h.last + 1;
        p.last = int(lines.size()) - 1;
        p.match = SectionMatcher::match(h.text);
        for (int i = h.first; i <= h.last; ++i)
            consumed[i] = true;
        parts << p;
    }
    const int preambleLast =
        parts.isEmpty() ? int(lines.size()) - 1 : parts.first().headingFirst - 1;

    QStringList topics;
    for (const Part &p : std::as_const(parts)) {
        if (p.match)
            topics << p.match->topic;
    }
    const QString templateId = SectionMatcher::chooseTemplate(topics);
    r.report.templateId = templateId;
    auto isTopic = [](const Part &p, const char *c) {
        return p.match && p.match->topic == QLatin1String(c);
    };

    // --- summary fields ----------------------------------------------------------------------
    // In the front matter, above the first section and in summary sections.
    QList<QPair<int, SummaryFields>> fields; // part index (-1: preamble), field
    auto take = [&](int partIndex, int line, bool plainLabels) {
        for (SummaryFields f : SummaryFields::parseLine(lines.at(line), plainLabels)) {
            f.line = line;
            fields << qMakePair(partIndex, f);
        }
    };
    auto collect = [&](int partIndex, int first, int last, bool plainLabels) {
        for (const Block &b : outline.blocksIn(first, last)) {
            if (b.first < first || b.first > last)
                continue;
            if (b.kind == Kind::Paragraph) {
                for (int i = b.first; i <= std::min(b.last, last); ++i)
                    take(partIndex, i, plainLabels);
            } else if (b.kind == Kind::List) {
                for (const MarkdownOutline::Item &item : b.items) {
                    if (item.first == item.last && item.children.isEmpty())
                        take(partIndex, item.first, plainLabels);
                }
            }
        }
    };
    for (int i = 1; i < frontMatterEnd; ++i)
        take(-1, i, true);
    collect(-1, 0, preambleLast, true);
    for (qsizetype k = 0; k < parts.size(); ++k) {
        if (isTopic(parts.at(k), "summary"))
            collect(int(k), parts.at(k).first, parts.at(k).last, false);
    }

    // --- the document's zone and date --------------------------------------------------------
    std::optional<ZoneName> zone;
    for (int i = 0; i <= preambleLast && !zone; ++i) {
        if (consumed.at(i) || outline.isInCode(i))
            continue;
        if ((zone = ZoneName::fromStatement(lines.at(i))))
            consumed[i] = true;
    }
    for (const auto &[part, f] : std::as_const(fields)) {
        if (!zone && f.field == Field::TimeZone)
            zone = ZoneName::parse(MarkdownOutline::plainText(f.value));
    }
    for (const Part &p : std::as_const(parts)) {
        int statement = -1;
        if (!zone && isTopic(p, "timeline"))
            zone = TimelineParser::findZone(lines, outline, p.first, p.last, p.heading, &statement);
    }
    for (const auto &[part, f] : std::as_const(fields)) {
        if (zone || (f.field != Field::Started && f.field != Field::Detected &&
                     f.field != Field::Mitigated && f.field != Field::Resolved))
            continue;
        if (const auto ts = TimestampText::parseWhole(MarkdownOutline::plainText(f.value), 2000))
            zone = ts->zone;
    }

    QDate date;
    for (const Field wanted : {Field::Date, Field::Started, Field::Duration, Field::Resolved}) {
        for (const auto &[part, f] : std::as_const(fields)) {
            if (!date.isValid() && f.field == wanted) {
                if (const auto d = TimestampText::findDate(MarkdownOutline::plainText(f.value)))
                    date = *d;
            }
        }
    }
    if (!date.isValid()) {
        if (const auto d = TimestampText::findDate(title))
            date = *d;
    }
    bool zoneAssumed = false;
    const ZoneName readZone = zone.value_or(*ZoneName::parse(QStringLiteral("UTC")));

    // --- apply the fields --------------------------------------------------------------------
    QList<QPair<int, Section>> fieldSections; // part index to follow (-1: preamble)
    QStringList fieldTopics;
    auto hasPart = [&](const QString &topic) {
        for (const Part &p : std::as_const(parts)) {
            if (p.match && p.match->topic == topic)
                return true;
        }
        return fieldTopics.contains(topic);
    };
    QList<qsizetype> derived, dates;
    QList<bool> mappedField(fields.size(), false);
    for (qsizetype k = 0; k < fields.size(); ++k) {
        const int part = fields.at(k).first;
        const SummaryFields &f = fields.at(k).second;
        const QString plain = MarkdownOutline::plainText(f.value);
        QString mapped;
        auto setOnce = [&](auto &target, const auto &value, const char *name) {
            if (target == std::remove_reference_t<decltype(target)>() || target == value) {
                target = value;
                mapped = QLatin1String(name);
            }
        };
        switch (f.field) {
        case Field::Title:
            if (title.isEmpty())
                title = plain;
            if (title == plain)
                mapped = QStringLiteral("title");
            break;
        case Field::Severity:
            if (const auto s = SummaryFields::severity(f.value))
                setOnce(meta.severity, *s, "severity");
            else
                r.warnings
                    << tr("severity \"%1\" is not one of SEV1–SEV4; kept in the text").arg(plain);
            break;
        case Field::Status:
            if (const auto s = SummaryFields::status(f.value)) {
                if (meta.status == ReportMetadata().status || meta.status == *s) {
                    meta.status = *s;
                    mapped = QStringLiteral("status");
                }
            } else {
                r.warnings << tr("status \"%1\" is not a report status (draft, in review, final); "
                                 "kept in the text")
                                  .arg(plain);
            }
            break;
        case Field::Incident:
            setOnce(meta.incidentId, plain, "incidentId");
            break;
        case Field::Authors:
            setOnce(meta.authors, SummaryFields::names(f.value), "authors");
            break;
        case Field::Reviewers:
            setOnce(meta.reviewers, SummaryFields::names(f.value), "reviewers");
            break;
        case Field::Services:
            setOnce(meta.services, SummaryFields::names(f.value), "services");
            break;
        case Field::Tags:
            setOnce(meta.tags, SummaryFields::names(f.value), "tags");
            break;
        case Field::Started:
        case Field::Detected:
        case Field::Mitigated:
        case Field::Resolved: {
            const auto ts = TimestampText::parseWhole(plain, date.isValid() ? date.year() : 0);
            const QDate day = ts && ts->date.isValid() ? ts->date : date;
            if (!ts || !day.isValid()) {
                r.warnings << tr("%1 \"%2\" is not a date and time this import reads; kept in the "
                                 "text")
                                  .arg(f.label, plain);
                break;
            }
            zoneAssumed = zoneAssumed || (!ts->zone && !zone);
            const QDateTime at(day, ts->time, (ts->zone ? *ts->zone : readZone).zone);
            QDateTime &target = f.field == Field::Started     ? meta.started
                                : f.field == Field::Detected  ? meta.detected
                                : f.field == Field::Mitigated ? meta.mitigated
                                                              : meta.resolved;
            const char *name = f.field == Field::Started     ? "started"
                               : f.field == Field::Detected  ? "detected"
                               : f.field == Field::Mitigated ? "mitigated"
                                                             : "resolved";
            setOnce(target, at, name);
            break;
        }
        case Field::TimeZone:
            if (zone && ZoneName::parse(plain) && ZoneName::parse(plain)->zone == zone->zone)
                mapped = QStringLiteral("timeZone");
            break;
        case Field::Date:
            dates << k;
            break;
        case Field::Duration:
        case Field::TimeToDetect:
        case Field::TimeToMitigate:
            derived << k;
            break;
        case Field::Section:
            if (!hasPart(f.topic)) {
                fieldTopics << f.topic;
                const auto target = SectionMatcher::target(f.topic, templateId);
                Section s;
                s.id = target ? target->sectionId : customId();
                s.title = target ? target->title : f.label;
                s.help = target ? target->help : QString();
                s.text = f.value;
                fieldSections << qMakePair(part, s);
                mapped = QStringLiteral("section ") + s.id;
            }
            break;
        }
        if (!mapped.isEmpty()) {
            mappedField[k] = true;
            r.fields << FieldMapping{f.label, mapped};
        } else if (f.field != Field::Date && f.field != Field::Duration &&
                   f.field != Field::TimeToDetect && f.field != Field::TimeToMitigate) {
            r.fields << FieldMapping{f.label, QString()};
        }
    }
    // Durations are derived from the instants: a written one is dropped only when it agrees.
    const IncidentMetrics metrics(meta);
    for (qsizetype k : std::as_const(derived)) {
        const SummaryFields &f = fields.at(k).second;
        const auto secs = f.field == Field::Duration       ? metrics.timeToResolveSecs()
                          : f.field == Field::TimeToDetect ? metrics.timeToDetectSecs()
                                                           : metrics.timeToMitigateSecs();
        const bool same = secs && IncidentMetrics::formatDuration(*secs) ==
                                      MarkdownOutline::plainText(f.value).trimmed();
        mappedField[k] = same;
        r.fields << FieldMapping{f.label, same ? QStringLiteral("derived") : QString()};
    }
    for (qsizetype k : std::as_const(dates)) {
        const SummaryFields &f = fields.at(k).second;
        const auto d = TimestampText::findDate(MarkdownOutline::plainText(f.value));
        const bool same =
            d && meta.started.isValid() && meta.started.toTimeZone(readZone.zone).date() == *d;
        mappedField[k] = same;
        r.fields << FieldMapping{f.label, same ? QStringLiteral("started") : QString()};
    }
    // A line goes when everything on it went somewhere.
    QHash<int, bool> lineMapped;
    for (qsizetype k = 0; k < fields.size(); ++k) {
        const int line = fields.at(k).second.line;
        lineMapped[line] = lineMapped.value(line, true) && mappedField.at(k);
    }
    for (auto it = lineMapped.cbegin(); it != lineMapped.cend(); ++it) {
        if (it.value())
            consumed[it.key()] = true;
    }

    // --- sections, timeline and action items, in document order -----------------------------
    QStringList usedIds;
    auto addSection = [&](const Section &s) {
        usedIds << s.id;
        r.report.sections << s;
    };
    auto addFieldSections = [&](int part) {
        for (const auto &[after, s] : std::as_const(fieldSections)) {
            if (after == part)
                addSection(s);
        }
    };
    // A part's text as a template section when its topic has a free one, else a custom one.
    auto sectionFor = [&](const Part &p, const QString &text, bool useTemplateTitle) {
        Section s;
        const auto target =
            p.match ? SectionMatcher::target(p.match->topic, templateId) : std::nullopt;
        if (target && !usedIds.contains(target->sectionId)) {
            s.id = target->sectionId;
            s.title = useTemplateTitle ? target->title : SectionMatcher::cleanedTitle(p.heading);
            s.help = target->help;
        } else {
            s.id = customId();
            s.title = SectionMatcher::cleanedTitle(p.heading);
        }
        s.text = text;
        return s;
    };

    bool exporterShaped = false;
    for (const Part &p : std::as_const(parts)) {
        if (isTopic(p, "actions") &&
            ActionItemParser::hasActionTable(lines, outline, p.first, p.last))
            exporterShaped = true;
    }

    const QString preamble = remainingText(lines, consumed, outline, 0, preambleLast);
    if (!preamble.isEmpty()) {
        const Section s{customId(), tr("Imported notes"), preamble, QString(), QJsonObject()};
        addSection(s);
        r.sections << SectionMapping{QString(), s.id, true};
    }
    addFieldSections(-1);

    int undated = 0;
    for (qsizetype k = 0; k < parts.size(); ++k) {
        const Part &p = parts.at(k);
        if (isTopic(p, "timeline")) {
            TimelineParser parser(date, zone);
            parser.read(lines, outline, p.first, p.last, &consumed);
            r.report.timeline << parser.entries();
            r.warnings << parser.warnings();
            undated += parser.undated();
            zoneAssumed = zoneAssumed || (!zone && !parser.entries().isEmpty());
            r.sections << SectionMapping{p.heading, QStringLiteral("timeline"), false};
            const QString notes = remainingText(lines, consumed, outline, p.first, p.last);
            if (!notes.isEmpty()) {
                const Section s{customId(), tr("Timeline notes"), notes, QString(), QJsonObject()};
                addSection(s);
                r.warnings << tr("lines under \"%1\" that are not timeline entries are kept in "
                                 "the section \"%2\"")
                                  .arg(p.heading, s.title);
            }
        } else if (isTopic(p, "actions") &&
                   (!exporterShaped ||
                    ActionItemParser::hasActionTable(lines, outline, p.first, p.last))) {
            ActionItemParser parser(ActionItemParser::kindForHeading(p.heading));
            parser.read(lines, outline, p.first, p.last, &consumed);
            r.report.actionItems << parser.items();
            r.warnings << parser.warnings();
            r.sections << SectionMapping{p.heading, QStringLiteral("actionItems"), false};
            const QString rest = remainingText(lines, consumed, outline, p.first, p.last);
            if (!rest.isEmpty()) {
                const Section s = sectionFor(p, rest, p.match->exact);
                addSection(s);
                r.warnings << tr("text under \"%1\" that is not an action item is kept in the "
                                 "section \"%2\"")
                                  .arg(p.heading, s.title);
            }
        } else {
            const Section s =
                sectionFor(p, remainingText(lines, consumed, outline, p.first, p.last),
                           p.match && p.match->exact);
            addSection(s);
            r.sections << SectionMapping{p.heading, s.id,
                                         !p.match || s.id.startsWith(QLatin1String("custom-"))};
        }
        addFieldSections(int(k));
    }

    // --- what is left to say ------------------------------------------------------------------
    if (title.isEmpty())
        r.warnings << tr("no heading to take the title from: the report is untitled");
    meta.title = title;
    if (zone && !zone->displayId.isEmpty())
        meta.timeZone = zone->displayId;
    if (zoneAssumed) {
        meta.timeZone = "UTC";
        r.warnings << tr("the document names no time zone: its times were read as UTC");
    } else if (zone && zone->displayId.isEmpty()) {
        r.warnings << tr("times were read in %1, which is no IANA zone: set the report's zone in "
                         "the editor")
                          .arg(zone->written);
    }
    if (undated > 0)
        r.warnings << tr("%1 timeline entries have a time but the document gives no date: they "
                         "were put on %2; correct the date in the editor")
                          .arg(undated)
                          .arg(TimelineParser::placeholderDate().toString(Qt::ISODate));
    return r;
}

QStringList MarkdownImporter::Result::describe() const
{
    const Report &r = report;
    QStringList out;
    out << tr("title: %1").arg(r.metadata.title.isEmpty() ? tr("(none)") : r.metadata.title);
    if (!r.templateId.isEmpty())
        out << tr("sections named as in the %1 template").arg(r.templateId);
    if (!r.metadata.timeZone.isEmpty())
        out << tr("time zone: %1").arg(QString::fromLatin1(r.metadata.timeZone));
    for (const SectionMapping &s : sections) {
        const QString heading =
            s.heading.isEmpty() ? tr("(text before the first heading)") : s.heading;
        QString to;
        if (s.mappedTo == QLatin1String("timeline"))
            to = tr("timeline");
        else if (s.mappedTo == QLatin1String("actionItems"))
            to = tr("action items");
        else
            to = s.custom ? tr("custom section") : tr("section %1").arg(s.mappedTo);
        out << heading + QStringLiteral(" -> ") + to;
    }
    for (const FieldMapping &f : fields)
        out << f.label + QStringLiteral(": -> ") +
                   (f.mappedTo.isEmpty() ? tr("kept in the text") : f.mappedTo);
    out << tr("%1 timeline entries, %2 action items")
               .arg(r.timeline.size())
               .arg(r.actionItems.size());
    out << tr("images: %1 embedded, %2 missing, %3 remote, %4 refused")
               .arg(embedded.size())
               .arg(missing.size())
               .arg(remote.size())
               .arg(refused.size());
    for (const QString &m : missing)
        out << QStringLiteral("  ") + tr("missing: %1").arg(m);
    for (const QString &m : remote)
        out << QStringLiteral("  ") + tr("remote, not downloaded: %1").arg(m);
    for (const QString &m : refused)
        out << QStringLiteral("  ") + tr("refused: %1").arg(m);
    for (const QString &w : warnings)
        out << tr("warning: %1").arg(w);
    return out;
}

QJsonObject MarkdownImporter::Result::toJson() const
{
    QJsonArray sectionArray;
    for (const SectionMapping &s : sections)
        sectionArray << QJsonObject{{QStringLiteral("heading"), s.heading},
                                    {QStringLiteral("mappedTo"), s.mappedTo},
                                    {QStringLiteral("custom"), s.custom}};
    QJsonArray fieldArray;
    for (const FieldMapping &f : fields)
        fieldArray << QJsonObject{{QStringLiteral("label"), f.label},
                                  {QStringLiteral("mappedTo"), f.mappedTo}};
    return QJsonObject{
        {QStringLiteral("title"), report.metadata.title},
        {QStringLiteral("template"), report.templateId},
        {QStringLiteral("timeZone"), QString::fromLatin1(report.metadata.timeZone)},
        {QStringLiteral("sections"), sectionArray},
        {QStringLiteral("fields"), fieldArray},
        {QStringLiteral("timelineEntries"), int(report.timeline.size())},
        {QStringLiteral("actionItems"), int(report.actionItems.size())},
        {QStringLiteral("images"),
         QJsonObject{{QStringLiteral("embedded"), QJsonArray::fromStringList(embedded)},
                     {QStringLiteral("missing"), QJsonArray::fromStringList(missing)},
                     {QStringLiteral("remote"), QJsonArray::fromStringList(remote)},
                     {QStringLiteral("refused"), QJsonArray::fromStringList(refused)}}},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
}

} // namespace debrief
