// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/IncidentMetrics.h"
#include "model/ReportMetadata.h"

#include <QTest>
#include <QTimeZone>

using namespace debrief;

Q_DECLARE_METATYPE(debrief::ReportMetadata)

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

// An absent figure is an invalid QVariant, a present one holds the seconds.
QVariant figure(const std::optional<qint64> &secs)
{
    return secs ? QVariant(*secs) : QVariant();
}

const QDateTime none;

} // namespace

class TestIncidentMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void durations_data()
    {
        QTest::addColumn<ReportMetadata>("metadata");
        QTest::addColumn<QVariant>("detect");
        QTest::addColumn<QVariant>("mitigate");
        QTest::addColumn<QVariant>("resolve");
        const QVariant no;

        QTest::newRow("all four in order")
            << instants(at(10, 0), at(10, 15), at(11, 5), at(13, 0)) << QVariant(qint64(900))
            << QVariant(qint64(3900)) << QVariant(qint64(10800));
        // Instants, not wall clocks: 03:40 +02:00 is 01:40 UTC, 50 minutes after 00:50 +01:00.
        QTest::newRow("mixed offsets")
            << instants(at(0, 50, 1), at(1, 5, 1), at(3, 40, 2), at(2, 10, 0, 30))
            << QVariant(qint64(900)) << QVariant(qint64(6600)) << QVariant(qint64(8430));
        const QTimeZone berlin("Europe/Berlin");
        QTest::newRow("across the DST change")
            << instants(QDateTime(QDate(2026, 3, 29), QTime(1, 30), berlin), none, none,
                        QDateTime(QDate(2026, 3, 29), QTime(3, 30), berlin))
            << no << no << QVariant(qint64(3600));
        QTest::newRow("across midnight")
            << instants(at(23, 30), none, none,
                        QDateTime(QDate(2026, 3, 30), QTime(1, 15), QTimeZone::UTC))
            << no << no << QVariant(qint64(6300));
        QTest::newRow("nothing set") << ReportMetadata() << no << no << no;
        QTest::newRow("only started") << instants(at(10, 0), none, none, none) << no << no << no;
        // Every figure is measured from the start: without it there is none.
        QTest::newRow("no start") << instants(none, at(10, 15), at(11, 5), at(13, 0)) << no << no
                                  << no;
        QTest::newRow("started and resolved")
            << instants(at(10, 0), none, none, at(12, 30)) << no << no << QVariant(qint64(9000));
        QTest::newRow("started and mitigated")
            << instants(at(10, 0), none, at(10, 45), none) << no << QVariant(qint64(2700)) << no;
        // Out of order: the figure is kept, negative.
        QTest::newRow("detected before started")
            << instants(at(10, 0), at(9, 50), none, none) << QVariant(qint64(-600)) << no << no;
        QTest::newRow("same instant")
            << instants(at(10, 0), at(10, 0), at(10, 0), at(10, 0)) << QVariant(qint64(0))
            << QVariant(qint64(0)) << QVariant(qint64(0));
    }

    void durations()
    {
        QFETCH(ReportMetadata, metadata);
        QFETCH(QVariant, detect);
        QFETCH(QVariant, mitigate);
        QFETCH(QVariant, resolve);
        const IncidentMetrics metrics(metadata);
        QCOMPARE(figure(metrics.timeToDetectSecs()), detect);
        QCOMPARE(figure(metrics.timeToMitigateSecs()), mitigate);
        QCOMPARE(figure(metrics.timeToResolveSecs()), resolve);
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
        // A negative figure is always explained.
        for (const auto &secs : {metrics.timeToDetectSecs(), metrics.timeToMitigateSecs(),
                                 metrics.timeToResolveSecs()}) {
            if (secs && *secs < 0)
                QVERIFY2(!metrics.problems().isEmpty(), "a negative duration with no problem");
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
