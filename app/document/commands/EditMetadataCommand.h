// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/ReportMetadata.h"

#include <QUndoCommand>

namespace debrief {

class ReportDocument;

class EditMetadataCommand : public QUndoCommand
{
public:
    EditMetadataCommand(ReportDocument *doc, ReportMetadata before, ReportMetadata after,
                        QString mergeKey);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ReportDocument *m_doc;
    ReportMetadata m_before;
    ReportMetadata m_after;
    QString m_mergeKey;
};

} // namespace debrief
