// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chat/ChatEntries.h"

#include "chat/ChatText.h"
#include "import/EntryKindWords.h"
#include "model/ReportMetadata.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <future>
#include <vector>

#include <algorithm>

namespace debrief {

namespace {

using Kind = ChatMessage::Kind;

QSet<QString> wordsOf(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]{2,}"));
    QSet<QString> out;
    for (auto it = word.globalMatch(text.toLower()); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

// The report's entries by the minute of their time, to find what a message repeats without
// comparing every message with every entry.
struct ExistingMinutes
{
    QMultiHash<qint64, int> byInstant; // minutes since the epoch: entries with a date
    QMultiHash<int, int> byClock;      // minute of the day in the report's zone: every timed one
    QMultiHash<int, int> dateLess;     // minute of the day: entries without a date

    ExistingMinutes(const QList<TimelineEntry> &existing, const QTimeZone &zone)
    {
        for (qsizetype i = 0; i < existing.size(); ++i) {
            const TimelineEntry &e = existing.at(i);
            if (e.at.isValid())
                byInstant.insert(e.at.toSecsSinceEpoch() / 60, int(i));
            else if (e.clock.isValid())
                dateLess.insert(minuteOfDay(e.clock), int(i));
            if (e.hasTime())
                byClock.insert(minuteOfDay(timeOfDay(e, zone)), int(i));
        }
    }

    static int minuteOfDay(const QTime &t) { return t.hour() * 60 + t.minute(); }
    static QTime timeOfDay(const TimelineEntry &e, const QTimeZone &zone)
    {
        return e.at.isValid() ? e.at.toTimeZone(zone).time() : e.clock;
    }

    // The rows in the same minute as `e`, by instant when both have a date, else by the time
    // of day.
    QList<int> sameMinute(const TimelineEntry &e, const QTimeZone &zone) const
    {
        if (!e.hasTime())
            return {};
        const int minute = minuteOfDay(timeOfDay(e, zone));
        if (!e.at.isValid())
            return byClock.values(minute);
        return byInstant.values(e.at.toSecsSinceEpoch() / 60) + dateLess.values(minute);
    }
};

// Text that came from a chat is never HTML: a "<" is a character (Slack's own escape is kept).
QString noTags(const QString &text)
{
    if (!text.contains(QLatin1Char('<')))
        return text;
    static const QRegularExpression bracket(QStringLiteral("(?<!\\\\)<"));
    return QString(text).replace(bracket, QStringLiteral("\\<"));
}

bool later(const TimelineEntry &e, const TimelineEntry &a, const QTimeZone &zone)
{
    if (!e.hasTime() || !a.hasTime())
        return false;
    if (e.at.isValid() && a.at.isValid())
        return e.at > a.at;
    const QTime te = e.at.isValid() ? e.at.toTimeZone(zone).time() : e.clock;
    const QTime ta = a.at.isValid() ? a.at.toTimeZone(zone).time() : a.clock;
    return te > ta;
}

QString describe(const ChatMessage &m, const QHash<QString, const ChatMessage *> &byId,
                 const QTimeZone &zone)
{
    if (m.kind == Kind::Join)
        return ChatText::tr("%1 joined").arg(m.author);
    if (m.kind == Kind::Leave)
        return ChatText::tr("%1 left").arg(m.author);
    const QString text = noTags(m.text);
    if (m.threadOf.isEmpty())
        return text;
    const ChatMessage *root = byId.value(m.threadOf);
    if (!root || !root->at.isValid())
        return ChatText::tr("(in a thread) %1").arg(text);
    return ChatText::tr("(in the thread of %1 at %2) %3")
        .arg(root->author, root->at.toTimeZone(zone).toString(QStringLiteral("HH:mm")), text);
}

// A log's time of day without a date, as the same moment's time of day in the report's zone
// (on the window's first day, or today, for the zones' offsets).
QTime inReportZone(const QTime &clock, const ChatEntries::Options &o)
{
    if (!o.sourceZone.isValid() || !o.reportZone.isValid() || o.sourceZone == o.reportZone)
        return clock;
    const QDate day =
        o.from.isValid() ? o.from.toTimeZone(o.sourceZone).date() : QDate::currentDate();
    return QDateTime(day, clock, o.sourceZone).toTimeZone(o.reportZone).time();
}

ChatEntries::Row rowOf(const ChatMessage &m, const ChatSource &source,
                       const ChatEntries::Options &o,
                       const QHash<QString, const ChatMessage *> &byId,
                       const std::optional<EntryKindWords::Guess> &guess)
{
    ChatEntries::Row row;
    TimelineEntry &e = row.entry;
    const qint64 shift = qint64(o.offsetMinutes) * 60;
    if (m.at.isValid())
        e.at =
            m.at.addSecs(shift).toTimeZone(o.reportZone.isValid() ? o.reportZone : m.at.timeZone());
    else
        e.clock = inReportZone(m.clock, o).addSecs(int(shift % 86400));
    e.author = m.author;
    e.description = describe(m, byId, o.reportZone);
    e.source = {source.fileName, source.channel,
                m.id.isEmpty() ? ChatText::tr("line %1").arg(m.line) : m.id};
    row.joinOrLeave = m.kind != Kind::Message;
    if (!m.entryKind.isEmpty()) {
        e.kind = m.entryKind;
    } else if (guess) {
        e.kind = guess->kind;
        row.kindInferred = true;
    }
    return row;
}

// The kinds the words of `messages` tell (where the source states none), guessed on every
// core, each worker with its own compiled phrases: on a large log this is most of the work.
QList<std::optional<EntryKindWords::Guess>> guessKinds(const QList<ChatMessage> &messages)
{
    QList<std::optional<EntryKindWords::Guess>> out(messages.size());
    std::optional<EntryKindWords::Guess> *slots = out.data();
    const qsizetype workers = std::max(1, QThread::idealThreadCount());
    const qsizetype chunk = (messages.size() + workers - 1) / workers;
    std::vector<std::future<void>> running;
    for (qsizetype from = 0; from < messages.size(); from += chunk) {
        const qsizetype to = std::min(messages.size(), from + chunk);
        running.push_back(std::async(std::launch::async, [&messages, slots, from, to] {
            const QRegularExpression phrases = EntryKindWords::phrasesForThread();
            for (qsizetype i = from; i < to; ++i) {
                const ChatMessage &m = messages.at(i);
                if (m.kind == Kind::Message && m.entryKind.isEmpty())
                    slots[i] = EntryKindWords::guessInPlainText(m.text, phrases);
            }
        }));
    }
    for (auto &worker : running)
        worker.get();
    return out;
}

bool inWindow(const TimelineEntry &e, const ChatEntries::Options &o)
{
    if (!e.at.isValid())
        return true;
    return (!o.from.isValid() || e.at >= o.from) && (!o.to.isValid() || e.at <= o.to);
}

} // namespace

bool ChatEntries::similar(const QString &a, const QString &b)
{
    const QSet<QString> wa = wordsOf(a);
    const QSet<QString> wb = wordsOf(b);
    if (wa.isEmpty() || wb.isEmpty())
        return wa.isEmpty() && wb.isEmpty();
    const qsizetype shared = QSet<QString>(wa).intersect(wb).size();
    const qsizetype smaller = std::min(wa.size(), wb.size());
    // One says what the other does and a little more, or most words are shared.
    return (smaller >= 2 && shared == smaller) || shared * 2 >= QSet<QString>(wa).unite(wb).size();
}

QList<ChatEntries::Row> ChatEntries::rows(const ChatSource &source, const Options &options,
                                          const QList<TimelineEntry> &existing)
{
    QHash<QString, const ChatMessage *> byId;
    for (const ChatMessage &m : source.messages) {
        if (!m.id.isEmpty())
            byId.insert(m.id, &m);
    }
    const ExistingMinutes minutes(existing, options.reportZone);
    QList<Row> out;
    const auto guesses = guessKinds(source.messages);
    for (qsizetype i = 0; i < source.messages.size(); ++i) {
        Row row = rowOf(source.messages.at(i), source, options, byId, guesses.at(i));
        if (!inWindow(row.entry, options))
            continue;
        QList<int> candidates =
            row.joinOrLeave ? QList<int>() : minutes.sameMinute(row.entry, options.reportZone);
        std::sort(candidates.begin(), candidates.end());
        for (const int i : std::as_const(candidates)) {
            if (similar(existing.at(i).description, row.entry.description)) {
                row.duplicateOf = i;
                break;
            }
        }
        out << row;
    }
    return out;
}

QList<TimelineEntry> ChatEntries::inTimeOrder(QList<TimelineEntry> entries, const QTimeZone &zone)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [&zone](const TimelineEntry &a, const TimelineEntry &b) {
                         if (!a.hasTime() || !b.hasTime())
                             return a.hasTime() && !b.hasTime();
                         return later(b, a, zone);
                     });
    return entries;
}

QList<int> ChatEntries::insertionRows(const QList<TimelineEntry> &existing,
                                      const QList<TimelineEntry> &added, const QTimeZone &zone)
{
    QList<int> rows;
    const qsizetype size = existing.size();
    qsizetype next = 0; // the first existing entry not yet passed: times only grow
    qsizetype timedBefore = 0;
    qsizetype untimedBefore = 0; // those go to the end
    for (const TimelineEntry &a : added) {
        if (!a.hasTime()) {
            rows << int(size + timedBefore + untimedBefore++);
            continue;
        }
        while (next < size && !later(existing.at(next), a, zone))
            ++next;
        rows << int(next + timedBefore++);
    }
    return rows;
}

std::pair<QDateTime, QDateTime> ChatEntries::defaultWindow(const ReportMetadata &m)
{
    QList<QDateTime> known;
    for (const QDateTime &t : {m.started, m.detected, m.mitigated, m.resolved}) {
        if (t.isValid())
            known << t;
    }
    if (known.isEmpty())
        return {};
    const auto [first, last] = std::minmax_element(known.cbegin(), known.cend());
    return {first->addSecs(-3600), last->addSecs(3600)};
}

} // namespace debrief
