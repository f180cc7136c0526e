#include "MainWindow.h"

#include "document/ReportDocument.h"
#include "format/PmdArchive.h"
#include "model/Vocabulary.h"
#include "templates/TemplateLibrary.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>

namespace debrief {

namespace {
const QString kFileFilter = QObject::tr("Debrief reports (*.pmd)");
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_doc(new ReportDocument(this))
    , m_parts(new QListWidget)
    , m_view(new QPlainTextEdit)
{
    setAcceptDrops(true);
    m_parts->setObjectName(QStringLiteral("parts"));
    m_view->setObjectName(QStringLiteral("partView"));
    m_view->setReadOnly(true);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_parts);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 800});
    setCentralWidget(splitter);
    resize(1200, 780);

    createActions();
    connect(m_parts, &QListWidget::currentRowChanged, this, &MainWindow::showPart);
    connect(m_doc, &ReportDocument::reportReset, this, &MainWindow::rebuildNavigation);
    connect(m_doc, &ReportDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &ReportDocument::filePathChanged, this, &MainWindow::updateTitle);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *fromTemplate =
        file->addMenu(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New from Template"));
    for (const ReportTemplate &t : TemplateLibrary::all()) {
        QAction *a = fromTemplate->addAction(t.name, this, [this, id = t.id] {
            if (confirmDiscard())
                newFromTemplate(id);
        });
        a->setToolTip(t.description);
    }
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"),
                                    this, &MainWindow::open);
    open->setShortcut(QKeySequence::Open);
    QAction *save = file->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"),
                                    this, &MainWindow::save);
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                      tr("Save &As…"), this, &MainWindow::saveAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                    tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_doc->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_doc->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Debrief"), this, [this] {
        QMessageBox::about(this, tr("About Debrief"),
                           tr("<b>Debrief %1</b><p>An editor for incident postmortems.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::rebuildNavigation()
{
    const Report &r = m_doc->report();
    m_parts->clear();
    m_parts->addItem(tr("Overview"));
    for (const Section &s : r.sections)
        m_parts->addItem(s.title);
    m_parts->addItem(tr("Timeline (%1)").arg(r.timeline.size()));
    m_parts->addItem(tr("Action items (%1)").arg(r.actionItems.size()));
    m_parts->addItem(tr("Attachments (%1)").arg(r.attachments.size()));
    m_parts->setCurrentRow(0);
    const QStringList warnings = m_doc->loadWarnings();
    if (!warnings.isEmpty())
        statusBar()->showMessage(tr("Opened with %n warning(s): %1", nullptr, int(warnings.size()))
                                     .arg(warnings.first()));
}

void MainWindow::showPart(int row)
{
    const Report &r = m_doc->report();
    const int sections = int(r.sections.size());
    QString text;
    if (row == 0) {
        const ReportMetadata &m = r.metadata;
        text =
            tr("%1\n\n%2 · %3 · %4\nAuthors: %5\nServices: %6")
                .arg(m.title, m.incidentId, m.severity, Vocabulary::statusLabel(m.status),
                     m.authors.join(QStringLiteral(", ")), m.services.join(QStringLiteral(", ")));
    } else if (row > 0 && row <= sections) {
        const Section &s = r.sections[row - 1];
        text = s.text.isEmpty() ? s.help : s.text;
    } else if (row == sections + 1) {
        for (const TimelineEntry &e : r.timeline)
            text += e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral("  ") +
                    e.description + QLatin1Char('\n');
    } else if (row == sections + 2) {
        for (const ActionItem &a : r.actionItems)
            text += QStringLiteral("[%1] %2 — %3\n")
                        .arg(Vocabulary::actionStatusLabel(a.status), a.title, a.owner);
    } else if (row == sections + 3) {
        for (const Attachment &a : r.attachments)
            text += QStringLiteral("%1 (%2, %3 bytes)\n").arg(a.fileName, a.mediaType).arg(a.size);
    }
    m_view->setPlainText(text);
}

void MainWindow::updateTitle()
{
    const QString path = m_doc->filePath();
    setWindowFilePath(path);
    setWindowTitle(QStringLiteral("%1[*] — Debrief")
                       .arg(path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName()));
    setWindowModified(m_doc->isModified());
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    if (!m_doc->load(path, &error)) {
        QMessageBox::warning(this, tr("Cannot open report"),
                             tr("Debrief cannot open %1:\n%2").arg(path, error));
        return false;
    }
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

void MainWindow::open()
{
    if (!confirmDiscard())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Report"), {}, kFileFilter);
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    return m_doc->filePath().isEmpty() ? saveAs() : saveTo(m_doc->filePath());
}

bool MainWindow::saveAs()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Report"), m_doc->filePath(), kFileFilter);
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
        QMessageBox::critical(this, tr("Cannot save report"),
                              tr("The report was not saved to %1:\n%2\n\nYour changes are still "
                                 "open here.")
                                  .arg(path, error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    return true;
}

bool MainWindow::confirmDiscard()
{
    if (!m_doc->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("The report has unsaved changes. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (confirmDiscard())
        event->accept();
    else
        event->ignore();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() &&
        urls.first().toLocalFile().endsWith(QLatin1String(".pmd")))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    if (!path.isEmpty() && confirmDiscard())
        openFile(path);
}

} // namespace debrief
