// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace debrief {

// QUndoCommand::id() values: commands with the same id may merge.
enum CommandId { EditMetadataId = 1, EditSectionTextId, ReplaceItemId };

} // namespace debrief
