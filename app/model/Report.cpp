// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/Report.h"

#include <algorithm>

namespace debrief {

namespace {
template <typename List> int indexOfId(const List &list, const QString &id)
{
    const auto it =
        std::find_if(list.cbegin(), list.cend(), [&](const auto &item) { return item.id == id; });
    return it == list.cend() ? -1 : int(it - list.cbegin());
}
} // namespace

int Report::sectionIndex(const QString &id) const
{
    return indexOfId(sections, id);
}

int Report::attachmentIndex(const QString &id) const
{
    return indexOfId(attachments, id);
}

qsizetype Report::writtenSectionCount() const
{
    return std::count_if(sections.cbegin(), sections.cend(),
                         [](const Section &s) { return s.isWritten(); });
}

qsizetype Report::keyMomentCount() const
{
    return std::count_if(timeline.cbegin(), timeline.cend(),
                         [](const TimelineEntry &e) { return e.keyMoment; });
}

qsizetype Report::openActionItemCount() const
{
    return std::count_if(actionItems.cbegin(), actionItems.cend(),
                         [](const ActionItem &a) { return !a.isDone(); });
}

qint64 Report::attachmentBytes() const
{
    qint64 bytes = 0;
    for (const Attachment &a : attachments)
        bytes += a.size;
    return bytes;
}

} // namespace debrief
