// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "format/PmdArchive.h"

#include "diagnostics/Logging.h"
#include "format/AttachmentStore.h"
#include "format/FormatText.h"
#include "format/MediaTypes.h"
#include "format/PmdLimits.h"
#include "format/ReportJson.h"
#include "format/ZipReader.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <zip.h>

#include <memory>

namespace debrief {

const char PmdArchive::kMediaType[] = "application/vnd.debrief.postmortem+zip";

namespace {

const QString kMimetypeEntry = QStringLiteral("mimetype");
const QString kReportEntry = QStringLiteral("report.json");
const QString kAttachmentDir = QStringLiteral("attachments/");

const QRegularExpression &attachmentEntryPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^attachments/([0-9a-f]{64})\\.([a-z0-9]{1,8})$"));
    return re;
}

bool checkFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    QString why;
    if (!info.exists())
        why = FormatText::tr("no such file");
    else if (info.isDir())
        why = FormatText::tr("is a directory, not a report file");
    else if (!info.isFile())
        why = FormatText::tr("is not a regular file");
    else if (info.size() == 0)
        why = FormatText::tr("the file is empty");
    else if (info.size() > PmdLimits::kMaxArchiveBytes)
        why =
            FormatText::tr("the file is larger than %1 MiB").arg(PmdLimits::kMaxArchiveBytes >> 20);
    else if (!info.isReadable())
        why = FormatText::tr("permission denied");
    if (!why.isEmpty() && error)
        *error = why;
    return why.isEmpty();
}

QString fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return why;
}

} // namespace

bool PmdArchive::isSafeEntryName(const QString &name)
{
    if (name.isEmpty() || name.size() > 512 || name.startsWith(QLatin1Char('/')) ||
        name.contains(QLatin1Char('\\')) || name.contains(QLatin1Char(':')))
        return false;
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    QStringView rest(name);
    if (rest.endsWith(QLatin1Char('/'))) // a directory entry
        rest.chop(1);
    for (const QStringView segment : rest.split(QLatin1Char('/'))) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            return false;
    }
    return true;
}

QString PmdArchive::entryNameFor(const QString &id, const QString &mediaType)
{
    return kAttachmentDir + id + QLatin1Char('.') + MediaTypes::extensionFor(mediaType);
}

