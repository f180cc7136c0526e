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

} // namespace debrief
