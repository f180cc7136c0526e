// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ImportSource.h"
#include "import/ZoneName.h"
#include "model/TimelineEntry.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace debrief {

// Turns a timeline section into entries: bullets, lines and paragraphs such as
// "**09:15:** text", "- 09:00 - text", "[10:15] text", "At 11:00 AM: text", "10:30–10:45 text",
// "**2024-03-05 09:15:** text" (12- and 24-hour clocks), headings that are a time with the
// text under them, and pipe tables with time, kind, description and author columns. A date
// carries on to the entries after it; a "★" marks a key moment; lines and items between timed
// ones are untimed entries in their place. A kind the text does not give is guessed from its
// words (EntryKindWords) and listed in inferred(). Lines it uses are marked consumed; the rest
// stays for the section's notes.
class TimelineParser
{
public:
    TimelineParser(const QDate &date, const std::optional<ZoneName> &zone);

    void read(ImportSource *source, LineRange range);

    // A zone named in the section: a statement line, the heading, or a table's header.
    static std::optional<ZoneName> findZone(const ImportSource &source, LineRange range,
                                            const QString &heading);

    const QList<TimelineEntry> &entries() const { return m_entries; }
    const QStringList &warnings() const { return m_warnings; }
    int undated() const { return m_undated; }
    // What was guessed rather than read, one line each, for the import's report.
    const QStringList &inferred() const { return m_inferred; }
    // The most timed entries one list, paragraph or table gave: a run of them is a timeline
    // wherever it stands.
    int largestRun() const { return m_largestRun; }

private:
    struct Parsed
    {
        QDateTime at; // invalid when the document gives no date: `clock` alone then
        QTime clock;
        QString description;
        bool keyMoment = false;
        bool approximate = false;
    };
    // Text between timed entries, waiting to learn whether a timed one follows.
    struct Untimed
    {
        qsizetype position; // the entry it goes before
        LineRange lines;
        QString text;
    };
    // `more` gets the text of a second entry run together on the same line.
    std::optional<Parsed> parseLine(const QString &text, QString *more = nullptr,
                                    bool timeAlone = false);
    // Adds the entries of one line; false when it starts with no time.
    bool addLine(const QString &text, bool timeAlone = false);
    void readHeading(ImportSource *source, const MarkdownOutline::Block &b, LineRange block,
                     int *headingEntry);
    void absorb(ImportSource *source, LineRange block, int entry);
    void addUntimedBetween(ImportSource *source);
    void guessKinds();
    // Puts a time on its day (given, carried on, or the next day past midnight); without
    // any date, the time alone, never an invented date.
    void place(Parsed *p, const QDate &explicitDate, const QTime &time,
               const std::optional<ZoneName> &zone);
    bool readItem(ImportSource *source, const MarkdownOutline::Item &item, bool topLevel);
    void readTable(ImportSource *source, LineRange rows);
    void readParagraph(ImportSource *source, LineRange range);
    void readIndentedList(ImportSource *source, LineRange range);
    QTime afternoon(const QTime &time, bool noMeridiem);
    void add(const Parsed &p, const QString &kind = {}, const QString &author = {});
    QString kindFor(const QString &written);

    QDate m_date;
    std::optional<ZoneName> m_zone;
    QTime m_lastTime;
    QList<TimelineEntry> m_entries;
    QStringList m_warnings;
    int m_undated = 0;
    int m_largestRun = 0;
    bool m_yearNoted = false;
    bool m_twentyFourHour = false; // an hour past 12 (or 0) was written without am/pm
    QList<Untimed> m_untimed;
    QStringList m_inferred;
    QSet<QString> m_kindRead; // entries whose kind the source wrote
};

} // namespace debrief
