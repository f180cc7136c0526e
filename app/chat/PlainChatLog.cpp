// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chat/PlainChatLog.h"

#include "import/TimestampText.h"

#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace debrief {

namespace {

using Kind = ChatMessage::Kind;

const QString kClock = QStringLiteral("\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?");

QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

// What one log is read with: the day it is on, the last time seen, what it gave so far.
struct Reader
{
    QTimeZone zone;
    QDate day;
    QTime last;
    PlainChatLog::Result out;

    void add(int line, const QString &clock, const QString &author, const QString &text,
             Kind kind = Kind::Message, const std::optional<QDate> &date = std::nullopt)
    {
        // Most logs write "09:15:02": read that directly, the rest through TimestampText.
        const bool plainClock = clock.size() == 5 || clock.size() == 8; // "09:15", "09:15:02"
        QTime time = plainClock ? QTime::fromString(clock, Qt::ISODate) : QTime();
        std::optional<TimestampText> ts;
        if (!time.isValid()) {
            ts = TimestampText::parseWhole(clock);
            if (!ts) {
                out.unparsed << line;
                return;
            }
            time = ts->time;
        }
        if (date) {
            day = *date;
        } else if (day.isValid() && last.isValid() && time.secsTo(last) > 6 * 3600) {
            day = day.addDays(1); // 23:58, then 00:03
        }
        last = time;
        ChatMessage m;
        m.line = line;
        if (day.isValid())
            m.at = QDateTime(day, time, ts && ts->zone ? ts->zone->zone : zone);
        else
            m.clock = time;
        QString name = author.trimmed();
        while (!name.isEmpty() && QStringLiteral("@+%&~").contains(name.front()))
            name.remove(0, 1); // channel modes are not part of the name
        m.author = name;
        m.text = text.trimmed();
        m.kind = kind;
        out.messages << m;
    }

    bool instant(int line, const QString &iso, const QString &text)
    {
        QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
        if (!at.isValid())
            return false;
        if (at.timeSpec() == Qt::LocalTime) // written without an offset: the log's zone
            at = QDateTime(at.date(), at.time(), zone);
        day = at.toTimeZone(zone).date();
        last = at.toTimeZone(zone).time();
        ChatMessage m;
        m.line = line;
        m.at = at;
        m.text = text.trimmed();
        out.messages << m;
        return true;
    }

    bool weechat(int line, const QString &s);
    bool irssi(int line, const QString &s);
    bool generic(int line, const QString &s);
};

bool Reader::weechat(int line, const QString &s)
{
    static const QRegularExpression w =
        re(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}:\\d{2})\\t([^\\t]*)\\t(.*)$"));
    const auto m = w.match(s);
    if (!m.hasMatch())
        return false;
    const auto date = TimestampText::parseDate(m.captured(1));
    const QString nick = m.captured(3).trimmed();
    const QString text = m.captured(4);
    if (!date)
        return false;
    if (nick == QLatin1String("-->") || nick == QLatin1String("<--")) {
        add(line, m.captured(2), text.section(QLatin1Char(' '), 0, 0), text,
            nick == QLatin1String("-->") ? Kind::Join : Kind::Leave, date);
    } else if (nick == QLatin1String("*")) { // "/me"
        add(line, m.captured(2), text.section(QLatin1Char(' '), 0, 0),
            text.section(QLatin1Char(' '), 1), Kind::Message, date);
    } else if (nick == QLatin1String("--") || nick.isEmpty()) {
        out.unparsed << line; // a network notice, not somebody speaking
    } else {
        add(line, m.captured(2), nick, text, Kind::Message, date);
    }
    return true;
}

bool Reader::irssi(int line, const QString &s)
{
    static const QRegularExpression dayChanged = re(QStringLiteral(
        "^--- (?:Day changed|Log opened) \\w+ (\\w+ \\d{1,2})(?: [\\d:]+)? (\\d{4})$"));
    static const QRegularExpression said =
        re(QStringLiteral("^(\\d{2}:\\d{2}(?::\\d{2})?) <([^>]+)> ?(.*)$"));
    static const QRegularExpression joined = re(QStringLiteral(
        "^(\\d{2}:\\d{2}(?::\\d{2})?) -!- (\\S+) (?:\\[[^\\]]*\\] )?has (joined|left|quit)(.*)$"));
    static const QRegularExpression action =
        re(QStringLiteral("^(\\d{2}:\\d{2}(?::\\d{2})?)\\s+\\* (\\S+) (.*)$"));
    if (const auto m = dayChanged.match(s); m.hasMatch()) {
        const auto date =
            TimestampText::parseDate(m.captured(1) + QLatin1Char(' ') + m.captured(2));
        if (!date)
            return false;
        day = *date;
        last = QTime();
        return true;
    }
    if (const auto m = said.match(s); m.hasMatch()) {
        add(line, m.captured(1), m.captured(2), m.captured(3));
        return true;
    }
    if (const auto m = joined.match(s); m.hasMatch()) {
        add(line, m.captured(1), m.captured(2),
            m.captured(2) + QStringLiteral(" has ") + m.captured(3) + m.captured(4),
            m.captured(3) == QLatin1String("joined") ? Kind::Join : Kind::Leave);
        return true;
    }
    if (const auto m = action.match(s); m.hasMatch()) {
        add(line, m.captured(1), m.captured(2), m.captured(3));
        return true;
    }
    return false;
}

bool Reader::generic(int line, const QString &s)
{
    static const QRegularExpression bracketed =
        re(QStringLiteral("^\\[(?:(\\d{4}-\\d{2}-\\d{2})[ T])?(%1)\\]\\s*([^:]{1,64}?):\\s+(.*)$")
               .arg(kClock));
    static const QRegularExpression spoken =
        re(QStringLiteral("^(%1)\\s+([^\\s:]{1,64}):\\s+(.*)$").arg(kClock));
    static const QRegularExpression iso =
        re(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]"
                          "\\d{2}:?\\d{2})?)\\s+(.*)$"));
    static const QRegularExpression dashed =
        re(QStringLiteral("^(%1)\\s+[-\\x{2013}\\x{2014}]\\s+(.*)$").arg(kClock));
    if (const auto m = bracketed.match(s); m.hasMatch()) {
        const auto date =
            m.captured(1).isEmpty() ? std::nullopt : TimestampText::parseDate(m.captured(1));
        add(line, m.captured(2), m.captured(3), m.captured(4), Kind::Message, date);
        return true;
    }
    if (const auto m = spoken.match(s); m.hasMatch()) {
        add(line, m.captured(1), m.captured(2), m.captured(3));
        return true;
    }
    if (const auto m = iso.match(s); m.hasMatch())
        return instant(line, m.captured(1), m.captured(2));
    if (const auto m = dashed.match(s); m.hasMatch()) {
        add(line, m.captured(1), QString(), m.captured(2));
        return true;
    }
    return false;
}

} // namespace

PlainChatLog::Result PlainChatLog::parse(const QString &text, const QTimeZone &zone,
                                         const QDate &firstDay)
{
    Reader r{zone.isValid() ? zone : QTimeZone(QTimeZone::UTC), firstDay, {}, {}};
    const QStringList lines = QString(text)
                                  .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                  .split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &s = lines.at(i);
        const int line = int(i) + 1;
        if (s.trimmed().isEmpty())
            continue;
        if (!r.weechat(line, s) && !r.irssi(line, s) && !r.generic(line, s))
            r.out.unparsed << line;
    }
    return r.out;
}

} // namespace debrief
