// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "ZipBuilder.h"
#include "format/AttachmentStore.h"
#include "format/PmdArchive.h"
#include "format/ReportValidator.h"
#include "format/ZipReader.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace debrief;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(debrief::Report)

namespace {

using Bytes = QHash<QString, QByteArray>; // attachment id -> bytes held in memory
using Entries = QHash<QString, QString>;  // attachment id -> entry name in the archive

Attachment attachment(const QByteArray &bytes, const QString &fileName, const QString &mediaType)
{
    Attachment a;
    a.id = AttachmentStore::idFor(bytes);
    a.fileName = fileName;
    a.mediaType = mediaType;
    a.size = bytes.size();
    return a;
}

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 5, 4), QTime(hour, minute), QTimeZone::UTC);
}

// Consistent instants and two timed entries: nothing to report.
Report plainReport()
{
    Report r;
    r.metadata.title = u"Cache stampede"_s;
    r.metadata.started = at(10, 0);
    r.metadata.detected = at(10, 10);
    r.metadata.mitigated = at(10, 40);
    r.metadata.resolved = at(11, 30);
    TimelineEntry e;
    e.id = u"t1"_s;
    e.at = at(10, 10);
    e.description = u"Alert fires"_s;
    r.timeline << e;
    e.id = u"t2"_s;
    e.at = at(10, 40);
    e.description = u"Cache warmed"_s;
    r.timeline << e;
    return r;
}

} // namespace

