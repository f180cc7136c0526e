// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/TimelineParser.h"

#include "export/MarkdownExporter.h"
#include "format/ReportJson.h"
#include "import/EntryKindWords.h"
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
    static const QStringList kind{QStringLiteral("kind"),     QStringLiteral("type"),
                                  QStringLiteral("category"), QStringLiteral("event type"),
                                  QStringLiteral("phase"),    QStringLiteral("stage")};
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
    if (time.contains(k) || k.startsWith(QLatin1String("time ")) ||
        k.startsWith(QLatin1String("date time ")) ||
        k.startsWith(QLatin1String("date and time ")) || k.startsWith(QLatin1String("timestamp ")))
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
    // The first entry written with its zone: "**Midnight (EAT):** …".
    for (int i = range.first; i <= range.last; ++i) {
        if (source.isInCode(i))
            continue;
        QString t = source.line(i);
        t.remove(listMarker());
        t = t.trimmed();
        while (t.startsWith(QLatin1Char('*')) || t.startsWith(QLatin1Char('_')) ||
               t.startsWith(QLatin1Char('[')))
            t.remove(0, 1);
        if (const auto ts = TimestampText::parsePrefix(t); ts && ts->zone)
            return ts->zone;
    }
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
        {QStringLiteral("remediate"), QStringLiteral("mitigation")},
        {QStringLiteral("remediation"), QStringLiteral("mitigation")},
        {QStringLiteral("recover"), QStringLiteral("resolution")},
        {QStringLiteral("recovery"), QStringLiteral("resolution")},
        {QStringLiteral("investigate"), QStringLiteral("event")},
        {QStringLiteral("investigation"), QStringLiteral("event")},
        {QStringLiteral("identify"), QStringLiteral("event")},
        {QStringLiteral("communicate"), QStringLiteral("communication")},
        {QStringLiteral("note"), QStringLiteral("event")},
    };
    if (const auto it = synonyms.constFind(k); it != synonyms.cend())
        return *it;
    m_warnings << ImportText::tr("timeline kind \"%1\" is not one of %2; kept as written")
                      .arg(written, Vocabulary::timelineKinds().join(QStringLiteral(", ")));
    return k;
}

// "12:16" then "1:52" in a document that never writes an hour past 12: a 12-hour clock
// without am/pm, so 13:52.
QTime TimelineParser::afternoon(const QTime &time, bool noMeridiem)
{
    if (!noMeridiem || !m_lastTime.isValid() || m_twentyFourHour || time.hour() < 1 ||
        time.hour() > 11 || time >= m_lastTime)
        return time;
    const QTime later = time.addSecs(12 * 3600);
    if (later < m_lastTime || m_lastTime.secsTo(later) > 6 * 3600)
        return time;
    m_inferred << ImportText::tr("%1 after %2 was read as %3 (a 12-hour clock without am or pm)")
                      .arg(time.toString(QStringLiteral("H:mm")),
                           m_lastTime.toString(QStringLiteral("HH:mm")),
                           later.toString(QStringLiteral("HH:mm")));
    return later;
}

void TimelineParser::place(Parsed *p, const QDate &explicitDate, const QTime &time,
                           const std::optional<ZoneName> &zone)
{
    QDate date = explicitDate;
    const bool back = !date.isValid() && m_lastTime.isValid() && time < m_lastTime;
    if (date.isValid()) {
        m_date = date;
    } else if (m_date.isValid() && back && time.secsTo(m_lastTime) > 6 * 3600) {
        // A clock going back by more than six hours is the next day: 23:50, then 00:10.
        m_date = m_date.addDays(1);
        m_warnings << ImportText::tr("the entry at %1 follows one at %2: read as the next day, %3")
                          .arg(time.toString(QStringLiteral("HH:mm")),
                               m_lastTime.toString(QStringLiteral("HH:mm")),
                               m_date.toString(Qt::ISODate));
    } else if (back) {
        m_warnings << ImportText::tr("the entry at %1 follows one at %2 and is earlier: kept as "
                                     "written, and flagged in the timeline")
                          .arg(time.toString(QStringLiteral("HH:mm")),
                               m_lastTime.toString(QStringLiteral("HH:mm")));
    }
    if (!date.isValid())
        date = m_date;
    m_lastTime = time;
    if (!date.isValid()) {
        p->clock = time; // in the report's zone, as the document gives it
        ++m_undated;
        return;
    }
    const std::optional<ZoneName> &z = zone ? zone : m_zone;
    p->at = QDateTime(date, time, z ? z->zone : QTimeZone(QTimeZone::UTC));
}

