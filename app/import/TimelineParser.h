// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/MarkdownOutline.h"
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
    // Where entries that name no date are put, said in the import's warnings.
    static QDate placeholderDate() { return QDate(2000, 1, 1); }

    TimelineParser(const QDate &date, const std::optional<ZoneName> &zone);

    void read(const QStringList &lines, const MarkdownOutline &outline, int first, int last,
              QList<bool> *consumed);

    // A zone named in the section: a statement line, the heading, or a table's header.
    static std::optional<ZoneName> findZone(const QStringList &lines,
                                            const MarkdownOutline &outline, int first, int last,
                                            const QString &heading, int *statementLine);

    const QList<TimelineEntry> &entries() const { return m_entries; }
    const QStringList &warnings() const { return m_warnings; }
    int undated() const { return m_undated; }

private:
    struct Parsed
    {
        QDateTime at;
        QString description;
        bool keyMoment = false;
    };
    std::optional<Parsed> parseLine(const QString &text);
    std::optional<QDateTime> instant(const QString &timeText, const QString &dateText);
    QDateTime place(const QDate &explicitDate, const QTime &time,
                    const std::optional<ZoneName> &zone);
    bool readItem(const QStringList &lines, const MarkdownOutline::Item &item,
                  QList<bool> *consumed);
    void readTable(const QStringList &lines, int first, int last, QList<bool> *consumed);
    void readParagraph(const QStringList &lines, int first, int last, QList<bool> *consumed);
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