// ReportValidator::check: one row per kind of problem it reports, and the clean cases.
class TestReportValidator : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QByteArray m_png = Fixtures::png(Fixtures::dashboard(64, 32, 7));

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void check_data()
    {
        QTest::addColumn<Report>("report");
        QTest::addColumn<Bytes>("memory");
        QTest::addColumn<QString>("archive");
        QTest::addColumn<Entries>("entries");
        QTest::addColumn<QStringList>("problems");

        {
            AttachmentStore store;
            const Report full = Fixtures::fullReport(&store);
            Bytes memory;
            for (const Attachment &a : full.attachments)
                memory.insert(a.id, *store.bytes(a.id));
            QTest::newRow("clean, images in memory")
                << full << memory << QString() << Entries() << QStringList();

            // The same report saved: its images are read back from the archive and checked.
            const QString saved = path(u"clean.pmd"_s);
            QString error;
            QVERIFY2(PmdArchive::write(saved, full, store, &error), qPrintable(error));
            const auto loaded = PmdArchive::read(saved, &error);
            QVERIFY2(loaded, qPrintable(error));
            QCOMPARE(loaded->attachmentEntries.size(), full.attachments.size());
            QTest::newRow("clean, images in the archive")
                << loaded->report << Bytes() << saved << loaded->attachmentEntries << QStringList();
        }

        QTest::newRow("no instants, no entries")
            << Report() << Bytes() << QString() << Entries() << QStringList();

        Report detectedEarly = plainReport();
        detectedEarly.metadata.detected = at(9, 50);
        QTest::newRow("instants out of order")
            << detectedEarly << Bytes() << QString() << Entries()
            << QStringList{u"metadata: the detected time is before the started time"_s};

        TimelineEntry noticed;
        noticed.id = u"t3"_s;
        noticed.description = u"Someone noticed"_s;
        Report untimed = plainReport();
        untimed.timeline.insert(1, noticed);
        QTest::newRow("timeline entry without a time")
            << untimed << Bytes() << QString() << Entries()
            << QStringList{u"timeline[1]: the entry has no time"_s};

        // A time of day with no date is a time: nothing to report.
        Report dateLess = plainReport();
        noticed.clock = QTime(10, 20);
        dateLess.timeline.insert(1, noticed);
        QTest::newRow("timeline entry with a date-less time")
            << dateLess << Bytes() << QString() << Entries() << QStringList();

        Report outOfOrder = plainReport();
        noticed.clock = {};
        noticed.at = at(10, 5);
        outOfOrder.timeline << noticed;
        QTest::newRow("timeline entry out of order")
            << outOfOrder << Bytes() << QString() << Entries()
            << QStringList{u"timeline[2]: out of order: Earlier than entry 2 (10:40) above it, "
                           u"by 35 min"_s};

        // Listed but with no bytes anywhere: the archive reader already warned about it.
        Report unsourced = plainReport();
        unsourced.attachments << attachment(m_png, u"lost.png"_s, u"image/png"_s);
        QTest::newRow("attachment without a source")
            << unsourced << Bytes() << QString() << Entries() << QStringList();

        // The archive the store reads from has changed under it.
        const Attachment gone = attachment(m_png, u"gone.png"_s, u"image/png"_s);
        const QString goneEntry = PmdArchive::entryNameFor(gone.id, gone.mediaType);
        const QString withoutEntry = path(u"without-entry.pmd"_s);
        {
            ZipBuilder zip;
            zip.addStored(u"mimetype"_s, PmdArchive::kMediaType);
            QVERIFY(Fixtures::writeFile(withoutEntry, zip.finish()));
        }
        Report goneReport = plainReport();
        goneReport.attachments << gone;
        QTest::newRow("attachment entry gone from the archive")
            << goneReport << Bytes() << withoutEntry << Entries{{gone.id, goneEntry}}
            << QStringList{u"attachment \"gone.png\": entry %1 has gone from %2"_s.arg(
                   goneEntry, withoutEntry)};

        const Attachment damaged = attachment(m_png, u"damaged.png"_s, u"image/png"_s);
        const QString damagedEntry = PmdArchive::entryNameFor(damaged.id, damaged.mediaType);
        const QString altered = path(u"altered.pmd"_s);
        {
            QByteArray other = m_png;
            other[other.size() - 20] = char(other[other.size() - 20] ^ 0x55);
            ZipBuilder zip;
            zip.addStored(u"mimetype"_s, PmdArchive::kMediaType);
            zip.addDeflated(damagedEntry, other);
            QVERIFY(Fixtures::writeFile(altered, zip.finish()));
        }
        Report damagedReport = plainReport();
        damagedReport.attachments << damaged;
        QTest::newRow("attachment bytes do not match their id")
            << damagedReport << Bytes() << altered << Entries{{damaged.id, damagedEntry}}
            << QStringList{u"attachment \"damaged.png\": %1 does not match its SHA-256 id "
                           "(damaged or altered)"_s.arg(damagedEntry)};

        const QString vanished = path(u"vanished.pmd"_s);
        QString cannotOpen;
        QVERIFY(!ZipReader().open(vanished, &cannotOpen));
        QVERIFY(!cannotOpen.isEmpty());
        Report vanishedReport = plainReport();
        vanishedReport.attachments << gone;
        QTest::newRow("archive gone")
            << vanishedReport << Bytes() << vanished << Entries{{gone.id, goneEntry}}
            << QStringList{u"attachment \"gone.png\": %1"_s.arg(cannotOpen)};

        // What the bytes are: judged from their headers only.
        auto withImage = [](const QByteArray &bytes, const QString &name, const QString &type) {
            Report r = plainReport();
            r.attachments << attachment(bytes, name, type);
            return r;
        };
        auto inMemory = [](const QByteArray &bytes) {
            return Bytes{{AttachmentStore::idFor(bytes), bytes}};
        };
        const QByteArray pdf("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n");
        QTest::newRow("unsupported media type")
            << withImage(pdf, u"notes.pdf"_s, u"application/pdf"_s) << inMemory(pdf) << QString()
            << Entries()
            << QStringList{
                   u"attachment \"notes.pdf\" has the unsupported media type application/pdf"_s};
        const QByteArray junk("these bytes are not a PNG image at all");
        QTest::newRow("not a readable image")
            << withImage(junk, u"broken.png"_s, u"image/png"_s) << inMemory(junk) << QString()
            << Entries()
            << QStringList{u"attachment \"broken.png\" is not a readable image/png image"_s};

        const QString tooBig = u"attachment \"%1\" claims %2×%3 pixels, more than Debrief decodes "
                               "(20000 pixels a side at most)"_s;
        const QByteArray wide = Fixtures::pngClaiming(20001, 10);
        QTest::newRow("too wide") << withImage(wide, u"wide.png"_s, u"image/png"_s)
                                  << inMemory(wide) << QString() << Entries()
                                  << QStringList{tooBig.arg(u"wide.png"_s).arg(20001).arg(10)};
        const QByteArray tall = Fixtures::pngClaiming(10, 20001);
        QTest::newRow("too tall") << withImage(tall, u"tall.png"_s, u"image/png"_s)
                                  << inMemory(tall) << QString() << Entries()
                                  << QStringList{tooBig.arg(u"tall.png"_s).arg(10).arg(20001)};
        const QByteArray square = Fixtures::pngClaiming(11000, 11000); // 121 million pixels
        QTest::newRow("too many pixels")
            << withImage(square, u"square.png"_s, u"image/png"_s) << inMemory(square) << QString()
            << Entries() << QStringList{tooBig.arg(u"square.png"_s).arg(11000).arg(11000)};
        const QByteArray largest = Fixtures::pngClaiming(20000, 6000); // 120 million: the limit
        QTest::newRow("largest accepted")
            << withImage(largest, u"largest.png"_s, u"image/png"_s) << inMemory(largest)
            << QString() << Entries() << QStringList();

        // Several at once: metadata first, then the timeline, then attachments in report order.
        Report everything = plainReport();
        everything.metadata.resolved = at(9, 0);
        everything.timeline[0].at = QDateTime();
        everything.attachments << attachment(wide, u"wide.png"_s, u"image/png"_s)
                               << attachment(m_png, u"fine.png"_s, u"image/png"_s)
                               << attachment(junk, u"broken.png"_s, u"image/png"_s);
        QTest::newRow("several problems")
            << everything
            << Bytes{{AttachmentStore::idFor(wide), wide},
                     {AttachmentStore::idFor(m_png), m_png},
                     {AttachmentStore::idFor(junk), junk}}
            << QString() << Entries()
            << QStringList{u"metadata: the resolved time is before the mitigated time"_s,
                           u"metadata: the resolved time is before the started time"_s,
                           u"timeline[0]: the entry has no time"_s,
                           tooBig.arg(u"wide.png"_s).arg(20001).arg(10),
                           u"attachment \"broken.png\" is not a readable image/png image"_s};
    }

    void check()
    {
        QFETCH(Report, report);
        QFETCH(Bytes, memory);
        QFETCH(QString, archive);
        QFETCH(Entries, entries);
        QFETCH(QStringList, problems);
        AttachmentStore store;
        if (!archive.isEmpty())
            store.setArchive(archive, entries);
        for (auto it = memory.cbegin(); it != memory.cend(); ++it)
            store.insert(it.key(), it.value());
        QCOMPARE(ReportValidator::check(report, store), problems);
    }

    // checkImage alone: what a caller embedding a new image is told.
    void checkImage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<QString>("problem");
        QTest::newRow("png") << m_png << u"image/png"_s << QString();
        QTest::newRow("jpeg") << Fixtures::jpeg(Fixtures::dashboard(40, 20, 1)) << u"image/jpeg"_s
                              << QString();
        QTest::newRow("empty") << QByteArray() << u"image/png"_s
                               << u"is not a readable image/png image"_s;
        QTest::newRow("text") << QByteArray("hello") << u"text/plain"_s
                              << u"has the unsupported media type text/plain"_s;
        QTest::newRow("huge claim") << Fixtures::pngClaiming(60000, 60000) << u"image/png"_s
                                    << u"claims 60000×60000 pixels, more than Debrief decodes "
                                       "(20000 pixels a side at most)"_s;
    }

    void checkImage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mediaType);
        QFETCH(QString, problem);
        QCOMPARE(ReportValidator::checkImage(bytes, mediaType), problem);
    }
};

QTEST_MAIN(TestReportValidator)
#include "tst_reportvalidator.moc"
