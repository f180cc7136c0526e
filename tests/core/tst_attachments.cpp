// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "document/ReportDocument.h"
#include "export/ExecutiveSummary.h"
#include "format/AttachmentStore.h"
#include "format/ImageCheck.h"
#include "format/ImageRedaction.h"
#include "format/PmdLimits.h"
#include "format/ReportValidator.h"
#include "model/AttachmentUsage.h"
#include "model/ImageReference.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>
#include <QtEndian>

#include <cmark.h>
#include <zlib.h>

using namespace debrief;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(debrief::ImageCheck::Depth)
Q_DECLARE_METATYPE(debrief::Attachment)

namespace {

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format))
        return {};
    return out;
}

// Qt reads GIF but cannot write it: the smallest GIF89a there is, one white pixel.
QByteArray tinyGif()
{
    static const unsigned char gif[] = {
        0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xff, 0xff,
        0xff, 0x00, 0x00, 0x00, 0x21, 0xf9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2c, 0x00, 0x00,
        0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3b};
    return QByteArray(reinterpret_cast<const char *>(gif), sizeof gif);
}

// A real PNG whose IHDR now claims width x height, its CRC recomputed so that only the size
// is wrong.
QByteArray pngResizedTo(quint32 width, quint32 height)
{
    QByteArray png = Fixtures::png(Fixtures::dashboard(32, 16, 3));
    Q_ASSERT(png.mid(12, 4) == "IHDR");
    qToBigEndian(width, png.data() + 16);
    qToBigEndian(height, png.data() + 20);
    // The CRC covers the chunk type and data: bytes 12..28.
    const auto crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(png.constData() + 12), 17));
    qToBigEndian(crc, png.data() + 29);
    return png;
}

QByteArray svg(const QByteArray &body, const QByteArray &prolog = {})
{
    return prolog +
           "<svg xmlns=\"http://www.w3.org/2000/svg\" "
           "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"40\" height=\"20\">" +
           body + "</svg>\n";
}

// A 1x1 PNG as a data: address, which an SVG may carry inside itself.
QByteArray dataUrl()
{
    QImage pixel(1, 1, QImage::Format_RGB32);
    pixel.fill(Qt::red);
    return "data:image/png;base64," + Fixtures::png(pixel).toBase64();
}

QString idOf(const char *seed)
{
    return QString::fromLatin1(Fixtures::sha256(seed));
}

// "S0", "T2": a use in a form QCOMPARE prints.
QStringList places(const QList<AttachmentUsage::Use> &uses)
{
    QStringList out;
    for (const AttachmentUsage::Use &u : uses)
        out << (u.place == AttachmentUsage::Use::Place::Section ? u"S%1"_s : u"T%1"_s).arg(u.index);
    return out;
}

Attachment attachment(const QString &id, const QString &fileName)
{
    Attachment a;
    a.id = id;
    a.fileName = fileName;
    a.mediaType = u"image/png"_s;
    return a;
}

Section section(const QString &title, const QString &text)
{
    return Section{title.toLower(), title, text, QString(), QJsonObject()};
}

// Timed, in order, so that the validator has nothing to say of the timeline itself.
TimelineEntry entry(int minute, const QString &description)
{
    TimelineEntry e;
    e.id = u"t%1"_s.arg(minute);
    e.at = QDateTime(QDate(2026, 5, 4), QTime(10, minute), QTimeZone::UTC);
    e.description = description;
    return e;
}

// The one image cmark finds in `markdown`: its URL, the text of its description, and whether
// the description is plain text (no emphasis, code, HTML or line break made of its
// characters) and the image the whole paragraph.
struct ParsedImage
{
    int images = 0;
    QString url;
    QString alt;
    QStringList otherNodes; // anything but text inside the image, or beside it
};

ParsedImage parseImage(const QString &markdown)
{
    ParsedImage parsed;
    const QByteArray utf8 = markdown.toUtf8();
    cmark_node *doc =
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT);
    cmark_iter *it = cmark_iter_new(doc);
    cmark_node *image = nullptr;
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER)
            continue;
        const cmark_node_type type = cmark_node_get_type(n);
        if (type == CMARK_NODE_DOCUMENT || type == CMARK_NODE_PARAGRAPH)
            continue;
        if (type == CMARK_NODE_IMAGE) {
            ++parsed.images;
            image = n;
            parsed.url = QString::fromUtf8(cmark_node_get_url(n));
        } else if (type == CMARK_NODE_TEXT && image && cmark_node_parent(n) == image) {
            parsed.alt += QString::fromUtf8(cmark_node_get_literal(n));
        } else {
            parsed.otherNodes << QString::fromUtf8(cmark_node_get_type_string(n));
        }
    }
    cmark_iter_free(it);
    cmark_node_free(doc);
    return parsed;
}

} // namespace

