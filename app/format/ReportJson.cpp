// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "format/ReportJson.h"

#include "format/FormatText.h"
#include "model/Report.h"
#include "model/Vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace debrief {

namespace {

const QString kFormat = QStringLiteral("debrief-postmortem");

// Reads typed values out of one JSON object, turning type mismatches into warnings that say
// where they are, and collecting the keys it did not consume.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString where, QStringList *warnings)
        : m_object(object)
        , m_where(std::move(where))
        , m_warnings(warnings)
    {}

    QString string(const QString &key, const QString &fallback = {})
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString()) {
            mismatch(key, "a string");
            return fallback;
        }
        return v.toString();
    }

    QStringList stringList(const QString &key)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            mismatch(key, "an array of strings");
            return {};
        }
        QStringList out;
        for (const QJsonValue &item : v.toArray()) {
            if (item.isString())
                out << item.toString();
            else
                mismatch(key, "an array of strings");
        }
        return out;
    }

    bool boolean(const QString &key)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool()) {
            mismatch(key, "true or false");
            return false;
        }
        return v.toBool();
    }

    qint64 integer(const QString &key, qint64 fallback = 0)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 9e15 || d != double(qint64(d))) {
            mismatch(key, "a whole number");
            return fallback;
        }
        return qint64(d);
    }

    QDateTime instant(const QString &key)
    {
        const QString s = string(key);
        if (s.isEmpty())
            return {};
        QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!dt.isValid()) {
            warn(FormatText::tr("%1: '%2' is not an ISO 8601 date and time: %3")
                     .arg(m_where, key, s));
            return {};
        }
        if (dt.timeSpec() == Qt::LocalTime) {
            warn(FormatText::tr("%1: '%2' has no UTC offset; read as UTC").arg(m_where, key));
            dt.setTimeZone(QTimeZone::UTC);
        }
        return dt.toOffsetFromUtc(dt.offsetFromUtc());
    }

    // A time of day with no date ("09:00" or "09:00:30").
    QTime clock(const QString &key)
    {
        const QString s = string(key);
        if (s.isEmpty())
            return {};
        const QTime t = QTime::fromString(s, Qt::ISODate);
        if (!t.isValid())
            warn(FormatText::tr("%1: '%2' is not a time of day (HH:mm): %3").arg(m_where, key, s));
        return t;
    }

    QDate date(const QString &key)
    {
        const QString s = string(key);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            warn(FormatText::tr("%1: '%2' is not an ISO 8601 date: %3").arg(m_where, key, s));
        return d;
    }

    QString oneOf(const QString &key, const QStringList &allowed, const QString &fallback)
    {
        const QString s = string(key, fallback);
        if (!s.isEmpty() && !allowed.contains(s)) {
            warn(FormatText::tr("%1: '%2' has the unknown value '%3' (known: %4)")
                     .arg(m_where, key, s, allowed.join(QStringLiteral(", "))));
        }
        return s;
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            mismatch(key, "an array");
            return {};
        }
        return v.toArray();
    }

    QJsonObject object(const QString &key)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject()) {
            mismatch(key, "an object");
            return {};
        }
        return v.toObject();
    }

    // Whatever was not read: kept verbatim so a newer writer's data survives.
    QJsonObject rest() const { return m_object; }

    void warn(const QString &message)
    {
        if (m_warnings)
            *m_warnings << message;
    }

private:
    QJsonValue take(const QString &key) { return m_object.take(key); }

    void mismatch(const QString &key, const char *expected)
    {
        warn(FormatText::tr("%1: '%2' should be %3").arg(m_where, key, QLatin1String(expected)));
    }

    QJsonObject m_object;
    QString m_where;
    QStringList *m_warnings;
};

// Objects in arrays must have unique, non-empty ids for the undo commands to address them.
QString uniqueId(QString id, QSet<QString> &seen, const QString &where, ObjectReader &reader)
{
    if (id.isEmpty() || seen.contains(id)) {
        if (!id.isEmpty())
            reader.warn(FormatText::tr("%1: duplicate id '%2' replaced").arg(where, id));
        id = ReportJson::newId();
    }
    seen.insert(id);
    return id;
}

QJsonValue instantValue(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(ReportJson::formatInstant(dt)) : QJsonValue();
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

void putIf(QJsonObject &o, const QString &key, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()) ||
        (v.isArray() && v.toArray().isEmpty()))
        o.remove(key);
    else
        o.insert(key, v);
}

// A time of day without a date: only when there is no instant to say it.
QJsonValue clockValue(const QDateTime &at, const QTime &clock)
{
    if (at.isValid() || !clock.isValid())
        return {};
    return clock.toString(clock.second() ? u"HH:mm:ss" : u"HH:mm");
}

