// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "ZipBuilder.h"
#include "format/AttachmentStore.h"
#include "format/PmdArchive.h"
#include "format/PmdLimits.h"
#include "format/ReportJson.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace debrief;

// Every kind of bad .pmd from DESIGN.md, made here: the in-process reader and the real CLI
// must both give a clear message, the right exit code, stay within time and memory, and
// leave the file exactly as it was.
class TestBadInput : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QByteArray goodJson()
    {
        return R"({"format":"debrief-postmortem","version":1,"metadata":{"title":"t"}})";
    }
    static QByteArray archive(const QByteArray &json,
                              const QByteArray &mimetype = PmdArchive::kMediaType)
    {
        ZipBuilder zip;
        zip.addStored(QStringLiteral("mimetype"), mimetype);
        zip.addDeflated(QStringLiteral("report.json"), json);
        return zip.finish();
    }
    static QByteArray validArchive()
    {
        AttachmentStore store;
        return *PmdArchive::encode(Fixtures::fullReport(&store), store, nullptr);
    }

private Q_SLOTS:
    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");

        QTest::newRow("empty") << QByteArray() << 2 << "the file is empty";
        QByteArray noise(64 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(7);
        for (char &c : noise)
            c = char(rng.bounded(256));
        QTest::newRow("random bytes") << noise << 2 << "not a ZIP archive";
        const QByteArray good = validArchive();
        QTest::newRow("truncated") << good.left(good.size() / 2) << 2 << "truncated";
        QTest::newRow("truncated tail") << good.left(good.size() - 10) << 2 << "truncated";
        QTest::newRow("not a zip")
            << QByteArray("# Postmortem\n\nJust Markdown.\n") << 2 << "not a ZIP archive";
        {
            ZipBuilder z;
            z.addDeflated(QStringLiteral("report.json"), goodJson());
            QTest::newRow("no mimetype") << z.finish() << 2 << "no mimetype entry";
        }
        QTest::newRow("wrong mimetype") << archive(goodJson(), "application/epub+zip") << 2
                                        << "the mimetype is \"application/epub+zip\"";
        {
            ZipBuilder z;
            z.addDeflated(QStringLiteral("report.json"), goodJson());
            z.addStored(QStringLiteral("mimetype"), PmdArchive::kMediaType);
            QTest::newRow("mimetype not first") << z.finish() << 2 << "not the first entry";
        }
        {
            ZipBuilder z;
            z.addStored(QStringLiteral("mimetype"), PmdArchive::kMediaType);
            QTest::newRow("no report.json") << z.finish() << 2 << "no report.json";
        }
        QTest::newRow("broken json") << archive(R"({"format": "debrief-postmortem", "version")")
                                     << 2 << "report.json is not valid JSON";
        QTest::newRow("json array") << archive("[1, 2, 3]") << 2 << "holds a JSON array";
        QTest::newRow("deeply nested json")
            << archive("{\"format\":\"debrief-postmortem\",\"version\":1,\"x\":" +
                       QByteArray(200000, '[') + QByteArray(200000, ']') + "}")
            << 2 << "report.json is not valid JSON";
        QTest::newRow("invalid utf-8")
            << archive("{\"format\":\"debrief-postmortem\",\"version\":1,\"metadata\":"
                       "{\"title\":\"\xff\xfe\xc3\x28\"}}")
            << 2 << "report.json is not valid JSON";
        QTest::newRow("wrong value types")
            << archive(R"({"format":"debrief-postmortem","version":1,"metadata":{"title":7},
                          "sections":"none","timeline":[{"at":12}]})")
            << 1 << "'title' should be a string";
        QTest::newRow("future major version")
            << archive(R"({"format":"debrief-postmortem","version":2,"metadata":{}})") << 2
            << "uses format version 2, but this Debrief reads version 1";
        {
            ZipBuilder z;
            z.addStored(QStringLiteral("mimetype"), PmdArchive::kMediaType);
            z.addDeflated(QStringLiteral("report.json"), goodJson());
            z.addStored(QStringLiteral("../../escape.txt"), "gotcha");
            QTest::newRow("parent in entry name") << z.finish() << 2 << "unsafe entry name";
        }
        {
            ZipBuilder z;
            z.addStored(QStringLiteral("mimetype"), PmdArchive::kMediaType);
            z.addDeflated(QStringLiteral("report.json"), goodJson());
            z.addStored(QStringLiteral("/etc/cron.d/evil"), "gotcha");
            QTest::newRow("absolute entry name") << z.finish() << 2 << "unsafe entry name";
        }
        {
            ZipBuilder z;
            z.addStored(QStringLiteral("mimetype"), PmdArchive::kMediaType);
            z.addDeflated(QStringLiteral("report.json"), goodJson());
            z.addDeflated(QStringLiteral("report.json"), "{\"format\":\"other\"}");
            QTest::newRow("duplicate entries")
                << z.finish() << 2 << "two entries with the same name";
        }
        {
            ZipBuilder z;
            z.addStored(QStringLiteral("mimetype"), PmdArchive::kMediaType);
            z.addDeflated(QStringLiteral("report.json"), goodJson());
            z.addZeros(QStringLiteral("attachments/zeros.bin"), qint64(2) << 30);
            QTest::newRow("zip bomb") << z.finish() << 2 << "zip bomb";
        }
        {
            // The same bomb with headers that lie about its size: caught while inflating.
            ZipBuilder z;
            z.addStored(QStringLiteral("mimetype"), PmdArchive::kMediaType);
            z.addZeros(QStringLiteral("report.json"), qint64(1) << 30, 1000);
            QTest::newRow("lying zip bomb") << z.finish() << 2 << "report.json";
        }
        {
            const QByteArray huge = Fixtures::pngClaiming(60000, 60000);
            const QString id = AttachmentStore::idFor(huge);
            ZipBuilder z;
            z.addStored(QStringLiteral("mimetype"), PmdArchive::kMediaType);
            z.addDeflated(QStringLiteral("report.json"),
                          QStringLiteral(R"({"format":"debrief-postmortem","version":1,
                              "attachments":[{"id":"%1","fileName":"huge.png",
                              "mediaType":"image/png","size":%2}]})")
                              .arg(id)
                              .arg(huge.size())
                              .toUtf8());
            z.addStored(QStringLiteral("attachments/%1.png").arg(id), huge);
            QTest::newRow("60000x60000 image") << z.finish() << 1 << "claims 60000×60000 pixels";
        }
        {
            const QByteArray png = Fixtures::png(Fixtures::dashboard(64, 32, 1));
            const QString id = AttachmentStore::idFor(png);
            ZipBuilder z;
            z.addStored(QStringLiteral("mimetype"), PmdArchive::kMediaType);
            z.addDeflated(QStringLiteral("report.json"),
                          QStringLiteral(R"({"format":"debrief-postmortem","version":1,
                              "attachments":[{"id":"%1","fileName":"gone.png",
                              "mediaType":"image/png","size":%2}]})")
                              .arg(id)
                              .arg(png.size())
                              .toUtf8());
            QTest::newRow("missing attachment") << z.finish() << 1 << "has no data in the archive";
        }
    }

    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag())
                                                .replace(QLatin1Char(' '), QLatin1Char('-')) +
                                            QStringLiteral(".pmd"));
        QVERIFY(Fixtures::writeFile(path, bytes));
        const QByteArray hash = Fixtures::sha256(bytes);

        // In process: the reader either refuses with the message or reports it as a warning.
        QElapsedTimer timer;
        timer.start();
        QString error;
        const auto loaded = PmdArchive::read(path, &error);
        if (exitCode == 2) {
            QVERIFY(!loaded);
            QVERIFY2(error.contains(message), qPrintable(error));
        } else {
            QVERIFY2(loaded, qPrintable(error));
        }
        QVERIFY2(timer.elapsed() < 20000, "reading must stay bounded in time");

        // The real binary.
        QProcess cli;
        cli.start(QStringLiteral(DEBRIEF_BIN), {QStringLiteral("validate"), path});
        QVERIFY(cli.waitForFinished(60000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QVERIFY2(cli.exitCode() == exitCode, qPrintable(out + err));
        QVERIFY2((out + err).contains(message), qPrintable(out + err));
        QVERIFY2((out + err).contains(path), "the message names the file");
        QVERIFY2(!err.contains(QLatin1String("Sanitizer")) &&
                     !err.contains(QLatin1String("runtime error")),
                 qPrintable(err));
        struct rusage usage;
        getrusage(RUSAGE_CHILDREN, &usage);
        QVERIFY2(usage.ru_maxrss < 600 * 1024, "validate must stay bounded in memory");

        // info refuses the same files, and nothing touched them.
        QProcess info;
        info.start(QStringLiteral(DEBRIEF_BIN),
                   {QStringLiteral("info"), QStringLiteral("--json"), path});
        QVERIFY(info.waitForFinished(60000));
        QCOMPARE(info.exitCode(), exitCode == 2 ? 2 : 0);
        QCOMPARE(Fixtures::sha256(Fixtures::readFile(path)), hash);
    }

    // The largest report.json a reader accepts (just under 32 MiB inflated, 100,000 timeline
    // entries, a few hundred kilobytes on disk) stays within the memory docs/pmd-format.md
    // states. The bound here allows for AddressSanitizer, which roughly quadruples it.
    void largestReportStaysWithinItsMemory()
    {
        QByteArray json = "{\"format\":\"debrief-postmortem\",\"version\":1,"
                          "\"metadata\":{\"title\":\"t\"},\"timeline\":[";
        const QByteArray words = QByteArray("word ").repeated(50);
        for (int i = 0; json.size() < (31 << 20); ++i)
            json += (i ? "," : "") + QByteArray("{\"id\":\"e") + QByteArray::number(i) +
                    "\",\"at\":\"2026-01-01T10:00:00Z\",\"description\":\"" + words + "\"}";
        json += "]}";
        QVERIFY(json.size() < PmdLimits::kMaxJsonBytes);
        const QString path = m_dir.filePath(QStringLiteral("largest.pmd"));
        QVERIFY(Fixtures::writeFile(path, archive(json)));
        const QByteArray hash = Fixtures::sha256(Fixtures::readFile(path));

        QElapsedTimer timer;
        timer.start();
        QProcess cli;
        cli.start(QStringLiteral(DEBRIEF_BIN), {QStringLiteral("info"), path});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(timer.elapsed() < 60000, "reading must stay bounded in time");
        struct rusage usage;
        getrusage(RUSAGE_CHILDREN, &usage);
        QVERIFY2(usage.ru_maxrss < 1500 * 1024, qPrintable(QString::number(usage.ru_maxrss)));
        QCOMPARE(Fixtures::sha256(Fixtures::readFile(path)), hash);
    }

    void directoryAndMissingFile()
    {
        for (const QString &path : {m_dir.path(), m_dir.filePath(QStringLiteral("absent.pmd"))}) {
            QProcess cli;
            cli.start(QStringLiteral(DEBRIEF_BIN), {QStringLiteral("validate"), path});
            QVERIFY(cli.waitForFinished(30000));
            QCOMPARE(cli.exitCode(), 2);
            const QString err = QString::fromUtf8(cli.readAllStandardError());
            QVERIFY2(err.contains(path), qPrintable(err));
            QVERIFY2(err.contains(QLatin1String("is a directory")) ||
                         err.contains(QLatin1String("no such file")),
                     qPrintable(err));
            QCOMPARE(err.count(u'\n'), 1); // one line
        }
    }
};

QTEST_MAIN(TestBadInput)
#include "tst_badinput.moc"
