// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/AttachmentUsage.h"

#include "model/ModelText.h"
#include "model/Report.h"

#include <QRegularExpression>

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

QStringList AttachmentUsage::referencedIds(const QString &markdown)
{
    // The destination the editor and the importer write; a title after it is allowed.
    static const QRegularExpression re(QStringLiteral(R"(\]\(\s*<?attachment:([0-9a-f]{64})\b)"));
    QStringList ids;
    if (!markdown.contains(QLatin1String("attachment:")))
        return ids;
    for (auto it = re.globalMatch(markdown); it.hasNext();) {
        const QString id = it.next().captured(1);
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

void AttachmentUsage::scan(const QString &markdown, const Use &use, const Report &report)
{
    for (const QString &id : referencedIds(markdown)) {
        if (report.attachmentIndex(id) < 0)
            m_missing << Missing{use, id};
        else
            m_uses[id] << use;
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
