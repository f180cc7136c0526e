// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"

#include "format/AttachmentStore.h"
#include "format/MediaTypes.h"
#include "format/ReportJson.h"

#include <exiv2/exiv2.hpp>

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QtEndian>

#include <cmath>
#include <csignal>
#include <sys/resource.h>
#include <zlib.h>

using namespace debrief;

namespace {
Attachment attach(AttachmentStore *store, const QByteArray &bytes, const QString &fileName,
                  const QString &caption)
{
    Attachment a;
    a.id = AttachmentStore::idFor(bytes);
    a.fileName = fileName;
    a.mediaType = MediaTypes::detect(bytes, fileName);
    a.size = bytes.size();
    a.caption = caption;
    a.altText = QStringLiteral("Alt: ") + caption;
    store->insert(a.id, bytes);
    return a;
}
} // namespace

Report Fixtures::fullReport(AttachmentStore *store)
{
    Report r;
    r.templateId = QStringLiteral("google-sre");
    r.formatMinor = ReportJson::kMinorVersion; // what a save writes
    r.extra.insert(QStringLiteral("futureTopLevel"), QJsonObject{{QStringLiteral("kept"), true}});
    ReportMetadata &m = r.metadata;
    m.title = QStringLiteral("Résumé of the 🔥 payment outage");
    m.incidentId = QStringLiteral("INC-7");
    m.severity = QStringLiteral("SEV1");
    m.status = QStringLiteral("final");
    m.authors = {QStringLiteral("Ana"), QStringLiteral("Björn")};
    m.reviewers = {QStringLiteral("Chen")};
    const QTimeZone plusOne(3600);
    m.started = QDateTime(QDate(2026, 3, 29), QTime(0, 50), plusOne);
    m.detected = QDateTime(QDate(2026, 3, 29), QTime(1, 5), plusOne);
    m.mitigated = QDateTime(QDate(2026, 3, 29), QTime(3, 40), QTimeZone(7200));
    m.resolved = QDateTime(QDate(2026, 3, 29), QTime(2, 10, 30, 250), QTimeZone::UTC);
    m.timeZone = "Europe/Berlin";
    m.services = {QStringLiteral("payments"), QStringLiteral("ledger")};
    m.tags = {QStringLiteral("dst")};
    m.extra.insert(QStringLiteral("customerTier"), QStringLiteral("gold"));

    r.sections << Section{QStringLiteral("summary"), QStringLiteral("Summary"),
                          QStringLiteral("Payments failed *twice*.\n\n```cpp\nint x = 1;\n```\n"),
                          QStringLiteral("Say what happened."),
                          QJsonObject{{QStringLiteral("collapsed"), true}}};
    r.sections << Section{QStringLiteral("custom-1"),
                          QStringLiteral("Ünïcode & <angle> \"quotes\""),
                          QStringLiteral("Line 1\r\nLine 2\ttab\n- [link](https://example.com)"),
                          QString(), QJsonObject()};
    r.sections << Section{QStringLiteral("empty"), QStringLiteral("Empty section"), QString(),
                          QString(), QJsonObject()};

    TimelineEntry e1;
    e1.id = QStringLiteral("t1");
    e1.at = m.started;
    e1.kind = QStringLiteral("event");
    e1.description = QStringLiteral("Clocks **jump** forward");
    e1.author = QStringLiteral("cron");
    e1.keyMoment = true;
    e1.extra.insert(QStringLiteral("origin"), QStringLiteral("chat"));
    TimelineEntry e2;
    e2.id = QStringLiteral("t2");
    e2.at = m.mitigated;
    e2.kind = QStringLiteral("mitigation");
    e2.description = QStringLiteral("Rolled back");
    r.timeline << e1 << e2;

    ActionItem a1;
    a1.id = QStringLiteral("a1");
    a1.title = QStringLiteral("Test DST transitions");
    a1.owner = QStringLiteral("Ana");
    a1.due = QDate(2026, 4, 30);
    a1.kind = QStringLiteral("prevent");
    a1.priority = QStringLiteral("P1");
    a1.status = QStringLiteral("in-progress");
    a1.trackerUrl = QStringLiteral("https://tracker.example.com/PAY-1");
    a1.extra.insert(QStringLiteral("estimate"), 3);
    ActionItem a2;
    a2.id = QStringLiteral("a2");
    a2.title = QStringLiteral("Page on ledger lag");
    a2.kind = QStringLiteral("detect");
    a2.status = QStringLiteral("done");
    r.actionItems << a1 << a2;

    r.attachments << attach(store, png(dashboard(480, 240, 1)), QStringLiteral("latency.png"),
                            QStringLiteral("Latency during the incident"));
    r.attachments << attach(store, png(dashboard(320, 160, 2)), QStringLiteral("errors.png"),
                            QStringLiteral("Error rate"));
    r.attachments << attach(store, jpeg(dashboard(300, 150, 3)), QStringLiteral("photo.jpg"),
                            QStringLiteral("The whiteboard"));
    r.attachments[0].extra.insert(QStringLiteral("crop"), QJsonArray{1, 2, 3, 4});
    return r;
}