namespace {

// Every entry's name, size and compression checked before anything is inflated; attachment
// entries collected, unknown ones warned about. The index of report.json, or -1.
std::optional<qint64> checkEntries(const ZipReader &zip, PmdArchive::Loaded *loaded, QString *error)
{
    QSet<QString> names;
    qint64 total = 0;
    qint64 reportIndex = -1;
    for (qint64 i = 0; i < zip.entryCount(); ++i) {
        const ZipReader::Entry e = zip.entry(i);
        if (!PmdArchive::isSafeEntryName(e.name)) {
            fail(error,
                 FormatText::tr("unsafe entry name \"%1\" (absolute, or escaping the archive)")
                     .arg(e.name.left(200)));
            return std::nullopt;
        }
        if (names.contains(e.name)) {
            fail(error, FormatText::tr("the entry \"%1\" appears twice").arg(e.name));
            return std::nullopt;
        }
        names.insert(e.name);
        total += std::max<qint64>(e.size, 0);
        if (e.size > (1 << 20) &&
            e.size / std::max<qint64>(e.compressedSize, 1) > PmdLimits::kMaxCompressionRatio) {
            fail(error,
                 FormatText::tr("the entry \"%1\" is compressed %2:1, more than a real report ever "
                                "is (a zip bomb?)")
                     .arg(e.name)
                     .arg(e.size / std::max<qint64>(e.compressedSize, 1)));
            return std::nullopt;
        }
        if (total > PmdLimits::kMaxTotalBytes) {
            fail(error, FormatText::tr("the archive inflates to more than %1 MiB")
                            .arg(PmdLimits::kMaxTotalBytes >> 20));
            return std::nullopt;
        }
        if (e.name == kReportEntry) {
            reportIndex = i;
        } else if (const auto m = attachmentEntryPattern().match(e.name); m.hasMatch()) {
            loaded->attachmentEntries.insert(m.captured(1), e.name);
        } else if (i != 0 && !e.name.endsWith(QLatin1Char('/'))) {
            loaded->warnings << FormatText::tr(
                                    "unknown entry \"%1\" is ignored and not kept when saving")
                                    .arg(e.name);
        }
    }
    return reportIndex;
}

// The first entry must be the stored mimetype naming our media type.
bool checkMimetype(const ZipReader &zip, PmdArchive::Loaded *loaded, QString *error)
{
    if (zip.entryCount() == 0 || zip.entry(0).name != kMimetypeEntry) {
        fail(error,
             zip.indexOf(kMimetypeEntry) >= 0
                 ? FormatText::tr("the mimetype entry is not the first entry; not a Debrief report")
                 : FormatText::tr("no mimetype entry; not a Debrief report"));
        return false;
    }
    const auto mimetype = zip.read(0, 256, error);
    if (!mimetype)
        return false;
    if (*mimetype != PmdArchive::kMediaType) {
        fail(error, FormatText::tr("the mimetype is \"%1\", not \"%2\"; not a Debrief report")
                        .arg(QString::fromUtf8(mimetype->left(100)).toHtmlEscaped(),
                             QLatin1String(PmdArchive::kMediaType)));
        return false;
    }
    if (!zip.entry(0).stored)
        loaded->warnings << FormatText::tr(
            "the mimetype entry is compressed; tools will not recognise the file");
    return true;
}

// report.json, bounded, parsed and mapped to a Report.
bool readReport(const ZipReader &zip, qint64 reportIndex, PmdArchive::Loaded *loaded,
                QString *error)
{
    if (reportIndex < 0) {
        fail(error, FormatText::tr("no report.json in the archive"));
        return false;
    }
    QString why;
    const auto json = zip.read(reportIndex, PmdLimits::kMaxJsonBytes, &why);
    if (!json) {
        fail(error, FormatText::tr("cannot read report.json: %1").arg(why));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, FormatText::tr("report.json is not valid JSON: %1 at byte %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
        return false;
    }
    if (!doc.isObject()) {
        fail(error, FormatText::tr("report.json holds a JSON %1, not an object")
                        .arg(doc.isArray() ? FormatText::tr("array") : FormatText::tr("value")));
        return false;
    }
    auto report = ReportJson::fromJson(doc.object(), &loaded->warnings, error);
    if (!report)
        return false;
    loaded->report = std::move(*report);
    return true;
}

// The attachment table and the archive's attachment entries, matched: each side's strays
// are warned about, and entries nobody lists are dropped.
void matchAttachments(const ZipReader &zip, PmdArchive::Loaded *loaded)
{
    QSet<QString> listed;
    for (const Attachment &a : std::as_const(loaded->report.attachments)) {
        listed.insert(a.id);
        const QString entry = loaded->attachmentEntries.value(a.id);
        if (entry.isEmpty()) {
            loaded->warnings << FormatText::tr("attachment \"%1\" (%2) has no data in the archive")
                                    .arg(a.fileName, a.id.left(12));
            continue;
        }
        const qint64 claimed = zip.entry(zip.indexOf(entry)).size;
        if (claimed != a.size)
            loaded->warnings << FormatText::tr(
                                    "attachment \"%1\" is listed as %2 bytes but holds %3")
                                    .arg(a.fileName)
                                    .arg(a.size)
                                    .arg(claimed);
    }
    for (auto it = loaded->attachmentEntries.begin(); it != loaded->attachmentEntries.end();) {
        if (!listed.contains(it.key())) {
            loaded->warnings << FormatText::tr(
                                    "entry \"%1\" is not in the attachment table; ignored")
                                    .arg(it.value());
            it = loaded->attachmentEntries.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace

std::optional<PmdArchive::Loaded> PmdArchive::read(const QString &path, QString *error)
{
    if (!checkFile(path, error))
        return std::nullopt;
    ZipReader zip;
    if (!zip.open(path, error))
        return std::nullopt;
    const qint64 count = zip.entryCount();
    if (count > PmdLimits::kMaxEntries) {
        fail(error, FormatText::tr("the archive has %1 entries; at most %2 are allowed")
                        .arg(count)
                        .arg(PmdLimits::kMaxEntries));
        return std::nullopt;
    }
    Loaded loaded;
    const auto reportIndex = checkEntries(zip, &loaded, error);
    if (!reportIndex || !checkMimetype(zip, &loaded, error) ||
        !readReport(zip, *reportIndex, &loaded, error))
        return std::nullopt;
    matchAttachments(zip, &loaded);
    qCDebug(lcFormat).nospace() << "read " << path << ": " << count << " entries, "
                                << loaded.attachmentEntries.size() << " attachments, "
                                << loaded.warnings.size() << " warnings";
    return loaded;
}

namespace {

struct ZipSourceDeleter
{
    void operator()(zip_source_t *s) const { zip_source_free(s); }
};

// MS-DOS date 1980-01-01 00:00: a fixed stamp so equal reports give equal bytes.
constexpr zip_uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;
constexpr zip_uint16_t kDosTime = 0;

bool addEntry(zip_t *za, const QString &name, const QByteArray &data, bool compress, QString *error)
{
    zip_source_t *src = zip_source_buffer(za, data.constData(), zip_uint64_t(data.size()), 0);
    if (!src) {
        fail(error, QString::fromLocal8Bit(zip_strerror(za)));
        return false;
    }
    const zip_int64_t index = zip_file_add(za, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(src);
        fail(error, QString::fromLocal8Bit(zip_strerror(za)));
        return false;
    }
    const auto i = zip_uint64_t(index);
    if (zip_set_file_compression(za, i, compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) != 0 ||
        zip_file_set_dostime(za, i, kDosTime, kDosDate, 0) != 0 ||
        zip_file_set_external_attributes(za, i, 0, ZIP_OPSYS_UNIX, zip_uint32_t(0100644) << 16) !=
            0) {
        fail(error, QString::fromLocal8Bit(zip_strerror(za)));
        return false;
    }
    return true;
}

} // namespace

std::optional<QByteArray> PmdArchive::encode(const Report &report, const AttachmentStore &store,
                                             QString *error)
{
    // Everything libzip reads must outlive zip_close, which is when it reads.
    QList<QByteArray> payloads;
    payloads << QByteArray(kMediaType) << ReportJson::serialize(report);
    struct Planned
    {
        QString name;
        qsizetype payload;
        bool compress;
    };
    QList<Planned> planned;
    for (const Attachment &a : report.attachments) {
        if (!store.hasSource(a.id))
            continue; // missing since it was loaded: the table keeps the reference
        QString why;
        const auto bytes = store.bytes(a.id, &why);
        if (!bytes) {
            fail(error, FormatText::tr("cannot read attachment \"%1\": %2").arg(a.fileName, why));
            return std::nullopt;
        }
        planned << Planned{entryNameFor(a.id, a.mediaType), payloads.size(),
                           !MediaTypes::isCompressed(a.mediaType)};
        payloads << *bytes;
    }

    zip_error_t ze;
    zip_error_init(&ze);
    std::unique_ptr<zip_source_t, ZipSourceDeleter> buffer(
        zip_source_buffer_create(nullptr, 0, 0, &ze));
    if (!buffer) {
        fail(error, QString::fromLocal8Bit(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
        return std::nullopt;
    }
    zip_source_keep(buffer.get()); // zip_close would free it; we still read the result
    zip_t *za = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &ze);
    if (!za) {
        zip_source_free(buffer.get());
        fail(error, QString::fromLocal8Bit(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
        return std::nullopt;
    }
    zip_error_fini(&ze);

    bool ok = addEntry(za, kMimetypeEntry, payloads[0], false, error) &&
              addEntry(za, kReportEntry, payloads[1], true, error);
    for (qsizetype i = 0; ok && i < planned.size(); ++i)
        ok =
            addEntry(za, planned[i].name, payloads[planned[i].payload], planned[i].compress, error);
    if (!ok) {
        zip_discard(za);
        return std::nullopt;
    }
    if (zip_close(za) != 0) {
        fail(error, QString::fromLocal8Bit(zip_strerror(za)));
        zip_discard(za);
        return std::nullopt;
    }

    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(buffer.get(), &st) != 0 || zip_source_open(buffer.get()) != 0) {
        fail(error, QString::fromLocal8Bit(zip_error_strerror(zip_source_error(buffer.get()))));
        return std::nullopt;
    }
    QByteArray out(qsizetype(st.size), Qt::Uninitialized);
    const zip_int64_t n = zip_source_read(buffer.get(), out.data(), zip_uint64_t(out.size()));
    zip_source_close(buffer.get());
    if (n != zip_int64_t(out.size())) {
        fail(error, FormatText::tr("could not assemble the archive in memory"));
        return std::nullopt;
    }
    return out;
}

bool PmdArchive::write(const QString &path, const Report &report, const AttachmentStore &store,
                       QString *error)
{
    const auto bytes = encode(report, store, error);
    if (!bytes)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(error, file.errorString());
        return false;
    }
    if (file.write(*bytes) != bytes->size()) {
        fail(error, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        fail(error, file.errorString());
        return false;
    }
    qCDebug(lcFormat).nospace() << "wrote " << path << ": " << bytes->size() << " bytes";
    return true;
}

} // namespace debrief
