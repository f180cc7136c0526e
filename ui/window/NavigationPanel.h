// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace debrief {

class PartsModel;

// The list of the report's parts with a "go to part" filter above it. Rows are always those
// of PartsModel (ReportParts' order), whatever the filter hides.
class NavigationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NavigationPanel(PartsModel *parts, QWidget *parent = nullptr);

    PartsModel *partsModel() const { return m_parts; }
    QListView *view() const { return m_view; }
    int currentPart() const;
    // Selects the part (clearing the filter); partChosen follows even when it was current.
    void selectPart(int row);
    void selectPrevious();
    void selectNext();
    void focusFilter();
    void renameCurrent();

Q_SIGNALS:
    void partChosen(int row);
    // Return in the filter chose a part: the window moves the focus to its pane.
    void filterAccepted();

private:
    PartsModel *m_parts;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_find;
    QListView *m_view;
};

} // namespace debrief
