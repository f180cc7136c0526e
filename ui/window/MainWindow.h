// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMainWindow>

class QSplitter;
class QStackedWidget;

namespace debrief {

class ActionItemsPane;
class AppActions;
class DocumentManager;
class ExportController;
class ImportController;
class NavigationPanel;
class OverviewPane;
class PartsModel;
class PreviewPane;
class AttachmentsPane;
class MarkdownEditor;
class AttachmentController;
class ThumbnailCache;
class ReportDocument;
class SectionCommands;
class SectionPane;
class SpellChecker;
class TimelinePane;
class UndoFollower;

// The editor's window: lays out the navigation beside the pane of the selected part and the
// preview, builds the menus and toolbar from AppActions, and switches panes as parts are
// chosen. Everything else it delegates: the file life cycle to DocumentManager, import and
// export to their controllers, the Section menu to SectionCommands, undo to UndoFollower.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ReportDocument *document() const { return m_doc; }
    DocumentManager *documents() const { return m_files; }
    ExportController *exporter() const { return m_export; }
    ImportController *importer() const { return m_import; }
    NavigationPanel *navigation() const { return m_navigation; }
    const AppActions &actions() const;
    // Review without editing (View → Read Only, `debrief --read-only FILE`).
    void setReadOnly(bool readOnly);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildLayout();
    void buildMenus();
    void connectActions();
    void followDocument();
    void connectAttachments();
    // Adds dropped or pasted images and writes their references at the editor's cursor.
    void acceptImages(MarkdownEditor *editor, const QString &undoText);
    void showPart(int partsRow);
    void updateTitle();
    void applyReadOnly(bool readOnly); // the document's flag, carried to the panes
    void showStatus(const QString &text, int timeoutMs);
    void restoreLayout();
    void saveLayout();

    ReportDocument *m_doc;
    SpellChecker *m_spelling;
    PartsModel *m_parts;
    AppActions *m_actions;
    NavigationPanel *m_navigation;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    OverviewPane *m_overview;
    SectionPane *m_sectionPane;
    ActionItemsPane *m_actionPane;
    TimelinePane *m_timelinePane;
    ThumbnailCache *m_thumbnails;
    AttachmentController *m_attach;
    AttachmentsPane *m_attachmentsPane;
    PreviewPane *m_preview;
    DocumentManager *m_files;
    ImportController *m_import;
    ExportController *m_export;
    SectionCommands *m_sections;
    UndoFollower *m_undo;
};

} // namespace debrief
