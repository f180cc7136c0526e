// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "panes/TimelineTableView.h"

#include <QElapsedTimer>
#include <QWidget>

class QAction;
class QMimeData;
class QLabel;
class QSpinBox;
class QTableView;
class QToolBar;

namespace debrief {

class MarkdownEditor;
class ReportDocument;
class SpellChecker;
class ThumbnailCache;
class TimelineModel;
struct TimelineEntry;

// The timeline part: the entries as a table (drag rows, or Alt+Up/Down, to reorder) above the
// current entry's full description in the Markdown editor. Every edit goes through the
// document's undo stack; the editor follows undo without losing its place.
class TimelinePane : public QWidget
{
    Q_OBJECT
public:
    TimelinePane(ReportDocument *doc, SpellChecker *spelling, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    TimelineModel *model() const { return m_model; }
    MarkdownEditor *editor() const { return m_editor; }
    QList<QAction *> entryActions() const { return m_actions; }
    int currentRow() const;
    QList<int> selectedRows() const;
    void selectRows(const QList<int> &rows, int current);
    void setThumbnails(ThumbnailCache *thumbnails);
    // Adds `markdown` as a paragraph at the end of the entry's description.
    void appendToDescription(int row, const QString &markdown);
    QAction *importChatAction() const { return m_importChat; }
    // Timeline → Import from Chat or Log…: the dialog on `path` (asks for one when empty).
    void importChat(const QString &path = {});
    // Puts `chosen` among the timeline's by their times, in one undo step.
    void addEntries(const QList<TimelineEntry> &chosen);

Q_SIGNALS:
    // Image files or data dropped on the entry in `row` (the window adds them).
    void imagesDropped(int row, const QMimeData *data);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpTable();
    void fitTimeColumn();
    QWidget *buildEditorArea();
    void connectSignals();
    QAction *addEntryAction(const QString &text, const QString &icon,
                            const QList<QKeySequence> &keys, void (TimelinePane::*slot)());
    void buildActions();
    void buildTimeActions();
    QToolBar *buildToolbar();
    void addAfter() { addEntry(1); }
    void insertBefore() { addEntry(0); }
    void addEntry(int offset);
    void duplicate();
    void removeSelected();
    void toggleKeyMoment();
    void toggleApproximate();
    void sortByTime();
    void setDate();
    void importChatFromMenu() { importChat(); }
    void loadSettings(); // the UTC switch and the gap threshold from the report
    void moveUp() { shift(-1); }
    void moveDown() { shift(+1); }
    void shift(int delta);
    void moveDropped(const QList<int> &rows, int before);
    void updateActions();
    void loadEditor();
    int entryRow() const; // the row of the entry the editor shows, -1 when none
    void pushDescription();
    void followEntry(int row);

    ReportDocument *m_doc;
    TimelineModel *m_model;
    TimelineTableView *m_view;
    MarkdownEditor *m_editor;
    QLabel *m_editorLabel;
    QList<QAction *> m_actions;
    QAction *m_approximate = nullptr;
    QAction *m_sort = nullptr;
    QAction *m_setDate = nullptr;
    QAction *m_importChat = nullptr;
    QAction *m_utc = nullptr;
    QSpinBox *m_gap = nullptr;
    QString m_entryId;      // the entry whose description the editor shows
    QElapsedTimer m_typing; // a pause ends a typing burst: the next edit is a new undo step
    int m_burst = 0;
    bool m_pushing = false;
};

} // namespace debrief