namespace {

// "At 11:00 AM", "Around 10:15", "~10:15": the words before a time; approximate or not.
qsizetype leadingWords(const QString &text, bool *approximate)
{
    static const QRegularExpression lead(
        QStringLiteral("^(?:(at|by)\\s+|(around|about|approx\\.?|approximately|circa|ca\\.)\\s*|"
                       "(~)\\s*)(?=\\d|midnight|noon)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = lead.match(text);
    if (!m.hasMatch())
        return 0;
    *approximate = !m.captured(2).isEmpty() || !m.captured(3).isEmpty();
    return m.capturedLength();
}

// "–10:45" after "10:30": the end of a range, as written, and how much of `text` it takes.
qsizetype rangeEnd(const QString &text, int year, QString *end)
{
    static const QRegularExpression dash(
        QStringLiteral("^\\s*(?:-|\\x{2013}|\\x{2014}|to|until|till)\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = dash.match(text);
    if (!m.hasMatch())
        return 0;
    const auto ts = TimestampText::parsePrefix(text.mid(m.capturedLength()), year);
    if (!ts)
        return 0;
    *end = text.mid(m.capturedLength(), ts->length).trimmed();
    return m.capturedLength() + ts->length;
}

// "… stable. 10:05 paged the on-call": where a second timed entry starts on the same line.
qsizetype runTogether(const QString &description, int year)
{
    static const QRegularExpression boundary(
        QStringLiteral("[.;!?]\\s+(?=\\d{1,2}:\\d{2}|\\d{4}\\s?hrs?\\b)"));
    for (auto it = boundary.globalMatch(description); it.hasNext();) {
        const auto m = it.next();
        const qsizetype at = m.capturedEnd();
        const auto ts = TimestampText::parsePrefix(description.mid(at), year);
        if (ts && !ts->date.isValid())
            return at;
    }
    return -1;
}

} // namespace

std::optional<TimelineParser::Parsed> TimelineParser::parseLine(const QString &text, QString *more,
                                                                bool timeAlone)
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
    QString rest = t.mid(open.size());
    rest.remove(0, leadingWords(rest, &p.approximate));
    const int year = m_date.isValid() ? m_date.year() : 0;
    const auto ts = TimestampText::parsePrefix(rest, year);
    if (!ts)
        return std::nullopt;
    qsizetype pos = ts->length;
    QString until;
    pos += rangeEnd(rest.mid(pos), year, &until);
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
        QStringLiteral("^(?::-|--?|\\x{2013}|\\x{2014}|\\||:+|=>|->|,)(?:\\s+|$)"));
    if (const auto m = separator.match(rest.mid(pos)); m.hasMatch())
        pos += m.capturedLength();
    p.description = rest.mid(pos).trimmed();
    if (more) {
        if (const qsizetype cut = runTogether(p.description, year); cut > 0) {
            *more = p.description.mid(cut);
            p.description = p.description.left(cut).trimmed();
        }
    }
    if (!until.isEmpty())
        p.description = ImportText::tr("(until %1) %2").arg(until, p.description).trimmed();
    if (p.description.isEmpty() && !timeAlone)
        return std::nullopt;
    if (ts->yearMissing)
        m_warnings << ImportText::tr("\"%1\" names a day but no year").arg(rest.left(ts->length));
    if (ts->yearGiven && !m_yearNoted) {
        m_yearNoted = true; // once: every such day takes the same year
        m_inferred << ImportText::tr("days written without a year (\"%1\") are in %2, the year "
                                     "of the document's date")
                          .arg(rest.left(ts->length).trimmed())
                          .arg(ts->date.year());
    }
    static const QRegularExpression meridiem(QStringLiteral("[ap]\\.?m\\b|noon|midnight"),
                                             QRegularExpression::CaseInsensitiveOption);
    const bool noMeridiem = !meridiem.match(rest.left(ts->length)).hasMatch();
    m_twentyFourHour =
        m_twentyFourHour || (noMeridiem && (ts->time.hour() > 12 || ts->time.hour() == 0));
    place(&p, ts->date, ts->date.isValid() ? ts->time : afternoon(ts->time, noMeridiem), ts->zone);
    return p;
}

bool TimelineParser::addLine(const QString &text, bool timeAlone)
{
    QString more;
    auto parsed = parseLine(text, &more, timeAlone);
    if (!parsed)
        return false;
    add(*parsed);
    while (!more.isEmpty()) {
        const QString line = std::exchange(more, QString());
        if (const auto next = parseLine(line, &more))
            add(*next);
        else
            m_entries.last().description += QLatin1Char(' ') + line;
    }
    return true;
}

void TimelineParser::add(const Parsed &p, const QString &kind, const QString &author)
{
    TimelineEntry e;
    e.id = ReportJson::newId();
    e.at = p.at;
    e.clock = p.at.isValid() ? QTime() : p.clock;
    e.approximate = p.approximate && e.hasTime();
    e.kind = kind.isEmpty() ? QStringLiteral("event") : kind;
    e.description = p.description;
    e.author = author;
    e.keyMoment = p.keyMoment;
    m_entries << e;
}

void TimelineParser::read(ImportSource *source, LineRange range)
{
    int headingEntry = -1; // the entry a time heading opened, which takes the text under it
    for (const MarkdownOutline::Block &b : source->blocksIn(range)) {
        const LineRange block{b.first, std::min(b.last, range.last)};
        if (b.kind == MarkdownOutline::Kind::Heading) {
            headingEntry = -1;
            readHeading(source, b, block, &headingEntry);
            continue;
        }
        const qsizetype before = m_entries.size();
        if (b.kind == MarkdownOutline::Kind::Paragraph) {
            readParagraph(source, block);
        } else if (b.kind == MarkdownOutline::Kind::List) {
            for (const MarkdownOutline::Item &item : b.items)
                readItem(source, item, true);
        } else if (b.kind == MarkdownOutline::Kind::CodeBlock) {
            readIndentedList(source, block);
        }
        const int added = int(m_entries.size() - before);
        m_largestRun = std::max(m_largestRun, added);
        if (added == 0 && headingEntry >= 0)
            absorb(source, block, headingEntry);
        else if (added > 0)
            headingEntry = -1;
    }
    addUntimedBetween(source);
    guessKinds();
}

// "### 2024-03-05" dates the entries below it; "### 10:45 PM — Paged" is an entry.
void TimelineParser::readHeading(ImportSource *source, const MarkdownOutline::Block &b,
                                 LineRange block, int *headingEntry)
{
    if (const auto d = dateLine(b.text, m_date.isValid() ? m_date.year() : 0)) {
        m_date = *d;
        m_lastTime = QTime();
        source->consume(block);
        return;
    }
    const qsizetype before = m_entries.size();
    if (!addLine(b.text, true))
        return;
    source->consume(block);
    *headingEntry = int(m_entries.size() - 1);
    m_largestRun = std::max(m_largestRun, int(m_entries.size() - before));
}

// Text under a time heading is that entry's description.
void TimelineParser::absorb(ImportSource *source, LineRange block, int entry)
{
    m_untimed.removeIf([&](const Untimed &u) { return u.lines.first >= block.first; });
    const QString text = source->remainingText(block).trimmed();
    if (text.isEmpty())
        return;
    QString &d = m_entries[entry].description;
    d = d.isEmpty() ? text : d + QStringLiteral("\n\n") + text;
    source->consume(block);
}

// Lines between two timed entries belong to the story between them.
void TimelineParser::addUntimedBetween(ImportSource *source)
{
    const qsizetype timed = m_entries.size();
    for (auto it = m_untimed.crbegin(); it != m_untimed.crend(); ++it) {
        if (it->position == 0 || it->position >= timed || it->text.trimmed().isEmpty())
            continue;
        TimelineEntry e;
        e.id = ReportJson::newId();
        e.description = it->text.trimmed();
        m_entries.insert(it->position, e);
        source->consume(it->lines);
    }
    m_untimed.clear();
}

// Entries whose source gave no kind: their words may tell.
void TimelineParser::guessKinds()
{
    for (TimelineEntry &e : m_entries) {
        if (e.kind != QLatin1String("event") || m_kindRead.contains(e.id))
            continue;
        const auto g = EntryKindWords::guess(e.description);
        if (!g)
            continue;
        e.kind = g->kind;
        const QString when = e.at.isValid()      ? e.at.toString(QStringLiteral("HH:mm"))
                             : e.clock.isValid() ? e.clock.toString(QStringLiteral("HH:mm"))
                                                 : MarkdownExporter::noTimeText();
        m_inferred << ImportText::tr("the entry at %1 is a %2, from the words \"%3\"")
                          .arg(when, g->kind, g->phrase);
    }
}

namespace {

// An item's text: its first line without the marker, continuation lines and nested lists
// dedented to the item's content, so they stay Markdown.
QString itemText(const ImportSource &source, const MarkdownOutline::Item &item, qsizetype indent,
                 const QString &first)
{
    QString text = first;
    for (int i = item.first + 1; i <= item.last; ++i) {
        const QString &line = source.line(i);
        qsizetype cut = 0;
        while (cut < indent && cut < line.size() && line.at(cut) == QLatin1Char(' '))
            ++cut;
        text += QLatin1Char('\n') + line.mid(cut);
    }
    return text.trimmed();
}

} // namespace

bool TimelineParser::readItem(ImportSource *source, const MarkdownOutline::Item &item,
                              bool topLevel)
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
                readItem(source, child, false);
            return true;
        }
    }
    const qsizetype before = m_entries.size();
    // Continuation lines and nested lists belong to the entry.
    const QString whole = itemText(*source, item, indent, text);
    if (!addLine(whole.section(QLatin1Char('\n'), 0, 0))) {
        for (const MarkdownOutline::Item &child : item.children)
            readItem(source, child, false);
        if (topLevel && m_entries.size() == before)
            m_untimed << Untimed{before, {item.first, item.last}, whole};
        return false;
    }
    if (const qsizetype nl = whole.indexOf(QLatin1Char('\n')); nl >= 0) {
        QString &d = m_entries.last().description;
        d = (d + whole.mid(nl)).trimmed();
    }
    source->consume({item.first, item.last});
    return true;
}

