// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "dialogs/ExportDialog.h"

#include <QMainWindow>

#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace debrief {

class ActionItemsPane;
class OverviewPane;
class PreviewPane;
class PartsModel;
class ReportDocument;
class SectionPane;
class SpellChecker;

// The editor's window: a navigation list of the report's parts beside the pane for the
// selected part, menus and toolbar, file handling, and undo across the whole report.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ReportDocument *document() const { return m_doc; }
    PartsModel *partsModel() const { return m_parts; }
    OverviewPane *overviewPane() const { return m_overview; }
    SectionPane *sectionPane() const { return m_sectionPane; }
    ActionItemsPane *actionItemsPane() const { return m_actionPane; }
    PreviewPane *previewPane() const { return m_preview; }
    QListView *navigation() const { return m_nav; }
    QAction *action(const QString &name) const;

    bool openFile(const QString &path);
    void openSample();
    void newFromTemplate(const QString &templateId);
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    // Markdown (.md) or HTML (.html) with an images folder beside; asks to open the result.
    // The format follows the suffix; `settings` adds the format's options.
    bool exportTo(const QString &path);
    // Turns a Markdown postmortem into a new, unsaved report and says what was mapped.
    bool importFrom(const QString &markdownPath);
    bool exportTo(const QString &path, const ExportDialog::Settings &settings);
    void selectPart(int partsRow);
    int currentPart() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    QAction *makeAction(const QString &name, const QString &text, const QString &icon,
                        const QKeySequence &key = {});
    void showPart(int partsRow);
    void showReadOnlyPart(int partsRow);
    void updateTitle();
    void updateSectionActions();
    bool confirmDiscard();
    void newReport();
    void open();
    void exportReport();
    void importMarkdown();
    std::optional<PdfExporter::Result> typesetPdf(const PdfExporter::Options &options,
                                                  QString *error);
    void fillRecentMenu();
    void addSection();
    void removeSection();
    void moveSection(int delta);
    void undoOrRedo(bool undo);
    void followChange(int partsRow);
    void showError(const QString &title, const QString &text);
    void restoreLayout();

    ReportDocument *m_doc;
    SpellChecker *m_spelling;
    PartsModel *m_parts;
    QSortFilterProxyModel *m_partsFilter;
    QLineEdit *m_find;
    QListView *m_nav;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    OverviewPane *m_overview;
    SectionPane *m_sectionPane;
    ActionItemsPane *m_actionPane;
    QPlainTextEdit *m_readOnly;
    PreviewPane *m_preview;
    QMenu *m_recent = nullptr;
    bool m_following = false;
};

} // namespace debrief
