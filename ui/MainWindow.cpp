// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MainWindow.h"

#include "IconTheme.h"
#include "RecentFiles.h"
#include "dialogs/TemplateChooser.h"
#include "document/ReportDocument.h"
#include "editor/MarkdownEditor.h"
#include "editor/SpellChecker.h"
#include "export/ExportWriter.h"
#include "export/HtmlExporter.h"
#include "export/MarkdownExporter.h"
#include "format/AttachmentStore.h"
#include "format/ReportJson.h"
#include "import/MarkdownImporter.h"
#include "models/PartsModel.h"
#include "panes/ActionItemsPane.h"
#include "panes/OverviewPane.h"
#include "panes/SectionPane.h"
#include "preview/PreviewPane.h"
#include "templates/TemplateLibrary.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace debrief {

namespace {
QString fileFilter()
{
    return QObject::tr("Debrief reports (*.pmd)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_doc((IconTheme::ensureInstalled(), new ReportDocument(this)))
    , m_spelling(new SpellChecker(QStringLiteral("en_US"), this))
    , m_parts(new PartsModel(m_doc, this))
    , m_partsFilter(new QSortFilterProxyModel(this))
    , m_find(new QLineEdit)
    , m_nav(new QListView)
    , m_stack(new QStackedWidget)
    , m_splitter(new QSplitter)
    , m_overview(new OverviewPane(m_doc))
    , m_sectionPane(new SectionPane(m_doc, m_spelling))
    , m_actionPane(new ActionItemsPane(m_doc))
    , m_readOnly(new QPlainTextEdit)
    , m_preview(new PreviewPane(m_doc))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    m_partsFilter->setSourceModel(m_parts);
    m_partsFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_find->setObjectName(QStringLiteral("findPart"));
    m_find->setPlaceholderText(tr("Go to part… (Ctrl+J)"));
    m_find->setClearButtonEnabled(true);
    m_nav->setObjectName(QStringLiteral("parts"));
    m_nav->setModel(m_partsFilter);
    m_nav->setDragDropMode(QAbstractItemView::InternalMove);
    m_nav->setDefaultDropAction(Qt::MoveAction);
    m_nav->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_nav->setUniformItemSizes(true);
    m_readOnly->setObjectName(QStringLiteral("partView"));
    m_readOnly->setReadOnly(true);

    auto *navPanel = new QWidget;
    auto *navLayout = new QVBoxLayout(navPanel);
    navLayout->setContentsMargins(0, 0, 0, 0);
    navLayout->addWidget(m_find);
    navLayout->addWidget(m_nav, 1);
    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_sectionPane);
    m_stack->addWidget(m_actionPane);
    m_stack->addWidget(m_readOnly);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(navPanel);
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

    createActions();
    connect(m_nav->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showPart(m_partsFilter->mapToSource(current).row());
            });
    connect(m_find, &QLineEdit::textChanged, m_partsFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (m_partsFilter->rowCount() == 0)
            return;
        const int row = m_partsFilter->mapToSource(m_partsFilter->index(0, 0)).row();
        m_find->clear();
        selectPart(row);
        m_stack->currentWidget()->setFocus();
    });
    connect(m_doc, &ReportDocument::reportReset, this, [this] { selectPart(0); });
    connect(m_doc, &ReportDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &ReportDocument::filePathChanged, this, &MainWindow::updateTitle);
    // The preview follows the author to the block being edited.
    connect(m_sectionPane->editor(), &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (m_preview->isVisible() && m_stack->currentWidget() == m_sectionPane) {
            m_preview->flush();
            m_preview->followSection(m_sectionPane->section(),
                                     m_sectionPane->editor()->textCursor().blockNumber() + 1);
        }
    });
    connect(m_actionPane, &ActionItemsPane::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    // Undo and redo show the part they change, so nothing changes out of sight.
    connect(m_doc, &ReportDocument::sectionTextChanged, this,
            [this](int section) { followChange(m_parts->rowForSection(section)); });
    connect(m_doc, &ReportDocument::metadataChanged, this, [this] { followChange(0); });
    auto followRow = [this](ReportPart part, int row) {
        if (part == ReportPart::Sections)
            followChange(
                m_parts->rowForSection(std::min(row, int(m_doc->report().sections.size()) - 1)));
        else if (part == ReportPart::ActionItems)
            followChange(m_parts->rowForKind(PartsModel::Kind::ActionItems));
    };
    connect(m_doc, &ReportDocument::rowChanged, this, followRow);
    connect(m_doc, &ReportDocument::rowsInserted, this, followRow);
    connect(m_doc, &ReportDocument::rowsRemoved, this, followRow);
    connect(m_doc, &ReportDocument::rowMoved, this,
            [followRow](ReportPart part, int, int to) { followRow(part, to); });
    connect(m_parts, &QAbstractItemModel::rowsMoved, this, &MainWindow::updateSectionActions);
    connect(m_parts, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateSectionActions);

    resize(1280, 800);
    restoreLayout();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Children are destroyed after this body; their last signals must not reach a window
    // that is already half gone.
    m_doc->disconnect(this);
    m_doc->undoStack()->disconnect(this);
}

