// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "format/ImageMetadata.h"
#include "format/ImageRedaction.h"

#include <QBuffer>
#include <QColorSpace>
#include <QImage>
#include <QTest>
#include <QtEndian>

using namespace debrief;
using namespace Qt::StringLiterals;

namespace {

// The compressed pixels: a JPEG's data from its first start-of-scan marker, a PNG's IDAT
// chunks. Unchanged bytes here mean the picture was not re-encoded.
QByteArray pixelData(const QByteArray &image)
{
    if (image.startsWith("\xff\xd8"))
        return image.mid(image.indexOf("\xff\xda"));
    QByteArray idat;
    for (qsizetype at = 8; at + 8 <= image.size();) {
        const quint32 length = qFromBigEndian<quint32>(image.constData() + at);
        if (image.mid(at + 4, 4) == "IDAT")
            idat += image.mid(at + 8, length);
        at += 12 + qsizetype(length);
    }
    return idat;
}

} // namespace

class TestImageMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removesMetadataAndKeepsThePixels_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<bool>("comment");
        QTest::addColumn<ImageMetadata::Kinds>("expected");
        const ImageMetadata::Kinds all =
            ImageMetadata::Exif | ImageMetadata::Gps | ImageMetadata::Iptc | ImageMetadata::Xmp;
        QImage image = Fixtures::dashboard(320, 160, 21);
        image.setColorSpace(QColorSpace::SRgb); // a colour profile, which stays
        QTest::newRow("jpeg") << Fixtures::jpeg(image) << true << (all | ImageMetadata::Comment);
        QTest::newRow("png") << Fixtures::png(image) << false << all;
    }

    void removesMetadataAndKeepsThePixels()
    {
        QFETCH(QByteArray, plain);
        QFETCH(bool, comment);
        QFETCH(ImageMetadata::Kinds, expected);
        QCOMPARE(ImageMetadata::inspect(plain), ImageMetadata::Kinds());
        const QByteArray tagged = Fixtures::withMetadata(plain, comment);
        if (comment) // a JPEG keeps IPTC as it is; a PNG compresses it
            QVERIFY(tagged.contains("cage 14"));
        QCOMPARE(ImageMetadata::inspect(tagged), expected);
        QVERIFY(ImageMetadata::describe(expected).contains(u"GPS position"_s));
        QVERIFY(ImageMetadata::canRemove(tagged));

        QString error;
        const QByteArray clean = ImageMetadata::removed(tagged, &error);
        QVERIFY2(!clean.isEmpty(), qPrintable(error));
        QCOMPARE(ImageMetadata::inspect(clean), ImageMetadata::Kinds());
        for (const char *secret : {"cage 14", "db-7", "on-call", "4471"})
            QVERIFY2(!clean.contains(secret), secret);
        QCOMPARE(pixelData(clean), pixelData(tagged)); // not re-encoded
        const QImage before = QImage::fromData(tagged);
        const QImage after = QImage::fromData(clean);
        QCOMPARE(after, before);
        QVERIFY(after.colorSpace().isValid());
    }

    // What Exiv2 cannot rewrite, or cannot read at all, is refused with a reason; nothing
    // crashes, nothing is claimed.
    void refusesWhatItCannotRewrite_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("svg") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        QTest::newRow("text") << QByteArray("not an image at all");
        QTest::newRow("empty") << QByteArray();
        const QByteArray jpeg =
            Fixtures::withMetadata(Fixtures::jpeg(Fixtures::dashboard(64, 32, 2)), true);
        QTest::newRow("truncated jpeg") << jpeg.left(200);
        QByteArray scrambled = jpeg;
        for (qsizetype i = 20; i < 400 && i < scrambled.size(); i += 7)
            scrambled[i] = char(0xff);
        QTest::newRow("scrambled jpeg") << scrambled;
    }

    void refusesWhatItCannotRewrite()
    {
        QFETCH(QByteArray, bytes);
        (void)ImageMetadata::inspect(bytes); // whatever it finds, it returns
        QString error;
        const QByteArray out = ImageMetadata::removed(bytes, &error);
        if (out.isEmpty())
            QVERIFY(!error.isEmpty());
        if (QByteArray(QTest::currentDataTag()) == "svg" || bytes.isEmpty()) {
            QVERIFY(!ImageMetadata::canRemove(bytes));
            QVERIFY(out.isEmpty());
        }
    }

    // A redacted image is a fresh PNG: it carries nothing the original did.
    void redactionLeavesNoMetadata()
    {
        const QByteArray tagged =
            Fixtures::withMetadata(Fixtures::jpeg(Fixtures::dashboard(200, 100, 4)), true);
        QVERIFY(ImageMetadata::inspect(tagged) & ImageMetadata::Gps);
        ImageRedaction redaction;
        redaction.boxes << QRect(0, 0, 20, 20);
        QString error;
        const QByteArray redacted = redaction.apply(tagged, &error);
        QVERIFY2(!redacted.isEmpty(), qPrintable(error));
        QCOMPARE(ImageMetadata::inspect(redacted), ImageMetadata::Kinds());
    }
};

QTEST_MAIN(TestImageMetadata)
#include "tst_imagemetadata.moc"
