// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolBar;

namespace debrief {

class MarkdownEditor;
class ReportDocument;
class SpellChecker;

// One section: its title and its Markdown, edited through the document's undo stack. The
// pane follows its section by id, so it stays right when sections move around it.
class SectionPane : public QWidget
{
    Q_OBJECT
public:
    SectionPane(ReportDocument *doc, SpellChecker *spelling, QWidget *parent = nullptr);

    void setSection(int index);
    int section() const;
    MarkdownEditor *editor() const { return m_editor; }
    QLineEdit *titleEdit() const { return m_title; }

Q_SIGNALS:
    void wordCountChanged(int words);

private:
    void load();
    void pushEdit();

    ReportDocument *m_doc;
    QString m_sectionId;
    QLineEdit *m_title;
    QLabel *m_help;
    MarkdownEditor *m_editor;
    QToolBar *m_toolbar;
    QLabel *m_words;
    bool m_pushing = false;
};

} // namespace debrief
