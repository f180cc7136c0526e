// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "window/MainWindow.h"

#include "IconTheme.h"
#include "controllers/AttachmentController.h"
#include "controllers/DocumentManager.h"
#include "controllers/ExportController.h"
#include "controllers/ImageDownloader.h"
#include "controllers/ImportController.h"
#include "controllers/SectionCommands.h"
#include "controllers/UndoFollower.h"
#include "document/ReportDocument.h"
#include "editor/MarkdownEditor.h"
#include "editor/MarkdownHighlighter.h"
#include "editor/SpellChecker.h"
#include "models/PartsModel.h"
#include "models/ThumbnailCache.h"
#include "panes/ActionItemsPane.h"
#include "panes/AttachmentsPane.h"
#include "panes/OverviewPane.h"
#include "panes/SectionPane.h"
#include "panes/TimelinePane.h"
#include "preview/PreviewPane.h"
#include "window/AppActions.h"
#include "window/NavigationPanel.h"
#include "window/ReadOnlyWidgets.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThreadPool>
#include <QToolBar>
#include <QUndoStack>

namespace debrief {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_doc((IconTheme::ensureInstalled(), new ReportDocument(this)))
    , m_spelling(new SpellChecker(QStringLiteral("en_US"), this))
    , m_parts(new PartsModel(m_doc, this))
    , m_actions(new AppActions(this))
    , m_navigation(new NavigationPanel(m_parts))
    , m_stack(new QStackedWidget)
    , m_splitter(new QSplitter)
    , m_overview(new OverviewPane(m_doc))
    , m_sectionPane(new SectionPane(m_doc, m_spelling))
    , m_actionPane(new ActionItemsPane(m_doc, m_spelling))
    , m_timelinePane(new TimelinePane(m_doc, m_spelling))
    , m_thumbnails(new ThumbnailCache(&m_doc->attachments(), this))
    , m_attach(new AttachmentController(m_doc, this))
    , m_attachmentsPane(new AttachmentsPane(m_doc, m_thumbnails, m_attach))
    , m_preview(new PreviewPane(m_doc))
    , m_files(new DocumentManager(m_doc, this))
    , m_import(new ImportController(m_files, this))
    , m_export(new ExportController(m_doc, this))
    , m_sections(new SectionCommands(m_doc, m_navigation, m_sectionPane, *m_actions, this))
    , m_undo(new UndoFollower(m_doc, m_navigation, m_actions->editUndo, m_actions->editRedo, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    buildLayout();
    buildMenus();
    connectActions();
    followDocument();
    connectAttachments();
    resize(1280, 800);
    restoreLayout();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Children are destroyed after this body; the document's last signals (its undo stack
    // clearing) must not reach controllers and panes that are already half gone.
    m_doc->blockSignals(true);
    m_doc->undoStack()->blockSignals(true);
    // Thumbnail workers read the document's attachment store, which goes first among the
    // children: let them end while it is still there.
    QThreadPool::globalInstance()->waitForDone();
}

const AppActions &MainWindow::actions() const
{
    return *m_actions;
}

void MainWindow::buildLayout()
{
    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_sectionPane);
    m_stack->addWidget(m_actionPane);
    m_stack->addWidget(m_timelinePane);
    m_stack->addWidget(m_attachmentsPane);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 1000});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    // The preview sits beside the editor, can be hidden, or floated off as its own window.
    auto *dock = new QDockWidget(tr("Preview"), this);
    dock->setObjectName(QStringLiteral("previewDock"));
    dock->setWidget(m_preview);
    dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {460}, Qt::Horizontal);
}

