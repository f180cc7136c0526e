// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "document/ReportDocument.h"
#include "format/AttachmentStore.h"
#include "format/PmdArchive.h"
#include "format/ZipReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace debrief;

class TestPmdArchive : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void roundTripWithAttachments()
    {
        AttachmentStore store;
        const Report original = Fixtures::fullReport(&store);
        QString error;
        QVERIFY2(PmdArchive::write(path(QStringLiteral("a.pmd")), original, store, &error),
                 qPrintable(error));

        const auto loaded = PmdArchive::read(path(QStringLiteral("a.pmd")), &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY2(loaded->warnings.isEmpty(), qPrintable(loaded->warnings.join(u'\n')));
        QCOMPARE(loaded->report, original);
        QCOMPARE(loaded->attachmentEntries.size(), 3);

        AttachmentStore fromDisk;
        fromDisk.setArchive(path(QStringLiteral("a.pmd")), loaded->attachmentEntries);
        for (const Attachment &a : original.attachments) {
            const auto bytes = fromDisk.bytes(a.id, &error);
            QVERIFY2(bytes, qPrintable(error));
            QCOMPARE(*bytes, *store.bytes(a.id));
        }
    }

    void savedTwiceIsByteIdentical()
    {
        AttachmentStore store;
        const Report original = Fixtures::fullReport(&store);
        QString error;
        QVERIFY(PmdArchive::write(path(QStringLiteral("first.pmd")), original, store, &error));
        ReportDocument doc;
        QVERIFY2(doc.load(path(QStringLiteral("first.pmd")), &error), qPrintable(error));
        QVERIFY2(doc.save(path(QStringLiteral("second.pmd")), &error), qPrintable(error));
        QVERIFY2(doc.save(path(QStringLiteral("third.pmd")), &error), qPrintable(error));
        const QByteArray first = Fixtures::readFile(path(QStringLiteral("first.pmd")));
        QVERIFY(!first.isEmpty());
        QCOMPARE(Fixtures::readFile(path(QStringLiteral("second.pmd"))), first);
        QCOMPARE(Fixtures::readFile(path(QStringLiteral("third.pmd"))), first);
    }

    void layoutFollowsTheSpecification()
    {
        AttachmentStore store;
        const Report report = Fixtures::fullReport(&store);
        QString error;
        const auto bytes = PmdArchive::encode(report, store, &error);
        QVERIFY2(bytes, qPrintable(error));
        // The ODF/EPUB convention: "mimetype" is the first local header's name (offset 30)
        // and its stored content follows directly, so magic-number tools can see it.
        QCOMPARE(bytes->mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(bytes->mid(38, qsizetype(strlen(PmdArchive::kMediaType))),
                 QByteArray(PmdArchive::kMediaType));

        QVERIFY(Fixtures::writeFile(path(QStringLiteral("layout.pmd")), *bytes));
        ZipReader zip;
        QVERIFY(zip.open(path(QStringLiteral("layout.pmd")), &error));
        QCOMPARE(zip.entryCount(), 5);
        QVERIFY(zip.entry(0).stored);
        QCOMPARE(zip.entry(1).name, QStringLiteral("report.json"));
        QVERIFY(!zip.entry(1).stored);
        for (const Attachment &a : report.attachments) {
            const qint64 i = zip.indexOf(PmdArchive::entryNameFor(a.id, a.mediaType));
            QVERIFY2(i > 1, qPrintable(a.fileName));
            QVERIFY2(zip.entry(i).stored, "PNG and JPEG are stored, not deflated again");
        }
        QVERIFY(zip.indexOf(QStringLiteral("attachments/") + report.attachments[2].id +
                            QStringLiteral(".jpg")) > 0);
    }

    void sameImageTwiceIsStoredOnce()
    {
        ReportDocument doc;
        const QByteArray png = Fixtures::png(Fixtures::dashboard(200, 100, 9));
        const QString id1 = doc.addAttachment(png, QStringLiteral("one.png"));
        const QString id2 = doc.addAttachment(png, QStringLiteral("two.png"));
        QCOMPARE(id1, id2);
        QCOMPARE(doc.report().attachments.size(), 1);
        QCOMPARE(doc.report().attachments[0].mediaType, QStringLiteral("image/png"));
        QString error;
        QVERIFY(doc.save(path(QStringLiteral("once.pmd")), &error));
        ZipReader zip;
        QVERIFY(zip.open(path(QStringLiteral("once.pmd")), &error));
        QCOMPARE(zip.entryCount(), 3);
    }

    void attachmentsLoadLazilyAndAreVerified()
    {
        AttachmentStore store;
        Report report = Fixtures::fullReport(&store);
        QString error;
        QVERIFY(PmdArchive::write(path(QStringLiteral("lazy.pmd")), report, store, &error));
        ReportDocument doc;
        QVERIFY(doc.load(path(QStringLiteral("lazy.pmd")), &error));

        // Overwrite the open file in place (the same file, not a new one put in its place)
        // with one whose attachment bytes differ.
        AttachmentStore other;
        const QByteArray forged = Fixtures::png(Fixtures::dashboard(100, 50, 42));
        other.insert(report.attachments[0].id, forged);
        other.insert(report.attachments[1].id, *store.bytes(report.attachments[1].id));
        other.insert(report.attachments[2].id, *store.bytes(report.attachments[2].id));
        const auto bytes = PmdArchive::encode(report, other, &error);
        QVERIFY2(bytes, qPrintable(error));
        QFile inPlace(path(QStringLiteral("lazy.pmd")));
        QVERIFY(inPlace.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(inPlace.write(*bytes), bytes->size());
        inPlace.close();

        QVERIFY(doc.attachments().bytes(report.attachments[1].id, &error));
        QVERIFY(!doc.attachments().bytes(report.attachments[0].id, &error));
        QVERIFY2(error.contains(QLatin1String("does not match its SHA-256")), qPrintable(error));
    }

    void failedSaveLeavesTheOldFileAndTheDocumentModified()
    {
        const QString target = path(QStringLiteral("keep.pmd"));
        AttachmentStore store;
        QString error;
        QVERIFY(PmdArchive::write(target, Fixtures::fullReport(&store), store, &error));
        ReportDocument doc;
        QVERIFY(doc.load(target, &error));
        const QByteArray before = Fixtures::readFile(target);
        QVERIFY(before.size() > 8192);

        Section added{QStringLiteral("big"), QStringLiteral("Big"), QStringLiteral("More"), {}, {}};
        doc.insertItem(0, added);
        QVERIFY(doc.isModified());

        bool saved = true;
        Fixtures::withDiskFullAfter(before.size() / 2, [&] { saved = doc.save(target, &error); });

        QVERIFY(!saved);
        QVERIFY(!error.isEmpty());
        QVERIFY(doc.isModified());
        QCOMPARE(Fixtures::readFile(target), before);
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral("keep.pmd*")}, QDir::Files | QDir::Hidden)
                     .size(),
                 1); // no temporary left behind

        // A folder that cannot take the file.
        QVERIFY(Fixtures::writeFile(path(QStringLiteral("plainfile")), "x"));
        QVERIFY(!doc.save(path(QStringLiteral("plainfile/report.pmd")), &error));
        QVERIFY(doc.isModified());
        QCOMPARE(doc.filePath(), QFileInfo(target).absoluteFilePath());
    }

    void readOnlyFolderRefusesForNonRoot()
    {
        // Root ignores permission bits, so the read-only folder only binds other users; the
        // size-limit case above covers root.
        if (geteuid() == 0)
            return;
        QDir(m_dir.path()).mkdir(QStringLiteral("ro"));
        const QString target = path(QStringLiteral("ro/r.pmd"));
        ReportDocument doc;
        QString error;
        QVERIFY(doc.save(target, &error));
        QFile::setPermissions(path(QStringLiteral("ro")), QFile::ReadOwner | QFile::ExeOwner);
        doc.insertItem(0, Section{QStringLiteral("s"), QStringLiteral("S"), {}, {}, {}});
        const QByteArray before = Fixtures::readFile(target);
        QVERIFY(!doc.save(target, &error));
        QVERIFY(doc.isModified());
        QCOMPARE(Fixtures::readFile(target), before);
        QFile::setPermissions(path(QStringLiteral("ro")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void entryNamesAreChecked_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("safe");
        QTest::newRow("plain") << "report.json" << true;
        QTest::newRow("nested") << "attachments/ab.png" << true;
        QTest::newRow("dir") << "attachments/" << true;
        QTest::newRow("parent") << "../evil" << false;
        QTest::newRow("inner parent") << "attachments/../../evil" << false;
        QTest::newRow("absolute") << "/etc/passwd" << false;
        QTest::newRow("backslash") << "..\\evil" << false;
        QTest::newRow("drive") << "C:/evil" << false;
        QTest::newRow("empty segment") << "a//b" << false;
        QTest::newRow("dot") << "./a" << false;
        QTest::newRow("control") << QStringLiteral("a\nb") << false;
        QTest::newRow("empty") << "" << false;
    }

    void entryNamesAreChecked()
    {
        QFETCH(QString, name);
        QFETCH(bool, safe);
        QCOMPARE(PmdArchive::isSafeEntryName(name), safe);
    }
};

QTEST_MAIN(TestPmdArchive)
#include "tst_pmdarchive.moc"
