// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/MarkdownImport.h"

#include "export/MarkdownExporter.h"
#include "format/ReportJson.h"
#include "import/ActionItemParser.h"
#include "import/DurationText.h"
#include "import/ImageEmbedder.h"
#include "import/ImportText.h"
#include "import/TimelineParser.h"
#include "import/TimestampText.h"
#include "model/IncidentMetrics.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

#include <type_traits>

namespace debrief {

namespace {

using Block = MarkdownOutline::Block;
using Kind = MarkdownOutline::Kind;
using Field = SummaryFields::Field;
using SectionMapping = MarkdownImporter::SectionMapping;
using FieldMapping = MarkdownImporter::FieldMapping;

QString customId()
{
    return QStringLiteral("custom-") + ReportJson::newId().left(8);
}

// Sets a metadata field that is still empty or already holds `value`; its name when it did.
template <typename T>
QString setOnce(T &target, const std::type_identity_t<T> &value, const char *name)
{
    if (!(target == T() || target == value))
        return {};
    target = value;
    return QLatin1String(name);
}

bool isInstant(Field f)
{
    return f == Field::Started || f == Field::Detected || f == Field::Mitigated ||
           f == Field::Resolved;
}

// Durations are derived from the instants, never stored.
bool isDuration(Field f)
{
    return f == Field::Duration || f == Field::TimeToDetect || f == Field::TimeToMitigate ||
           f == Field::TimeToResolve;
}

// What MarkdownExporter writes for a section without text, in either language.
bool isEmptySectionText(const QString &text)
{
    auto italic = [](const QString &s) -> QString {
        return QLatin1Char('_') + s + QLatin1Char('_');
    };
    return text == italic(QLatin1String(MarkdownExporter::kEmptySectionText)) ||
           text == italic(MarkdownExporter::emptySectionText());
}

} // namespace

MarkdownImport::MarkdownImport(const QString &markdown)
    : m_source(markdown)
{}

MarkdownImporter::Result MarkdownImport::run(const QString &baseDir)
{
    embedImages(baseDir);
    readFrontMatter();
    findTitleAndParts();
    collectSummaryFields();
    findZone();
    findDate();
    applyFields();
    addPartsInOrder();
    addFinalWarnings();
    return std::move(m_result);
}

// --- images, front matter --------------------------------------------------------------------

void MarkdownImport::embedImages(const QString &baseDir)
{
    ImageEmbedder images(baseDir);
    images.embed(&m_source);
    m_result.report.attachments = images.attachments();
    m_result.attachmentBytes = images.bytes();
    m_result.embedded = images.embedded();
    m_result.missing = images.missing();
    m_result.remote = images.remote();
    m_result.refused = images.refused();
    m_result.warnings << images.warnings();
}

// Front matter's "key: value" lines are summary fields; its delimiters are not text.
void MarkdownImport::readFrontMatter()
{
    const int end = m_source.frontMatterEnd();
    if (end <= 0)
        return;
    m_source.consume(0);
    m_source.consume(end);
    const LineRange keys{1, end - 1};
    for (int i = keys.first; i <= keys.last; ++i) {
        const auto f = SummaryFields::parse(m_source.line(i), true);
        m_frontMatterTitle = m_frontMatterTitle || (f && f->field == Field::Title);
    }
    addFields(-1, SummaryFields::inLines(m_source, keys, true));
}

// --- title and parts -------------------------------------------------------------------------

void MarkdownImport::findTitleAndParts()
{
    const QList<Block> &blocks = m_source.outline().blocks();
    QList<int> headings;
    for (qsizetype k = 0; k < blocks.size(); ++k) {
        if (blocks.at(k).kind == Kind::Heading)
            headings << int(k);
    }
    if (!headings.isEmpty() && !firstHeadingStartsSections(headings)) {
        const Block &h = blocks.at(headings.first());
        m_title = h.text;
        m_source.consume({h.first, h.last});
        headings.removeFirst();
    }
    cutParts(headings);

    QList<Topic> topics;
    for (const Part &p : std::as_const(m_parts)) {
        if (p.match)
            topics << p.match->topic;
    }
    m_templateId = SectionMatcher::chooseTemplate(topics);
    m_result.report.templateId = m_templateId;
}

// "# TL;DR" followed by "# What went wrong" starts the sections; the title is elsewhere.
bool MarkdownImport::firstHeadingStartsSections(const QList<int> &headings) const
{
    const QList<Block> &blocks = m_source.outline().blocks();
    const Block &h = blocks.at(headings.first());
    const auto m = SectionMatcher::match(h.text);
    bool hasLevelOne = false;
    int laterLevel = 7;
    for (qsizetype k = 0; k < headings.size(); ++k) {
        const int level = blocks.at(headings.at(k)).level;
        hasLevelOne = hasLevelOne || level == 1;
        if (k > 0)
            laterLevel = std::min(laterLevel, level);
    }
    return m && m->exact &&
           (m_frontMatterTitle || (laterLevel < 7 && laterLevel >= h.level) ||
            (h.level >= 2 && !hasLevelOne));
}

// The highest headings left (but never "#" beside a title) start parts; deeper ones stay text.
void MarkdownImport::cutParts(const QList<int> &headings)
{
    const QList<Block> &blocks = m_source.outline().blocks();
    int minLevel = 6;
    for (int k : headings)
        minLevel = std::min(minLevel, blocks.at(k).level);
    const int sectionLevel = std::max(2, minLevel);
    const int lastLine = m_source.lineCount() - 1;
    for (int k : headings) {
        const Block &h = blocks.at(k);
        if (h.level > sectionLevel)
            continue;
        if (!m_parts.isEmpty())
            m_parts.last().body.last = h.first - 1;
        Part p;
        p.heading = h.text;
        p.headingFirst = h.first;
        p.body = {h.last + 1, lastLine};
        p.match = SectionMatcher::match(h.text);
        m_source.consume({h.first, h.last});
        m_parts << p;
    }
    m_preamble = {0, m_parts.isEmpty() ? lastLine : m_parts.first().headingFirst - 1};
}

bool MarkdownImport::hasPart(Topic topic) const
{
    for (const Part &p : m_parts) {
        if (p.is(topic))
            return true;
    }
    return m_fieldTopics.contains(topic);
}

// --- summary fields --------------------------------------------------------------------------

// Above the first section and in summary sections; front matter's came first.
void MarkdownImport::collectSummaryFields()
{
    addFields(-1, SummaryFields::inBlocks(m_source, m_preamble, true));
    for (qsizetype k = 0; k < m_parts.size(); ++k) {
        Part &p = m_parts[k];
        if (p.is(Topic::Summary)) {
            addFields(int(k), SummaryFields::inBlocks(m_source, p.body, false));
        } else if (!p.match && !hasSummaryPart()) {
            // A playful title over "**Duration:** …", "**Impact:** …" is the summary.
            const auto fields = SummaryFields::inBlocks(m_source, p.body, false);
            if (looksLikeSummary(fields)) {
                p.match = SectionMatcher::Match{Topic::Summary, false};
                addFields(int(k), fields);
                m_result.inferred << ImportText::tr("\"%1\" is the summary, from the fields in "
                                                    "it")
                                         .arg(p.heading);
            }
        }
    }
}

bool MarkdownImport::hasSummaryPart() const
{
    return std::any_of(m_parts.cbegin(), m_parts.cend(),
                       [](const Part &p) { return p.is(Topic::Summary); });
}

// Two fields or more, one of them saying when or what: a summary, whatever its title.
bool MarkdownImport::looksLikeSummary(const QList<SummaryFields> &fields)
{
    const bool telling = std::any_of(fields.cbegin(), fields.cend(), [](const SummaryFields &f) {
        return isInstant(f.field) || isDuration(f.field) || f.field == Field::Date ||
               (f.field == Field::Section && f.topic &&
                (*f.topic == Topic::Impact || *f.topic == Topic::RootCause));
    });
    return fields.size() >= 2 && telling;
}

void MarkdownImport::addFields(int part, const QList<SummaryFields> &fields)
{
    for (const SummaryFields &f : fields)
        m_fields << FoundField{part, f};
}

// --- the document's zone and date ------------------------------------------------------------

// In order of trust: a statement above the first section, a time zone field, the timeline's
// own statement, heading or table header, the zone a time field is written with.
void MarkdownImport::findZone()
{
    for (int i = m_preamble.first; i <= m_preamble.last && !m_zone; ++i) {
        if (m_source.isConsumed(i) || m_source.isInCode(i))
            continue;
        if ((m_zone = ZoneName::fromStatement(m_source.line(i))))
            m_source.consume(i);
    }
    for (const FoundField &found : std::as_const(m_fields)) {
        if (!m_zone && found.field.field == Field::TimeZone)
            m_zone = ZoneName::parse(MarkdownOutline::plainText(found.field.value));
    }
    for (const Part &p : std::as_const(m_parts)) {
        if (!m_zone && p.is(Topic::Timeline))
            m_zone = TimelineParser::findZone(m_source, p.body, p.heading);
    }
    for (const FoundField &found : std::as_const(m_fields)) {
        if (m_zone || found.field.field != Field::Duration)
            continue;
        if (const auto span = DurationText::span(MarkdownOutline::plainText(found.field.value)))
            m_zone = span->from.zone;
    }
    for (const FoundField &found : std::as_const(m_fields)) {
        if (m_zone || !isInstant(found.field.field))
            continue;
        const QString plain = MarkdownOutline::plainText(found.field.value);
        if (const auto ts = TimestampText::parseWhole(plain, 2000))
            m_zone = ts->zone;
    }
    m_readZone = m_zone.value_or(*ZoneName::parse(QStringLiteral("UTC")));
}

// The day that times without a date are on: from the fields, else from the title.
void MarkdownImport::findDate()
{
    for (const Field wanted : {Field::Date, Field::Started, Field::Duration, Field::Resolved}) {
        for (const FoundField &found : std::as_const(m_fields)) {
            if (m_date.isValid() || found.field.field != wanted)
                continue;
            if (const auto d =
                    TimestampText::findDate(MarkdownOutline::plainText(found.field.value)))
                m_date = *d;
        }
    }
    if (!m_date.isValid()) {
        if (const auto d = TimestampText::findDate(m_title))
            m_date = *d;
    }
    // "October 12, 20XX": a day without its year is no date, but the user should hear of it.
    for (const FoundField &found : std::as_const(m_fields)) {
        const QString plain = MarkdownOutline::plainText(found.field.value);
        if (!m_date.isValid() && found.field.field == Field::Date &&
            TimestampText::findDate(plain, 2000))
            m_result.warnings << ImportText::tr("the date \"%1\" gives no year: times are shown "
                                                "without a date until you give one (Timeline → "
                                                "Set Date…)")
                                     .arg(plain);
    }
}

// --- applying the fields ---------------------------------------------------------------------

// A field fills its metadata once; one that does not fit stays in the text. Written dates and
// durations are checked against the instants, so they come last.
void MarkdownImport::applyFields()
{
    QList<qsizetype> derived, dates;
    QList<bool> mapped(m_fields.size(), false);
    for (qsizetype k = 0; k < m_fields.size(); ++k) {
        const SummaryFields &f = m_fields.at(k).field;
        if (f.field == Field::Date) {
            dates << k;
            continue;
        }
        if (isDuration(f.field)) {
            derived << k;
            continue;
        }
        const QString to = applyField(m_fields.at(k));
        mapped[k] = !to.isEmpty();
        m_result.fields << FieldMapping{f.label, to};
    }
    for (qsizetype k : std::as_const(derived)) {
        const SummaryFields &f = m_fields.at(k).field;
        QString to = f.field == Field::Duration ? applySpan(f) : QString();
        if (to.isEmpty() && writtenDurationAgrees(f))
            to = QStringLiteral("derived");
        mapped[k] = !to.isEmpty();
        m_result.fields << FieldMapping{f.label, to};
    }
    for (qsizetype k : std::as_const(dates)) {
        const SummaryFields &f = m_fields.at(k).field;
        mapped[k] = writtenDateAgrees(f);
        m_result.fields << FieldMapping{f.label, mapped[k] ? QStringLiteral("started") : QString()};
    }
    consumeMappedLines(mapped);
    m_mapped = mapped;
}

// With no start given, a written date that dates the timeline's entries is said by them.
void MarkdownImport::settleDates()
{
    if (m_result.report.metadata.started.isValid() || !m_date.isValid())
        return;
    const bool dated =
        std::any_of(m_result.report.timeline.cbegin(), m_result.report.timeline.cend(),
                    [this](const TimelineEntry &e) {
                        return e.at.isValid() && e.at.toTimeZone(m_readZone.zone).date() == m_date;
                    });
    if (!dated)
        return;
    for (qsizetype k = 0; k < m_fields.size(); ++k) {
        const SummaryFields &f = m_fields.at(k).field;
        const auto d = TimestampText::findDate(MarkdownOutline::plainText(f.value));
        if (f.field != Field::Date || m_mapped.at(k) || !d || *d != m_date)
            continue;
        m_mapped[k] = true;
        for (FieldMapping &fm : m_result.fields) {
            if (fm.label == f.label && fm.mappedTo.isEmpty())
                fm.mappedTo = QStringLiteral("timeline dates");
        }
    }
    consumeMappedLines(m_mapped);
}

// What the field was mapped to, or empty when it stays in the text.
QString MarkdownImport::applyField(const FoundField &found)
{
    const SummaryFields &f = found.field;
    const QString plain = MarkdownOutline::plainText(f.value);
    ReportMetadata &meta = m_result.report.metadata;
    switch (f.field) {
    case Field::Title:
        if (m_title.isEmpty())
            m_title = plain;
        return m_title == plain ? QStringLiteral("title") : QString();
    case Field::Severity:
        if (const auto s = SummaryFields::severity(f.value))
            return setOnce(meta.severity, *s, "severity");
        m_result.warnings << ImportText::tr(
                                 "severity \"%1\" is not one of SEV1–SEV4; kept in the text")
                                 .arg(plain);
        return {};
    case Field::Status:
        return applyStatus(f, plain);
    case Field::Incident:
        return setOnce(meta.incidentId, plain, "incidentId");
    case Field::Authors:
        return setOnce(meta.authors, SummaryFields::names(f.value), "authors");
    case Field::Reviewers:
        return setOnce(meta.reviewers, SummaryFields::names(f.value), "reviewers");
    case Field::Services:
        return setOnce(meta.services, SummaryFields::names(f.value), "services");
    case Field::Tags:
        return setOnce(meta.tags, SummaryFields::names(f.value), "tags");
    case Field::Started:
    case Field::Detected:
    case Field::Mitigated:
    case Field::Resolved:
        return applyInstant(f, plain);
    case Field::TimeZone: {
        // Only a zone that is the one the document was read in is taken from the text.
        const auto written = ZoneName::parse(plain);
        return m_zone && written && written->zone == m_zone->zone ? QStringLiteral("timeZone")
                                                                  : QString();
    }
    case Field::Section:
        return addFieldSection(found);
    case Field::Date:
    case Field::Duration:
    case Field::TimeToDetect:
    case Field::TimeToMitigate:
    case Field::TimeToResolve:
        break; // applyFields checks these against the instants
    }
    return {};
}

QString MarkdownImport::applyStatus(const SummaryFields &f, const QString &plain)
{
    ReportMetadata &meta = m_result.report.metadata;
    const auto s = SummaryFields::status(f.value);
    if (!s) {
        m_result.warnings << ImportText::tr("status \"%1\" is not a report status (draft, in "
                                            "review, final); kept in the text")
                                 .arg(plain);
        return {};
    }
    // Set once, but the unset status is the default one, not an empty one.
    if (meta.status != ReportMetadata().status && meta.status != *s)
        return {};
    meta.status = *s;
    return QStringLiteral("status");
}

// Started, detected, mitigated, resolved: read in the document's zone unless written with one.
QString MarkdownImport::applyInstant(const SummaryFields &f, const QString &plain)
{
    const auto ts = TimestampText::parseWhole(plain, m_date.isValid() ? m_date.year() : 0);
    const QDate day = ts && ts->date.isValid() ? ts->date : m_date;
    if (ts && !day.isValid() && !ts->yearMissing && inReadZone(ts->zone))
        return applyClock(f.field, ts->time);
    if (!ts || !day.isValid()) {
        m_result.warnings << ImportText::tr("%1 \"%2\" is not a date and time this import reads; "
                                            "kept in the text")
                                 .arg(f.label, plain);
        return {};
    }
    m_zoneAssumed = m_zoneAssumed || (!ts->zone && !m_zone);
    const QDateTime at(day, ts->time, (ts->zone ? *ts->zone : m_readZone).zone);
    ReportMetadata &meta = m_result.report.metadata;
    return f.field == Field::Started     ? setOnce(meta.started, at, "started")
           : f.field == Field::Detected  ? setOnce(meta.detected, at, "detected")
           : f.field == Field::Mitigated ? setOnce(meta.mitigated, at, "mitigated")
                                         : setOnce(meta.resolved, at, "resolved");
}

// "**Impact:** …" in a summary is the Impact section when the document has none; it follows
// the part the field was found in.
QString MarkdownImport::addFieldSection(const FoundField &found)
{
    const SummaryFields &f = found.field;
    if (!f.topic || hasPart(*f.topic))
        return {};
    m_fieldTopics << *f.topic;
    const auto target = SectionMatcher::target(*f.topic, m_templateId);
    Section s;
    s.id = target ? target->sectionId : customId();
    s.title = target ? target->title : f.label;
    s.help = target ? target->help : QString();
    s.text = f.value;
    m_fieldSections << qMakePair(found.part, s);
    return QStringLiteral("section ") + s.id;
}

// "Duration: From 09:00 AM to 11:30 AM (UTC)" is when it started and when it was resolved.
QString MarkdownImport::applySpan(const SummaryFields &f)
{
    const QString plain = MarkdownOutline::plainText(f.value);
    const auto span = DurationText::span(plain, m_date.isValid() ? m_date.year() : 0);
    if (!span)
        return {};
    const QDate fromDay = span->from.date.isValid() ? span->from.date : m_date;
    if (!fromDay.isValid()) {
        // Times alone, never an invented day.
        if (!inReadZone(span->from.zone) || span->from.yearMissing || span->to.yearMissing)
            return {};
        const QString a = applyClock(Field::Started, span->from.time);
        const QString b = applyClock(Field::Resolved, span->to.time);
        return a.isEmpty() || b.isEmpty() ? QString() : a + QStringLiteral(", ") + b;
    }
    const QTimeZone zone = (span->from.zone ? *span->from.zone : m_readZone).zone;
    m_zoneAssumed = m_zoneAssumed || (!span->from.zone && !m_zone);
    const QDateTime started(fromDay, span->from.time, zone);
    QDateTime resolved(span->to.date.isValid() ? span->to.date : fromDay, span->to.time, zone);
    if (resolved < started && !span->to.date.isValid())
        resolved = resolved.addDays(1); // "23:10 to 00:40"
    ReportMetadata &meta = m_result.report.metadata;
    const QString a = setOnce(meta.started, started, "started");
    const QString b = setOnce(meta.resolved, resolved, "resolved");
    return a.isEmpty() || b.isEmpty() ? QString() : a + QStringLiteral(", ") + b;
}

// Whether a time written with `zone` (or none) reads in the report's zone: a time without a
// date cannot be moved to another zone.
bool MarkdownImport::inReadZone(const std::optional<ZoneName> &zone) const
{
    return !zone || zone->zone == m_readZone.zone;
}

// A start or end whose day nobody gave: the time alone, in the report's zone.
QString MarkdownImport::applyClock(Field field, const QTime &time)
{
    m_zoneAssumed = m_zoneAssumed || !m_zone;
    ReportMetadata &meta = m_result.report.metadata;
    switch (field) {
    case Field::Started:
        return setOnce(meta.startedClock, time, "started (time alone)");
    case Field::Detected:
        return setOnce(meta.detectedClock, time, "detected (time alone)");
    case Field::Mitigated:
        return setOnce(meta.mitigatedClock, time, "mitigated (time alone)");
    default:
        return setOnce(meta.resolvedClock, time, "resolved (time alone)");
    }
}

// A written duration goes only when the instants give the same figure.
bool MarkdownImport::writtenDurationAgrees(const SummaryFields &f) const
{
    const IncidentMetrics metrics(m_result.report.metadata);
    const auto secs = f.field == Field::Duration        ? metrics.duration().secs
                      : f.field == Field::TimeToDetect  ? metrics.timeToDetect().secs
                      : f.field == Field::TimeToResolve ? metrics.timeToResolve().secs
                                                        : metrics.timeToMitigate().secs;
    const QString plain = MarkdownOutline::plainText(f.value).trimmed();
    return secs && (IncidentMetrics::formatDuration(*secs) == plain ||
                    DurationText::seconds(plain) == *secs);
}

// A written date goes only when it is the day the incident started, in the report's zone, or,
// with no start given, the day the timeline's entries are dated with.
bool MarkdownImport::writtenDateAgrees(const SummaryFields &f) const
{
    const QDateTime &started = m_result.report.metadata.started;
    const auto d = TimestampText::findDate(MarkdownOutline::plainText(f.value));
    return d && started.isValid() && started.toTimeZone(m_readZone.zone).date() == *d;
}

// A line goes when everything on it went somewhere.
void MarkdownImport::consumeMappedLines(const QList<bool> &mapped)
{
    QHash<int, bool> lineMapped;
    for (qsizetype k = 0; k < m_fields.size(); ++k) {
        const int line = m_fields.at(k).field.line;
        lineMapped[line] = lineMapped.value(line, true) && mapped.at(k);
    }
    for (auto it = lineMapped.cbegin(); it != lineMapped.cend(); ++it) {
        if (it.value())
            m_source.consume(it.key());
    }
}

// --- sections, timeline and action items, in document order ---------------------------------

void MarkdownImport::addPartsInOrder()
{
    // Our own export has its action items in a table; action headings without one are text.
    bool exporterShaped = false;
    for (const Part &p : std::as_const(m_parts)) {
        exporterShaped = exporterShaped || (p.is(Topic::Actions) &&
                                            ActionItemParser::hasActionTable(m_source, p.body));
    }
    findTimelineByShape(QString(), m_preamble);
    findActionsByShape(m_preamble);
    addFieldSections(-1);
    for (qsizetype k = 0; k < m_parts.size(); ++k) {
        const Part &p = m_parts.at(k);
        if (p.is(Topic::Timeline))
            addTimeline(p);
        else if (p.is(Topic::Actions) &&
                 (!exporterShaped || ActionItemParser::hasActionTable(m_source, p.body)))
            addActionItems(p);
        else
            addTextSection(p);
        addFieldSections(int(k));
    }
    settleDates();
    addPreamble(); // last, when the dates and timeline are known, but first in the report
}

void MarkdownImport::addPreamble()
{
    const QString preamble = leftOver(m_preamble);
    if (preamble.isEmpty())
        return;
    const Section s{customId(), ImportText::tr("Imported notes"), preamble, QString(),
                    QJsonObject()};
    m_usedIds << s.id;
    m_result.report.sections.prepend(s);
    m_result.sections.prepend(SectionMapping{QString(), s.id, true});
}

void MarkdownImport::addTimeline(const Part &p)
{
    const QList<bool> before = m_source.consumedIn(p.body);
    TimelineParser parser(m_date, m_zone);
    parser.read(&m_source, p.body);
    if (parser.entries().isEmpty() && !p.match->exact) {
        // "Establishing the timeline" over prose: a section, not an empty timeline.
        m_source.restore(p.body, before);
        addTextSection(p);
        return;
    }
    takeEntries(parser);
    m_result.sections << SectionMapping{p.heading, QStringLiteral("timeline"), false};
    const QString notes = withHeadingRest(p.heading, leftOver(p.body));
    if (notes.isEmpty())
        return;
    const Section s{customId(), ImportText::tr("Timeline notes"), notes, QString(), QJsonObject()};
    addSection(s);
    m_result.warnings << ImportText::tr("lines under \"%1\" that are not timeline entries are "
                                        "kept in the section \"%2\"")
                             .arg(p.heading, s.title);
}

// "📅 Timeline: here is how the night went": what the heading says after the part's name is
// text, kept above the part's other leftovers.
QString MarkdownImport::withHeadingRest(const QString &heading, const QString &text)
{
    const qsizetype colon = heading.indexOf(QLatin1Char(':'));
    const QString rest = colon < 0 ? QString() : heading.mid(colon + 1).trimmed();
    if (rest.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() < 3)
        return text;
    return text.isEmpty() ? rest : rest + QStringLiteral("\n\n") + text;
}

void MarkdownImport::takeEntries(const TimelineParser &parser)
{
    m_result.report.timeline << parser.entries();
    m_result.warnings << parser.warnings();
    m_result.inferred << parser.inferred();
    m_undated += parser.undated();
    m_zoneAssumed = m_zoneAssumed || (!m_zone && !parser.entries().isEmpty());
}

// A run of timed lines is a timeline wherever it stands; a time or two in prose is not.
bool MarkdownImport::findTimelineByShape(const QString &heading, LineRange range)
{
    if (range.last < range.first)
        return false;
    const QList<bool> before = m_source.consumedIn(range);
    TimelineParser parser(m_date, m_zone);
    parser.read(&m_source, range);
    int text = 0, used = 0;
    for (int i = range.first; i <= range.last; ++i) {
        if (before.at(i - range.first) || m_source.line(i).trimmed().isEmpty())
            continue;
        ++text;
        used += m_source.isConsumed(i) ? 1 : 0;
    }
    const auto timed = std::count_if(parser.entries().cbegin(), parser.entries().cend(),
                                     [](const TimelineEntry &e) { return e.hasTime(); });
    if (timed < 2 || (parser.largestRun() < 2 && 2 * used < text)) {
        m_source.restore(range, before);
        return false;
    }
    takeEntries(parser);
    m_result.sections << SectionMapping{heading, QStringLiteral("timeline"), false};
    m_result.inferred << (heading.isEmpty()
                              ? ImportText::tr("%1 timeline entries found by their times above "
                                               "the first heading")
                                    .arg(parser.entries().size())
                              : ImportText::tr("%1 timeline entries found by their times under "
                                               "\"%2\"")
                                    .arg(parser.entries().size())
                                    .arg(heading));
    return true;
}

void MarkdownImport::addActionItems(const Part &p)
{
    ActionItemParser parser(ActionItemParser::kindForHeading(p.heading));
    parser.read(&m_source, p.body);
    m_result.report.actionItems << parser.items();
    m_result.warnings << parser.warnings();
    m_result.inferred << parser.inferred();
    m_result.sections << SectionMapping{p.heading, QStringLiteral("actionItems"), false};
    const QString rest = withHeadingRest(p.heading, leftOver(p.body));
    if (rest.isEmpty())
        return;
    const Section s = sectionFor(p, rest, p.match->exact);
    addSection(s);
    m_result.warnings << ImportText::tr("text under \"%1\" that is not an action item is kept "
                                        "in the section \"%2\"")
                             .arg(p.heading, s.title);
}

// Action lists under a subheading or a list label about them, inside another part.
void MarkdownImport::findActionsByShape(LineRange range)
{
    const auto blocks = m_source.blocksIn(range);
    for (size_t k = 0; k < blocks.size(); ++k) {
        const Block &b = blocks[k];
        if (b.kind == Kind::Heading && ActionItemParser::isAboutActions(b.text)) {
            ActionItemParser parser(ActionItemParser::kindForHeading(b.text));
            parser.read(&m_source, {b.first, listsAfter(blocks, k, range)});
            takeActions(parser, b.text);
        } else if (b.kind == Kind::List) {
            for (const MarkdownOutline::Item &item : b.items)
                findActionsUnderLabel(item);
        }
    }
}

// The last line of the lists right under heading k (one paragraph may introduce them); the
// heading's own line when there are none. Lists further down belong to other things.
int MarkdownImport::listsAfter(std::span<const Block> blocks, size_t k, LineRange range)
{
    int end = blocks[k].last;
    bool intro = false;
    for (size_t n = k + 1; n < blocks.size() && blocks[n].first <= range.last; ++n) {
        const Block &b = blocks[n];
        if (b.kind == Kind::List) {
            end = std::min(b.last, range.last);
        } else if (b.kind == Kind::Paragraph && end == blocks[k].last && !intro) {
            intro = true;
        } else {
            break;
        }
    }
    return end;
}

// "- Corrective and preventative measures" with the measures nested under it.
void MarkdownImport::findActionsUnderLabel(const MarkdownOutline::Item &item)
{
    if (item.children.isEmpty() || m_source.isConsumed(item.first))
        return;
    static const QRegularExpression marker(QStringLiteral("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+"));
    QString label =
        MarkdownOutline::plainText(QString(m_source.line(item.first)).remove(marker)).trimmed();
    while (label.endsWith(QLatin1Char(':')) || label.endsWith(QLatin1Char('.')))
        label.chop(1);
    if (label.isEmpty() || label.size() > 80 || !ActionItemParser::isAboutActions(label))
        return;
    const QString kind = ActionItemParser::kindForHeading(label);
    ActionItemParser parser(kind);
    parser.readItems(&m_source, item.children);
    if (takeActions(parser, label) && !kind.isEmpty())
        m_source.consume(item.first); // the label lives on in the items' kind
}

bool MarkdownImport::takeActions(const ActionItemParser &parser, const QString &under)
{
    if (parser.items().isEmpty())
        return false;
    m_result.report.actionItems << parser.items();
    m_result.warnings << parser.warnings();
    m_result.inferred << parser.inferred();
    m_result.inferred << ImportText::tr("%1 action items found in a list under \"%2\"")
                             .arg(parser.items().size())
                             .arg(under);
    return true;
}

void MarkdownImport::addTextSection(const Part &p)
{
    findActionsByShape(p.body);
    const bool timeline = findTimelineByShape(p.heading, p.body);
    if (timeline && leftOver(p.body).isEmpty())
        return; // all of it was timeline
    const Section s = sectionFor(p, leftOver(p.body), p.match && p.match->exact);
    addSection(s);
    m_result.sections << SectionMapping{p.heading, s.id,
                                        !p.match || s.id.startsWith(QLatin1String("custom-"))};
}

void MarkdownImport::addFieldSections(int part)
{
    for (const auto &[after, s] : std::as_const(m_fieldSections)) {
        if (after == part)
            addSection(s);
    }
}

void MarkdownImport::addSection(const Section &s)
{
    m_usedIds << s.id;
    m_result.report.sections << s;
}

// A part's text as a template section when its topic has a free one, else a custom one.
Section MarkdownImport::sectionFor(const Part &p, const QString &text, bool useTemplateTitle) const
{
    Section s;
    const auto target =
        p.match ? SectionMatcher::target(p.match->topic, m_templateId) : std::nullopt;
    if (target && !m_usedIds.contains(target->sectionId)) {
        s.id = target->sectionId;
        s.title = useTemplateTitle ? target->title : SectionMatcher::cleanedTitle(p.heading);
        s.help = target->help;
    } else {
        s.id = customId();
        s.title = SectionMatcher::cleanedTitle(p.heading);
    }
    s.text = text;
    return s;
}

// The range's unconsumed text; the exporter's placeholder for an empty section counts as none.
QString MarkdownImport::leftOver(LineRange range) const
{
    const QString text = m_source.remainingText(range);
    return isEmptySectionText(text) ? QString() : text;
}

// --- what is left to say ---------------------------------------------------------------------

void MarkdownImport::addFinalWarnings()
{
    ReportMetadata &meta = m_result.report.metadata;
    if (m_title.isEmpty())
        m_result.warnings << ImportText::tr(
            "no heading to take the title from: the report is untitled");
    meta.title = m_title;
    if (m_zone && !m_zone->displayId.isEmpty())
        meta.timeZone = m_zone->displayId;
    if (m_zoneAssumed) {
        meta.timeZone = "UTC";
        m_result.warnings << ImportText::tr(
            "the document names no time zone: its times were read as UTC");
        m_result.inferred << ImportText::tr("the time zone UTC, as the document names none");
    } else if (m_zone && m_zone->displayId.isEmpty()) {
        m_result.warnings << ImportText::tr("times were read in %1, which is no IANA zone: set "
                                            "the report's zone in the editor")
                                 .arg(m_zone->written);
    }
    if (m_undated == 1)
        m_result.warnings << ImportText::tr("a timeline entry has a time but the document gives "
                                            "no date: it shows the time alone until you give it "
                                            "one (Timeline → Set Date…)");
    else if (m_undated > 1)
        m_result.warnings << ImportText::tr("%1 timeline entries have a time but the document "
                                            "gives no date: they show the time alone until you "
                                            "give them one (Timeline → Set Date…)")
                                 .arg(m_undated);
}

} // namespace debrief