QImage Fixtures::dashboard(int width, int height, int seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0xf7, 0xf8, 0xfa));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    // A header bar and legend swatches, as dashboards have.
    p.fillRect(QRect(0, 0, width, height / 14), QColor(0x24, 0x29, 0x2e));
    const int margin = width / 20;
    const QRect plot(margin, margin, width - 2 * margin, height - 2 * margin);
    p.fillRect(plot, Qt::white);
    p.setPen(QPen(QColor(0xe1, 0xe4, 0xe8), 1));
    for (int i = 0; i <= 10; ++i) {
        const int x = plot.left() + plot.width() * i / 10;
        const int y = plot.top() + plot.height() * i / 10;
        p.drawLine(x, plot.top(), x, plot.bottom());
        p.drawLine(plot.left(), y, plot.right(), y);
    }
    QRandomGenerator rng{quint32(seed)};
    const QColor colours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                              QColor(0x2c, 0xa0, 0x2c)};
    for (const QColor &c : colours) {
        QPainterPath path;
        double v = 0.5;
        for (int x = 0; x <= plot.width(); x += std::max(2, plot.width() / 200)) {
            v = std::clamp(v + (rng.generateDouble() - 0.5) * 0.08, 0.05, 0.95);
            const double spike =
                std::exp(-std::pow((x - plot.width() * 0.6) / (plot.width() * 0.05), 2));
            const QPointF pt(plot.left() + x,
                             plot.bottom() -
                                 plot.height() * std::min(0.98, v * 0.6 + spike * 0.35));
            if (path.elementCount() == 0)
                path.moveTo(pt);
            else
                path.lineTo(pt);
        }
        p.setPen(QPen(c, std::max(1.5, width / 800.0)));
        p.drawPath(path);
        const int i = int(&c - colours);
        p.fillRect(
            QRect(plot.left() + i * width / 8, plot.bottom() + margin / 3, width / 40, margin / 3),
            c);
    }
    return image;
}

QByteArray Fixtures::png(const QImage &image)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return out;
}

QByteArray Fixtures::jpeg(const QImage &image)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return out;
}

QByteArray Fixtures::withMetadata(const QByteArray &bytes, bool comment)
{
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()),
                                           size_t(bytes.size()));
    image->readMetadata();
    Exiv2::ExifData exif;
    exif["Exif.Image.Make"] = "Phone of the on-call engineer";
    exif["Exif.GPSInfo.GPSLatitudeRef"] = "N";
    exif["Exif.GPSInfo.GPSLatitude"] = "52/1 31/1 0/1";
    image->setExifData(exif);
    Exiv2::IptcData iptc;
    iptc["Iptc.Application2.Caption"] = "taken at the colo, cage 14";
    image->setIptcData(iptc);
    Exiv2::XmpData xmp;
    xmp["Xmp.xmp.CreatorTool"] = "screenshot tool of host db-7";
    image->setXmpData(xmp);
    if (comment)
        image->setComment("badge 4471");
    image->writeMetadata();
    Exiv2::BasicIo &io = image->io();
    io.open();
    const Exiv2::DataBuf out = io.read(io.size());
    return QByteArray(reinterpret_cast<const char *>(out.c_data()), qsizetype(out.size()));
}

QByteArray Fixtures::pngClaiming(quint32 width, quint32 height)
{
    auto chunk = [](const char *type, const QByteArray &data) {
        QByteArray c;
        char len[4];
        qToBigEndian(quint32(data.size()), len);
        c.append(len, 4);
        const QByteArray body = QByteArray(type, 4) + data;
        c += body;
        char crc[4];
        qToBigEndian(
            quint32(crc32(0, reinterpret_cast<const Bytef *>(body.constData()), uInt(body.size()))),
            crc);
        c.append(crc, 4);
        return c;
    };
    QByteArray ihdr(13, '\0');
    qToBigEndian(width, ihdr.data());
    qToBigEndian(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 6; // RGBA
    QByteArray idat(64, '\0');
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) + chunk("IDAT", idat) +
           chunk("IEND", {});
}

void Fixtures::withDiskFullAfter(qint64 bytes, const std::function<void()> &work)
{
    struct rlimit old;
    getrlimit(RLIMIT_FSIZE, &old);
    auto oldHandler = std::signal(SIGXFSZ, SIG_IGN); // fail the write, do not kill us
    struct rlimit small = old;
    small.rlim_cur = rlim_t(bytes);
    setrlimit(RLIMIT_FSIZE, &small);
    work();
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
}

QByteArray Fixtures::sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

bool Fixtures::writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray Fixtures::readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