void MainWindow::buildMenus()
{
    const AppActions &a = *m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({a.fileNew, a.fileOpen});
    QMenu *recent =
        file->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    connect(recent, &QMenu::aboutToShow, m_files,
            [this, recent] { m_files->fillRecentMenu(recent); });
    file->addSeparator();
    file->addActions({a.fileSave, a.fileSaveAs, a.fileImport, a.fileExport});
    file->addSeparator();
    a.fileKeepBackup->setCheckable(true);
    a.fileKeepBackup->setChecked(DocumentManager::keepsBackup());
    a.fileKeepBackup->setToolTip(
        tr("Keep the previous version of the report as NAME.pmd~ each time it is saved"));
    connect(a.fileKeepBackup, &QAction::toggled, this, &DocumentManager::setKeepsBackup);
    file->addSeparator();
    file->addActions({a.fileClose, a.fileQuit});

    menuBar()->addMenu(tr("&Edit"))->addActions({a.editUndo, a.editRedo});
    QMenu *sections = menuBar()->addMenu(tr("&Section"));
    sections->addActions({a.sectionAdd, a.sectionRename, a.sectionRemove});
    sections->addSeparator();
    sections->addActions({a.sectionUp, a.sectionDown});
    menuBar()->addMenu(tr("F&ormat"))->addActions(m_sectionPane->editor()->formattingActions());
    QMenu *timeline = menuBar()->addMenu(tr("&Timeline"));
    timeline->setObjectName(QStringLiteral("timelineMenu"));
    timeline->addAction(m_timelinePane->importChatAction());
    addAction(m_timelinePane->importChatAction()); // its shortcut works in every pane
    // From any part: the imported entries are shown where they went.
    connect(m_timelinePane->importChatAction(), &QAction::triggered, this, [this] {
        m_navigation->selectPart(m_parts->rowForKind(ReportParts::Kind::Timeline));
        m_timelinePane->view()->setFocus();
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({a.viewPreviousPart, a.viewNextPart, a.viewGoTo});
    view->addSeparator();
    a.viewReadOnly->setCheckable(true);
    a.viewReadOnly->setToolTip(tr("Review the report without changing it: every editing action "
                                  "is off; reading, navigation, the preview and export work"));
    view->addAction(a.viewReadOnly);
    connect(a.viewReadOnly, &QAction::toggled, m_doc, &ReportDocument::setReadOnly);
    connect(m_doc, &ReportDocument::readOnlyChanged, this, &MainWindow::applyReadOnly);
    // The document may be opened read only by others than the menu (a locked file).
    connect(m_doc, &ReportDocument::readOnlyChanged, a.viewReadOnly, &QAction::setChecked);
    // Another report replacing this one is not under review.
    connect(m_doc, &ReportDocument::reportReset, a.viewReadOnly,
            [action = a.viewReadOnly] { action->setChecked(false); });
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({a.fileNew, a.fileOpen, a.fileSave});
    toolbar->addSeparator();
    toolbar->addActions({a.editUndo, a.editRedo});
    toolbar->addSeparator();
    toolbar->addAction(a.sectionAdd);
    view->addSeparator();
    QAction *preview = findChild<QDockWidget *>(QStringLiteral("previewDock"))->toggleViewAction();
    preview->setObjectName(QStringLiteral("viewPreview"));
    preview->setText(tr("Show &Preview"));
    preview->setShortcut(QKeySequence(Qt::Key_F9));
    preview->setIcon(QIcon::fromTheme(QStringLiteral("view-preview")));
    addAction(preview);
    view->addActions({preview, toolbar->toggleViewAction()});
    menuBar()->addMenu(tr("&Help"))->addAction(a.helpAbout);
}

void MainWindow::connectActions()
{
    const AppActions &a = *m_actions;
    connect(a.fileNew, &QAction::triggered, m_files, &DocumentManager::newReport);
    connect(a.fileOpen, &QAction::triggered, m_files, &DocumentManager::open);
    connect(a.fileSave, &QAction::triggered, m_files, &DocumentManager::save);
    connect(a.fileSaveAs, &QAction::triggered, m_files, &DocumentManager::saveAs);
    connect(a.fileImport, &QAction::triggered, m_import, &ImportController::importMarkdown);
    connect(a.fileExport, &QAction::triggered, m_export, &ExportController::exportReport);
    connect(a.fileClose, &QAction::triggered, this, &QWidget::close);
    connect(a.fileQuit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(a.viewPreviousPart, &QAction::triggered, m_navigation,
            &NavigationPanel::selectPrevious);
    connect(a.viewNextPart, &QAction::triggered, m_navigation, &NavigationPanel::selectNext);
    connect(a.viewGoTo, &QAction::triggered, m_navigation, &NavigationPanel::focusFilter);
    connect(a.helpAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Debrief"),
                           tr("<b>Debrief %1</b><p>An editor for incident postmortems.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::followDocument()
{
    connect(m_navigation, &NavigationPanel::partChosen, this, &MainWindow::showPart);
    connect(m_navigation, &NavigationPanel::filterAccepted, this,
            [this] { m_stack->currentWidget()->setFocus(); });
    connect(m_doc, &ReportDocument::reportReset, this, [this] { m_navigation->selectPart(0); });
    connect(m_doc, &ReportDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &ReportDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_files, &DocumentManager::importRequested, m_import, &ImportController::importFrom);
    connect(m_undo, &UndoFollower::stepped, this,
            [this] { showPart(m_navigation->currentPart()); });
    connect(m_files, &DocumentManager::statusMessage, this, &MainWindow::showStatus);
    connect(m_export, &ExportController::statusMessage, this, &MainWindow::showStatus);
    connect(m_sections, &SectionCommands::statusMessage, this, &MainWindow::showStatus);
    connect(m_actionPane, &ActionItemsPane::message, this,
            [this](const QString &text) { showStatus(text, 8000); });
    // The preview follows the author to the block being edited.
    connect(m_sectionPane->editor(), &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (m_preview->isVisible() && m_stack->currentWidget() == m_sectionPane) {
            m_preview->followSection(m_sectionPane->section(),
                                     m_sectionPane->editor()->textCursor().blockNumber() + 1);
        }
    });
}

void MainWindow::connectAttachments()
{
    m_thumbnails->setDevicePixelRatio(devicePixelRatioF());
    m_timelinePane->setThumbnails(m_thumbnails);
    acceptImages(m_sectionPane->editor(), tr("Insert Image"));
    acceptImages(m_timelinePane->editor(), tr("Insert Image into Entry"));
    // References to images the report does not hold are underlined in both editors.
    for (MarkdownEditor *editor : {m_sectionPane->editor(), m_timelinePane->editor()}) {
        editor->highlighter()->setAttachmentCheck(
            [this](const QString &id) { return m_doc->report().attachmentIndex(id) >= 0; });
    }
    auto rehighlight = [this](ReportPart part) {
        if (part != ReportPart::Attachments)
            return;
        m_sectionPane->editor()->highlighter()->rehighlight();
        m_timelinePane->editor()->highlighter()->rehighlight();
    };
    connect(m_doc, &ReportDocument::rowsInserted, this, rehighlight);
    connect(m_doc, &ReportDocument::rowsRemoved, this, rehighlight);
    connect(
        m_timelinePane, &TimelinePane::imagesDropped, this, [this](int row, const QMimeData *data) {
            m_attach->addAndInsert(data, tr("Add Image to Entry"), [this, row](const QString &md) {
                m_timelinePane->appendToDescription(row, md);
            });
        });
    connect(m_attach, &AttachmentController::statusMessage, this, &MainWindow::showStatus);
    connect(m_files, &DocumentManager::recoverInNewWindow, this,
            [](const AutoSaver::Recoverable &r) {
                auto *other = new MainWindow;
                other->setAttribute(Qt::WA_DeleteOnClose);
                other->show();
                other->documents()->recover(r);
            });
    auto *downloader = new ImageDownloader(m_doc, this);
    connect(m_attachmentsPane, &AttachmentsPane::downloadRequested, downloader,
            &ImageDownloader::downloadAll);
    connect(m_preview, &PreviewPane::downloadImageRequested, downloader,
            [downloader](const QString &url) { downloader->start({url}); });
    connect(downloader, &ImageDownloader::statusMessage, this, &MainWindow::showStatus);
    connect(m_attachmentsPane, &AttachmentsPane::message, this, &MainWindow::showStatus);
    connect(m_attachmentsPane, &AttachmentsPane::sectionRequested, this,
            [this](int section) { m_navigation->selectPart(m_parts->rowForSection(section)); });
    connect(m_attachmentsPane, &AttachmentsPane::timelineEntryRequested, this, [this](int row) {
        m_navigation->selectPart(m_parts->rowForKind(ReportParts::Kind::Timeline));
        m_timelinePane->selectRows({row}, row);
    });
    connect(m_attachmentsPane, &AttachmentsPane::insertRequested, this,
            [this](const QStringList &ids) {
                const int section = std::max(0, m_sectionPane->section());
                if (m_doc->itemCount(ReportPart::Sections) == 0)
                    return;
                m_navigation->selectPart(m_parts->rowForSection(section));
                MarkdownEditor *editor = m_sectionPane->editor();
                QTextCursor cursor = editor->textCursor();
                cursor.insertText(m_attach->markdownFor(ids));
                editor->setTextCursor(cursor);
                editor->setFocus();
            });
}

void MainWindow::acceptImages(MarkdownEditor *editor, const QString &undoText)
{
    editor->setImageHandler({&AttachmentController::hasImages,
                             [this, undoText](const QMimeData *data,
                                              const std::function<void(const QString &)> &insert) {
                                 m_attach->addAndInsert(data, undoText, insert);
                             }});
}

void MainWindow::showPart(int partsRow)
{
    const ReportParts::Part part = ReportParts(m_doc->itemCount(ReportPart::Sections)).at(partsRow);
    switch (part.kind) {
    case ReportParts::Kind::Overview:
        m_stack->setCurrentWidget(m_overview);
        break;
    case ReportParts::Kind::Section:
        if (m_sectionPane->section() != part.section)
            m_sectionPane->setSection(part.section);
        m_stack->setCurrentWidget(m_sectionPane);
        break;
    case ReportParts::Kind::ActionItems:
        m_stack->setCurrentWidget(m_actionPane);
        break;
    case ReportParts::Kind::Timeline:
        m_stack->setCurrentWidget(m_timelinePane);
        break;
    case ReportParts::Kind::Attachments:
        m_stack->setCurrentWidget(m_attachmentsPane);
        break;
    }
    m_sections->updateActions();
    m_preview->showPart(part); // the preview shows the same part
}

void MainWindow::setReadOnly(bool readOnly)
{
    m_actions->viewReadOnly->setChecked(readOnly);
}

void MainWindow::applyReadOnly(bool readOnly)
{
    ReadOnlyWidgets::apply(m_stack, readOnly);
    m_actions->fileSave->setEnabled(!readOnly);
    m_actions->fileImport->setEnabled(!readOnly);
    updateTitle();
    showStatus(readOnly ? tr("Read only: nothing in the report can be changed until View → "
                             "Read Only is turned off.")
                        : tr("Editing again."),
               6000);
}

void MainWindow::updateTitle()
{
    const QString path = m_doc->filePath();
    setWindowFilePath(path);
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(m_doc->isReadOnly() ? tr("%1[*] (read only) — Debrief").arg(name)
                                       : tr("%1[*] — Debrief").arg(name));
    setWindowModified(m_doc->isModified());
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->confirmDiscard()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_files->acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (m_files->drop(event->mimeData()))
        event->acceptProposedAction();
}

} // namespace debrief
