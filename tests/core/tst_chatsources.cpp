// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ZipBuilder.h"
#include "chat/ChatEntries.h"
#include "chat/ChatSourceReader.h"
#include "chat/SlackText.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ChatSource::Format)

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(DEBRIEF_CHAT_FIXTURES "/") + name;
}

ChatSource readOrFail(const QString &path, const ChatSourceReader::Options &options = {})
{
    QString error;
    const auto source = ChatSourceReader::read(path, options, &error);
    if (!source)
        qWarning("%s: %s", qPrintable(path), qPrintable(error));
    return source.value_or(ChatSource{});
}

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

// The Slack fixture folder packed as a ZIP under one top folder, as Slack's download is.
QByteArray slackZip(const QString &top = u"export/"_s)
{
    ZipBuilder zip;
    const QDir root(fixture(u"slack-export"_s));
    QDirIterator it(root.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(f.fileName()));
        zip.addDeflated(top + root.relativeFilePath(f.fileName()), f.readAll());
    }
    return zip.finish();
}

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(f.fileName()));
    return f.fileName();
}

TimelineEntry entryAt(const QString &iso, const QString &text)
{
    TimelineEntry e;
    e.id = text;
    if (iso.size() == 5)
        e.clock = QTime::fromString(iso, u"HH:mm"_s);
    else if (!iso.isEmpty())
        e.at = utc(iso);
    e.description = text;
    return e;
}

} // namespace

