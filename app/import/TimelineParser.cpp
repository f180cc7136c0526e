// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/TimelineParser.h"

#include "export/MarkdownExporter.h"
#include "format/ReportJson.h"
#include "import/ImportText.h"
#include "import/MarkdownTable.h"
#include "import/TimestampText.h"
#include "model/Vocabulary.h"

#include <QRegularExpression>

namespace debrief {

namespace {

const QChar kStar(0x2605);

const QRegularExpression &listMarker()
{
    static const QRegularExpression re(QStringLiteral("^\\s*(?:[-*+]|\\d{1,9}[.)])(?:\\s+|$)"));
    return re;
}

// Emphasis and code marks around a whole cell or line: "**09:15**" gives "09:15".
QString unwrapped(QString s)
{
    s = s.trimmed();
    for (const QLatin1String mark : {QLatin1String("**"), QLatin1String("__"), QLatin1String("`"),
                                     QLatin1String("*"), QLatin1String("_")}) {
        if (s.size() > 2 * mark.size() && s.startsWith(mark) && s.endsWith(mark))
            s = s.mid(mark.size(), s.size() - 2 * mark.size()).trimmed();
    }
    return s;
}

std::optional<QDate> dateLine(const QString &line, int year)
{
    QString s = unwrapped(line);
    while (s.endsWith(QLatin1Char(':')))
        s.chop(1);
    return TimestampText::parseDate(unwrapped(s), year);
}

enum class Column { None, Time, Date, Kind, Description, Author };

Column columnFor(const QString &header)
{
    const QString k = MarkdownTable::headerKey(header);
    static const QStringList time{QStringLiteral("time"),      QStringLiteral("when"),
                                  QStringLiteral("timestamp"), QStringLiteral("datetime"),
                                  QStringLiteral("date time"), QStringLiteral("date and time"),
                                  QStringLiteral("clock")};
    static const QStringList date{QStringLiteral("date"), QStringLiteral("day")};
    static const QStringList kind{QStringLiteral("kind"), QStringLiteral("type"),
                                  QStringLiteral("category"), QStringLiteral("event type")};
    static const QStringList author{QStringLiteral("who"),       QStringLiteral("author"),
                                    QStringLiteral("by"),        QStringLiteral("owner"),
                                    QStringLiteral("actor"),     QStringLiteral("person"),
                                    QStringLiteral("responder"), QStringLiteral("reporter")};
    static const QStringList description{
        QStringLiteral("what happened"), QStringLiteral("event"),    QStringLiteral("description"),
        QStringLiteral("what"),          QStringLiteral("details"),  QStringLiteral("detail"),
        QStringLiteral("action"),        QStringLiteral("notes"),    QStringLiteral("note"),
        QStringLiteral("summary"),       QStringLiteral("activity"), QStringLiteral("update"),
        QStringLiteral("message")};
    if (time.contains(k) || k.startsWith(QLatin1String("time ")))
        return Column::Time;
    if (date.contains(k))
        return Column::Date;
    if (kind.contains(k))
        return Column::Kind;
    if (author.contains(k))
        return Column::Author;
    if (description.contains(k))
        return Column::Description;
    return Column::None;
}

// A table row's cells by their column's role, unescaped.
struct RowCells
{
    QString time, date, kind, description, author;
};

RowCells rowCells(const QStringList &cells, const QList<Column> &columns)
{
    RowCells r;
    for (qsizetype c = 0; c < cells.size() && c < columns.size(); ++c) {
        switch (columns.at(c)) {
        case Column::Time:
            r.time = unwrapped(cells.at(c));
            break;
        case Column::Date:
            r.date = unwrapped(cells.at(c));
            break;
        case Column::Kind:
            r.kind = cells.at(c);
            break;
        case Column::Description:
            r.description = MarkdownTable::unescapeCell(cells.at(c));
            break;
        case Column::Author:
            r.author = MarkdownTable::unescapePlain(cells.at(c));
            break;
        case Column::None:
            break;
        }
    }
    return r;
}

} // namespace

TimelineParser::TimelineParser(const QDate &date, const std::optional<ZoneName> &zone)
    : m_date(date)
    , m_zone(zone)
{}

std::optional<ZoneName> TimelineParser::findZone(const ImportSource &source, LineRange range,
                                                 const QString &heading)
{
    for (int i = range.first; i <= range.last; ++i) {
        if (!source.isInCode(i)) {
            if (auto z = ZoneName::fromStatement(source.line(i)))
                return z;
        }
    }
    if (auto z = ZoneName::inHeading(heading))
        return z;
    for (int i = range.first; i <= range.last; ++i) {
        if (source.isInCode(i) || !MarkdownTable::startsTable(source.lines(), i, range.last))
            continue;
        for (const QString &cell : MarkdownTable::cells(source.line(i))) {
            if (columnFor(cell) != Column::Time)
                continue;
            if (auto z = ZoneName::inHeading(cell))
                return z;
        }
    }
    return std::nullopt;
}

QString TimelineParser::kindFor(const QString &written)
{
    const QString k = MarkdownTable::headerKey(MarkdownTable::unescapePlain(written));
    if (k.isEmpty())
        return QStringLiteral("event");
    if (Vocabulary::timelineKinds().contains(k))
        return k;
    static const QHash<QString, QString> synonyms{
        {QStringLiteral("alert"), QStringLiteral("detection")},
        {QStringLiteral("detected"), QStringLiteral("detection")},
        {QStringLiteral("detect"), QStringLiteral("detection")},
        {QStringLiteral("escalate"), QStringLiteral("escalation")},
        {QStringLiteral("escalated"), QStringLiteral("escalation")},
        {QStringLiteral("page"), QStringLiteral("escalation")},
        {QStringLiteral("paged"), QStringLiteral("escalation")},
        {QStringLiteral("mitigate"), QStringLiteral("mitigation")},
        {QStringLiteral("mitigated"), QStringLiteral("mitigation")},
        {QStringLiteral("rollback"), QStringLiteral("mitigation")},
        {QStringLiteral("resolve"), QStringLiteral("resolution")},
        {QStringLiteral("resolved"), QStringLiteral("resolution")},
        {QStringLiteral("fix"), QStringLiteral("resolution")},
        {QStringLiteral("fixed"), QStringLiteral("resolution")},
        {QStringLiteral("comms"), QStringLiteral("communication")},
        {QStringLiteral("communications"), QStringLiteral("communication")},
        {QStringLiteral("status update"), QStringLiteral("communication")},
        {QStringLiteral("info"), QStringLiteral("event")},
        {QStringLiteral("note"), QStringLiteral("event")},
    };
    if (const auto it = synonyms.constFind(k); it != synonyms.cend())
        return *it;
    m_warnings << ImportText::tr("timeline kind \"%1\" is not one of %2; kept as written")
                      .arg(written, Vocabulary::timelineKinds().join(QStringLiteral(", ")));
    return k;
}

void TimelineParser::place(Parsed *p, const QDate &explicitDate, const QTime &time,
                           const std::optional<ZoneName> &zone)
{
    QDate date = explicitDate;
    if (date.isValid()) {
        m_date = date;
    } else if (m_date.isValid()) {
        // A clock going back by more than six hours is the next day: 23:50, then 00:10.
        if (m_lastTime.isValid() && time.secsTo(m_lastTime) > 6 * 3600) {
            m_date = m_date.addDays(1);
            m_warnings << ImportText::tr(
                              "the entry at %1 follows one at %2: read as the next day, %3")
                              .arg(time.toString(QStringLiteral("HH:mm")),
                                   m_lastTime.toString(QStringLiteral("HH:mm")),
                                   m_date.toString(Qt::ISODate));
        }
        date = m_date;
    }
    m_lastTime = time;
    if (!date.isValid()) {
        p->clock = time; // in the report's zone, as the document gives it
        ++m_undated;
        return;
    }
    const std::optional<ZoneName> &z = zone ? zone : m_zone;
    p->at = QDateTime(date, time, z ? z->zone : QTimeZone(QTimeZone::UTC));
}

std::optional<TimelineParser::Parsed> TimelineParser::parseLine(const QString &text)
{
    Parsed p;
    QString t = text.trimmed();
    if (const qsizetype star = t.indexOf(kStar); star >= 0) {
        p.keyMoment = true;
        t.remove(star, star + 1 < t.size() && t.at(star + 1) == QLatin1Char(' ') ? 2 : 1);
        t = t.trimmed();
    }
    // What MarkdownExporter writes for an entry without a time.
    const QString noTime = QStringLiteral("**%1:**").arg(MarkdownExporter::noTimeText());
    if (t.startsWith(noTime)) {
        p.description = t.mid(noTime.size()).trimmed();
        return p;
    }
    QString open;
    for (const QLatin1String o : {QLatin1String("**"), QLatin1String("__"), QLatin1String("["),
                                  QLatin1String("`"), QLatin1String("*"), QLatin1String("_")}) {
        if (t.startsWith(o)) {
            open = o;
            break;
        }
    }
    const QString rest = t.mid(open.size());
    const auto ts = TimestampText::parsePrefix(rest, m_date.isValid() ? m_date.year() : 0);
    if (!ts)
        return std::nullopt;
    qsizetype pos = ts->length;
    auto skipSpaces = [&] {
        while (pos < rest.size() && rest.at(pos).isSpace())
            ++pos;
    };
    skipSpaces();
    if (pos < rest.size() && rest.at(pos) == QLatin1Char(':'))
        ++pos;
    skipSpaces();
    if (!open.isEmpty()) {
        const QString close = open == QLatin1String("[") ? QStringLiteral("]") : open;
        if (!rest.mid(pos).startsWith(close))
            return std::nullopt;
        pos += close.size();
        skipSpaces();
        if (pos < rest.size() && rest.at(pos) == QLatin1Char(':'))
            ++pos;
    }
    skipSpaces();
    static const QRegularExpression separator(
        QStringLiteral("^(?::-|--?|\\x{2013}|\\x{2014}|\\||:|=>|->)(?:\\s+|$)"));
    if (const auto m = separator.match(rest.mid(pos)); m.hasMatch())
        pos += m.capturedLength();
    p.description = rest.mid(pos).trimmed();
    if (p.description.isEmpty())
        return std::nullopt;
    if (ts->yearMissing)
        m_warnings << ImportText::tr("\"%1\" names a day but no year").arg(rest.left(ts->length));
    place(&p, ts->date, ts->time, ts->zone);
    return p;
}

void TimelineParser::add(const Parsed &p, const QString &kind, const QString &author)
{
    TimelineEntry e;
    e.id = ReportJson::newId();
    e.at = p.at;
    e.clock = p.at.isValid() ? QTime() : p.clock;
    e.kind = kind.isEmpty() ? QStringLiteral("event") : kind;
    e.description = p.description;
    e.author = author;
    e.keyMoment = p.keyMoment;
    m_entries << e;
}

void TimelineParser::read(ImportSource *source, LineRange range)
{
    const int year = m_date.isValid() ? m_date.year() : 0;
    for (const MarkdownOutline::Block &b : source->blocksIn(range)) {
        const LineRange block{b.first, std::min(b.last, range.last)};
        switch (b.kind) {
        case MarkdownOutline::Kind::Heading:
            if (const auto d = dateLine(b.text, year)) {
                m_date = *d;
                m_lastTime = QTime();
                source->consume(block);
            }
            break;
        case MarkdownOutline::Kind::Paragraph:
            readParagraph(source, block);
            break;
        case MarkdownOutline::Kind::List:
            for (const MarkdownOutline::Item &item : b.items)
                readItem(source, item);
            break;
        default:
            break;
        }
    }
}

bool TimelineParser::readItem(ImportSource *source, const MarkdownOutline::Item &item)
{
    const QString firstLine = source->line(item.first);
    const auto marker = listMarker().match(firstLine);
    const qsizetype indent = marker.hasMatch() ? marker.capturedLength() : 0;
    const QString text = firstLine.mid(indent);

    // "- **March 5**" with the day's entries nested under it.
    if (!item.children.isEmpty()) {
        if (const auto d = dateLine(text, m_date.isValid() ? m_date.year() : 0)) {
            m_date = *d;
            m_lastTime = QTime();
            source->consume(item.first);
            for (const MarkdownOutline::Item &child : item.children)
                readItem(source, child);
            return true;
        }
    }
    auto parsed = parseLine(text);
    if (!parsed) {
        for (const MarkdownOutline::Item &child : item.children)
            readItem(source, child);
        return false;
    }
    // Continuation lines and nested lists stay Markdown, dedented to the item's content.
    for (int i = item.first + 1; i <= item.last; ++i) {
        QString line = source->line(i);
        qsizetype cut = 0;
        while (cut < indent && cut < line.size() && line.at(cut) == QLatin1Char(' '))
            ++cut;
        parsed->description += QLatin1Char('\n') + line.mid(cut);
    }
    parsed->description = parsed->description.trimmed();
    add(*parsed);
    source->consume({item.first, item.last});
    return true;
}

void TimelineParser::readParagraph(ImportSource *source, LineRange range)
{
    bool afterEntry = false;
    for (int i = range.first; i <= range.last; ++i) {
        if (MarkdownTable::startsTable(source->lines(), i, range.last)) {
            int end = i + 1;
            while (end + 1 <= range.last && MarkdownTable::isRow(source->line(end + 1)))
                ++end;
            readTable(source, {i, end});
            i = end;
            afterEntry = false;
            continue;
        }
        const QString line = source->line(i);
        if (ZoneName::fromStatement(line)) {
            source->consume(i);
            afterEntry = false;
        } else if (const auto d = dateLine(line, m_date.isValid() ? m_date.year() : 0)) {
            m_date = *d;
            m_lastTime = QTime();
            source->consume(i);
            afterEntry = false;
        } else if (const auto parsed = parseLine(line)) {
            add(*parsed);
            source->consume(i);
            afterEntry = true;
        } else if (afterEntry &&
                   (line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t')))) {
            // An indented line continues the entry above it.
            m_entries.last().description += QLatin1Char('\n') + line.trimmed();
            source->consume(i);
        } else {
            afterEntry = false;
        }
    }
}

void TimelineParser::readTable(ImportSource *source, LineRange rows)
{
    const QStringList header = MarkdownTable::cells(source->line(rows.first));
    QList<Column> columns;
    std::optional<ZoneName> tableZone;
    for (const QString &h : header) {
        columns << columnFor(h);
        if (columns.last() == Column::Time && !tableZone)
            tableZone = ZoneName::inHeading(h);
    }
    if (!columns.contains(Column::Time))
        return;
    if (!columns.contains(Column::Description)) {
        // The first column without a role holds what happened.
        const qsizetype free = columns.indexOf(Column::None);
        if (free < 0)
            return;
        columns[free] = Column::Description;
    }
    const QString noTime = MarkdownExporter::noTimeText();
    bool allRead = true;
    for (int i = rows.first + 2; i <= rows.last; ++i) {
        auto [time, date, kind, description, author] =
            rowCells(MarkdownTable::cells(source->line(i)), columns);
        Parsed p;
        if (time != noTime) {
            const int year = m_date.isValid() ? m_date.year() : 0;
            std::optional<QDate> day;
            if (!date.isEmpty() && !(day = TimestampText::parseDate(date, year))) {
                allRead = false;
                continue;
            }
            const auto ts = TimestampText::parseWhole(time, day ? day->year() : year);
            if (!ts) {
                allRead = false;
                continue;
            }
            place(&p, ts->date.isValid() ? ts->date : day.value_or(QDate()), ts->time,
                  ts->zone ? ts->zone : tableZone);
        }
        if (const qsizetype star = description.indexOf(kStar); star >= 0) {
            p.keyMoment = true;
            description.remove(star, star + 1 < description.size() &&
                                             description.at(star + 1) == QLatin1Char(' ')
                                         ? 2
                                         : 1);
        }
        p.description = description.trimmed();
        if (author.startsWith(QLatin1Char('@')))
            author.remove(0, 1);
        add(p, kindFor(kind), author.trimmed());
        source->consume(i);
    }
    // Rows left for the notes keep their header, so they still read as a table.
    if (allRead)
        source->consume({rows.first, rows.first + 1});
}

} // namespace debrief
