// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chat/PlainChatLog.h"

#include <QTest>

using namespace debrief;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ChatMessage::Kind)

// Plain-text chat logs, one table row per shape people keep them in; every line is a message,
// a day marker, or listed as not understood.
class TestChatLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapes_data()
    {
        QTest::addColumn<QString>("log");
        QTest::addColumn<QString>("when");   // "yyyy-MM-dd HH:mm" in UTC, or "HH:mm" alone
        QTest::addColumn<QString>("author"); // of the first message
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("messages");
        QTest::addColumn<QList<int>>("unparsed");
        QTest::newRow("weechat")
            << u"2025-10-12 09:15:02\t@mira\tcheckout is throwing 502s\n"
               "2025-10-12 09:15:40\t-->\tjon (~jon@host) has joined #incident\n"
               "2025-10-12 09:16:00\t--\tChannel topic set\n"_s
            << u"2025-10-12 09:15"_s << u"mira"_s << u"checkout is throwing 502s"_s << 2
            << QList<int>{3};
        QTest::newRow("irssi with a day change")
            << u"--- Log opened Sun Oct 12 23:50:00 2025\n23:58 <+mira> still failing\n"
               "--- Day changed Mon Oct 13 2025\n00:03 <jon> rolled back\n"
               "00:04 -!- kai [~k@h] has joined #incident\n"_s
            << u"2025-10-12 23:58"_s << u"mira"_s << u"still failing"_s << 3 << QList<int>();
        QTest::newRow("bracketed twelve-hour")
            << u"[10:15 AM] bob: paging the db team\n[10:20 AM] Ana Lee: on it\n"_s << u"10:15"_s
            << u"bob"_s << u"paging the db team"_s << 2 << QList<int>();
        QTest::newRow("time and name")
            << u"09:15 alice: disk is full\nnot a message at all\n09:17 bob: cleaning up\n"_s
            << u"09:15"_s << u"alice"_s << u"disk is full"_s << 2 << QList<int>{2};
        QTest::newRow("iso instants")
            << u"2025-10-12T09:15:00Z pager fired\n2025-10-12T11:20:00+02:00 ack\n"_s
            << u"2025-10-12 09:15"_s << QString() << u"pager fired"_s << 2 << QList<int>();
        QTest::newRow("time and dash")
            << u"09:00 - deploy starts\n09:05 \u2013 errors climb\n"_s << u"09:00"_s << QString()
            << u"deploy starts"_s << 2 << QList<int>();
    }

    void shapes()
    {
        QFETCH(QString, log);
        QFETCH(QString, when);
        QFETCH(QString, author);
        QFETCH(QString, text);
        QFETCH(int, messages);
        QFETCH(QList<int>, unparsed);
        const auto r = PlainChatLog::parse(log, QTimeZone(QTimeZone::UTC));
        QCOMPARE(r.messages.size(), messages);
        QCOMPARE(r.unparsed, unparsed);
        const ChatMessage &first = r.messages.first();
        const QString got = first.at.isValid() ? first.at.toUTC().toString(u"yyyy-MM-dd HH:mm"_s)
                                               : first.clock.toString(u"HH:mm"_s);
        QCOMPARE(got, when);
        QCOMPARE(first.author, author);
        QCOMPARE(first.text, text);
    }

    // Past midnight is the next day, a day marker sets the day, joins are marked.
    void daysAndKinds()
    {
        const auto r = PlainChatLog::parse(
            u"--- Log opened Sun Oct 12 23:50:00 2025\n23:58 <mira> still failing\n"
            "00:03 <jon> rolled back\n00:04 -!- kai [~k@h] has joined #incident\n"_s,
            QTimeZone("Europe/Berlin"));
        QCOMPARE(r.messages.size(), 3);
        QCOMPARE(r.messages[1].at,
                 QDateTime(QDate(2025, 10, 13), QTime(0, 3), QTimeZone("Europe/Berlin")));
        QCOMPARE(r.messages[2].kind, ChatMessage::Kind::Join);
        QCOMPARE(r.messages[2].author, u"kai"_s);
        QCOMPARE(r.messages[1].line, 3);
    }

    // Without a date anywhere, the time stays alone unless the caller knows the first day.
    void firstDayFromTheCaller()
    {
        const QString log = u"23:58 alice: one\n00:02 bob: two\n"_s;
        const auto alone = PlainChatLog::parse(log, QTimeZone(QTimeZone::UTC));
        QVERIFY(!alone.messages[0].at.isValid());
        QCOMPARE(alone.messages[1].clock, QTime(0, 2));
        const auto dated = PlainChatLog::parse(log, QTimeZone(QTimeZone::UTC), QDate(2025, 1, 31));
        QCOMPARE(dated.messages[1].at, QDateTime(QDate(2025, 2, 1), QTime(0, 2), QTimeZone::UTC));
    }

    // Hostile input: nothing crashes, nothing is invented, every line is accounted for.
    void garbageIsListedNotLost()
    {
        QString junk = QString(5000, u'x') + u"\n\t\t\n25:99 alice: no\n[99:00] x: y\n"_s;
        junk += QString::fromUtf8(QByteArray("\xff\xfe\x00 bad", 7));
        const auto r = PlainChatLog::parse(junk, QTimeZone(QTimeZone::UTC));
        QVERIFY(r.messages.isEmpty());
        QCOMPARE(r.unparsed.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestChatLog)
#include "tst_chatlog.moc"
