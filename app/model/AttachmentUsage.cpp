// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/AttachmentUsage.h"

#include "model/ModelText.h"
#include "model/Report.h"

#include <QRegularExpression>

#include <cmark.h>

namespace debrief {

AttachmentUsage::AttachmentUsage(const Report &report)
{
    for (int i = 0; i < report.sections.size(); ++i)
        scan(report.sections[i].text, {Use::Place::Section, i}, report);
    for (int i = 0; i < report.timeline.size(); ++i)
        scan(report.timeline[i].description, {Use::Place::TimelineEntry, i}, report);
    for (const Attachment &a : report.attachments) {
        if (!m_uses.contains(a.id))
            m_unused << a.id;
    }
}

QStringList AttachmentUsage::imageUrls(const QString &markdown)
{
    QStringList urls;
    if (!markdown.contains(QLatin1Char('!')))
        return urls; // most texts: no parse at all
    // Parsed as the renderer parses it, so a reference in a code span or fence, or a plain
    // link, is not an image anybody sees.
    const QByteArray utf8 = markdown.toUtf8();
    cmark_node *doc =
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT);
    cmark_iter *it = cmark_iter_new(doc);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_IMAGE)
            continue;
        const QString url = QString::fromUtf8(cmark_node_get_url(node));
        if (!urls.contains(url))
            urls << url;
    }
    cmark_iter_free(it);
    cmark_node_free(doc);
    return urls;
}

QStringList AttachmentUsage::referencedIds(const QString &markdown)
{
    static const QRegularExpression re(QStringLiteral("^attachment:([0-9a-f]{64})$"));
    QStringList ids;
    if (!markdown.contains(QLatin1String("attachment:")))
        return ids;
    for (const QString &url : imageUrls(markdown)) {
        if (const auto m = re.match(url); m.hasMatch())
            ids << m.captured(1);
    }
    return ids;
}

bool AttachmentUsage::isRemote(const QString &url)
{
    return url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

QStringList AttachmentUsage::remoteUrls() const
{
    QStringList urls;
    for (const Remote &r : m_remote) {
        if (!urls.contains(r.url))
            urls << r.url;
    }
    return urls;
}

void AttachmentUsage::scan(const QString &markdown, const Use &use, const Report &report)
{
    static const QRegularExpression attachment(QStringLiteral("^attachment:([0-9a-f]{64})$"));
    if (!markdown.contains(QLatin1Char('!')))
        return;
    for (const QString &url : imageUrls(markdown)) {
        if (const auto m = attachment.match(url); m.hasMatch()) {
            if (report.attachmentIndex(m.captured(1)) < 0)
                m_missing << Missing{use, m.captured(1)};
            else
                m_uses[m.captured(1)] << use;
        } else if (isRemote(url)) {
            m_remote << Remote{use, url};
        }
    }
}

QString AttachmentUsage::placeText(const Report &report, const Use &use)
{
    if (use.place == Use::Place::Section) {
        const QString title =
            use.index < report.sections.size() ? report.sections[use.index].title : QString();
        return title.isEmpty() ? ModelText::tr("Section %1").arg(use.index + 1)
                               : ModelText::tr("Section “%1”").arg(title);
    }
    return ModelText::tr("Timeline entry %1").arg(use.index + 1);
}

} // namespace debrief