// Attachments: which files may become one (ImageCheck), where the text shows them
// (AttachmentUsage), the Markdown that shows one (ImageReference), adding one to a document,
// and what the validator says of references and unused images.
class TestAttachments : public QObject
{
    Q_OBJECT
private:
    const QString m_a = idOf("first image");
    const QString m_b = idOf("second image");
    const QString m_c = idOf("third image");
    const QString m_gone = idOf("an image nobody attached");

    // Three attachments (A, B, C) and the places that show them: A twice in section 0 and once
    // in entry 2, B with a title in section 0 and in angle brackets in entry 0, C only
    // mentioned in prose; section 1 and entry 2 show an image the report does not hold.
    Report usageReport() const
    {
        Report r;
        r.attachments << attachment(m_a, u"a.png"_s) << attachment(m_b, u"b.png"_s)
                      << attachment(m_c, u"c.png"_s);
        r.sections << section(u"Impact"_s,
                              u"Latency:\n\n![p99](attachment:%1)\n\nAgain: "
                              "![p99 again](attachment:%1) and "
                              "![errors](attachment:%2 \"Error rate\")\n"_s.arg(m_a, m_b))
                   << section(u"Detection"_s, u"The graph attachment:%1 was never shown.\n\n"
                                              "![lost](attachment:%2)\n"_s.arg(m_c, m_gone))
                   << section(QString(), u"Nothing to see."_s);
        r.timeline << entry(1, u"Paged ![alert](<attachment:%1>)"_s.arg(m_b))
                   << entry(2, u"Rolled back; see attachment:%1"_s.arg(m_c))
                   << entry(3, u"![lost again](attachment:%1) next to ![p99](attachment:%2)"_s.arg(
                                   m_gone, m_a));
        return r;
    }

private Q_SLOTS:
    // --- ImageCheck ---------------------------------------------------------------------------

    void imageCheckAccepts_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileName");