QJsonObject metadataToJson(const ReportMetadata &m)
{
    QJsonObject o = m.extra;
    putIf(o, QStringLiteral("title"), m.title);
    putIf(o, QStringLiteral("incidentId"), m.incidentId);
    putIf(o, QStringLiteral("severity"), m.severity);
    putIf(o, QStringLiteral("status"), m.status);
    putIf(o, QStringLiteral("authors"), toArray(m.authors));
    putIf(o, QStringLiteral("reviewers"), toArray(m.reviewers));
    putIf(o, QStringLiteral("started"), instantValue(m.started));
    putIf(o, QStringLiteral("detected"), instantValue(m.detected));
    putIf(o, QStringLiteral("mitigated"), instantValue(m.mitigated));
    putIf(o, QStringLiteral("resolved"), instantValue(m.resolved));
    // Times without a date, only while the instant is unset.
    const std::pair<const char *, std::pair<const QDateTime *, const QTime *>> clocks[] = {
        {"startedTime", {&m.started, &m.startedClock}},
        {"detectedTime", {&m.detected, &m.detectedClock}},
        {"mitigatedTime", {&m.mitigated, &m.mitigatedClock}},
        {"resolvedTime", {&m.resolved, &m.resolvedClock}}};
    for (const auto &[key, value] : clocks)
        putIf(o, QLatin1String(key), clockValue(*value.first, *value.second));
    putIf(o, QStringLiteral("timeZone"), QString::fromLatin1(m.timeZone));
    putIf(o, QStringLiteral("timelineInUtc"), m.timelineInUtc ? QJsonValue(true) : QJsonValue());
    putIf(o, QStringLiteral("gapMinutes"),
          m.gapMinutes == ReportMetadata::kDefaultGapMinutes ? QJsonValue()
                                                             : QJsonValue(m.gapMinutes));
    putIf(o, QStringLiteral("services"), toArray(m.services));
    putIf(o, QStringLiteral("tags"), toArray(m.tags));
    return o;
}

ReportMetadata metadataFromJson(const QJsonObject &o, QStringList *warnings)
{
    ObjectReader r(o, QStringLiteral("metadata"), warnings);
    ReportMetadata m;
    m.title = r.string(QStringLiteral("title"));
    m.incidentId = r.string(QStringLiteral("incidentId"));
    m.severity = r.oneOf(QStringLiteral("severity"), Vocabulary::severities(), {});
    m.status = r.oneOf(QStringLiteral("status"), Vocabulary::statuses(), QStringLiteral("draft"));
    m.authors = r.stringList(QStringLiteral("authors"));
    m.reviewers = r.stringList(QStringLiteral("reviewers"));
    m.started = r.instant(QStringLiteral("started"));
    m.detected = r.instant(QStringLiteral("detected"));
    m.mitigated = r.instant(QStringLiteral("mitigated"));
    m.resolved = r.instant(QStringLiteral("resolved"));
    auto clock = [&r](const QDateTime &at, const char *key) {
        const QTime t = r.clock(QLatin1String(key));
        return at.isValid() ? QTime() : t; // a date wins
    };
    m.startedClock = clock(m.started, "startedTime");
    m.detectedClock = clock(m.detected, "detectedTime");
    m.mitigatedClock = clock(m.mitigated, "mitigatedTime");
    m.resolvedClock = clock(m.resolved, "resolvedTime");
    const QString zone = r.string(QStringLiteral("timeZone"));
    if (!zone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(zone.toLatin1()))
        r.warn(FormatText::tr("metadata: unknown time zone '%1'").arg(zone));
    m.timeZone = zone.toLatin1();
    m.timelineInUtc = r.boolean(QStringLiteral("timelineInUtc"));
    m.gapMinutes = int(std::clamp<qint64>(
        r.integer(QStringLiteral("gapMinutes"), ReportMetadata::kDefaultGapMinutes), 1,
        ReportMetadata::kMaxGapMinutes));
    m.services = r.stringList(QStringLiteral("services"));
    m.tags = r.stringList(QStringLiteral("tags"));
    m.extra = r.rest();
    return m;
}

QJsonObject sectionToJson(const Section &s)
{
    QJsonObject o = s.extra;
    o.insert(QStringLiteral("id"), s.id);
    o.insert(QStringLiteral("title"), s.title);
    o.insert(QStringLiteral("text"), s.text);
    putIf(o, QStringLiteral("help"), s.help);
    return o;
}

