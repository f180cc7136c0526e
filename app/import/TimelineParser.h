// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ImportSource.h"
#include "import/ZoneName.h"
#include "model/TimelineEntry.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace debrief {

// Turns a timeline section into entries: bullets and lines such as "**09:15:** text",
// "- 09:00 - text", "[10:15] text", "**2024-03-05 09:15:** text" (12- and 24-hour clocks),
// and pipe tables with time, kind, description and author columns. A date carries on to the
// entries after it; a "★" marks a key moment. Lines it uses are marked consumed; the rest
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

private:
    struct Parsed
    {
        QDateTime at; // invalid when the document gives no date: `clock` alone then
        QTime clock;
        QString description;
        bool keyMoment = false;
    };
    std::optional<Parsed> parseLine(const QString &text);
    std::optional<QDateTime> instant(const QString &timeText, const QString &dateText);
    // Puts a time on its day (given, carried on, or the next day past midnight); without
    // any date, the time alone, never an invented date.
    void place(Parsed *p, const QDate &explicitDate, const QTime &time,
               const std::optional<ZoneName> &zone);
    bool readItem(ImportSource *source, const MarkdownOutline::Item &item);
    void readTable(ImportSource *source, LineRange rows);
    void readParagraph(ImportSource *source, LineRange range);
    void add(const Parsed &p, const QString &kind = {}, const QString &author = {});
    QString kindFor(const QString &written);

    QDate m_date;
    std::optional<ZoneName> m_zone;
    QTime m_lastTime;
    QList<TimelineEntry> m_entries;
    QStringList m_warnings;
    int m_undated = 0;
};

} // namespace debrief
