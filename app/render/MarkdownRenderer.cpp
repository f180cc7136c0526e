// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "render/MarkdownRenderer.h"

#include "render/CodeHighlighter.h"
#include "render/RenderText.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QUrl>

#include <cmark.h>

namespace debrief {

namespace {

struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};

cmark_node *customInline(const QString &html)
{
    cmark_node *n = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
    cmark_node_set_on_enter(n, html.toUtf8().constData());
    return n;
}

QString altText(cmark_node *image)
{
    QString alt;
    cmark_iter *it = cmark_iter_new(image);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_ENTER && (cmark_node_get_type(n) == CMARK_NODE_TEXT ||
                                        cmark_node_get_type(n) == CMARK_NODE_CODE))
            alt += QString::fromUtf8(cmark_node_get_literal(n));
    }
    cmark_iter_free(it);
    return alt;
}

bool isAttachmentUrl(const QString &url)
{
    static const QRegularExpression re(QStringLiteral("^attachment:[0-9a-f]{64}$"));
    return re.match(url).hasMatch();
}

// The first paragraph or heading at or below `node`: where an anchor can sit inline.
cmark_node *firstTextBlock(cmark_node *node)
{
    for (cmark_node *n = node; n; n = cmark_node_first_child(n)) {
        const cmark_node_type t = cmark_node_get_type(n);
        if (t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING)
            return n;
        if (t != CMARK_NODE_LIST && t != CMARK_NODE_ITEM && t != CMARK_NODE_BLOCK_QUOTE)
            return nullptr;
    }
    return nullptr;
}

} // namespace

MarkdownRenderer::MarkdownRenderer(CodeHighlighter &code)
    : m_code(code)
{}

QString MarkdownRenderer::toHtml(const QString &markdown, const QString &anchorPrefix) const
{
    return toHtmlBlocks(markdown, anchorPrefix).join(QString());
}

QStringList MarkdownRenderer::toHtmlBlocks(const QString &markdown,
                                           const QString &anchorPrefix) const
{
    QStringList out;
    for (const Block &b : renderBlocks(markdown, anchorPrefix))
        out << b.html;
    return out;
}

QList<MarkdownRenderer::Block> MarkdownRenderer::renderBlocks(const QString &markdown,
                                                              const QString &anchorPrefix,
                                                              int lineOffset) const
{
    const QByteArray utf8 = markdown.toUtf8();
    std::unique_ptr<cmark_node, NodeDeleter> doc(
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT));

    // Collect first: the tree must not change under the iterator.
    QList<cmark_node *> code, images;
    QHash<cmark_node *, int> anchorLine; // top-level node -> the line its anchor names
    // Only outermost images: one inside another's description (`![a ![b](x)](y)`) is only
    // ever shown as text, and replacing the outer one frees it.
    int imageDepth = 0;
    cmark_iter *it = cmark_iter_new(doc.get());
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(it);
        const bool image = cmark_node_get_type(n) == CMARK_NODE_IMAGE;
        if (ev == CMARK_EVENT_EXIT) {
            imageDepth -= image ? 1 : 0;
            continue;
        }
        if (cmark_node_get_type(n) == CMARK_NODE_CODE_BLOCK)
            code << n;
        else if (image && imageDepth++ == 0)
            images << n;
    }
    cmark_iter_free(it);

    for (cmark_node *image : std::as_const(images)) {
        const QString url = QString::fromUtf8(cmark_node_get_url(image));
        if (isAttachmentUrl(url)) {
            // An image alone in its paragraph is a figure: its alt text becomes the caption.
            cmark_node *parent = cmark_node_parent(image);
            const QString alt = altText(image);
            if (!alt.isEmpty() && cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH &&
                cmark_node_first_child(parent) == image && cmark_node_last_child(parent) == image) {
                cmark_node_append_child(parent, cmark_node_new(CMARK_NODE_LINEBREAK));
                cmark_node_append_child(
                    parent, customInline(QStringLiteral("<span class=\"caption\">%1</span>")
                                             .arg(alt.toHtmlEscaped())));
            }
            continue;
        }
        // Nothing outside the report is fetched: a remote image is named, not shown, and
        // links to its address (the preview offers to download it from there).
        const QString alt = altText(image);
        const bool remote =
            url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://"));
        const QString what = remote ? RenderText::tr("Remote image not loaded")
                                    : RenderText::tr("Image not in this report");
        QString label =
            QStringLiteral("<span class=\"blocked-image\">[%1: %2%3]</span>")
                .arg(what, url.toHtmlEscaped(),
                     alt.isEmpty() ? QString() : QStringLiteral(" — ") + alt.toHtmlEscaped());
        if (remote)
            label = QStringLiteral("<a href=\"%1\">%2</a>")
                        .arg(QUrl(url).toString(QUrl::FullyEncoded).toHtmlEscaped(), label);
        cmark_node *placeholder = customInline(label);
        cmark_node_replace(image, placeholder);
        cmark_node_free(image);
    }

    for (cmark_node *block : std::as_const(code)) {
        const QString info = QString::fromUtf8(cmark_node_get_fence_info(block)).trimmed();
        const QString language = info.section(QLatin1Char(' '), 0, 0);
        QString html = m_code.toHtml(QString::fromUtf8(cmark_node_get_literal(block)), language);
        const bool top = cmark_node_parent(block) == doc.get();
        const int line = cmark_node_get_start_line(block) + lineOffset;
        if (!anchorPrefix.isEmpty() && top)
            html.insert(html.indexOf(QLatin1Char('>')) + 1,
                        QStringLiteral("<a name=\"%1%2\"></a>").arg(anchorPrefix).arg(line));
        cmark_node *custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        cmark_node_set_on_enter(custom, html.toUtf8().constData());
        cmark_node_replace(block, custom);
        if (!anchorPrefix.isEmpty() && top)
            anchorLine.insert(custom, line);
        cmark_node_free(block);
    }

    if (!anchorPrefix.isEmpty()) {
        for (cmark_node *top = cmark_node_first_child(doc.get()); top; top = cmark_node_next(top)) {
            cmark_node *text = firstTextBlock(top);
            if (!text)
                continue;
            const int line = cmark_node_get_start_line(top) + lineOffset;
            anchorLine.insert(top, line);
            cmark_node_prepend_child(
                text,
                customInline(QStringLiteral("<a name=\"%1%2\"></a>").arg(anchorPrefix).arg(line)));
        }
    }

    QList<Block> blocks;
    for (cmark_node *top = cmark_node_first_child(doc.get()); top; top = cmark_node_next(top)) {
        char *html = cmark_render_html(top, CMARK_OPT_DEFAULT);
        blocks << Block{QString::fromUtf8(html), cmark_node_get_start_line(top) + lineOffset,
                        cmark_node_get_end_line(top) + lineOffset,
                        cmark_node_get_type(top) == CMARK_NODE_PARAGRAPH,
                        anchorLine.value(top, -1)};
        free(html);
    }
    return blocks;
}

QString MarkdownRenderer::inlineHtml(const QString &markdown) const
{
    QString html = toHtml(markdown).trimmed();
    if (html.startsWith(QLatin1String("<p>")) && html.endsWith(QLatin1String("</p>")) &&
        html.count(QLatin1String("<p>")) == 1)
        html = html.mid(3, html.size() - 7);
    return html;
}

} // namespace debrief
