#pragma once

namespace debrief {

// QUndoCommand::id() values: commands with the same id may merge.
enum CommandId { EditMetadataId = 1, EditSectionTextId, ReplaceItemId };

} // namespace debrief
