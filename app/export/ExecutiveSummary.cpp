// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/ExecutiveSummary.h"

#include "export/ExportText.h"

#include <QRegularExpression>

#include <algorithm>

namespace debrief {

namespace {

// What an executive reads: what happened, what it cost, and why (the root cause).
bool isSummarySection(const Section &s)
{
    static const QStringList ids{QStringLiteral("summary"),
                                 QStringLiteral("executive-summary"),
                                 QStringLiteral("overview"),
                                 QStringLiteral("impact"),
                                 QStringLiteral("what-happened"),
                                 QStringLiteral("root-cause"),
                                 QStringLiteral("root-causes"),
                                 QStringLiteral("root-cause-resolution"),
                                 QStringLiteral("contributing-factors")};
    const QString title = s.title.toLower();
    return ids.contains(s.id) || title.contains(QLatin1String("summary")) ||
           title.contains(QLatin1String("impact")) || title.contains(QLatin1String("root cause"));
}

} // namespace

QString ExecutiveSummary::shortened(const QString &markdown, qsizetype budget)
{
    if (markdown.size() <= budget)
        return markdown;
    static const QRegularExpression listItem(QStringLiteral("^([-*+]|\\d{1,9}[.)])\\s"));
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QString out;
    QString fence;
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        // Past the budget, stop where a block or a list item ends.
        if (fence.isEmpty() && out.size() >= budget &&
            (trimmed.isEmpty() || listItem.match(trimmed).hasMatch()))
            break;
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
            const QString marker = trimmed.left(3);
            fence = fence.isEmpty() ? marker : (marker == fence ? QString() : fence);
        }
        // One very long line (a paragraph without breaks): end it at a sentence, or a word.
        if (fence.isEmpty() && out.size() + line.size() > 2 * budget) {
            const qsizetype room = std::max<qsizetype>(budget - out.size(), budget / 4);
            qsizetype cut = line.lastIndexOf(QLatin1String(". "), room);
            cut = cut > 0 ? cut + 1 : line.lastIndexOf(QLatin1Char(' '), room);
            out += (cut > 0 ? line.left(cut) : line.left(room)) + QStringLiteral(" …\n");
            break;
        }
        out += line + QLatin1Char('\n');
    }
    if (!fence.isEmpty())
        out += fence + QLatin1Char('\n'); // never leave a code block open
    if (out.size() < markdown.size())
        out += QLatin1Char('\n') + ExportText::tr("*(Shortened: the full report has the rest.)*") +
               QLatin1Char('\n');
    return out;
}

Report ExecutiveSummary::select(const Report &full, int brevity)
{
    // Per step: characters kept of each section, key moments, open action items.
    static constexpr struct
    {
        qsizetype chars;
        int moments;
        int actions;
    } steps[kMaxBrevity + 1] = {
        {1 << 30, 1 << 30, 1 << 30}, {1500, 10, 12}, {800, 6, 8}, {400, 4, 5}};
    const auto &step = steps[std::clamp(brevity, 0, kMaxBrevity)];

    Report out;
    out.metadata = full.metadata;
    out.templateId = full.templateId;
    out.attachments = full.attachments;
    for (const Section &s : full.sections)
        if (isSummarySection(s))
            out.sections << s;
    if (out.sections.isEmpty() && !full.sections.isEmpty())
        out.sections << full.sections.first();
    // Past the first step, screenshots give way to text: each takes a third of a page.
    static const QRegularExpression imageLine(
        QStringLiteral("^[ \\t]*!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)[ \\t]*$"),
        QRegularExpression::MultilineOption);
    for (Section &s : out.sections) {
        if (brevity > 0)
            s.text.remove(imageLine);
        s.text = shortened(s.text, step.chars);
    }
    // A key moment's evidence stays while there is room: all of it at first, then the first
    // image of the first key moment that has one, then none.
    static const QRegularExpression image(QStringLiteral("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)"));
    bool imageKept = false;
    for (const TimelineEntry &e : full.timeline) {
        if (!e.keyMoment || out.timeline.size() >= step.moments)
            continue;
        TimelineEntry kept = e;
        const auto first = image.match(kept.description);
        if (brevity > 0 && first.hasMatch()) {
            const QString keep = brevity == 1 && !imageKept ? first.captured() : QString();
            imageKept = imageKept || !keep.isEmpty();
            kept.description = kept.description.remove(image).trimmed();
            if (!keep.isEmpty())
                kept.description += QStringLiteral("\n\n") + keep;
        }
        out.timeline << kept;
    }
    for (const ActionItem &a : full.actionItems)
        if (!a.isDone() && out.actionItems.size() < step.actions)
            out.actionItems << a;
    return out;
}

} // namespace debrief