// Chat and pager logs of every format Debrief reads, from sample files written for these
// tests: authors, mentions, links, tokens, threads, joins, zones, offsets, bad input.
class TestChatSources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slackMarkup_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("markdown");
        QTest::newRow("mention") << u"ping <@U1>"_s << u"ping @Mira Okafor"_s;
        QTest::newRow("unknown mention") << u"ping <@U9|zed>"_s << u"ping @zed"_s;
        QTest::newRow("channel") << u"see <#C1|inc-db>"_s << u"see #inc-db"_s;
        QTest::newRow("special") << u"<!here> and <!channel>"_s << u"@here and @channel"_s;
        QTest::newRow("group") << u"<!subteam^S1|@dba> please"_s << u"@dba please"_s;
        QTest::newRow("labelled link") << u"<https://x.example/a?b=1|the [board]>"_s
                                       << u"[the \\[board\\]](https://x.example/a?b=1)"_s;
        QTest::newRow("bare link")
            << u"<https://x.example/a>"_s << u"[https://x.example/a](https://x.example/a)"_s;
        QTest::newRow("no script links") << u"<javascript:alert(1)|click>"_s << u"click"_s;
        QTest::newRow("file label keeps no token")
            << u"<https://files.slack.com/f/a.png?t=xoxe-1|files.slack.com/f/a.png?t=xoxe-1>"_s
            << u"[https://files.slack.com/f/a.png](https://files.slack.com/f/a.png)"_s;
        QTest::newRow("file link loses its token")
            << u"<https://files.slack.com/files-pri/T1/a.png?t=xoxe-1|a.png>"_s
            << u"[a.png](https://files.slack.com/files-pri/T1/a.png)"_s;
        QTest::newRow("escapes") << u"p99 &gt; 4s &amp; &lt;b&gt;"_s << u"p99 > 4s & \\<b>"_s;
    }

    void slackMarkup()
    {
        QFETCH(QString, text);
        QFETCH(QString, markdown);
        QCOMPARE(SlackText::toMarkdown(text, {{u"U1"_s, u"Mira Okafor"_s}}), markdown);
    }

    void slackFolder()
    {
        const ChatSource s =
            readOrFail(fixture(u"slack-export"_s), {u"inc-checkout"_s, {}, {}, {}});
        QCOMPARE(s.format, ChatSource::Format::SlackExport);
        QCOMPARE(s.channels, (QStringList{u"general"_s, u"inc-checkout"_s}));
        QCOMPARE(s.channel, u"inc-checkout"_s);
        QCOMPARE(s.messages.size(), 9);
        QCOMPARE(s.skipped.size(), 2); // the edit record and the message without a time
        const ChatMessage &join = s.messages.at(0);
        QCOMPARE(join.kind, ChatMessage::Kind::Join);
        QCOMPARE(join.author, u"Mira Okafor"_s);
        const ChatMessage &bot = s.messages.at(1);
        QVERIFY(bot.bot);
        QCOMPARE(bot.author, u"Alertmanager"_s);
        QVERIFY(bot.text.contains(u"CheckoutErrorRate"_s));
        const ChatMessage &mira = s.messages.at(2);
        QCOMPARE(mira.at, utc(u"2025-10-12T09:15:30Z"_s));
        QCOMPARE(mira.id, u"1760260530.000300"_s);
        QCOMPARE(mira.text, u"checkout p99 is > 4s and 5xx climbing, @Jon P. can you look at "
                            "[the checkout board](https://grafana.example.net/d/checkout)?"_s);
        const ChatMessage &jon = s.messages.at(3);
        QCOMPARE(jon.author, u"Jon P."_s);
        QCOMPARE(jon.text, u"looking. pods restarting & OOM, see #inc-checkout pinned "
                           "(file: oom-graph.png)"_s);
        const ChatMessage &kai = s.messages.at(4);
        QCOMPARE(kai.author, u"kai.s"_s);
        QCOMPARE(kai.threadOf, jon.id);
        QVERIFY(s.messages.at(5).text.contains(u"\\<script>"_s));
        QVERIFY(s.messages.at(6).text.endsWith(u"@here thanks"_s));
        QCOMPARE(s.messages.at(7).kind, ChatMessage::Kind::Leave);
        QCOMPARE(s.messages.at(8).text,
                 u"postmortem draft is up [ops@example.net](mailto:ops@example.net)"_s);
        for (const ChatMessage &m : s.messages)
            QVERIFY2(!m.text.contains(u"xoxe"_s), qPrintable(m.text));
    }

    void slackZipIsReadLikeTheFolder()
    {
        QTemporaryDir dir;
        const QString path = writeTemp(dir, u"acme-export.zip"_s, slackZip());
        const ChatSource fromZip = readOrFail(path, {u"inc-checkout"_s, {}, {}, {}});
        const ChatSource fromFolder =
            readOrFail(fixture(u"slack-export"_s), {u"inc-checkout"_s, {}, {}, {}});
        QCOMPARE(fromZip.format, ChatSource::Format::SlackExport);
        QCOMPARE(fromZip.fileName, u"acme-export.zip"_s);
        QCOMPARE(fromZip.messages, fromFolder.messages);
    }

    // Only the days near the window are read: the others are never parsed.
    void slackReadsOnlyTheWindowDays()
    {
        const QString folder = fixture(u"slack-export"_s);
        QCOMPARE(
            readOrFail(folder, {u"inc-checkout"_s, QDate(2025, 10, 15), {}, {}}).messages.size(),
            0);
        QCOMPARE(
            readOrFail(folder, {u"inc-checkout"_s, QDate(2025, 10, 14), {}, {}}).messages.size(),
            1);
        QCOMPARE(
            readOrFail(folder, {u"inc-checkout"_s, {}, QDate(2025, 10, 10), {}}).messages.size(),
            0);
    }

    // Day files of a second export in the same archive are not added to the first one's days.
    void slackReadsOneExport()
    {
        ZipBuilder zip;
        const QByteArray day = "[{\"ts\": \"1760260440.000100\", \"text\": \"one\"}]";
        zip.addStored(u"a/general/2025-10-12.json"_s, day);
        zip.addStored(u"b/general/2025-10-12.json"_s, day);
        zip.addStored(u"b/general/2025-10-13.json"_s, day);
        QTemporaryDir dir;
        const QString path = writeTemp(dir, u"two.zip"_s, zip.finish());
        QCOMPARE(readOrFail(path, {u"general"_s, {}, {}, {}}).messages.size(), 1);
    }

    void slackAsksForAChannel()
    {
        const ChatSource s = readOrFail(fixture(u"slack-export"_s));
        QVERIFY(s.needsChannel());
        QVERIFY(s.messages.isEmpty());
        QString error;
        QVERIFY(
            !ChatSourceReader::read(fixture(u"slack-export"_s), {u"nope"_s, {}, {}, {}}, &error));
        QVERIFY2(error.contains(u"nope"_s), qPrintable(error));
    }

    void hostileArchives_data()
    {
        QTest::addColumn<QByteArray>("zip");
        QTest::addColumn<QString>("says");
        ZipBuilder climb;
        climb.addStored(u"c/2025-10-12.json"_s, "[]");
        climb.addStored(u"../c/2025-10-13.json"_s, "[]");
        QTest::newRow("../ name") << climb.finish() << u"outside"_s;
        ZipBuilder bomb;
        bomb.addZeros(u"c/2025-10-12.json"_s, 80LL * 1024 * 1024);
        QTest::newRow("bomb") << bomb.finish() << u"c/2025-10-12.json"_s;
        ZipBuilder liar;
        liar.addZeros(u"c/2025-10-12.json"_s, 70LL * 1024 * 1024, 10);
        QTest::newRow("lying size") << liar.finish() << u"c/2025-10-12.json"_s;
        ZipBuilder broken;
        broken.addStored(u"c/2025-10-12.json"_s, "[{\"ts\": \"1760260440.1\", \"text\": ");
        QTest::newRow("malformed day") << broken.finish() << u"JSON"_s;
        ZipBuilder noDays;
        noDays.addStored(u"readme.txt"_s, "hello");
        QTest::newRow("no channel") << noDays.finish() << u"Slack"_s;
        QTest::newRow("truncated") << QByteArrayLiteral("PK\x03\x04 nothing else") << u"ZIP"_s;
    }

    void hostileArchives()
    {
        QFETCH(QByteArray, zip);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = writeTemp(dir, u"x.zip"_s, zip);
        QString error;
        QVERIFY(!ChatSourceReader::read(path, {u"c"_s, {}, {}, {}}, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void mattermost()
    {
        const ChatSource s =
            readOrFail(fixture(u"mattermost.jsonl"_s), {u"incident-db"_s, {}, {}, {}});
        QCOMPARE(s.format, ChatSource::Format::Mattermost);
        QCOMPARE(s.channels,
                 (QStringList{u"direct: ana, raj"_s, u"incident-db"_s, u"town-square"_s}));
        QCOMPARE(s.messages.size(), 3);
        QCOMPARE(s.messages.at(0).at, utc(u"2025-11-03T14:02:10Z"_s));
        QCOMPARE(s.messages.at(0).author, u"ana"_s);
        QCOMPARE(s.messages.at(1).threadOf, s.messages.at(0).id);
        QCOMPARE(s.messages.at(2).text,
                 u"failed over to db-3, lag back to 0 (file: lag-graph.png)"_s);
        QCOMPARE(s.skipped.size(), 2); // the post without a time, the line that is not JSON
    }

    void pagerDuty()
    {
        const ChatSource s = readOrFail(fixture(u"pagerduty.json"_s));
        QCOMPARE(s.format, ChatSource::Format::PagerDuty);
        QStringList kinds;
        for (const ChatMessage &m : s.messages)
            kinds << m.entryKind;
        QCOMPARE(kinds, (QStringList{u"detection"_s, u"escalation"_s, u"escalation"_s, QString(),
                                     u"resolution"_s}));
        QCOMPARE(s.messages.first().author, u"Checkout API"_s);
        QCOMPARE(s.messages.first().id, u"R0TRG"_s);
        QCOMPARE(s.skipped.size(), 1);
    }

    void csv()
    {
        const QTimeZone berlin("Europe/Berlin");
        const ChatSource s = readOrFail(fixture(u"chat-semicolon.csv"_s), {{}, {}, {}, berlin});
        QCOMPARE(s.format, ChatSource::Format::Csv);
        QCOMPARE(s.messages.size(), 3);
        QCOMPARE(s.messages.at(0).at, QDateTime(QDate(2025, 10, 12), QTime(9, 14), berlin));
        QCOMPARE(s.messages.at(0).text, u"checkout errors; 5xx at 12%"_s);
        QCOMPARE(s.messages.at(1).text, u"two lines:\nOOM kills on checkout pods"_s);
        QCOMPARE(s.messages.at(2).text, u"rolled back, says \"done\""_s);
        QCOMPARE(s.skipped, (QStringList{u"line 5: not a time;kai;hello"_s}));
        const ChatSource bare = readOrFail(fixture(u"chat-noheader.csv"_s));
        QCOMPARE(bare.format, ChatSource::Format::Csv);
        QCOMPARE(bare.messages.size(), 2);
        QCOMPARE(bare.messages.at(0).author, u"alertbot"_s);
        QCOMPARE(bare.messages.at(1).at, utc(u"2025-10-12T09:16:00Z"_s));
    }

    void formatFromContent_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ChatSource::Format>("format");
        QTest::newRow("slack day")
            << u"slack-export/inc-checkout/2025-10-12.json"_s << ChatSource::Format::SlackDay;
        QTest::newRow("mattermost") << u"mattermost.jsonl"_s << ChatSource::Format::Mattermost;
        QTest::newRow("pagerduty") << u"pagerduty.json"_s << ChatSource::Format::PagerDuty;
        QTest::newRow("csv") << u"chat-semicolon.csv"_s << ChatSource::Format::Csv;
        QTest::newRow("weechat") << u"weechat.log"_s << ChatSource::Format::PlainText;
    }

    void formatFromContent()
    {
        QFETCH(QString, file);
        QFETCH(ChatSource::Format, format);
        QTemporaryDir dir;
        QFile::copy(fixture(file), dir.filePath(u"no-suffix"_s));
        QCOMPARE(readOrFail(dir.filePath(u"no-suffix"_s)).format, format);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("no chat line") << u"notes.txt"_s << u"no line"_s;
        QTest::newRow("invalid UTF-8") << u"not-utf8.log"_s << u"UTF-8"_s;
        QTest::newRow("truncated JSON") << u"truncated.json"_s << u"JSON"_s;
        QTest::newRow("other JSON") << u"other.json"_s << u"shape"_s;
        QTest::newRow("missing") << u"no-such-file.log"_s << u"No such file"_s;
    }

    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!ChatSourceReader::read(fixture(file), {}, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void hugeLineIsBounded()
    {
        QTemporaryDir dir;
        QByteArray huge = "09:14 mira: " + QByteArray(3 * 1024 * 1024, 'x') + "\n09:15 jon: ok\n";
        const QString path = writeTemp(dir, u"huge.log"_s, huge);
        const ChatSource s = readOrFail(path, {{}, {}, {}, QTimeZone(QTimeZone::UTC)});
        QCOMPARE(s.messages.size(), 2);
    }

    void entries()
    {
        const ChatSource s =
            readOrFail(fixture(u"slack-export"_s), {u"inc-checkout"_s, {}, {}, {}});
        ChatEntries::Options o;
        o.from = utc(u"2025-10-12T09:00:00Z"_s);
        o.to = utc(u"2025-10-12T10:30:00Z"_s);
        o.reportZone = QTimeZone("Europe/Berlin");
        o.offsetMinutes = 2;
        const auto rows = ChatEntries::rows(s, o, {});
        QCOMPARE(rows.size(), 8); // the next day's message is outside the window
        QVERIFY(rows.at(0).joinOrLeave);
        QCOMPARE(rows.at(0).entry.description, u"Mira Okafor joined"_s);
        QVERIFY(rows.at(7).joinOrLeave);
        const TimelineEntry &mira = rows.at(2).entry;
        QCOMPARE(mira.at, utc(u"2025-10-12T09:17:30Z"_s)); // two minutes later
        QCOMPARE(mira.at.timeZone(), QTimeZone("Europe/Berlin"));
        QCOMPARE(mira.author, u"Mira Okafor"_s);
        QCOMPARE(mira.source.file, u"slack-export"_s);
        QCOMPARE(mira.source.channel, u"inc-checkout"_s);
        QCOMPARE(mira.source.message, u"1760260530.000300"_s);
        QCOMPARE(rows.at(4).entry.description,
                 u"(in the thread of Jon P. at 11:20) memory limit went from 2Gi to 512Mi in this "
                 "morning's deploy"_s);
        const ChatEntries::Row &rollback = rows.at(5);
        QCOMPARE(rollback.entry.kind, u"mitigation"_s);
        QVERIFY(rollback.kindInferred);
        QStringList kinds;
        for (const auto &row : rows)
            kinds << row.entry.kind + (row.kindInferred ? u"?"_s : QString());
        // Guesses are marked: "pods restarting" reads as a restart, a mitigation.
        QCOMPARE(kinds.join(u" "_s),
                 u"event event event mitigation? event mitigation? resolution? event"_s);
    }

    void pagerKindsAreStatedNotInferred()
    {
        const ChatSource s = readOrFail(fixture(u"pagerduty.json"_s));
        const auto rows = ChatEntries::rows(s, {}, {});
        QCOMPARE(rows.first().entry.kind, u"detection"_s);
        QVERIFY(!rows.first().kindInferred);
        QCOMPARE(rows.first().entry.source.message, u"R0TRG"_s);
    }

    void linesWithoutDateKeepTheirTime()
    {
        QString error;
        const auto s = ChatSourceReader::readBytes("09:14 mira: errors up\n23:58 jon: still\n",
                                                   u"paste.txt"_s, {}, &error);
        QVERIFY(s);
        ChatEntries::Options o;
        o.from = utc(u"2025-10-12T09:00:00Z"_s); // no date to compare: kept
        o.offsetMinutes = 5;
        const auto rows = ChatEntries::rows(*s, o, {});
        QCOMPARE(rows.size(), 2);
        QVERIFY(!rows.at(0).entry.at.isValid());
        QCOMPARE(rows.at(0).entry.clock, QTime(9, 19));
        QCOMPARE(rows.at(1).entry.clock, QTime(0, 3)); // past midnight, still no date
        QCOMPARE(rows.at(0).entry.source.message, u"line 1"_s);
    }

    // A log's time without a date, in the zone the user gives, is the report zone's time.
    void timesWithoutDateMoveToTheReportZone()
    {
        QString error;
        const auto s = ChatSourceReader::readBytes("09:14 mira: errors up <img src=x>\n",
                                                   u"paste.txt"_s, {}, &error);
        QVERIFY(s);
        ChatEntries::Options o;
        o.from = utc(u"2025-10-12T00:00:00Z"_s);
        o.sourceZone = QTimeZone(QTimeZone::UTC);
        o.reportZone = QTimeZone("Europe/Berlin");
        const auto rows = ChatEntries::rows(*s, o, {});
        QCOMPARE(rows.at(0).entry.clock, QTime(11, 14)); // summer time on the window's day
        QCOMPARE(rows.at(0).entry.description, u"errors up \\<img src=x>"_s); // never a tag
    }

    void inTimeOrderBeforeInserting()
    {
        const QList<TimelineEntry> sorted = ChatEntries::inTimeOrder(
            {entryAt(u"2025-10-12T10:00:00Z"_s, u"b"_s), entryAt({}, u"u"_s),
             entryAt(u"2025-10-12T09:00:00Z"_s, u"a"_s),
             entryAt(u"2025-10-12T10:00:00Z"_s, u"c"_s)},
            QTimeZone::UTC);
        QStringList ids;
        for (const TimelineEntry &e : sorted)
            ids << e.id;
        QCOMPARE(ids, (QStringList{u"a"_s, u"b"_s, u"c"_s, u"u"_s}));
    }

    void duplicates_data()
    {
        QTest::addColumn<QString>("existingAt");
        QTest::addColumn<QString>("existingText");
        QTest::addColumn<bool>("duplicate");
        QTest::newRow("same minute, same words")
            << u"2025-10-12T09:40:30Z"_s << u"Rolled back the deploy"_s << true;
        QTest::newRow("same minute, other words")
            << u"2025-10-12T09:40:00Z"_s << u"Paged the database team"_s << false;
        QTest::newRow("same words, other minute")
            << u"2025-10-12T09:42:00Z"_s << u"Rolled back the deploy"_s << false;
        QTest::newRow("time without date") << u"11:40"_s << u"rolled back the deploy"_s << true;
    }

    void duplicates()
    {
        QFETCH(QString, existingAt);
        QFETCH(QString, existingText);
        QFETCH(bool, duplicate);
        const ChatSource s =
            readOrFail(fixture(u"slack-export"_s), {u"inc-checkout"_s, {}, {}, {}});
        ChatEntries::Options o;
        o.reportZone = QTimeZone("Europe/Berlin");
        const auto rows = ChatEntries::rows(
            s, o, {entryAt(u"2025-10-12T08:00:00Z"_s, u"x"_s), entryAt(existingAt, existingText)});
        QCOMPARE(rows.at(5).duplicateOf, duplicate ? 1 : -1);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (i != 5)
                QCOMPARE(rows.at(i).duplicateOf, -1);
        }
    }

    void insertionKeepsTimeOrder()
    {
        const QList<TimelineEntry> existing{entryAt(u"2025-10-12T09:00:00Z"_s, u"e9"_s),
                                            entryAt(u"2025-10-12T10:00:00Z"_s, u"e10"_s),
                                            entryAt({}, u"eU"_s)};
        const QList<TimelineEntry> added{entryAt(u"2025-10-12T08:00:00Z"_s, u"a8"_s),
                                         entryAt(u"2025-10-12T09:30:00Z"_s, u"a930"_s),
                                         entryAt(u"2025-10-12T11:00:00Z"_s, u"a11"_s),
                                         entryAt({}, u"aU"_s)};
        const QList<int> rows = ChatEntries::insertionRows(existing, added, QTimeZone::UTC);
        QList<TimelineEntry> merged = existing;
        for (qsizetype k = 0; k < added.size(); ++k)
            merged.insert(rows.at(k), added.at(k));
        QStringList order;
        for (const TimelineEntry &e : merged)
            order << e.id;
        QCOMPARE(order,
                 (QStringList{u"a8"_s, u"e9"_s, u"a930"_s, u"e10"_s, u"eU"_s, u"a11"_s, u"aU"_s}));
    }

    void similarWords_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("similar");
        QTest::newRow("case and punctuation") << u"Rolled back!"_s << u"rolled back"_s << true;
        QTest::newRow("one says more")
            << u"failover done"_s << u"failover done, lag at 0"_s << true;
        QTest::newRow("different") << u"paged dba"_s << u"rolled back deploy"_s << false;
        QTest::newRow("one word shared")
            << u"deploy started"_s << u"deploy reverted fully"_s << false;
    }

    void similarWords()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, similar);
        QCOMPARE(ChatEntries::similar(a, b), similar);
    }
};

QTEST_GUILESS_MAIN(TestChatSources)
#include "tst_chatsources.moc"