QJsonObject entryToJson(const TimelineEntry &e)
{
    QJsonObject o = e.extra;
    o.insert(QStringLiteral("id"), e.id);
    putIf(o, QStringLiteral("at"), instantValue(e.at));
    putIf(o, QStringLiteral("time"), clockValue(e.at, e.clock));
    putIf(o, QStringLiteral("approximate"), e.approximate ? QJsonValue(true) : QJsonValue());
    o.insert(QStringLiteral("kind"), e.kind);
    o.insert(QStringLiteral("description"), e.description);
    putIf(o, QStringLiteral("author"), e.author);
    if (e.keyMoment)
        o.insert(QStringLiteral("keyMoment"), true);
    else
        o.remove(QStringLiteral("keyMoment"));
    if (!e.source.isEmpty()) {
        QJsonObject source;
        putIf(source, QStringLiteral("file"), e.source.file);
        putIf(source, QStringLiteral("channel"), e.source.channel);
        putIf(source, QStringLiteral("message"), e.source.message);
        o.insert(QStringLiteral("source"), source);
    }
    return o;
}

QJsonObject actionToJson(const ActionItem &a)
{
    QJsonObject o = a.extra;
    o.insert(QStringLiteral("id"), a.id);
    o.insert(QStringLiteral("title"), a.title);
    putIf(o, QStringLiteral("description"), a.description);
    putIf(o, QStringLiteral("owner"), a.owner);
    putIf(o, QStringLiteral("due"),
          a.due.isValid() ? QJsonValue(a.due.toString(Qt::ISODate)) : QJsonValue());
    putIf(o, QStringLiteral("kind"), a.kind);
    putIf(o, QStringLiteral("priority"), a.priority);
    o.insert(QStringLiteral("status"), a.status);
    putIf(o, QStringLiteral("trackerUrl"), a.trackerUrl);
    return o;
}

QJsonObject attachmentToJson(const Attachment &a)
{
    QJsonObject o = a.extra;
    o.insert(QStringLiteral("id"), a.id);
    o.insert(QStringLiteral("fileName"), a.fileName);
    o.insert(QStringLiteral("mediaType"), a.mediaType);
    o.insert(QStringLiteral("size"), double(a.size));
    putIf(o, QStringLiteral("caption"), a.caption);
    putIf(o, QStringLiteral("altText"), a.altText);
    return o;
}

template <typename Item, typename Convert>
QJsonArray arrayOf(const QList<Item> &items, Convert convert)
{
    QJsonArray out;
    for (const Item &item : items)
        out.append(convert(item));
    return out;
}

// Calls read(object, where) for each element of an array, warning about non-objects.
template <typename Read>
void forEachObject(const QJsonArray &array, const QString &name, ObjectReader &parent, Read read)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(name).arg(i);
        if (!array.at(i).isObject()) {
            parent.warn(FormatText::tr("%1: should be an object; ignored").arg(where));
            continue;
        }
        read(array.at(i).toObject(), where);
    }
}

EntrySource entrySource(const QJsonObject &object, const QString &where, QStringList *warnings)
{
    ObjectReader s(object, where + QStringLiteral(".source"), warnings);
    EntrySource source;
    source.file = s.string(QStringLiteral("file"));
    source.channel = s.string(QStringLiteral("channel"));
    source.message = s.string(QStringLiteral("message"));
    return source;
}

const QRegularExpression &sha256Pattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re;
}

} // namespace

