// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/IncidentMetrics.h"
#include "model/Report.h"

#include <QTest>
#include <QTimeZone>

using namespace debrief;

Q_DECLARE_METATYPE(debrief::ReportMetadata)
Q_DECLARE_METATYPE(QList<debrief::TimelineEntry>)

using namespace Qt::StringLiterals;

namespace {

// An instant on 2026-03-29 (the night Europe/Berlin moves to summer time) at hh:mm in a
// fixed offset of `offsetHours`.
QDateTime at(int hour, int minute, int offsetHours = 0, int second = 0)
{
    return QDateTime(QDate(2026, 3, 29), QTime(hour, minute, second),
                     QTimeZone(offsetHours * 3600));
}

ReportMetadata instants(const QDateTime &started, const QDateTime &detected,
                        const QDateTime &mitigated, const QDateTime &resolved)
{
    ReportMetadata m;
    m.started = started;
    m.detected = detected;
    m.mitigated = mitigated;
    m.resolved = resolved;
    return m;
}

TimelineEntry entry(const QString &kind, const QDateTime &at, bool approximate = false)
{
    TimelineEntry e;
    e.kind = kind;
    e.at = at;
    e.approximate = approximate;
    return e;
}

// An absent figure is an invalid QVariant, a present one holds the seconds.
QVariant figure(const IncidentMetrics::Figure &f)
{
    return f.secs ? QVariant(*f.secs) : QVariant();
}

QVariant secs(qint64 s)
{
    return QVariant(s);
}

const QDateTime none;
const QVariant no;

} // namespace

class TestIncidentMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void durations_data()
    {
        QTest::addColumn<ReportMetadata>("metadata");
        QTest::addColumn<QList<TimelineEntry>>("timeline");
        QTest::addColumn<QVariant>("detect");
        QTest::addColumn<QVariant>("mitigate");
        QTest::addColumn<QVariant>("resolve");
        QTest::addColumn<QVariant>("duration");
        QTest::addColumn<bool>("fromTimeline");
        const QList<TimelineEntry> empty;

        // To detect from the start; to mitigate and to resolve from the detection.
        QTest::newRow("all four in order")
            << instants(at(10, 0), at(10, 15), at(11, 5), at(13, 0)) << empty << secs(900)
            << secs(3000) << secs(9900) << secs(10800) << false;
        // Instants, not wall clocks: 03:40 +02:00 is 01:40 UTC, 95 minutes after 00:05 UTC.
        QTest::newRow("mixed offsets")
            << instants(at(0, 50, 1), at(1, 5, 1), at(3, 40, 2), at(2, 10, 0, 30)) << empty
            << secs(900) << secs(5700) << secs(7530) << secs(8430) << false;
        const QTimeZone berlin("Europe/Berlin");
        QTest::newRow("across the DST change")
            << instants(QDateTime(QDate(2026, 3, 29), QTime(1, 30), berlin), none, none,
                        QDateTime(QDate(2026, 3, 29), QTime(3, 30), berlin))
            << empty << no << no << no << secs(3600) << false;
        QTest::newRow("across midnight")
            << instants(at(23, 30), none, none,
                        QDateTime(QDate(2026, 3, 30), QTime(1, 15), QTimeZone::UTC))
            << empty << no << no << no << secs(6300) << false;
        QTest::newRow("nothing set") << ReportMetadata() << empty << no << no << no << no << false;
        QTest::newRow("only started")
            << instants(at(10, 0), none, none, none) << empty << no << no << no << no << false;
        QTest::newRow("no start") << instants(none, at(10, 15), at(11, 5), at(13, 0)) << empty << no
                                  << secs(3000) << secs(9900) << no << false;
        QTest::newRow("no detection") << instants(at(10, 0), none, at(11, 0), at(12, 30)) << empty
                                      << no << no << no << secs(9000) << false;
        // Impossible: no figure (the error says why), never a negative number.
        QTest::newRow("detected before started")
            << instants(at(10, 0), at(9, 50), none, none) << empty << no << no << no << no << false;
        QTest::newRow("same instant") << instants(at(10, 0), at(10, 0), at(10, 0), at(10, 0))
                                      << empty << secs(0) << secs(0) << secs(0) << secs(0) << false;
        const QList<TimelineEntry> story{
            entry(u"event"_s, at(10, 0)), entry(u"detection"_s, at(10, 15)),
            entry(u"mitigation"_s, at(11, 5)), entry(u"resolution"_s, at(13, 0))};
        QTest::newRow("from the timeline") << ReportMetadata() << story << secs(900) << secs(3000)
                                           << secs(9900) << secs(10800) << true;
        QTest::newRow("the overview wins")
            << instants(at(9, 45), at(10, 20), at(11, 5), at(13, 0)) << story << secs(2100)
            << secs(2700) << secs(9600) << secs(11700) << false;
        QTest::newRow("the overview's gaps filled from the timeline")
            << instants(at(9, 45), none, none, at(13, 30)) << story << secs(1800) << secs(3000)
            << secs(11700) << secs(13500) << true;
        // The list order may be wrong: the earliest entry of the kind counts.
        QTest::newRow("earliest of its kind")
            << ReportMetadata()
            << QList<TimelineEntry>{entry(u"detection"_s, at(10, 30)), entry(u"event"_s, at(10, 0)),
                                    entry(u"detection"_s, at(10, 15))}
            << secs(900) << no << no << no << true;
        TimelineEntry dateLess = entry(u"detection"_s, none);
        dateLess.clock = QTime(10, 15);
        QTest::newRow("untimed and date-less entries are no instants")
            << instants(at(10, 0), none, none, none)
            << QList<TimelineEntry>{entry(u"detection"_s, none), dateLess} << no << no << no << no
            << false;
        QTest::newRow("timeline across midnight and offsets")
            << ReportMetadata()
            << QList<TimelineEntry>{entry(u"event"_s, at(23, 50, 1)), // 22:50 UTC
                                    entry(u"detection"_s, QDateTime(QDate(2026, 3, 30),
                                                                    QTime(1, 20), QTimeZone(7200))),
                                    entry(u"resolution"_s, QDateTime(QDate(2026, 3, 30),
                                                                     QTime(0, 10), QTimeZone::UTC))}
            << secs(1800) << no << secs(3000) << secs(4800) << true;
        QTest::newRow("resolved in the timeline before the start")
            << instants(at(10, 0), none, none, none)
            << QList<TimelineEntry>{entry(u"resolution"_s, at(9, 0))} << no << no << no << no
            << false;
    }

    void durations()
    {
        QFETCH(ReportMetadata, metadata);
        QFETCH(QList<TimelineEntry>, timeline);
        QFETCH(QVariant, detect);
        QFETCH(QVariant, mitigate);
        QFETCH(QVariant, resolve);
        QFETCH(QVariant, duration);
        QFETCH(bool, fromTimeline);
        Report report;
        report.metadata = metadata;
        report.timeline = timeline;
        const IncidentMetrics metrics(report);
        QCOMPARE(figure(metrics.timeToDetect()), detect);
        QCOMPARE(figure(metrics.timeToMitigate()), mitigate);
        QCOMPARE(figure(metrics.timeToResolve()), resolve);
        QCOMPARE(figure(metrics.duration()), duration);
        bool anyFromTimeline = false;
        for (const auto *f : {&metrics.timeToDetect(), &metrics.timeToMitigate(),
                              &metrics.timeToResolve(), &metrics.duration()}) {
            // Every empty figure says why, and never shows a number.
            QVERIFY(f->secs || !f->note().isEmpty());
            QVERIFY(f->secs || f->text() == u"—"_s);
            QVERIFY(!f->secs || *f->secs >= 0);
            anyFromTimeline = anyFromTimeline || (f->secs && f->fromTimeline);
            if (f->fromTimeline && f->secs)
                QCOMPARE(f->note(), u"from the timeline"_s);
        }
        QCOMPARE(anyFromTimeline, fromTimeline);
    }

    void reasons()
    {
        Report report;
        report.metadata = instants(at(10, 0), none, none, at(9, 0));
        const IncidentMetrics metrics(report);
        QCOMPARE(metrics.timeToDetect().note(), u"no detection time"_s);
        QCOMPARE(metrics.duration().note(), u"the resolved time is before the started time"_s);
        QCOMPARE(metrics.duration().text(), u"—"_s);
        report.metadata = ReportMetadata();
        report.timeline = {entry(u"detection"_s, at(10, 15)), entry(u"resolution"_s, at(10, 5))};
        const IncidentMetrics fromTimeline(report);
        QCOMPARE(fromTimeline.timeToResolve().note(),
                 u"the resolved time is before the detected time"_s);
        QCOMPARE(fromTimeline.problems(),
                 QStringList{u"the resolved time is before the detected time (from the "
                             u"timeline)"_s});
        QCOMPARE(fromTimeline.timeToDetect().note(), u"from the timeline"_s);
    }

    // Times whose date nobody gave: figures between two of them, never with an invented day.
    void dateLessTimes()
    {
        Report report;
        report.metadata.startedClock = QTime(9, 0);
        report.metadata.resolvedClock = QTime(11, 30);
        QCOMPARE(figure(IncidentMetrics(report).duration()), secs(9000));
        QVERIFY(!IncidentMetrics(report).duration().fromTimeline);
        report.metadata.startedClock = QTime(23, 0); // past midnight
        report.metadata.resolvedClock = QTime(1, 0);
        QCOMPARE(figure(IncidentMetrics(report).duration()), secs(7200));

        // From date-less entries, in list order; a dated start and a date-less end give none.
        TimelineEntry detect = entry(u"detection"_s, none);
        detect.clock = QTime(9, 5);
        TimelineEntry resolve = entry(u"resolution"_s, none);
        resolve.clock = QTime(9, 40);
        report.metadata = ReportMetadata();
        report.timeline = {detect, resolve};
        const IncidentMetrics fromTimeline(report);
        QCOMPARE(figure(fromTimeline.timeToResolve()), secs(35 * 60));
        QVERIFY(fromTimeline.timeToResolve().fromTimeline);
        resolve.clock = QTime(9, 0);
        report.timeline = {resolve, detect}; // the resolution listed first, and earlier
        QVERIFY(!IncidentMetrics(report).timeToResolve().error.isEmpty());
        report.timeline = {detect, resolve}; // listed after, but only 5 minutes earlier
        QVERIFY(!IncidentMetrics(report).timeToResolve().error.isEmpty());
        detect.clock = QTime(23, 50);
        resolve.clock = QTime(0, 30);
        report.timeline = {detect, resolve}; // past midnight
        QCOMPARE(figure(IncidentMetrics(report).timeToResolve()), secs(40 * 60));
        report.metadata.startedClock = QTime(23, 55); // the overview's start after the detection
        QVERIFY(!IncidentMetrics(report).timeToDetect().error.isEmpty());
        report.metadata.startedClock = QTime();
        report.timeline = {detect};
        report.metadata = ReportMetadata();
        report.metadata.resolved = at(10, 0);
        QCOMPARE(IncidentMetrics(report).timeToResolve().note(),
                 u"the detection time has no date"_s);
    }

    void approximate()
    {
        Report report;
        report.timeline = {entry(u"event"_s, at(10, 0)), entry(u"detection"_s, at(10, 15), true)};
        const IncidentMetrics metrics(report);
        QCOMPARE(metrics.timeToDetect().text(), u"~15 min"_s);
        QVERIFY(metrics.timeToDetect().approximate);
        QCOMPARE(metrics.timeToDetect().minutes(), std::optional<qint64>(15));
    }

    void outOfOrder_data()
    {
        QTest::addColumn<ReportMetadata>("metadata");
        QTest::addColumn<QStringList>("problems");

        QTest::newRow("in order") << instants(at(10, 0), at(10, 15), at(11, 5), at(13, 0))
                                  << QStringList();
        QTest::newRow("equal instants")
            << instants(at(10, 0), at(10, 0), at(10, 0), at(10, 0)) << QStringList();
        QTest::newRow("nothing set") << ReportMetadata() << QStringList();
        // Wall clocks out of order, instants in order: no problem.
        QTest::newRow("offsets make it right")
            << instants(at(10, 0, 2), at(9, 30, 1), none, none) << QStringList();
        QTest::newRow("detected before started")
            << instants(at(10, 0), at(9, 50), at(11, 0), at(12, 0))
            << QStringList{QStringLiteral("the detected time is before the started time")};
        QTest::newRow("mitigated before detected")
            << instants(at(10, 0), at(10, 30), at(10, 20), at(12, 0))
            << QStringList{QStringLiteral("the mitigated time is before the detected time")};
        QTest::newRow("resolved before mitigated")
            << instants(at(10, 0), at(10, 10), at(11, 0), at(10, 50))
            << QStringList{QStringLiteral("the resolved time is before the mitigated time")};
        QTest::newRow("resolved before everything")
            << instants(at(10, 0), at(10, 10), at(11, 0), at(9, 0))
            << QStringList{QStringLiteral("the resolved time is before the mitigated time"),
                           QStringLiteral("the resolved time is before the started time")};
        QTest::newRow("resolved before started, nothing between")
            << instants(at(10, 0), none, none, at(9, 0))
            << QStringList{QStringLiteral("the resolved time is before the started time")};
        // A missing instant between two others: they are still compared with each other, so
        // every negative figure is named.
        QTest::newRow("mitigated before started, no detection")
            << instants(at(10, 0), none, at(9, 0), none)
            << QStringList{QStringLiteral("the mitigated time is before the started time")};
        QTest::newRow("resolved before detected, no mitigation")
            << instants(at(10, 0), at(10, 30), none, at(10, 20))
            << QStringList{QStringLiteral("the resolved time is before the detected time")};
        QTest::newRow("no start, mitigated before detected")
            << instants(none, at(10, 30), at(10, 20), none)
            << QStringList{QStringLiteral("the mitigated time is before the detected time")};
    }

    void outOfOrder()
    {
        QFETCH(ReportMetadata, metadata);
        QFETCH(QStringList, problems);
        const IncidentMetrics metrics(metadata);
        QCOMPARE(metrics.problems(), problems);
        // An impossible figure is always explained.
        for (const auto *f : {&metrics.timeToDetect(), &metrics.timeToMitigate(),
                              &metrics.timeToResolve(), &metrics.duration()}) {
            if (!f->error.isEmpty())
                QVERIFY2(!metrics.problems().isEmpty(), "an impossible figure with no problem");
        }
    }

    void formatDuration_data()
    {
        QTest::addColumn<qint64>("secs");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 min");
        QTest::newRow("one second") << qint64(1) << QStringLiteral("1 s");
        QTest::newRow("under a minute") << qint64(59) << QStringLiteral("59 s");
        QTest::newRow("a minute") << qint64(60) << QStringLiteral("1 min");
        QTest::newRow("seconds dropped") << qint64(61) << QStringLiteral("1 min");
        QTest::newRow("under an hour") << qint64(3599) << QStringLiteral("59 min");
        QTest::newRow("an hour") << qint64(3600) << QStringLiteral("1 h 00 min");
        QTest::newRow("minutes padded") << qint64(3900) << QStringLiteral("1 h 05 min");
        QTest::newRow("under a day") << qint64(86399) << QStringLiteral("23 h 59 min");
        QTest::newRow("a day") << qint64(86400) << QStringLiteral("1 d 0 h");
        QTest::newRow("days drop minutes")
            << qint64(3 * 86400 + 2 * 3600 + 59 * 60) << QStringLiteral("3 d 2 h");
        QTest::newRow("negative seconds") << qint64(-30) << QStringLiteral("-30 s");
        QTest::newRow("negative minutes") << qint64(-720) << QStringLiteral("-12 min");
        QTest::newRow("negative hours") << qint64(-3900) << QStringLiteral("-1 h 05 min");
        QTest::newRow("negative days") << qint64(-90061) << QStringLiteral("-1 d 1 h");
    }

    void formatDuration()
    {
        QFETCH(qint64, secs);
        QFETCH(QString, text);
        QCOMPARE(IncidentMetrics::formatDuration(secs), text);
    }
};

QTEST_MAIN(TestIncidentMetrics)
#include "tst_incidentmetrics.moc"