// A timed list indented four spaces, which Markdown reads as code: still the timeline. A
// fenced block, or one whose lines are not all timed items, stays code.
void TimelineParser::readIndentedList(ImportSource *source, LineRange range)
{
    QStringList items;
    for (int i = range.first; i <= range.last; ++i) {
        const QString &line = source->line(i);
        if (line.trimmed().isEmpty())
            continue;
        if (!line.startsWith(QLatin1Char(' ')) && !line.startsWith(QLatin1Char('\t')))
            return; // a fence
        const auto marker = listMarker().match(line);
        if (!marker.hasMatch())
            return;
        items << line.mid(marker.capturedLength());
    }
    const QDate date = m_date;
    const QTime last = m_lastTime;
    const qsizetype before = m_entries.size();
    const qsizetype warnings = m_warnings.size();
    const qsizetype inferred = m_inferred.size();
    const int undated = m_undated;
    for (const QString &item : std::as_const(items)) {
        if (!addLine(item)) {
            m_entries.resize(before); // not a timeline after all: leave the code as it is
            m_warnings.resize(warnings);
            m_inferred.resize(inferred);
            m_undated = undated;
            m_date = date;
            m_lastTime = last;
            return;
        }
    }
    source->consume(range);
}

void TimelineParser::readParagraph(ImportSource *source, LineRange range)
{
    bool afterEntry = false;
    int pending = -1; // the first of the untimed lines above the next entry
    auto flush = [&](int end) {
        if (pending >= 0 && end >= pending) {
            QStringList text;
            for (int k = pending; k <= end; ++k)
                text << source->line(k).trimmed();
            m_untimed << Untimed{m_entries.size(), {pending, end}, text.join(QLatin1Char('\n'))};
        }
        pending = -1;
    };
    for (int i = range.first; i <= range.last; ++i) {
        if (MarkdownTable::startsTable(source->lines(), i, range.last)) {
            flush(i - 1);
            int end = i + 1;
            while (end + 1 <= range.last && MarkdownTable::isRow(source->line(end + 1)))
                ++end;
            readTable(source, {i, end});
            i = end;
            afterEntry = false;
            continue;
        }
        const QString line = source->line(i);
        const int year = m_date.isValid() ? m_date.year() : 0;
        if (ZoneName::fromStatement(line)) {
            flush(i - 1);
            source->consume(i);
            afterEntry = false;
        } else if (const auto d = dateLine(line, year)) {
            flush(i - 1);
            m_date = *d;
            m_lastTime = QTime();
            source->consume(i);
            afterEntry = false;
        } else if (addLine(line)) {
            flush(i - 1);
            source->consume(i);
            afterEntry = true;
        } else if (afterEntry) {
            // A line of the same paragraph continues the entry above it.
            m_entries.last().description += QLatin1Char('\n') + line.trimmed();
            source->consume(i);
        } else if (pending < 0) {
            pending = i;
        }
    }
    flush(range.last);
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
        const QStringList cells = MarkdownTable::cells(source->line(i));
        auto [time, date, kind, description, author] = rowCells(cells, columns);
        // Columns without a role say something too: "(Region: eu-west)".
        for (qsizetype c = 0; c < cells.size() && c < columns.size() && c < header.size(); ++c) {
            const QString value = MarkdownTable::unescapeCell(cells.at(c)).trimmed();
            if (columns.at(c) == Column::None && !value.isEmpty())
                description += QStringLiteral(" (%1: %2)").arg(unwrapped(header.at(c)), value);
        }
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
        if (!kind.trimmed().isEmpty())
            m_kindRead << m_entries.last().id;
        source->consume(i);
    }
    // Rows left for the notes keep their header, so they still read as a table.
    if (allRead)
        source->consume({rows.first, rows.first + 1});
}

} // namespace debrief
