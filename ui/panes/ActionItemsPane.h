// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QAction;

namespace debrief {

class ActionItemsModel;
class MarkdownEditor;
class ReportDocument;
class SpellChecker;

// The action items table with its commands: add, remove, move, sort by column.
class ActionItemsPane : public QWidget
{
    Q_OBJECT
public:
    ActionItemsPane(ReportDocument *doc, SpellChecker *spelling, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ActionItemsModel *model() const { return m_model; }
    QAction *addItemAction() const { return m_add; }
    QAction *removeItemAction() const { return m_remove; }
    // The current item's description, in Markdown.
    MarkdownEditor *descriptionEditor() const { return m_editor; }

Q_SIGNALS:
    void message(const QString &text);

private:
    int currentSourceRow() const;
    void selectSourceRow(int row, int column = 0);
    void move(int delta);
    void updateActions();
    QWidget *buildEditorArea();
    // The current item's description into the editor (another item, or its text changed by
    // undo); and the editor's text back to the item, one undo step per burst of typing.
    void loadEditor();
    void followItem(int row);
    void pushDescription();
    int editedRow() const;

    ReportDocument *m_doc;
    ActionItemsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_up;
    QAction *m_down;
    QAction *m_unsort;
    MarkdownEditor *m_editor;
    QLabel *m_editorLabel;
    QString m_itemId; // the item the editor holds
    int m_burst = 0;
    QElapsedTimer m_typing;
    bool m_pushing = false;
};

} // namespace debrief
