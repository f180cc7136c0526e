// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

namespace debrief {

class AppActions;
class NavigationPanel;
class ReportDocument;
class SectionPane;

// The Section menu: add, rename, remove and move the section shown in the navigation, each
// one undo step, with the actions enabled only where they can act.
class SectionCommands : public QObject
{
    Q_OBJECT
public:
    SectionCommands(ReportDocument *doc, NavigationPanel *navigation, SectionPane *pane,
                    const AppActions &actions, QObject *parent = nullptr);

    void add();
    void remove();
    void move(int delta);
    // Enables the actions for the part now shown.
    void updateActions();

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    int currentSection() const;

    ReportDocument *m_doc;
    NavigationPanel *m_navigation;
    SectionPane *m_pane;
    const AppActions &m_actions;
};

} // namespace debrief