QString ReportJson::formatInstant(const QDateTime &instant)
{
    const QDateTime dt = instant.toOffsetFromUtc(instant.offsetFromUtc());
    return dt.toString(dt.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

QString ReportJson::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject ReportJson::toJson(const Report &report)
{
    QJsonObject o = report.extra;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("version"), kVersion);
    o.insert(QStringLiteral("minorVersion"), std::max(kMinorVersion, report.formatMinor));
    putIf(o, QStringLiteral("template"), report.templateId);
    o.insert(QStringLiteral("metadata"), metadataToJson(report.metadata));
    o.insert(QStringLiteral("sections"), arrayOf(report.sections, sectionToJson));
    o.insert(QStringLiteral("timeline"), arrayOf(report.timeline, entryToJson));
    o.insert(QStringLiteral("actionItems"), arrayOf(report.actionItems, actionToJson));
    o.insert(QStringLiteral("attachments"), arrayOf(report.attachments, attachmentToJson));
    return o;
}

QByteArray ReportJson::serialize(const Report &report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}

std::optional<Report> ReportJson::fromJson(const QJsonObject &root, QStringList *warnings,
                                           QString *error)
{
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.toString() != kFormat) {
        if (error)
            *error = format.isUndefined()
                         ? FormatText::tr(
                               "report.json has no 'format' key; this is not a Debrief report")
                         : FormatText::tr("report.json has format '%1', expected '%2'")
                               .arg(format.isString() ? format.toString()
                                                      : QStringLiteral("(not a string)"),
                                    kFormat);
        return std::nullopt;
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    const double v = version.toDouble(-1);
    if (!version.isDouble() || v < 1 || v != double(int(v))) {
        if (error)
            *error = FormatText::tr("report.json has no valid integer 'version'");
        return std::nullopt;
    }
    if (int(v) > kVersion) {
        if (error)
            *error = FormatText::tr(
                         "this report uses format version %1, but this Debrief reads version %2 "
                         "at most; open it with a newer Debrief")
                         .arg(int(v))
                         .arg(kVersion);
        return std::nullopt;
    }

    QJsonObject rest = root;
    rest.remove(QStringLiteral("format"));
    rest.remove(QStringLiteral("version"));
    ObjectReader r(rest, QStringLiteral("report"), warnings);

    Report report;
    report.formatMinor = int(r.integer(QStringLiteral("minorVersion"), 0));
    report.templateId = r.string(QStringLiteral("template"));
    report.metadata = metadataFromJson(r.object(QStringLiteral("metadata")), warnings);

    QSet<QString> seen;
    forEachObject(r.array(QStringLiteral("sections")), QStringLiteral("sections"), r,
                  [&](const QJsonObject &o, const QString &where) {
                      ObjectReader s(o, where, warnings);
                      Section section;
                      section.id = uniqueId(s.string(QStringLiteral("id")), seen, where, s);
                      section.title = s.string(QStringLiteral("title"));
                      section.text = s.string(QStringLiteral("text"));
                      section.help = s.string(QStringLiteral("help"));
                      section.extra = s.rest();
                      report.sections << section;
                  });
    seen.clear();
    forEachObject(r.array(QStringLiteral("timeline")), QStringLiteral("timeline"), r,
                  [&](const QJsonObject &o, const QString &where) {
                      ObjectReader s(o, where, warnings);
                      TimelineEntry e;
                      e.id = uniqueId(s.string(QStringLiteral("id")), seen, where, s);
                      e.at = s.instant(QStringLiteral("at"));
                      const QTime clock = s.clock(QStringLiteral("time"));
                      e.clock = e.at.isValid() ? QTime() : clock; // a date wins
                      e.approximate = s.boolean(QStringLiteral("approximate"));
                      e.kind = s.oneOf(QStringLiteral("kind"), Vocabulary::timelineKinds(),
                                       QStringLiteral("event"));
                      e.description = s.string(QStringLiteral("description"));
                      e.author = s.string(QStringLiteral("author"));
                      e.keyMoment = s.boolean(QStringLiteral("keyMoment"));
                      e.source = entrySource(s.object(QStringLiteral("source")), where, warnings);
                      e.extra = s.rest();
                      report.timeline << e;
                  });
    seen.clear();
    forEachObject(r.array(QStringLiteral("actionItems")), QStringLiteral("actionItems"), r,
                  [&](const QJsonObject &o, const QString &where) {
                      ObjectReader s(o, where, warnings);
                      ActionItem a;
                      a.id = uniqueId(s.string(QStringLiteral("id")), seen, where, s);
                      a.title = s.string(QStringLiteral("title"));
                      a.description = s.string(QStringLiteral("description"));
                      a.owner = s.string(QStringLiteral("owner"));
                      a.due = s.date(QStringLiteral("due"));
                      a.kind = s.oneOf(QStringLiteral("kind"), Vocabulary::actionKinds(), {});
                      a.priority =
                          s.oneOf(QStringLiteral("priority"), Vocabulary::priorities(), {});
                      a.status = s.oneOf(QStringLiteral("status"), Vocabulary::actionStatuses(),
                                         QStringLiteral("open"));
                      a.trackerUrl = s.string(QStringLiteral("trackerUrl"));
                      a.extra = s.rest();
                      report.actionItems << a;
                  });
    seen.clear();
    forEachObject(
        r.array(QStringLiteral("attachments")), QStringLiteral("attachments"), r,
        [&](const QJsonObject &o, const QString &where) {
            ObjectReader s(o, where, warnings);
            Attachment a;
            a.id = s.string(QStringLiteral("id"));
            if (!sha256Pattern().match(a.id).hasMatch()) {
                s.warn(FormatText::tr("%1: id '%2' is not a SHA-256 digest; attachment ignored")
                           .arg(where, a.id.left(80)));
                return;
            }
            if (seen.contains(a.id)) {
                s.warn(FormatText::tr("%1: attachment %2 listed twice; second ignored")
                           .arg(where, a.id));
                return;
            }
            seen.insert(a.id);
            a.fileName = s.string(QStringLiteral("fileName"));
            a.mediaType = s.string(QStringLiteral("mediaType"));
            a.size = s.integer(QStringLiteral("size"));
            a.caption = s.string(QStringLiteral("caption"));
            a.altText = s.string(QStringLiteral("altText"));
            a.extra = s.rest();
            report.attachments << a;
        });
    report.extra = r.rest();
    return report;
}

} // namespace debrief