        const QImage image = Fixtures::dashboard(48, 24, 5);
        const QByteArray png = encoded(image, "PNG");
        const QByteArray jpeg = encoded(image, "JPEG");
        QVERIFY(png.startsWith("\x89PNG"));
        QVERIFY(jpeg.startsWith("\xff\xd8"));
        QTest::newRow("png") << png << u"latency.png"_s;
        QTest::newRow("jpeg") << jpeg << u"photo.jpg"_s;
        QTest::newRow("gif") << tinyGif() << u"pixel.gif"_s;
        QTest::newRow("png, file name with a path")
            << png << u"/home/ana/Pictures/Screenshot (2).png"_s;
        QTest::newRow("svg, a rect")
            << svg("<rect x=\"2\" y=\"2\" width=\"30\" height=\"10\" fill=\"#c00\"/>",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                   "\n")
            << u"box.svg"_s;
        QTest::newRow("svg, internal references and a data: image")
            << svg("<defs><linearGradient id=\"grad\"><stop offset=\"0\" stop-color=\"red\"/>"
                   "<stop offset=\"1\" stop-color=\"blue\"/></linearGradient>"
                   "<rect id=\"r\" width=\"10\" height=\"10\"/></defs>"
                   "<rect width=\"40\" height=\"20\" fill=\"url(#grad)\"/>"
                   "<use href=\"#r\" xlink:href=\"#r\"/>"
                   "<image width=\"1\" height=\"1\" href=\"" +
                   dataUrl() + "\"/>")
            << u"gradient.svg"_s;
    }

    void imageCheckAccepts()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileName);
        QCOMPARE(ImageCheck::problem(bytes, fileName, ImageCheck::Depth::Header), QString());
        QCOMPARE(ImageCheck::problem(bytes, fileName, ImageCheck::Depth::Decode), QString());
        QCOMPARE(ImageCheck::problem(bytes, fileName), QString()); // Decode by default
    }

    void imageCheckRefuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileName");
        // Whether the header-only check refuses it too (damage past the header needs Decode).
        QTest::addColumn<bool>("headerRefuses");
        QTest::addColumn<QString>("problem");

        QTest::newRow("empty") << QByteArray() << u"/tmp/shots/blank.png"_s << true
                               << u"“blank.png” is empty."_s;
        QTest::newRow("text file")
            << QByteArray("Remember to rotate the keys.\n") << u"notes.txt"_s << true
            << u"“notes.txt” is not an image Debrief can embed (text/plain); it takes PNG, "
               "JPEG, GIF, WebP and SVG."_s;

        const QByteArray png = Fixtures::png(Fixtures::dashboard(240, 120, 9));
        const QByteArray cut = png.left(png.size() * 6 / 10);
        QVERIFY(cut.contains("IDAT"));
        QTest::newRow("damaged png") << cut << u"cut.png"_s << false
                                     << u"“cut.png” is damaged: its image data cannot be read."_s;
        QTest::newRow("60000 x 60000 png")
            << pngResizedTo(60000, 60000) << u"huge.png"_s << true
            << u"“huge.png” claims 60000×60000 pixels, more than Debrief decodes (20000 pixels "
               "a side at most)."_s;

        QByteArray large(PmdLimits::kMaxAttachmentBytes + 1, '\0');
        large.replace(0, 8, QByteArray("\x89PNG\r\n\x1a\n", 8));
        QCOMPARE(qint64(large.size()), PmdLimits::kMaxAttachmentBytes + 1);
        QTest::newRow("one byte over the limit")
            << large << u"big.png"_s << true
            << u"“big.png” is larger than 64 MiB, the most a report embeds."_s;

        const QString outside = u"“%1” is an SVG that refers to something outside itself (%2); "
                                "Debrief embeds only self-contained SVG images."_s;
        QTest::newRow("svg, image from an address")
            << svg("<image width=\"10\" height=\"10\" href=\"https://example.com/x.png\"/>")
            << u"remote.svg"_s << true
            << outside.arg(u"remote.svg"_s, u"https://example.com/x.png"_s);
        QTest::newRow("svg, xlink:href to a file")
            << svg("<image width=\"10\" height=\"10\" xlink:href=\"file:///etc/passwd\"/>")
            << u"passwd.svg"_s << true << outside.arg(u"passwd.svg"_s, u"file:///etc/passwd"_s);
        QTest::newRow("svg, url() in a style attribute")
            << svg("<rect width=\"10\" height=\"10\" style=\"fill:url(http://evil/x)\"/>")
            << u"style.svg"_s << true << outside.arg(u"style.svg"_s, u"http://evil/x"_s);
        QTest::newRow("svg, @import in a style element")
            << svg("<style>@import url(x.css);</style><rect width=\"10\" height=\"10\"/>")
            << u"import.svg"_s << true << outside.arg(u"import.svg"_s, u"x.css"_s);
        QTest::newRow("svg, entity declared")
            << svg("<text>&ext;</text>",
                   "<?xml version=\"1.0\"?>\n"
                   "<!DOCTYPE svg [<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>"
                   "\n")
            << u"entity.svg"_s << true << outside.arg(u"entity.svg"_s, u"<!ENTITY>"_s);
        QTest::newRow("svg, xml-stylesheet")
            << svg("<rect width=\"10\" height=\"10\"/>", "<?xml version=\"1.0\"?>\n"
                                                         "<?xml-stylesheet href=\"x.css\"?>"
                                                         "\n")
            << u"sheet.svg"_s << true << outside.arg(u"sheet.svg"_s, u"href=\"x.css\""_s);
    }

    void imageCheckRefuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileName);
        QFETCH(bool, headerRefuses);
        QFETCH(QString, problem);
        const QString decoded = ImageCheck::problem(bytes, fileName, ImageCheck::Depth::Decode);
        QCOMPARE(decoded, problem);
        QVERIFY(decoded.contains(QFileInfo(fileName).fileName()));
        QCOMPARE(ImageCheck::problem(bytes, fileName, ImageCheck::Depth::Header),
                 headerRefuses ? problem : QString());
    }

    void svgOutsideReference_data()
    {
        QTest::addColumn<QByteArray>("svg");
        QTest::addColumn<QString>("reference");
        QTest::newRow("rect") << svg("<rect width=\"10\" height=\"10\"/>") << QString();
        QTest::newRow("fragment href") << svg("<use href=\"#r\"/>") << QString();
        QTest::newRow("url(#grad)") << svg("<rect fill=\"url(#grad)\"/>") << QString();
        QTest::newRow("url( '#grad' ) with spaces and quotes")
            << svg("<rect style=\"fill: url( '#grad' )\"/>") << QString();
        QTest::newRow("data: image") << svg("<image href=\"" + dataUrl() + "\"/>") << QString();
        QTest::newRow("relative href") << svg("<image href=\"shot.png\"/>") << u"shot.png"_s;
        QTest::newRow("src attribute") << svg("<foo src=\"//cdn/x.js\"/>") << u"//cdn/x.js"_s;
        QTest::newRow("url() with quotes")
            << svg("<rect style=\"fill:url('http://evil/x')\"/>") << u"http://evil/x"_s;
        QTest::newRow("url() in a style element, after an inside one")
            << svg("<style>a{fill:url(#g)} b{fill:url(https://x/y.png)}</style>")
            << u"https://x/y.png"_s;
        QTest::newRow("@import of a quoted sheet")
            << svg("<style>@import \"x.css\";</style>") << u"@import"_s;
        QTest::newRow("external DTD")
            << svg({}, "<!DOCTYPE svg SYSTEM \"http://example.com/svg.dtd\">") << u"<!ENTITY>"_s;
        QTest::newRow("not well-formed") << QByteArray("<svg><rect></svg>") << u"XML error"_s;
    }

    void svgOutsideReference()
    {
        QFETCH(QByteArray, svg);
        QFETCH(QString, reference);
        QCOMPARE(ImageCheck::svgOutsideReference(svg), reference);
    }

    // --- AttachmentUsage ----------------------------------------------------------------------

    void usage()
    {
        const Report r = usageReport();
        const AttachmentUsage usage(r);
        // Once per place however often the place shows it, sections before the timeline.
        QCOMPARE(places(usage.usesOf(m_a)), (QStringList{u"S0"_s, u"T2"_s}));
        QCOMPARE(places(usage.usesOf(m_b)), (QStringList{u"S0"_s, u"T0"_s}));
        QCOMPARE(places(usage.usesOf(m_c)), QStringList());
        QVERIFY(usage.isUsed(m_a));
        QVERIFY(usage.isUsed(m_b));
        QVERIFY(!usage.isUsed(m_c)); // mentioned in prose, never shown
        QVERIFY(!usage.isUsed(m_gone));
        QCOMPARE(places(usage.usesOf(m_gone)), QStringList());
        QCOMPARE(usage.unusedIds(), QStringList{m_c});

        const QList<AttachmentUsage::Missing> missing = usage.missing();
        QCOMPARE(missing.size(), 2);
        QCOMPARE(missing[0].id, m_gone);
        QCOMPARE(places({missing[0].use}), QStringList{u"S1"_s});
        QCOMPARE(missing[1].id, m_gone);
        QCOMPARE(places({missing[1].use}), QStringList{u"T2"_s});

        QCOMPARE(AttachmentUsage::placeText(r, missing[0].use), u"Section “Detection”"_s);
        QCOMPARE(AttachmentUsage::placeText(r, missing[1].use), u"Timeline entry 3"_s);
        QCOMPARE(AttachmentUsage::placeText(r, {AttachmentUsage::Use::Place::Section, 2}),
                 u"Section 3"_s); // no title
    }

    // Which attachments are unused, in the attachment table's order, not the text's.
    void unusedIds_data()
    {
        QTest::addColumn<QStringList>("table");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("unused");
        QTest::addColumn<int>("missing");
        const QString a = m_a, b = m_b, c = m_c;
        QTest::newRow("nothing shown")
            << QStringList{c, a, b} << u"No images."_s << QStringList{c, a, b} << 0;
        QTest::newRow("the middle one shown")
            << QStringList{c, a, b} << u"![x](attachment:%1)"_s.arg(a) << QStringList{c, b} << 0;
        QTest::newRow("shown in reverse order")
            << QStringList{a, b, c} << u"![x](attachment:%1) ![y](attachment:%2)"_s.arg(c, b)
            << QStringList{a} << 0;
        QTest::newRow("all shown")
            << QStringList{a, b} << u"![x](attachment:%1)\n![y](attachment:%2)"_s.arg(b, a)
            << QStringList() << 0;
        QTest::newRow("no attachments, one reference")
            << QStringList() << u"![x](attachment:%1)"_s.arg(a) << QStringList() << 1;
        QTest::newRow("prose mentions only")
            << QStringList{a, b} << u"attachment:%1 and (attachment:%2)"_s.arg(a, b)
            << QStringList{a, b} << 0;
    }

    void unusedIds()
    {
        QFETCH(QStringList, table);
        QFETCH(QString, text);
        QFETCH(QStringList, unused);
        QFETCH(int, missing);
        Report r;
        for (const QString &id : table)
            r.attachments << attachment(id, id.left(6) + u".png"_s);
        r.sections << section(u"Summary"_s, text);
        const AttachmentUsage usage(r);
        QCOMPARE(usage.unusedIds(), unused);
        QCOMPARE(usage.missing().size(), missing);
    }

    void referencedIds_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("ids");
        const QString a = m_a, b = m_b;
        QTest::newRow("no reference") << u"Nothing here."_s << QStringList();
        QTest::newRow("one image") << u"![graph](attachment:%1)"_s.arg(a) << QStringList{a};
        QTest::newRow("with a title")
            << u"![a](attachment:%1 \"title\")"_s.arg(a) << QStringList{a};
        QTest::newRow("in angle brackets") << u"![a](<attachment:%1>)"_s.arg(a) << QStringList{a};
        QTest::newRow("space after the parenthesis")
            << u"![a]( attachment:%1 )"_s.arg(a) << QStringList{a};
        QTest::newRow("empty alt text") << u"![](attachment:%1)"_s.arg(a) << QStringList{a};
        QTest::newRow("first use order, each once")
            << u"![b](attachment:%2)\n![a](attachment:%1)\n\n![b again](attachment:%2)"_s.arg(a, b)
            << QStringList{b, a};
        QTest::newRow("plain-text mention")
            << u"see attachment:%1 for the graph"_s.arg(a) << QStringList();
        QTest::newRow("mention in parentheses")
            << u"the graph (attachment:%1) shows it"_s.arg(a) << QStringList();
        QTest::newRow("mention, then an image")
            << u"attachment:%1 and ![b](attachment:%2)"_s.arg(a, b) << QStringList{b};
        QTest::newRow("upper-case hex")
            << u"![a](attachment:%1)"_s.arg(a.toUpper()) << QStringList();
        QTest::newRow("63 hex digits") << u"![a](attachment:%1)"_s.arg(a.left(63)) << QStringList();
        QTest::newRow("65 hex digits") << u"![a](attachment:%1f)"_s.arg(a) << QStringList();
        QTest::newRow("another scheme") << u"![a](https://attachment:%1)"_s.arg(a) << QStringList();
        // What the renderer does not show as an image is no use of one.
        QTest::newRow("in a code span") << u"See `![a](attachment:%1)`."_s.arg(a) << QStringList();
        QTest::newRow("in a fence") << u"```\n![a](attachment:%1)\n```\n"_s.arg(a) << QStringList();
        QTest::newRow("a plain link") << u"[the graph](attachment:%1)"_s.arg(a) << QStringList();
        QTest::newRow("escaped brackets in the alt text")
            << u"![\\[p99\\] (edge)](attachment:%1)"_s.arg(a) << QStringList{a};
    }

    void referencedIds()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, ids);
        QCOMPARE(AttachmentUsage::referencedIds(markdown), ids);
    }

    // --- ImageReference -----------------------------------------------------------------------

    void markdownParsesBack_data()
    {
        QTest::addColumn<QString>("alt");
        QTest::newRow("plain") << u"Latency"_s;
        QTest::newRow("spaces") << u"  p99   latency graph "_s;
        QTest::newRow("brackets") << u"[x] done"_s;
        QTest::newRow("unbalanced brackets") << u"a] b[ c]]"_s;
        QTest::newRow("parentheses") << u"error rate (5xx)"_s;
        QTest::newRow("unbalanced parentheses") << u"a) b( c))"_s;
        QTest::newRow("link lookalike") << u"[text](https://example.com)"_s;
        QTest::newRow("backslash") << u"C:\\logs\\app.log"_s;
        QTest::newRow("trailing backslash") << u"ends with \\"_s;
        QTest::newRow("escaped-looking") << u"\\*not bold\\*"_s;
        QTest::newRow("asterisks and underscores") << u"*bold* **strong** _em_ __under__"_s;
        QTest::newRow("backticks") << u"`kubectl get pods`"_s;
        QTest::newRow("angle brackets") << u"<b>html</b> <https://x.example>"_s;
        QTest::newRow("exclamation marks") << u"!![nested](x)!"_s;
        QTest::newRow("non-ASCII") << u"Grafana — 5xx Übersicht"_s;
        QTest::newRow("newline") << u"first line\nsecond line"_s;
        QTest::newRow("blank line") << u"first\n\n# heading"_s;
        QTest::newRow("entities") << u"AT&amp;T &copy; &#42;"_s;
        QTest::newRow("empty") << QString();
    }

    void markdownParsesBack()
    {
        QFETCH(QString, alt);
        const QString id = m_a;
        const QString markdown = ImageReference::markdown(alt, id);
        QVERIFY2(markdown.startsWith(u"!["_s), qPrintable(markdown));
        QVERIFY2(markdown.endsWith(u"](attachment:%1)"_s.arg(id)), qPrintable(markdown));
        const ParsedImage parsed = parseImage(markdown);
        QCOMPARE(parsed.images, 1);
        QCOMPARE(parsed.url, u"attachment:"_s + id);
        QCOMPARE(parsed.otherNodes, QStringList());
        // ImageReference::markdown does not escape '&', so "&amp;" in an alt text reaches the
        // reader as "&". Remove this once it escapes it.
        QCOMPARE(parsed.alt, alt.simplified());
        // And the reference counts as a use of the attachment.
        QCOMPARE(AttachmentUsage::referencedIds(markdown), QStringList{id});
    }

    void altTextFor_data()
    {
        QTest::addColumn<Attachment>("attachment");
        QTest::addColumn<QString>("alt");
        Attachment a = attachment(m_a, u"latency.graph.png"_s);
        QTest::newRow("file name without the suffix") << a << u"latency.graph"_s;
        a.caption = u"p99 latency"_s;
        QTest::newRow("caption") << a << u"p99 latency"_s;
        a.altText = u"Latency rising at 10:05"_s;
        QTest::newRow("alt text") << a << u"Latency rising at 10:05"_s;
        a.altText = u"  "_s;
        QTest::newRow("blank alt text: the caption") << a << u"p99 latency"_s;
        a.caption = u"\t"_s;
        QTest::newRow("blank alt text and caption: the file name") << a << u"latency.graph"_s;
    }

    void altTextFor()
    {
        QFETCH(Attachment, attachment);
        QFETCH(QString, alt);
        QCOMPARE(ImageReference::altTextFor(attachment), alt);
        QCOMPARE(ImageReference::markdown(attachment),
                 ImageReference::markdown(alt, attachment.id));
    }

    // --- ReportDocument -----------------------------------------------------------------------

    void addAttachmentOnce()
    {
        ReportDocument doc;
        doc.reset(Report());
        const QByteArray png = Fixtures::png(Fixtures::dashboard(64, 32, 4));
        const QString id = doc.addAttachment(png, u"/home/ana/latency.png"_s, u"Latency"_s);
        QCOMPARE(id, AttachmentStore::idFor(png));
        QCOMPARE(id, QString::fromLatin1(Fixtures::sha256(png)));
        QCOMPARE(doc.itemCount(ReportPart::Attachments), 1);
        QCOMPARE(doc.undoStack()->count(), 1);

        QCOMPARE(doc.addAttachment(png, u"/home/ana/latency.png"_s, u"Latency"_s), id);
        QCOMPARE(doc.addAttachment(png, u"copy of latency.png"_s, u"Other"_s), id);
        QCOMPARE(doc.itemCount(ReportPart::Attachments), 1);
        QCOMPARE(doc.undoStack()->count(), 1); // nothing to undo for the duplicates

        const Attachment &a = doc.report().attachments.at(0);
        QCOMPARE(a.id, id);
        QCOMPARE(a.fileName, u"latency.png"_s); // the first name, without its folder
        QCOMPARE(a.caption, u"Latency"_s);
        QCOMPARE(a.mediaType, u"image/png"_s);
        QCOMPARE(a.size, qint64(png.size()));
        const auto stored = doc.attachments().bytes(id);
        QVERIFY(stored);
        QCOMPARE(*stored, png);

        // Different bytes: a second attachment.
        const QByteArray other = Fixtures::png(Fixtures::dashboard(64, 32, 5));
        const QString otherId = doc.addAttachment(other, u"latency.png"_s);
        QVERIFY(otherId != id);
        QCOMPARE(doc.itemCount(ReportPart::Attachments), 2);

        doc.undoStack()->undo();
        QCOMPARE(doc.itemCount(ReportPart::Attachments), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.itemCount(ReportPart::Attachments), 0);
        QCOMPARE(doc.report().attachmentIndex(id), -1);
        doc.undoStack()->redo();
        QCOMPARE(doc.itemCount(ReportPart::Attachments), 1);
        QCOMPARE(doc.report().attachments.at(0).id, id);
    }

    // Another program replacing or removing the open file (a colleague's save, a sync tool)
    // must not take the images this report refers to: they are read from the file as it was
    // opened, and the next save still holds them.
    void imagesSurviveTheFileBeingReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shared.pmd"_s);
        const QByteArray png = Fixtures::png(Fixtures::dashboard(64, 32, 12));
        QString id;
        {
            ReportDocument writer;
            writer.reset(Report());
            id = writer.addAttachment(png, u"graph.png"_s);
            QString error;
            QVERIFY2(writer.save(path, &error), qPrintable(error));
        }
        ReportDocument doc;
        QString error;
        QVERIFY2(doc.load(path, &error), qPrintable(error));

        ReportDocument other; // saved by rename over the open file, without the image
        other.reset(Report());
        QVERIFY2(other.save(path, &error), qPrintable(error));
        auto bytes = doc.attachments().bytes(id, &error);
        QVERIFY2(bytes, qPrintable(error));
        QCOMPARE(*bytes, png);

        QVERIFY(QFile::remove(path));
        const QString copy = dir.filePath(u"copy.pmd"_s);
        QVERIFY2(doc.save(copy, &error), qPrintable(error));
        QVERIFY(Fixtures::readFile(copy).contains(png));
        ReportDocument reopened;
        QVERIFY2(reopened.load(copy, &error), qPrintable(error));
        bytes = reopened.attachments().bytes(id, &error);
        QVERIFY2(bytes, qPrintable(error));
        QCOMPARE(*bytes, png);
    }

    // --- ReportValidator ----------------------------------------------------------------------

    void validatorMissingReference()
    {
        Report r = usageReport();
        r.attachments.removeAt(2); // C: nothing shows it, and no bytes to check are needed
        AttachmentStore store;
        const QString shortId = m_gone.left(12) + u'…';
        QCOMPARE(ReportValidator::check(r, store),
                 (QStringList{u"Section “Detection”: shows the image attachment:%1, which is "
                              "not in the report"_s.arg(shortId),
                              u"Timeline entry 3: shows the image attachment:%1, which is not "
                              "in the report"_s.arg(shortId)}));
        QCOMPARE(ReportValidator::notices(r), QStringList());
    }

    void validatorUnusedAttachment()
    {
        const QByteArray png = Fixtures::png(Fixtures::dashboard(64, 32, 7));
        const QByteArray shown = Fixtures::png(Fixtures::dashboard(64, 32, 8));
        Report r;
        r.attachments << attachment(AttachmentStore::idFor(shown), u"shown.png"_s)
                      << attachment(AttachmentStore::idFor(png), u"unused.png"_s);
        r.attachments[0].size = shown.size();
        r.attachments[1].size = png.size();
        r.sections << section(u"Impact"_s,
                              u"![shown](attachment:%1)"_s.arg(AttachmentStore::idFor(shown)));
        AttachmentStore store;
        store.insert(AttachmentStore::idFor(png), png);
        store.insert(AttachmentStore::idFor(shown), shown);
        QCOMPARE(ReportValidator::check(r, store), QStringList());
        QCOMPARE(ReportValidator::notices(r),
                 QStringList{u"attachment \"unused.png\" is not shown anywhere in the report"_s});

        // Shown from the timeline too: no notice.
        r.timeline << entry(5, u"![later](attachment:%1)"_s.arg(AttachmentStore::idFor(png)));
        QCOMPARE(ReportValidator::notices(r), QStringList());
        QCOMPARE(ReportValidator::check(r, store), QStringList());
    }

    // Covered pixels are solid black, the crop keeps what was asked, and nothing of the
    // original's metadata (a PNG text chunk here) survives.
    void redactionPaintsSolidAndDropsMetadata()
    {
        QImage image = Fixtures::dashboard(400, 200, 9);
        image.setText(u"GPS"_s, u"52.52 N, 13.40 E"_s);
        const QByteArray original = Fixtures::png(image);
        QVERIFY(original.contains("52.52 N"));
        ImageRedaction redaction;
        redaction.boxes << QRect(10, 20, 50, 30) << QRect(300, 150, 500, 500); // one past the edge
        QString error;
        const QByteArray covered = redaction.apply(original, &error);
        QVERIFY2(!covered.isEmpty(), qPrintable(error));
        QVERIFY(!covered.contains("52.52 N"));
        const QImage out = QImage::fromData(covered);
        QCOMPARE(out.size(), QSize(400, 200));
        QVERIFY(out.textKeys().isEmpty());
        for (const QPoint p : {QPoint(10, 20), QPoint(59, 49), QPoint(35, 35), QPoint(399, 199)})
            QCOMPARE(out.pixelColor(p), QColor(Qt::black));
        QCOMPARE(out.pixelColor(5, 5), image.pixelColor(5, 5)); // outside: untouched
        QCOMPARE(out.pixelColor(60, 50), image.pixelColor(60, 50));

        redaction.crop = QRect(0, 0, 100, 80);
        const QImage cropped = QImage::fromData(redaction.apply(original, &error));
        QCOMPARE(cropped.size(), QSize(100, 80));
        QCOMPARE(cropped.pixelColor(30, 30), QColor(Qt::black));

        ImageRedaction outside;
        outside.crop = QRect(500, 500, 10, 10);
        QVERIFY(outside.apply(original, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(outside.apply(QByteArray("not an image"), &error).isEmpty());
    }

    // Replacing an attachment rewrites every reference in one step, and once saved the
    // original bytes are nowhere in the archive.
    void replaceAttachmentEverywhere()
    {
        const QByteArray original = Fixtures::png(Fixtures::dashboard(300, 150, 11));
        ReportDocument doc;
        Report r;
        r.sections << section(u"Impact"_s, u"Before"_s) << section(u"Trigger"_s, u"None"_s);
        r.timeline << entry(0, u"Alert"_s);
        doc.reset(r);
        const QString id = doc.addAttachment(original, u"secret dashboard.png"_s, u"cap"_s);
        const QString ref = u"![x](attachment:%1)"_s.arg(id);
        doc.setSectionText(0, u"See "_s + ref + u" and again "_s + ref);
        TimelineEntry e = doc.report().timeline[0];
        e.description = u"Alert\n\n"_s + ref;
        doc.replaceItem(0, e);
        const int steps = doc.undoStack()->count();

        ImageRedaction redaction;
        redaction.boxes << QRect(0, 0, 300, 150);
        QString error;
        const QByteArray covered = redaction.apply(original, &error);
        const QString newId = doc.replaceAttachment(id, covered, u"Redact Image"_s);
        QCOMPARE(newId, AttachmentStore::idFor(covered));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(doc.undoStack()->undoText(), u"Redact Image"_s);
        const Report &now = doc.report();
        QCOMPARE(now.attachments.size(), 1);
        QCOMPARE(now.attachments[0].id, newId);
        QCOMPARE(now.attachments[0].caption, u"cap"_s);
        QCOMPARE(now.attachments[0].fileName, u"secret dashboard.png"_s);
        QCOMPARE(now.sections[0].text.count(newId), 2);
        QVERIFY(!now.sections[0].text.contains(id));
        QVERIFY(now.timeline[0].description.endsWith(newId + u')'));
        QCOMPARE(AttachmentUsage(now).missing().size(), 0);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"redacted.pmd"_s);
        QVERIFY(doc.save(path, &error));
        const QByteArray archive = Fixtures::readFile(path);
        QVERIFY(!archive.contains(original.mid(100, 200))); // PNGs are stored uncompressed
        QVERIFY(archive.contains(covered.mid(100, 200)));
        QVERIFY(!archive.contains(id.toLatin1()));

        doc.undoStack()->undo(); // the original is back everywhere
        QCOMPARE(doc.report().attachments[0].id, id);
        QCOMPARE(doc.report().sections[0].text.count(id), 2);
        QVERIFY(doc.report().timeline[0].description.contains(id));
    }

    // The executive summary keeps a key moment's image while there is room: every image at
    // first, then only the first key moment's, then none; the text of each moment stays.
    void summaryKeepsAKeyMomentsImageWhileThereIsRoom()
    {
        const QString a = QString(64, u'a');
        const QString b = QString(64, u'b');
        Report r;
        r.sections << section(u"Summary"_s, u"Short."_s);
        r.timeline << entry(0, u"Alert ![spike](attachment:%1)"_s.arg(a))
                   << entry(5, u"Not key ![x](attachment:%1)"_s.arg(b))
                   << entry(9, u"Rollback\n\n![after](attachment:%1)"_s.arg(b));
        r.timeline[0].keyMoment = true;
        r.timeline[2].keyMoment = true;
        auto ids = [](const Report &s) {
            QStringList all;
            for (const TimelineEntry &e : s.timeline)
                all << AttachmentUsage::referencedIds(e.description);
            return all;
        };
        QCOMPARE(ids(ExecutiveSummary::select(r, 0)), (QStringList{a, b}));
        const Report one = ExecutiveSummary::select(r, 1);
        QCOMPARE(ids(one), QStringList{a});
        QVERIFY(one.timeline[0].description.startsWith(u"Alert"_s));
        QCOMPARE(one.timeline[1].description, u"Rollback"_s);
        QCOMPARE(ids(ExecutiveSummary::select(r, 2)), QStringList());
        QCOMPARE(ExecutiveSummary::select(r, 3).timeline.size(), 2);
    }
};

QTEST_MAIN(TestAttachments)
#include "tst_attachments.moc"
