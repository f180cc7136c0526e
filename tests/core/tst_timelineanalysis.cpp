// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/Report.h"
#include "model/TimelineAnalysis.h"

#include <QTest>
#include <QTimeZone>

using namespace debrief;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<debrief::TimelineEntry>)
Q_DECLARE_METATYPE(debrief::Report)

namespace {

TimelineEntry at(int day, int hour, int minute, int offsetHours = 0)
{
    TimelineEntry e;
    e.at = QDateTime(QDate(2026, 3, day), QTime(hour, minute), QTimeZone(offsetHours * 3600));
    return e;
}

TimelineEntry clock(int hour, int minute)
{
    TimelineEntry e;
    e.clock = QTime(hour, minute);
    return e;
}

TimelineEntry approximately(TimelineEntry e)
{
    e.approximate = true;
    return e;
}

const TimelineEntry untimed;

Report report(const QList<TimelineEntry> &timeline, const QByteArray &zone = {}, int gap = 30,
              bool utc = false)
{
    Report r;
    r.timeline = timeline;
    r.metadata.timeZone = zone;
    r.metadata.gapMinutes = gap;
    r.metadata.timelineInUtc = utc;
    return r;
}

} // namespace

class TestTimelineAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rows_data()
    {
        QTest::addColumn<Report>("report");
        QTest::addColumn<QStringList>("times");
        QTest::addColumn<QStringList>("since");
        QTest::addColumn<QList<int>>("problems");
        QTest::addColumn<QList<int>>("gaps");

        QTest::newRow("in order, one gap")
            << report({at(29, 10, 0), at(29, 10, 15), at(29, 11, 0)})
            << QStringList{u"2026-03-29 10:00"_s, u"10:15"_s, u"11:00"_s}
            << QStringList{QString(), u"+15 min"_s, u"+45 min"_s} << QList<int>{} << QList<int>{2};
        QTest::newRow("one out of order")
            << report({at(29, 10, 0), at(29, 10, 30), at(29, 10, 20)})
            << QStringList{u"2026-03-29 10:00"_s, u"10:30"_s, u"10:20"_s}
            << QStringList{QString(), u"+30 min"_s, QString()} << QList<int>{2} << QList<int>{};
        QTest::newRow("across midnight")
            << report({at(29, 23, 50), at(30, 0, 10)})
            << QStringList{u"2026-03-29 23:50"_s, u"2026-03-30 00:10"_s}
            << QStringList{QString(), u"+20 min"_s} << QList<int>{} << QList<int>{};
        // 10:00 +02:00 is 08:00 UTC; 09:30 +01:00 is 08:30 UTC: in order.
        QTest::newRow("mixed offsets")
            << report({at(29, 10, 0, 2), at(29, 9, 30, 1)})
            << QStringList{u"2026-03-29 08:00"_s, u"08:30"_s}
            << QStringList{QString(), u"+30 min"_s} << QList<int>{} << QList<int>{};
        // Berlin moves from 02:00 CET to 03:00 CEST: 01:50 to 03:10 is twenty minutes.
        QTest::newRow("across the DST change")
            << report({at(29, 1, 50, 1), at(29, 3, 10, 2)}, "Europe/Berlin")
            << QStringList{u"2026-03-29 01:50"_s, u"03:10"_s}
            << QStringList{QString(), u"+20 min"_s} << QList<int>{} << QList<int>{};
        QTest::newRow("the UTC switch")
            << report({at(29, 1, 50, 1), at(29, 3, 10, 2)}, "Europe/Berlin", 30, true)
            << QStringList{u"2026-03-29 00:50"_s, u"01:10"_s}
            << QStringList{QString(), u"+20 min"_s} << QList<int>{} << QList<int>{};
        QTest::newRow("untimed between")
            << report({at(29, 10, 0), untimed, at(29, 9, 50)})
            << QStringList{u"2026-03-29 10:00"_s, u"—"_s, u"09:50"_s}
            << QStringList{QString(), QString(), QString()} << QList<int>{2} << QList<int>{};
        QTest::newRow("approximate")
            << report({at(29, 10, 0), approximately(at(29, 10, 15)), approximately(clock(9, 0))})
            << QStringList{u"2026-03-29 10:00"_s, u"~10:15"_s, u"~09:00"_s}
            << QStringList{QString(), u"+15 min"_s, QString()} << QList<int>{} << QList<int>{};
        // A time without a date is shown alone and compared only with other such times.
        QTest::newRow("date-less")
            << report({clock(9, 0), clock(9, 40), at(29, 12, 0), clock(9, 20)})
            << QStringList{u"09:00"_s, u"09:40"_s, u"2026-03-29 12:00"_s, u"09:20"_s}
            << QStringList{QString(), u"+40 min"_s, QString(), QString()} << QList<int>{3}
            << QList<int>{1};
        QTest::newRow("a report's own threshold")
            << report({at(29, 10, 0), at(29, 10, 45), at(29, 11, 46)}, {}, 60)
            << QStringList{u"2026-03-29 10:00"_s, u"10:45"_s, u"11:46"_s}
            << QStringList{QString(), u"+45 min"_s, u"+1 h 01 min"_s} << QList<int>{}
            << QList<int>{2};
        QTest::newRow("exactly the threshold is no gap")
            << report({at(29, 10, 0), at(29, 10, 30)})
            << QStringList{u"2026-03-29 10:00"_s, u"10:30"_s}
            << QStringList{QString(), u"+30 min"_s} << QList<int>{} << QList<int>{};
        QTest::newRow("empty") << report({}) << QStringList{} << QStringList{} << QList<int>{}
                               << QList<int>{};
    }

    void rows()
    {
        QFETCH(Report, report);
        QFETCH(QStringList, times);
        QFETCH(QStringList, since);
        QFETCH(QList<int>, problems);
        QFETCH(QList<int>, gaps);
        const TimelineAnalysis analysis(report);
        QStringList gotTimes;
        QStringList gotSince;
        for (int i = 0; i < analysis.rows().size(); ++i) {
            gotTimes << analysis.rows()[i].time;
            gotSince << analysis.sinceText(i);
            QCOMPARE(analysis.problemText(i).isEmpty(), !problems.contains(i));
        }
        QCOMPARE(gotTimes, times);
        QCOMPARE(gotSince, since);
        QCOMPARE(analysis.chronologyProblems(), problems);
        QCOMPARE(analysis.gaps(), gaps);
    }

    void problemNamesTheEntryAndTheDifference()
    {
        const TimelineAnalysis analysis(
            report({at(29, 10, 0), at(29, 10, 30), at(29, 10, 40), at(29, 10, 20)}));
        // The latest entry above (10:40), not the nearest one.
        QCOMPARE(analysis.rows()[3].contradicts, 2);
        QCOMPARE(analysis.rows()[3].earlierBy, 1200);
        QCOMPARE(analysis.problemText(3), u"Earlier than entry 3 (10:40) above it, by 20 min"_s);
    }

    void recordedInAnotherOffset()
    {
        const TimelineAnalysis analysis(
            report({at(29, 10, 0, 2), at(29, 9, 0, 1), clock(8, 0)}, "Europe/Berlin"));
        QCOMPARE(analysis.rows()[0].recorded, QString()); // +02:00 is Berlin's summer offset
        QCOMPARE(analysis.rows()[1].recorded, u"Recorded as 2026-03-29 09:00 (UTC+01:00)"_s);
        QCOMPARE(analysis.rows()[1].time, u"10:00"_s);
        QCOMPARE(analysis.rows()[2].recorded, u"A time of day; no date is known"_s);
    }

    void timeOrder_data()
    {
        QTest::addColumn<QList<TimelineEntry>>("timeline");
        QTest::addColumn<QList<int>>("order");
        QTest::newRow("sorted") << QList<TimelineEntry>{at(29, 10, 0), at(29, 11, 0)}
                                << QList<int>{0, 1};
        QTest::newRow("reversed") << QList<TimelineEntry>{at(29, 11, 0), at(29, 10, 0)}
                                  << QList<int>{1, 0};
        // Untimed entries stay after the entry they followed; leading ones stay first;
        // date-less times after dated ones; equal times keep their order.
        QTest::newRow("untimed and date-less")
            << QList<TimelineEntry>{untimed,     at(29, 10, 30), untimed,        at(29, 10, 0),
                                    clock(9, 0), at(29, 10, 15), at(29, 10, 15), clock(8, 0)}
            << QList<int>{0, 3, 5, 6, 1, 2, 7, 4};
        QTest::newRow("offsets") << QList<TimelineEntry>{at(29, 10, 0, 2), at(29, 9, 30, 0)}
                                 << QList<int>{0, 1};
        QTest::newRow("empty") << QList<TimelineEntry>{} << QList<int>{};
    }

    void timeOrder()
    {
        QFETCH(QList<TimelineEntry>, timeline);
        QFETCH(QList<int>, order);
        QCOMPARE(TimelineAnalysis::timeOrder(timeline), order);
        // Sorted, nothing is out of order.
        Report sorted;
        for (const int i : order)
            sorted.timeline << timeline[i];
        QVERIFY(TimelineAnalysis(sorted).chronologyProblems().isEmpty());
    }
};

QTEST_MAIN(TestTimelineAnalysis)
#include "tst_timelineanalysis.moc"
