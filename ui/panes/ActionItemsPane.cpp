// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "panes/ActionItemsPane.h"

#include "document/ReportDocument.h"
#include "editor/MarkdownEditor.h"
#include "models/ActionItemDelegate.h"
#include "models/ActionItemsModel.h"
#include "panes/UndoShortcutFilter.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace debrief {

namespace {
constexpr int kBurstPauseMs = 1500; // typing after a pause this long is a new undo step
}

ActionItemsPane::ActionItemsPane(ReportDocument *doc, SpellChecker *spelling, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_model(new ActionItemsModel(doc, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_editor(new MarkdownEditor(spelling))
    , m_editorLabel(new QLabel)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ActionItemsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("actionItems"));
    m_view->setAccessibleName(tr("Action items"));
    m_view->setModel(m_proxy);
    auto *delegate = new ActionItemDelegate(m_view);
    m_view->setItemDelegate(delegate);
    connect(delegate, &ActionItemDelegate::rejected, this, &ActionItemsPane::message);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // report order until a header is clicked
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ActionItemsModel::Title, QHeaderView::Stretch);
    header->resizeSection(ActionItemsModel::Owner, 140);
    header->resizeSection(ActionItemsModel::Due, 110);
    header->resizeSection(ActionItemsModel::Tracker, 220);

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add =
        toolbar->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Action Item"));
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_remove = toolbar->addAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_up = toolbar->addAction(QIcon::fromTheme(QStringLiteral("go-up")), tr("Move &Up"));
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_down = toolbar->addAction(QIcon::fromTheme(QStringLiteral("go-down")), tr("Move &Down"));
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_unsort =
        toolbar->addAction(QIcon::fromTheme(QStringLiteral("view-sort")), tr("Report &Order"));
    m_unsort->setToolTip(tr("Show the items in the report's own order, which can be rearranged"));
    for (QAction *a : {m_add, m_remove, m_up, m_down, m_unsort}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(a);
    }

    auto *hint = new QLabel(tr("Double-click or start typing to edit a cell. Drag rows, or use "
                               "Alt+Up and Alt+Down, to change the order."));
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(buildEditorArea());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    layout->addWidget(hint);
    UndoShortcutFilter::installOn(this); // Ctrl+Z in the description is the report's undo

    connect(m_add, &QAction::triggered, this, [this] {
        const int current = currentSourceRow();
        const int row = m_model->addItem(current < 0 ? -1 : current + 1);
        selectSourceRow(row, ActionItemsModel::Title);
        m_view->edit(m_view->currentIndex());
    });
    connect(m_remove, &QAction::triggered, this, [this] {
        const int row = currentSourceRow();
        if (row < 0)
            return;
        m_model->removeItem(row);
        selectSourceRow(std::min(row, m_model->rowCount() - 1));
    });
    connect(m_up, &QAction::triggered, this, [this] { move(-1); });
    connect(m_down, &QAction::triggered, this, [this] { move(+1); });
    connect(m_unsort, &QAction::triggered, this, [this] {
        m_view->sortByColumn(-1, Qt::AscendingOrder);
        m_proxy->sort(-1);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ActionItemsPane::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ActionItemsPane::loadEditor);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActionItemsPane::loadEditor);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ActionItemsPane::loadEditor);
    connect(m_editor, &MarkdownEditor::userEdited, this, &ActionItemsPane::pushDescription);
    connect(m_doc, &ReportDocument::rowChanged, this, [this](ReportPart part, int row) {
        if (part == ReportPart::ActionItems)
            followItem(row);
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ActionItemsPane::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActionItemsPane::updateActions);
    connect(m_doc, &ReportDocument::readOnlyChanged, this, &ActionItemsPane::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ActionItemsPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActionItemsPane::updateActions);
    updateActions();
    loadEditor();
}

QWidget *ActionItemsPane::buildEditorArea()
{
    m_editor->setObjectName(QStringLiteral("actionDescription"));
    m_editor->setAccessibleName(tr("Action item description"));
    m_editor->setPlaceholderText(
        tr("What the title alone does not say, in Markdown: the why, the steps, links."));
    m_editorLabel->setBuddy(m_editor);
    m_editorLabel->setWordWrap(true);
    auto *area = new QWidget;
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editorLabel);
    layout->addWidget(m_editor, 1);
    return area;
}

void ActionItemsPane::loadEditor()
{
    const int row = currentSourceRow();
    const QString id = row >= 0 ? m_doc->report().actionItems.at(row).id : QString();
    if (id == m_itemId && !id.isEmpty())
        return;
    m_itemId = id;
    ++m_burst;
    m_editor->setEnabled(row >= 0);
    m_editor->setMarkdown(row >= 0 ? m_doc->report().actionItems.at(row).description : QString());
    m_editorLabel->setText(
        row >= 0 ? tr("&Description of “%1”").arg(m_doc->report().actionItems.at(row).title)
                 : tr("Select an action item to write its description."));
}

void ActionItemsPane::followItem(int row)
{
    if (m_pushing || m_doc->report().actionItems.at(row).id != m_itemId)
        return;
    const ActionItem &a = m_doc->report().actionItems.at(row);
    if (m_editor->toPlainText() != a.description)
        m_editor->setMarkdown(a.description); // undo, redo
    m_editorLabel->setText(tr("&Description of “%1”").arg(a.title));
}

int ActionItemsPane::editedRow() const
{
    const QList<ActionItem> &items = m_doc->report().actionItems;
    for (int row = 0; row < items.size(); ++row) {
        if (items[row].id == m_itemId)
            return row;
    }
    return -1;
}

void ActionItemsPane::pushDescription()
{
    const int row = editedRow();
    if (row < 0)
        return;
    if (!m_typing.isValid() || m_typing.elapsed() > kBurstPauseMs)
        ++m_burst;
    m_typing.restart();
    ActionItem a = m_doc->report().actionItems.at(row);
    a.description = m_editor->toPlainText();
    m_pushing = true;
    m_doc->replaceItem(row, a, QStringLiteral("action-description:%1:%2").arg(a.id).arg(m_burst),
                       tr("Edit Action Item Description"));
    m_pushing = false;
}

int ActionItemsPane::currentSourceRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void ActionItemsPane::selectSourceRow(int row, int column)
{
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, column));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ActionItemsPane::move(int delta)
{
    const int row = currentSourceRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_model->rowCount())
        return;
    const int column = m_view->currentIndex().column();
    m_model->moveItem(row, to);
    selectSourceRow(to, column);
}

void ActionItemsPane::updateActions()
{
    // Moving rows only makes sense in the report's own order, not in a sorted view.
    const bool unsorted = m_proxy->sortColumn() < 0;
    const int row = currentSourceRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(unsorted && row > 0);
    m_down->setEnabled(unsorted && row >= 0 && row < m_model->rowCount() - 1);
    m_unsort->setEnabled(!unsorted);
    const bool editable = !m_doc->isReadOnly();
    m_view->setDragEnabled(unsorted && editable);
    m_add->setEnabled(editable);
    if (!editable) {
        for (QAction *a : {m_remove, m_up, m_down})
            a->setEnabled(false);
    }
}

} // namespace debrief
