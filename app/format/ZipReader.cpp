// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "format/ZipReader.h"

#include "format/FormatText.h"

#include <QFile>

#include <unistd.h>

#include <zip.h>

namespace debrief {

namespace {

QString describe(zip_error_t *error)
{
    return QString::fromLocal8Bit(zip_error_strerror(error));
}
} // namespace

ZipReader::~ZipReader()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool ZipReader::open(const QString &path, QString *error)
{
    int code = 0;
    // ZIP_CHECKCONS makes libzip compare local headers with the central directory and refuse
    // duplicate names, both classic ways to smuggle content past a reader.
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    return opened(code, error);
}

bool ZipReader::open(const QFile &file, QString *error)
{
    int code = ZIP_ER_OPEN;
    // libzip closes the descriptor it is given; the caller's stays open.
    const int fd = file.isOpen() ? ::dup(file.handle()) : -1;
    if (fd >= 0) {
        m_zip = zip_fdopen(fd, ZIP_CHECKCONS, &code);
        if (!m_zip)
            ::close(fd);
    }
    return opened(code, error);
}

bool ZipReader::opened(int code, QString *error)
{
    if (!m_zip) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, code);
        if (error) {
            switch (code) {
            case ZIP_ER_NOZIP:
                *error = FormatText::tr("not a ZIP archive (or truncated)");
                break;
            case ZIP_ER_EXISTS:
                *error = FormatText::tr("the archive has two entries with the same name");
                break;
            case ZIP_ER_INCONS:
            case ZIP_ER_SEEK:
            case ZIP_ER_READ:
                *error = FormatText::tr("damaged or truncated ZIP archive (%1)").arg(describe(&ze));
                break;
            default:
                *error = FormatText::tr("cannot read it as a ZIP archive: %1").arg(describe(&ze));
            }
        }
        zip_error_fini(&ze);
        return false;
    }
    return true;
}

qint64 ZipReader::entryCount() const
{
    return m_zip ? zip_get_num_entries(m_zip, 0) : 0;
}

ZipReader::Entry ZipReader::entry(qint64 index) const
{
    Entry e;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, zip_uint64_t(index), ZIP_FL_ENC_GUESS, &st) != 0)
        return e;
    if (st.valid & ZIP_STAT_NAME)
        e.name = QString::fromUtf8(st.name);
    if (st.valid & ZIP_STAT_SIZE)
        e.size = st.size > zip_uint64_t(INT64_MAX) ? INT64_MAX : qint64(st.size);
    if (st.valid & ZIP_STAT_COMP_SIZE)
        e.compressedSize =
            st.comp_size > zip_uint64_t(INT64_MAX) ? INT64_MAX : qint64(st.comp_size);
    e.stored = (st.valid & ZIP_STAT_COMP_METHOD) && st.comp_method == ZIP_CM_STORE;
    return e;
}

qint64 ZipReader::indexOf(const QString &name) const
{
    return m_zip ? zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_ENC_GUESS) : -1;
}

std::optional<QByteArray> ZipReader::read(qint64 index, qint64 maxBytes, QString *error) const
{
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file) {
        if (error)
            *error = describe(zip_get_error(m_zip));
        return std::nullopt;
    }
    const Entry info = entry(index);
    QByteArray out;
    out.reserve(qsizetype(std::min<qint64>(std::max<qint64>(info.size, 0), maxBytes)));
    char chunk[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file, chunk, sizeof chunk);
        if (n < 0) {
            if (error)
                *error = describe(zip_file_get_error(file));
            zip_fclose(file);
            return std::nullopt;
        }
        if (n == 0)
            break;
        if (out.size() + n > maxBytes) {
            if (error)
                *error = FormatText::tr("inflates to more than %1 MiB").arg(maxBytes >> 20);
            zip_fclose(file);
            return std::nullopt;
        }
        out.append(chunk, qsizetype(n));
    }
    zip_fclose(file);
    return out;
}

} // namespace debrief
