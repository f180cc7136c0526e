// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/commands/ItemText.h"

#include <QCoreApplication>

namespace debrief {

QString ItemText::partName(ReportPart part)
{
    switch (part) {
    case ReportPart::Sections:
        return QCoreApplication::translate("ItemText", "Section");
    case ReportPart::Timeline:
        return QCoreApplication::translate("ItemText", "Timeline Entry");
    case ReportPart::ActionItems:
        return QCoreApplication::translate("ItemText", "Action Item");
    case ReportPart::Attachments:
        return QCoreApplication::translate("ItemText", "Attachment");
    }
    return {};
}

} // namespace debrief
