// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "format/ImageMetadata.h"

#include "format/FormatText.h"

#include <exiv2/exiv2.hpp>

#include <mutex>

namespace debrief {

namespace {

// Exiv2's XMP toolkit must be set up once before threads use it, and its console messages
// about odd files are no business of the user's.
void setUpExiv2()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
        Exiv2::XmpParser::initialize();
    });
}

Exiv2::Image::UniquePtr opened(const QByteArray &bytes)
{
    setUpExiv2();
    if (bytes.isEmpty())
        return nullptr;
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()),
                                           size_t(bytes.size()));
    if (!image || !image->good())
        return nullptr;
    image->readMetadata();
    return image;
}

bool writable(const Exiv2::Image &image)
{
    const int type = int(image.imageType());
    return type == int(Exiv2::ImageType::jpeg) || type == int(Exiv2::ImageType::png) ||
           type == int(Exiv2::ImageType::webp);
}

ImageMetadata::Kinds kindsOf(Exiv2::Image &image)
{
    ImageMetadata::Kinds kinds;
    const Exiv2::ExifData &exif = image.exifData();
    if (!exif.empty())
        kinds |= ImageMetadata::Exif;
    for (const Exiv2::Exifdatum &d : exif) {
        if (d.groupName() == "GPSInfo") {
            kinds |= ImageMetadata::Gps;
            break;
        }
    }
    if (!image.iptcData().empty())
        kinds |= ImageMetadata::Iptc;
    if (!image.xmpData().empty() || !image.xmpPacket().empty())
        kinds |= ImageMetadata::Xmp;
    if (!image.comment().empty())
        kinds |= ImageMetadata::Comment;
    return kinds;
}

} // namespace

ImageMetadata::Kinds ImageMetadata::inspect(const QByteArray &bytes)
{
    try {
        if (auto image = opened(bytes))
            return kindsOf(*image);
    } catch (const std::exception &) {
        // Exiv2 throws on what it cannot read: such an image carries nothing it can show.
    }
    return {};
}

QString ImageMetadata::describe(Kinds kinds)
{
    QStringList names;
    if (kinds & Exif)
        names << FormatText::tr("EXIF");
    if (kinds & Gps)
        names << FormatText::tr("GPS position");
    if (kinds & Iptc)
        names << FormatText::tr("IPTC");
    if (kinds & Xmp)
        names << FormatText::tr("XMP");
    if (kinds & Comment)
        names << FormatText::tr("comment");
    return names.join(QStringLiteral(", "));
}

bool ImageMetadata::canRemove(const QByteArray &bytes)
{
    try {
        if (auto image = opened(bytes))
            return writable(*image);
    } catch (const std::exception &) {
    }
    return false;
}

QByteArray ImageMetadata::removed(const QByteArray &bytes, QString *error)
{
    try {
        auto image = opened(bytes);
        if (!image || !writable(*image)) {
            *error =
                FormatText::tr("only JPEG, PNG and WebP images can have their metadata removed "
                               "without changing the picture");
            return {};
        }
        Exiv2::DataBuf profile(image->iccProfile().c_data(), image->iccProfile().size());
        image->clearMetadata();
        if (!profile.empty())
            image->setIccProfile(std::move(profile), false);
        image->writeMetadata();
        Exiv2::BasicIo &io = image->io();
        if (io.open() != 0) {
            *error = FormatText::tr("the rewritten image is lost");
            return {};
        }
        const Exiv2::DataBuf out = io.read(io.size());
        io.close();
        return QByteArray(reinterpret_cast<const char *>(out.c_data()), qsizetype(out.size()));
    } catch (const std::exception &e) {
        *error = QString::fromLocal8Bit(e.what());
    }
    return {};
}

} // namespace debrief
