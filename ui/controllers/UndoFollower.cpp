// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "controllers/UndoFollower.h"

#include "document/ReportDocument.h"
#include "models/PartsModel.h"
#include "window/NavigationPanel.h"

#include <QAction>
#include <QUndoStack>

namespace debrief {

UndoFollower::UndoFollower(ReportDocument *doc, NavigationPanel *navigation, QAction *undo,
                           QAction *redo, QObject *parent)
    : QObject(parent)
    , m_doc(doc)
    , m_navigation(navigation)
    , m_undo(undo)
    , m_redo(redo)
{
    connect(undo, &QAction::triggered, this, &UndoFollower::undo);
    connect(redo, &QAction::triggered, this, &UndoFollower::redo);
    QUndoStack *stack = doc->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &UndoFollower::updateActions);
    connect(stack, &QUndoStack::cleanChanged, this, &UndoFollower::updateActions);
    connect(doc, &ReportDocument::readOnlyChanged, this, &UndoFollower::updateActions);
    updateActions();

    PartsModel *parts = navigation->partsModel();
    connect(doc, &ReportDocument::sectionTextChanged, this,
            [this, parts](int section) { follow(parts->rowForSection(section)); });
    // The timeline's own settings (UTC, gap threshold) live in the metadata but are shown
    // in the timeline pane.
    m_metadata = doc->report().metadata;
    connect(doc, &ReportDocument::reportReset, this,
            [this] { m_metadata = m_doc->report().metadata; });
    connect(doc, &ReportDocument::metadataChanged, this, [this, parts] {
        const ReportMetadata &now = m_doc->report().metadata;
        ReportMetadata rest = now;
        rest.timelineInUtc = m_metadata.timelineInUtc;
        rest.gapMinutes = m_metadata.gapMinutes;
        const bool timelineOnly = rest == m_metadata;
        m_metadata = now;
        follow(parts->rowForKind(timelineOnly ? PartsModel::Kind::Timeline
                                              : PartsModel::Kind::Overview));
    });
    auto followRow = [this, parts](ReportPart part, int row) {
        if (part == ReportPart::Sections)
            follow(parts->rowForSection(std::min(row, m_doc->itemCount(ReportPart::Sections) - 1)));
        else if (part == ReportPart::ActionItems)
            follow(parts->rowForKind(PartsModel::Kind::ActionItems));
        else if (part == ReportPart::Timeline)
            follow(parts->rowForKind(PartsModel::Kind::Timeline));
    };
    connect(doc, &ReportDocument::rowChanged, this, followRow);
    connect(doc, &ReportDocument::rowsInserted, this, followRow);
    connect(doc, &ReportDocument::rowsRemoved, this, followRow);
    connect(doc, &ReportDocument::rowMoved, this,
            [followRow](ReportPart part, int, int to) { followRow(part, to); });
    connect(doc, &ReportDocument::rowsReordered, this,
            [followRow](ReportPart part) { followRow(part, 0); });
}

void UndoFollower::step(bool undo)
{
    m_following = true;
    if (undo)
        m_doc->undoStack()->undo();
    else
        m_doc->undoStack()->redo();
    m_following = false;
    Q_EMIT stepped();
}

void UndoFollower::follow(int partsRow)
{
    if (m_following && partsRow != m_navigation->currentPart())
        m_navigation->selectPart(partsRow);
}

void UndoFollower::updateActions()
{
    const QUndoStack *stack = m_doc->undoStack();
    const bool editable = !m_doc->isReadOnly(); // undoing is editing too
    m_undo->setEnabled(editable && stack->canUndo());
    m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setEnabled(editable && stack->canRedo());
    m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

} // namespace debrief
