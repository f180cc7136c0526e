// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chat/CsvChatLog.h"

#include "import/TimestampText.h"

#include <QRegularExpression>

namespace debrief {

namespace {

struct Columns
{
    int time = -1;
    int date = -1; // a date column apart from the time
    int author = -1;
    int text = -1;
};

int columnNamed(const QStringList &header, const QStringList &names)
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (names.contains(header.at(i).trimmed().toLower()))
            return int(i);
    }
    return -1;
}

std::optional<Columns> fromHeader(const QStringList &header)
{
    Columns c;
    c.time = columnNamed(header,
                         {QStringLiteral("timestamp"), QStringLiteral("datetime"),
                          QStringLiteral("date/time"), QStringLiteral("created_at"),
                          QStringLiteral("created"), QStringLiteral("ts"), QStringLiteral("when"),
                          QStringLiteral("sent"), QStringLiteral("time")});
    c.date = columnNamed(header, {QStringLiteral("date"), QStringLiteral("day")});
    c.author = columnNamed(
        header, {QStringLiteral("author"), QStringLiteral("user"), QStringLiteral("username"),
                 QStringLiteral("name"), QStringLiteral("from"), QStringLiteral("sender"),
                 QStringLiteral("who"), QStringLiteral("nick"), QStringLiteral("speaker")});
    c.text = columnNamed(header, {QStringLiteral("text"), QStringLiteral("message"),
                                  QStringLiteral("content"), QStringLiteral("body"),
                                  QStringLiteral("msg"), QStringLiteral("summary"),
                                  QStringLiteral("description"), QStringLiteral("event")});
    if (c.time < 0 && c.date >= 0)
        std::swap(c.time, c.date); // one "date" column holding date and time
    if (c.time < 0 || c.text < 0)
        return std::nullopt;
    return c;
}

// No header: the first column that holds a time, the last one the text, one between the author.
Columns fromContent(const QStringList &record)
{
    Columns c;
    for (qsizetype i = 0; i < record.size() && c.time < 0; ++i) {
        if (TimestampText::parseWhole(record.at(i)))
            c.time = int(i);
    }
    c.text = int(record.size()) - 1;
    if (c.time >= 0 && c.text - c.time >= 2)
        c.author = c.time + 1;
    return c;
}

QDateTime epochTime(const QString &cell)
{
    static const QRegularExpression digits(QStringLiteral("^(\\d{10})(\\d{3})?(?:\\.\\d+)?$"));
    const auto m = digits.match(cell.trimmed());
    if (!m.hasMatch())
        return {};
    const qint64 ms = m.captured(1).toLongLong() * 1000 + m.captured(2).toLongLong();
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
}

bool fill(ChatMessage &m, const QStringList &r, const Columns &c, const QTimeZone &zone)
{
    const QString cell = r.value(c.time);
    m.at = epochTime(cell);
    if (!m.at.isValid()) {
        const QString whole = c.date >= 0 ? r.value(c.date) + QLatin1Char(' ') + cell : cell;
        const auto ts = TimestampText::parseWhole(whole);
        if (!ts)
            return false;
        const QTimeZone z = ts->zone ? ts->zone->zone : zone;
        if (ts->date.isValid())
            m.at = QDateTime(ts->date, ts->time, z);
        else
            m.clock = ts->time;
    }
    m.author = c.author >= 0 ? r.value(c.author).trimmed() : QString();
    m.text = r.value(c.text).trimmed();
    return true;
}

} // namespace

QChar CsvChatLog::sniffDelimiter(const QString &firstLine)
{
    QChar best = QLatin1Char(',');
    qsizetype bestCount = 0;
    for (const QChar d :
         {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')}) {
        const qsizetype count = records(firstLine, d).value(0).second.size();
        if (count > bestCount) {
            best = d;
            bestCount = count;
        }
    }
    return best;
}

QList<QPair<int, QStringList>> CsvChatLog::records(const QString &text, QChar delimiter)
{
    QList<QPair<int, QStringList>> out;
    QStringList record;
    QString field;
    bool quoted = false;
    int line = 1;
    int start = 1;
    auto endRecord = [&] {
        record << field;
        if (record.size() > 1 || !record.first().trimmed().isEmpty())
            out.append({start, record});
        record.clear();
        field.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else if (ch == QLatin1Char('"'))
                quoted = false;
            else if (ch != QLatin1Char('\r')) // a quoted line end is "\n", as elsewhere
                field += ch;
            line += ch == QLatin1Char('\n');
        } else if (ch == QLatin1Char('"') && field.trimmed().isEmpty()) {
            quoted = true;
            field.clear();
        } else if (ch == delimiter) {
            record << field;
            field.clear();
        } else if (ch == QLatin1Char('\n')) {
            endRecord();
            start = ++line;
        } else if (ch != QLatin1Char('\r')) {
            field += ch;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        endRecord();
    return out;
}

CsvChatLog::Result CsvChatLog::parse(const QString &text, const QTimeZone &zone)
{
    Result out;
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    const auto rows = records(text, sniffDelimiter(firstLine));
    if (rows.isEmpty())
        return out;
    const auto header = fromHeader(rows.first().second);
    out.header = header.has_value();
    const Columns columns = header ? *header : fromContent(rows.first().second);
    for (qsizetype i = out.header ? 1 : 0; i < rows.size(); ++i) {
        ChatMessage m;
        m.line = rows.at(i).first;
        if (columns.time >= 0 && fill(m, rows.at(i).second, columns, zone))
            out.messages << m;
        else
            out.unparsed << m.line;
    }
    return out;
}

} // namespace debrief
