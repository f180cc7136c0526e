#pragma once

#include "document/ReportItem.h"

namespace debrief {

// Words for undo menu entries ("Add Timeline Entry").
class ItemText
{
public:
    static QString partName(ReportPart part);
};

} // namespace debrief
