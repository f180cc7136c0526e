// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "controllers/SectionCommands.h"

#include "document/ReportDocument.h"
#include "editor/MarkdownEditor.h"
#include "format/ReportJson.h"
#include "models/PartsModel.h"
#include "panes/SectionPane.h"
#include "window/AppActions.h"
#include "window/NavigationPanel.h"

#include <QAction>
#include <QKeySequence>
#include <QLineEdit>

namespace debrief {

SectionCommands::SectionCommands(ReportDocument *doc, NavigationPanel *navigation,
                                 SectionPane *pane, const AppActions &actions, QObject *parent)
    : QObject(parent)
    , m_doc(doc)
    , m_navigation(navigation)
    , m_pane(pane)
    , m_actions(actions)
{
    connect(actions.sectionAdd, &QAction::triggered, this, &SectionCommands::add);
    connect(actions.sectionRename, &QAction::triggered, navigation,
            &NavigationPanel::renameCurrent);
    connect(actions.sectionRemove, &QAction::triggered, this, &SectionCommands::remove);
    connect(actions.sectionUp, &QAction::triggered, this, [this] { move(-1); });
    connect(actions.sectionDown, &QAction::triggered, this, [this] { move(+1); });
    PartsModel *parts = navigation->partsModel();
    connect(parts, &QAbstractItemModel::rowsMoved, this, &SectionCommands::updateActions);
    connect(parts, &QAbstractItemModel::rowsRemoved, this, &SectionCommands::updateActions);
    connect(m_doc, &ReportDocument::readOnlyChanged, this, &SectionCommands::updateActions);
}

int SectionCommands::currentSection() const
{
    return m_navigation->partsModel()->sectionIndexAt(m_navigation->currentPart());
}

void SectionCommands::updateActions()
{
    // Read-only review offers none of these; -1 stands for "no section to act on".
    const int section = m_doc->isReadOnly() ? -1 : currentSection();
    const int count = m_doc->itemCount(ReportPart::Sections);
    m_actions.sectionAdd->setEnabled(!m_doc->isReadOnly());
    m_actions.sectionRename->setEnabled(section >= 0);
    m_actions.sectionRemove->setEnabled(section >= 0);
    m_actions.sectionUp->setEnabled(section > 0);
    m_actions.sectionDown->setEnabled(section >= 0 && section < count - 1);
    for (QAction *a : m_pane->editor()->formattingActions())
        a->setEnabled(section >= 0);
}

void SectionCommands::add()
{
    const int current = currentSection();
    const int at = current >= 0 ? current + 1 : m_doc->itemCount(ReportPart::Sections);
    Section s;
    s.id = QStringLiteral("custom-") + ReportJson::newId().left(8);
    s.title = tr("New Section");
    m_doc->insertItem(at, s);
    m_navigation->selectPart(m_navigation->partsModel()->rowForSection(at));
    m_pane->titleEdit()->setFocus();
    m_pane->titleEdit()->selectAll();
}

void SectionCommands::remove()
{
    const int section = currentSection();
    if (section < 0)
        return;
    const QString title = m_doc->report().sections[section].title;
    m_doc->removeItem(ReportPart::Sections, section);
    const int remaining = m_doc->itemCount(ReportPart::Sections);
    m_navigation->selectPart(remaining == 0 ? 0
                                            : m_navigation->partsModel()->rowForSection(
                                                  std::min(section, remaining - 1)));
    Q_EMIT statusMessage(
        tr("Removed “%1”. %2 brings it back.")
            .arg(title, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        8000);
}

void SectionCommands::move(int delta)
{
    const int section = currentSection();
    const int to = section + delta;
    if (section < 0 || to < 0 || to >= m_doc->itemCount(ReportPart::Sections))
        return;
    m_doc->moveItem(ReportPart::Sections, section, to);
    m_navigation->selectPart(m_navigation->partsModel()->rowForSection(to));
}

} // namespace debrief