QAction *MainWindow::makeAction(const QString &name, const QString &text, const QString &icon,
                                const QKeySequence &key)
{
    auto *a = new QAction(QIcon::fromTheme(icon), text, this);
    a->setObjectName(name);
    if (!key.isEmpty())
        a->setShortcut(key);
    addAction(a); // window-wide shortcut even when the menu bar is hidden
    return a;
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newReport = makeAction(QStringLiteral("fileNew"), tr("&New…"),
                                    QStringLiteral("document-new"), QKeySequence::New);
    connect(newReport, &QAction::triggered, this, &MainWindow::newReport);
    QAction *open = makeAction(QStringLiteral("fileOpen"), tr("&Open…"),
                               QStringLiteral("document-open"), QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::open);
    QAction *save = makeAction(QStringLiteral("fileSave"), tr("&Save"),
                               QStringLiteral("document-save"), QKeySequence::Save);
    connect(save, &QAction::triggered, this, &MainWindow::save);
    QAction *saveAs = makeAction(QStringLiteral("fileSaveAs"), tr("Save &As…"),
                                 QStringLiteral("document-save-as"), QKeySequence::SaveAs);
    connect(saveAs, &QAction::triggered, this, &MainWindow::saveAs);
    QAction *exportAction =
        makeAction(QStringLiteral("fileExport"), tr("&Export…"), QStringLiteral("document-export"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportReport);
    QAction *importAction = makeAction(QStringLiteral("fileImport"), tr("&Import Markdown…"),
                                       QStringLiteral("document-import"),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(importAction, &QAction::triggered, this, &MainWindow::importMarkdown);
    QAction *close = makeAction(QStringLiteral("fileClose"), tr("&Close"),
                                QStringLiteral("document-close"), QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    QAction *quit = makeAction(QStringLiteral("fileQuit"), tr("&Quit"),
                               QStringLiteral("application-exit"), QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    file->addAction(newReport);
    file->addAction(open);
    m_recent =
        file->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Open &Recent"));
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recent, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addAction(save);
    file->addAction(saveAs);
    file->addAction(importAction);
    file->addAction(exportAction);
    file->addSeparator();
    file->addAction(close);
    file->addAction(quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Our own actions wrap the stack's so that undo can bring the changed part into view;
    // their text still says what will be undone.
    QUndoStack *stack = m_doc->undoStack();
    QAction *undo = makeAction(QStringLiteral("editUndo"), tr("&Undo"), QStringLiteral("edit-undo"),
                               QKeySequence::Undo);
    QAction *redo = makeAction(QStringLiteral("editRedo"), tr("&Redo"), QStringLiteral("edit-redo"),
                               QKeySequence::Redo);
    connect(undo, &QAction::triggered, this, [this] { undoOrRedo(true); });
    connect(redo, &QAction::triggered, this, [this] { undoOrRedo(false); });
    auto updateUndo = [undo, redo, stack] {
        undo->setEnabled(stack->canUndo());
        undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        redo->setEnabled(stack->canRedo());
        redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, updateUndo);
    connect(stack, &QUndoStack::cleanChanged, this, updateUndo);
    updateUndo();
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *sections = menuBar()->addMenu(tr("&Section"));
    QAction *add =
        makeAction(QStringLiteral("sectionAdd"), tr("&Add Section"), QStringLiteral("list-add"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(add, &QAction::triggered, this, &MainWindow::addSection);
    QAction *rename = makeAction(QStringLiteral("sectionRename"), tr("&Rename Section"),
                                 QStringLiteral("edit-rename"), QKeySequence(Qt::Key_F2));
    connect(rename, &QAction::triggered, this, [this] {
        m_nav->setFocus();
        m_nav->edit(m_nav->currentIndex());
    });
    QAction *remove = makeAction(QStringLiteral("sectionRemove"), tr("R&emove Section"),
                                 QStringLiteral("list-remove"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    connect(remove, &QAction::triggered, this, &MainWindow::removeSection);
    QAction *up =
        makeAction(QStringLiteral("sectionUp"), tr("Move Section &Up"), QStringLiteral("go-up"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    connect(up, &QAction::triggered, this, [this] { moveSection(-1); });
    QAction *down =
        makeAction(QStringLiteral("sectionDown"), tr("Move Section &Down"),
                   QStringLiteral("go-down"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    connect(down, &QAction::triggered, this, [this] { moveSection(+1); });
    sections->addActions({add, rename, remove});
    sections->addSeparator();
    sections->addActions({up, down});

    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    format->addActions(m_sectionPane->editor()->formattingActions());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *previous =
        makeAction(QStringLiteral("viewPreviousPart"), tr("&Previous Part"),
                   QStringLiteral("go-previous"), QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(previous, &QAction::triggered, this,
            [this] { selectPart(std::max(0, currentPart() - 1)); });
    QAction *next =
        makeAction(QStringLiteral("viewNextPart"), tr("&Next Part"), QStringLiteral("go-next"),
                   QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(next, &QAction::triggered, this,
            [this] { selectPart(std::min(m_parts->rowCount() - 1, currentPart() + 1)); });
    QAction *goTo = makeAction(QStringLiteral("viewGoTo"), tr("&Go to Part…"),
                               QStringLiteral("go-jump"), QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(goTo, &QAction::triggered, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    view->addActions({previous, next, goTo});

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({newReport, open, save});
    toolbar->addSeparator();
    toolbar->addActions({undo, redo});
    toolbar->addSeparator();
    toolbar->addAction(add);
    view->addSeparator();
    QAction *preview = findChild<QDockWidget *>(QStringLiteral("previewDock"))->toggleViewAction();
    preview->setObjectName(QStringLiteral("viewPreview"));
    preview->setText(tr("Show &Preview"));
    preview->setShortcut(QKeySequence(Qt::Key_F9));
    preview->setIcon(QIcon::fromTheme(QStringLiteral("view-preview")));
    addAction(preview);
    view->addAction(preview);
    view->addAction(toolbar->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(
        QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Debrief"), this, [this] {
            QMessageBox::about(this, tr("About Debrief"),
                               tr("<b>Debrief %1</b><p>An editor for incident postmortems.</p>")
                                   .arg(QCoreApplication::applicationVersion()));
        });
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

int MainWindow::currentPart() const
{
    const QModelIndex current = m_nav->currentIndex();
    return current.isValid() ? m_partsFilter->mapToSource(current).row() : 0;
}

void MainWindow::selectPart(int partsRow)
{
    if (!m_find->text().isEmpty())
        m_find->clear();
    const QModelIndex index = m_partsFilter->mapFromSource(m_parts->index(partsRow, 0));
    if (index == m_nav->currentIndex())
        showPart(partsRow);
    else
        m_nav->setCurrentIndex(index);
}

void MainWindow::showPart(int partsRow)
{
    switch (m_parts->kindAt(partsRow)) {
    case PartsModel::Kind::Overview:
        m_stack->setCurrentWidget(m_overview);
        break;
    case PartsModel::Kind::Section:
        if (m_sectionPane->section() != m_parts->sectionIndexAt(partsRow))
            m_sectionPane->setSection(m_parts->sectionIndexAt(partsRow));
        m_stack->setCurrentWidget(m_sectionPane);
        break;
    case PartsModel::Kind::ActionItems:
        m_stack->setCurrentWidget(m_actionPane);
        break;
    case PartsModel::Kind::Timeline:
    case PartsModel::Kind::Attachments:
        showReadOnlyPart(partsRow);
        m_stack->setCurrentWidget(m_readOnly);
        break;
    }
    updateSectionActions();
    // The preview shows the same part.
    if (m_preview->isVisible()) {
        m_preview->flush();
        switch (m_parts->kindAt(partsRow)) {
        case PartsModel::Kind::Overview:
            m_preview->scrollToAnchor(QStringLiteral("title"));
            break;
        case PartsModel::Kind::Section:
            m_preview->followSection(m_parts->sectionIndexAt(partsRow), 0);
            break;
        case PartsModel::Kind::Timeline:
            m_preview->scrollToAnchor(QStringLiteral("timeline"));
            break;
        case PartsModel::Kind::ActionItems:
            m_preview->scrollToAnchor(QStringLiteral("action-items"));
            break;
        case PartsModel::Kind::Attachments:
            break;
        }
    }
}

void MainWindow::showReadOnlyPart(int partsRow)
{
    // The timeline and attachment editors are separate work; until then these parts are
    // shown as they are, so nothing in the report is hidden from its author.
    const Report &r = m_doc->report();
    QString text;
    if (m_parts->kindAt(partsRow) == PartsModel::Kind::Timeline) {
        for (const TimelineEntry &e : r.timeline)
            text += QStringLiteral("%1  %2%3\n")
                        .arg(e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             e.keyMoment ? QStringLiteral("★ ") : QString(), e.description);
        if (text.isEmpty())
            text = tr("No timeline entries.");
    } else {
        for (const Attachment &a : r.attachments)
            text += QStringLiteral("%1 (%2, %3 KiB)%4\n")
                        .arg(a.fileName, a.mediaType)
                        .arg((a.size + 1023) / 1024)
                        .arg(a.caption.isEmpty() ? QString() : QStringLiteral(" — ") + a.caption);
        if (text.isEmpty())
            text = tr("No attachments.");
    }
    m_readOnly->setPlainText(text);
}

void MainWindow::updateSectionActions()
{
    const int section = m_parts->sectionIndexAt(currentPart());
    const int count = int(m_doc->report().sections.size());
    action(QStringLiteral("sectionRename"))->setEnabled(section >= 0);
    action(QStringLiteral("sectionRemove"))->setEnabled(section >= 0);
    action(QStringLiteral("sectionUp"))->setEnabled(section > 0);
    action(QStringLiteral("sectionDown"))->setEnabled(section >= 0 && section < count - 1);
    for (QAction *a : m_sectionPane->editor()->formattingActions())
        a->setEnabled(section >= 0);
}

void MainWindow::followChange(int partsRow)
{
    if (m_following && partsRow != currentPart())
        selectPart(partsRow);
}

void MainWindow::undoOrRedo(bool undo)
{
    m_following = true;
    if (undo)
        m_doc->undoStack()->undo();
    else
        m_doc->undoStack()->redo();
    m_following = false;
    showPart(currentPart()); // e.g. a section title restored
}

void MainWindow::addSection()
{
    const int current = m_parts->sectionIndexAt(currentPart());
    const int at = current >= 0 ? current + 1 : int(m_doc->report().sections.size());
    Section s;
    s.id = QStringLiteral("custom-") + ReportJson::newId().left(8);
    s.title = tr("New Section");
    m_doc->insertItem(at, s);
    selectPart(m_parts->rowForSection(at));
    m_sectionPane->titleEdit()->setFocus();
    m_sectionPane->titleEdit()->selectAll();
}

void MainWindow::removeSection()
{
    const int section = m_parts->sectionIndexAt(currentPart());
    if (section < 0)
        return;
    const QString title = m_doc->report().sections[section].title;
    m_doc->removeItem(ReportPart::Sections, section);
    const int remaining = int(m_doc->report().sections.size());
    selectPart(remaining == 0 ? 0 : m_parts->rowForSection(std::min(section, remaining - 1)));
    statusBar()->showMessage(
        tr("Removed “%1”. %2 brings it back.")
            .arg(title, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        8000);
}

void MainWindow::moveSection(int delta)
{
    const int section = m_parts->sectionIndexAt(currentPart());
    const int to = section + delta;
    if (section < 0 || to < 0 || to >= m_doc->report().sections.size())
        return;
    m_doc->moveItem(ReportPart::Sections, section, to);
    selectPart(m_parts->rowForSection(to));
}

void MainWindow::updateTitle()
{
    const QString path = m_doc->filePath();
    setWindowFilePath(path);
    setWindowTitle(QStringLiteral("%1[*] — Debrief")
                       .arg(path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName()));
    setWindowModified(m_doc->isModified());
}

void MainWindow::showError(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    if (!m_doc->load(path, &error)) {
        showError(tr("Cannot open report"), tr("Debrief cannot open %1:\n%2").arg(path, error));
        return false;
    }
    RecentFiles::add(path);
    const QStringList warnings = m_doc->loadWarnings();
    if (!warnings.isEmpty())
        statusBar()->showMessage(warnings.size() == 1
                                     ? tr("Opened with a warning: %1").arg(warnings.first())
                                     : tr("Opened with %1 warnings; the first: %2")
                                           .arg(warnings.size())
                                           .arg(warnings.first()));
    else
        statusBar()->showMessage(tr("Opened %1").arg(path), 4000);
    return true;
}

void MainWindow::openSample()
{
    m_doc->reset(TemplateLibrary::sample());
}

void MainWindow::newFromTemplate(const QString &templateId)
{
    if (const auto t = TemplateLibrary::find(templateId))
        m_doc->reset(TemplateLibrary::instantiate(*t));
}

void MainWindow::newReport()
{
    if (!confirmDiscard())
        return;
    TemplateChooser chooser(this);
    if (chooser.exec() == QDialog::Accepted)
        newFromTemplate(chooser.templateId());
}

void MainWindow::open()
{
    if (!confirmDiscard())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Report"), QFileInfo(m_doc->filePath()).path(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::fillRecentMenu()
{
    m_recent->clear();
    const QStringList files = RecentFiles::list();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *a =
            m_recent->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()),
                                this, [this, path] {
                                    if (confirmDiscard())
                                        openFile(path);
                                });
        a->setToolTip(path);
    }
    if (files.isEmpty())
        m_recent->addAction(tr("No recent reports"))->setEnabled(false);
    m_recent->addSeparator();
    m_recent->addAction(tr("&Clear List"), this, [] { RecentFiles::clear(); })
        ->setEnabled(!files.isEmpty());
}

bool MainWindow::save()
{
    return m_doc->filePath().isEmpty() ? saveAs() : saveTo(m_doc->filePath());
}

bool MainWindow::saveAs()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Report"), m_doc->filePath(), fileFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".pmd")))
        path += QLatin1String(".pmd");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    QString error;
    if (!m_doc->save(path, &error)) {
        showError(tr("Cannot save report"),
                  tr("The report was not saved to %1:\n%2\n\nYour changes are still open here; "
                     "try another folder with Save As.")
                      .arg(path, error));
        return false;
    }
    RecentFiles::add(path);
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    return true;
}

void MainWindow::exportReport()
{
    const QFileInfo current(m_doc->filePath());
    const QString base = current.filePath().isEmpty()
                             ? QDir::home().filePath(QStringLiteral("postmortem"))
                             : current.path() + QLatin1Char('/') + current.completeBaseName();
    ExportDialog dialog(base, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    exportTo(dialog.path(), dialog.settings());
}

void MainWindow::importMarkdown()
{
    if (!confirmDiscard())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Markdown Postmortem"), QFileInfo(m_doc->filePath()).path(),
        tr("Markdown (*.md *.markdown *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

bool MainWindow::importFrom(const QString &markdownPath)
{
    QString error;
    const auto result = MarkdownImporter::importFile(markdownPath, &error);
    if (!result) {
        showError(tr("Cannot import"), tr("%1 cannot be imported:\n%2").arg(markdownPath, error));
        return false;
    }
    m_doc->reset(result->report, result->attachmentBytes);
    // Not yet saved anywhere: closing must ask.
    m_doc->undoStack()->resetClean();
    const Report &r = result->report;
    QString text = tr("Imported %1 sections, %2 timeline entries and %3 action items from %4. "
                      "Save the report to keep it.")
                       .arg(r.sections.size())
                       .arg(r.timeline.size())
                       .arg(r.actionItems.size())
                       .arg(QFileInfo(markdownPath).fileName());
    const qsizetype unplaced = result->missing.size() + result->remote.size() +
                               result->refused.size() + result->warnings.size();
    if (unplaced > 0)
        text += QStringLiteral("\n\n") +
                tr("%n image(s) or line(s) need a look: see the details.", nullptr, int(unplaced));
    QMessageBox box(QMessageBox::Information, tr("Import finished"), text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("importedBox"));
    box.setDetailedText(result->describe().join(QLatin1Char('\n')));
    box.exec();
    return true;
}

bool MainWindow::exportTo(const QString &path)
{
    ExportDialog::Settings settings;
    settings.format = ExportDialog::formatOf(path);
    return exportTo(path, settings);
}

std::optional<PdfExporter::Result> MainWindow::typesetPdf(const PdfExporter::Options &options,
                                                          QString *error)
{
    // Typesetting runs on a worker so the window keeps painting; the dialog is modal, so the
    // report cannot change meanwhile.
    QProgressDialog progress(tr("Typesetting the PDF…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    std::atomic<int> done = 0;
    std::atomic<int> total = 0;
    std::atomic<bool> cancelled = false;
    std::optional<PdfExporter::Result> result;
    const Report report = m_doc->report();
    const AttachmentStore &attachments = m_doc->attachments();
    std::unique_ptr<QThread> worker(QThread::create([&] {
        result = PdfExporter::exportReport(report, attachments, options, error, [&](int d, int t) {
            done = d;
            total = t;
            return !cancelled.load();
        });
    }));
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    // QProgressDialog hides itself on Cancel; the worker only stops at its next check, so
    // keep the window blocked behind a "Cancelling" state until it has.
    connect(&progress, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        progress.setCancelButton(nullptr);
        progress.setLabelText(tr("Cancelling…"));
        progress.setRange(0, 0);
        progress.show();
    });
    QTimer tick;
    connect(&tick, &QTimer::timeout, &progress, [&] {
        if (total > 0 && !cancelled) {
            progress.setMaximum(total);
            progress.setValue(done);
            progress.setLabelText(tr("Typesetting the PDF: page %1 of %2…").arg(done).arg(total));
        }
    });
    tick.start(50);
    worker->start();
    loop.exec();
    worker->wait();
    if (cancelled && error)
        error->clear(); // the user's own choice, not a failure to report
    return result;
}

bool MainWindow::exportTo(const QString &path, const ExportDialog::Settings &settings)
{
    const QString folder = settings.format == ExportDialog::Format::Pdf
                               ? QString()
                               : ExportWriter::imagesFolderFor(path);
    QByteArray document;
    ExportImages images;
    QString error;
    int pages = 0;
    switch (settings.format) {
    case ExportDialog::Format::Pdf: {
        auto result = typesetPdf(settings.pdf, &error);
        if (!result && error.isEmpty()) {
            statusBar()->showMessage(tr("Export cancelled; nothing was written."), 4000);
            return false;
        }
        if (!result) {
            showError(tr("Cannot export report"),
                      tr("Nothing was written to %1:\n%2").arg(path, error));
            return false;
        }
        document = std::move(result->pdf);
        images.warnings = std::move(result->warnings);
        pages = result->pages;
        break;
    }
    case ExportDialog::Format::Html: {
        auto result = HtmlExporter::exportReport(m_doc->report(), m_doc->attachments(), folder);
        document = result.html.toUtf8();
        images = std::move(result.images);
        break;
    }
    case ExportDialog::Format::Markdown: {
        auto result = MarkdownExporter::exportReport(m_doc->report(), m_doc->attachments(), folder,
                                                     settings.timeline, settings.actions);
        document = result.markdown.toUtf8();
        images.files = std::move(result.images);
        images.warnings = std::move(result.warnings);
        break;
    }
    }
    if (!ExportWriter::write(path, document, folder, images.files, &error)) {
        showError(tr("Cannot export report"),
                  tr("Nothing was written to %1:\n%2").arg(path, error));
        return false;
    }
    const qsizetype n = images.files.size();
    QString text = pages > 0 ? tr("Exported %n page(s) to %1.", nullptr, pages).arg(path)
                   : n == 0  ? tr("Exported to %1.").arg(path)
                   : n == 1
                       ? tr("Exported to %1, with its image in %2.").arg(path, folder)
                       : tr("Exported to %1, with %2 images in %3.").arg(path).arg(n).arg(folder);
    if (!images.warnings.isEmpty())
        text += QStringLiteral("\n\n") + images.warnings.join(QLatin1Char('\n'));
    QMessageBox box(QMessageBox::Information, tr("Export finished"), text,
                    QMessageBox::Open | QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("exportedBox"));
    box.setDefaultButton(QMessageBox::Close);
    if (box.exec() == QMessageBox::Open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    return true;
}

bool MainWindow::confirmDiscard()
{
    if (!m_doc->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("The report has unsaved changes. Save them first?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedBox"));
    box.setDefaultButton(QMessageBox::Save);
    const int answer = box.exec();
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmDiscard()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    event->accept();
}

namespace {
// A dropped report opens; a dropped Markdown postmortem is imported.
bool isImportable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown");
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    const QString path = urls.first().toLocalFile();
    if (path.endsWith(QLatin1String(".pmd")) || isImportable(path))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    if (!path.isEmpty() && confirmDiscard()) {
        event->acceptProposedAction();
        if (isImportable(path))
            importFrom(path);
        else
            openFile(path);
    }
}

} // namespace debrief
