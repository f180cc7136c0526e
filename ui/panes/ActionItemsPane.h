// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;
class QAction;

namespace debrief {

class ActionItemsModel;
class ReportDocument;

// The action items table with its commands: add, remove, move, sort by column.
class ActionItemsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ActionItemsPane(ReportDocument *doc, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ActionItemsModel *model() const { return m_model; }
    QAction *addItemAction() const { return m_add; }
    QAction *removeItemAction() const { return m_remove; }

Q_SIGNALS:
    void message(const QString &text);

private:
    int currentSourceRow() const;
    void selectSourceRow(int row, int column = 0);
    void move(int delta);
    void updateActions();

    ReportDocument *m_doc;
    ActionItemsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_up;
    QAction *m_down;
    QAction *m_unsort;
};

} // namespace debrief
