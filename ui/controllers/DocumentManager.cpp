// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "controllers/DocumentManager.h"

#include "RecentFiles.h"
#include "dialogs/RecoveryDialog.h"
#include "dialogs/TemplateChooser.h"
#include "document/ReportDocument.h"
#include "format/BackupFile.h"
#include "format/PmdArchive.h"
#include "templates/TemplateLibrary.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QUrl>

namespace debrief {

namespace {
QString fileFilter()
{
    return DocumentManager::tr("Debrief reports (*.pmd)");
}

bool isMarkdown(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown");
}

// The one local file a drop carries, or nothing.
QString droppedFile(const QMimeData *data)
{
    const QList<QUrl> urls = data ? data->urls() : QList<QUrl>();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return {};
    return urls.first().toLocalFile();
}
} // namespace

DocumentManager::DocumentManager(ReportDocument *doc, QWidget *window)
    : QObject(window)
    , m_doc(doc)
    , m_window(window)
    , m_autoSaver(new AutoSaver(doc, this))
    , m_watcher(new FileWatcher(this))
{
    // The lock and the watch follow the file the report is in: released for a new or
    // imported report, moved by Save As.
    connect(doc, &ReportDocument::filePathChanged, this, [this](const QString &path) {
        m_watcher->track(path);
        if (path.isEmpty())
            m_fileLock.release();
        else if (!m_doc->isReadOnly())
            m_fileLock.acquire(path);
    });
    connect(m_watcher, &FileWatcher::changedOnDisk, this, &DocumentManager::changedOnDisk);
    // A failing autosave (a full disk) is said once and stays in the status bar, since the
    // user's only safety is then to save; its recovery is said too.
    connect(m_autoSaver, &AutoSaver::written, this, [this](bool ok, const QString &error) {
        if (!ok)
            Q_EMIT statusMessage(tr("Autosave failed: %1. Until it works again, only Save "
                                    "keeps your changes.")
                                     .arg(error),
                                 0);
        else if (m_autosaveFailing)
            Q_EMIT statusMessage(tr("Autosave works again."), 4000);
        m_autosaveFailing = !ok;
    });
}

void DocumentManager::changedOnDisk(FileWatcher::State state)
{
    // Never a second dialog over another one (a save, an export): asked once that one closes.
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(500, this, [this] {
            if (const FileWatcher::State now = m_watcher->check(); now != FileWatcher::State::Same)
                changedOnDisk(now);
        });
        return;
    }
    const QString name = QFileInfo(m_doc->filePath()).fileName();
    if (state == FileWatcher::State::Removed) {
        QMessageBox box(QMessageBox::Warning, tr("Report file removed"),
                        tr("%1 was deleted or moved by another program.").arg(name),
                        QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("fileRemovedBox"));
        box.setInformativeText(tr("The report is still open here. Save it to write the file "
                                  "again, or Save As to put it elsewhere."));
        box.exec();
        m_watcher->acknowledge();
        if (!m_doc->isReadOnly()) // under review nothing is written, so nothing to keep
            m_doc->markRecovered(m_doc->filePath()); // modified: closing asks before it is lost
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Report changed on disk"),
                    tr("%1 was changed by another program or person.").arg(name),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("fileChangedBox"));
    box.setInformativeText(
        m_doc->isModified()
            ? tr("Reload opens the version on disk; your version is first saved beside it as "
                 "“%1”. Keep Mine leaves your version open, and saving it replaces the other.")
                  .arg(QFileInfo(m_doc->filePath()).completeBaseName() + tr(" (your version)") +
                       QStringLiteral(".pmd"))
            : tr("Reload opens the version on disk. Keep Mine leaves this one open, and saving "
                 "it replaces the other."));
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    box.addButton(tr("&Keep Mine"), QMessageBox::RejectRole);
    box.setDefaultButton(reload);
    box.exec();
    if (box.clickedButton() == reload) {
        reloadFromDisk();
        return;
    }
    m_watcher->acknowledge();
    if (!m_doc->isReadOnly())
        m_doc->markRecovered(m_doc->filePath()); // theirs is on disk, ours is not: modified
}

void DocumentManager::reloadFromDisk()
{
    const QString path = m_doc->filePath();
    QString aside;
    if (m_doc->isModified()) {
        aside = saveAside();
        if (aside.isEmpty())
            return; // said why; the user's version stays open
    }
    const bool readOnly = m_doc->isReadOnly();
    QString error;
    if (!m_doc->load(path, &error)) {
        showError(
            tr("Cannot reload report"),
            tr("The version on disk cannot be opened:\n%1\n\nYour version stays open.").arg(error));
        return;
    }
    m_doc->setReadOnly(readOnly);
    m_watcher->track(path);
    Q_EMIT statusMessage(aside.isEmpty()
                             ? tr("Reloaded %1").arg(path)
                             : tr("Reloaded %1; your version is in %2").arg(path, aside),
                         aside.isEmpty() ? 4000 : 0);
}

QString DocumentManager::saveAside()
{
    const QFileInfo file(m_doc->filePath());
    QString aside;
    for (int n = 1; aside.isEmpty() || QFileInfo::exists(aside); ++n) {
        const QString suffix = n == 1 ? tr(" (your version)") : tr(" (your version %1)").arg(n);
        aside = file.dir().filePath(file.completeBaseName() + suffix + QStringLiteral(".pmd"));
    }
    QString error;
    if (!PmdArchive::write(aside, m_doc->report(), m_doc->attachments(), &error)) {
        showError(tr("Cannot reload report"),
                  tr("Your version could not be saved aside to %1:\n%2\n\nNothing was "
                     "reloaded; your version stays open.")
                      .arg(aside, error));
        return {};
    }
    return aside;
}

DocumentManager::Overwrite DocumentManager::confirmOverwrite(const QString &path)
{
    if (QFileInfo(path).absoluteFilePath() != m_watcher->path() ||
        m_watcher->check() != FileWatcher::State::Changed)
        return Overwrite::Yes;
    QMessageBox box(QMessageBox::Warning, tr("Newer file on disk"),
                    tr("%1 was changed by another program or person since you opened it.")
                        .arg(QFileInfo(path).fileName()),
                    QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("overwriteNewerBox"));
    box.setInformativeText(tr("Saving replaces their changes with yours. Save As keeps both."));
    QPushButton *overwrite =
        box.addButton(tr("&Replace Their Version"), QMessageBox::DestructiveRole);
    QPushButton *saveAsButton = box.addButton(tr("Save &As…"), QMessageBox::AcceptRole);
    box.setDefaultButton(saveAsButton);
    box.exec();
    if (box.clickedButton() == saveAsButton)
        return Overwrite::SaveElsewhere;
    return box.clickedButton() == overwrite ? Overwrite::Yes : Overwrite::Cancel;
}

DocumentManager::Claim DocumentManager::claim(const QString &path)
{
    if (!QFileInfo(path).isFile() || m_fileLock.acquire(path))
        return Claim::Edit;
    const FileLock::Holder h = m_fileLock.holder().value_or(FileLock::Holder{});
    const QString who = h.user.isEmpty() ? tr("someone") : h.user;
    const QString where = h.host.isEmpty() ? tr("another computer") : h.host;
    QMessageBox box(QMessageBox::Warning, tr("Report already open"),
                    tr("%1 is open in Debrief by %2 on %3 since %4.")
                        .arg(QFileInfo(path).fileName(), who, where,
                             QLocale().toString(h.since, QLocale::ShortFormat)),
                    QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("fileLockedBox"));
    box.setInformativeText(tr("If you both saved it, one of you would lose changes. Open it "
                              "read only, or as a copy you save under another name."));
    QPushButton *readOnly = box.addButton(tr("Open &Read Only"), QMessageBox::AcceptRole);
    QPushButton *copy = box.addButton(tr("Open a &Copy"), QMessageBox::ActionRole);
    QPushButton *breakLock = nullptr;
    if (h.otherMachine) // this machine's dead locks are taken over without asking
        breakLock = box.addButton(tr("&Remove the Lock"), QMessageBox::DestructiveRole);
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() == readOnly)
        return Claim::ReadOnly;
    if (box.clickedButton() == copy)
        return Claim::Copy;
    if (breakLock && box.clickedButton() == breakLock && m_fileLock.breakAndAcquire(path))
        return Claim::Edit;
    return Claim::Cancel;
}

bool DocumentManager::offerRecovery()
{
    const QList<AutoSaver::Recoverable> found = AutoSaver::recoverable();
    if (found.isEmpty())
        return false;
    RecoveryDialog dialog(found, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false; // all kept for the next start
    const QList<AutoSaver::Recoverable> declined = dialog.declined();
    if (!declined.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Delete unrecovered changes?"),
                        tr("Delete the autosaved changes of the %n reports you did not "
                           "check? They cannot be recovered afterwards.",
                           nullptr, int(declined.size())),
                        QMessageBox::Yes | QMessageBox::No, m_window);
        box.setObjectName(QStringLiteral("deleteRecoveryBox"));
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() == QMessageBox::Yes) {
            for (const AutoSaver::Recoverable &r : declined)
                AutoSaver::remove(r);
        }
    }
    const QList<AutoSaver::Recoverable> chosen = dialog.chosen();
    bool recoveredHere = false;
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        if (i == 0 && !m_doc->isModified())
            recoveredHere = recover(chosen[i]);
        else
            Q_EMIT recoverInNewWindow(chosen[i]);
    }
    return recoveredHere;
}

bool DocumentManager::recover(const AutoSaver::Recoverable &r)
{
    QString error;
    if (!m_doc->load(r.snapshotPath, &error)) {
        showError(tr("Cannot recover report"),
                  tr("The autosaved copy %1 cannot be opened:\n%2").arg(r.snapshotPath, error));
        return false;
    }
    m_doc->markRecovered(r.originalPath);
    m_autoSaver->adopt(r); // the snapshot stays until the report is saved or discarded
    Q_EMIT statusMessage(tr("Recovered “%1”; save it to keep the changes.")
                             .arg(r.title.isEmpty() ? tr("untitled report") : r.title),
                         8000);
    return true;
}

void DocumentManager::showError(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

void DocumentManager::newReport()
{
    if (!confirmDiscard())
        return;
    TemplateChooser chooser(m_window);
    if (chooser.exec() == QDialog::Accepted)
        newFromTemplate(chooser.templateId());
}

void DocumentManager::newFromTemplate(const QString &templateId)
{
    if (const auto t = TemplateLibrary::find(templateId))
        m_doc->reset(TemplateLibrary::instantiate(*t));
}

void DocumentManager::openSample()
{
    m_doc->reset(TemplateLibrary::sample());
}

void DocumentManager::open()
{
    if (!confirmDiscard())
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Report"), QFileInfo(m_doc->filePath()).path(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool DocumentManager::openFile(const QString &path)
{
    const Claim how = claim(path);
    if (how == Claim::Cancel)
        return false;
    QString error;
    if (!m_doc->load(path, &error)) {
        showError(tr("Cannot open report"), tr("Debrief cannot open %1:\n%2").arg(path, error));
        return false;
    }
    m_watcher->track(m_doc->filePath()); // the same path again: filePathChanged said nothing
    if (how == Claim::ReadOnly)
        m_doc->setReadOnly(true);
    else if (how == Claim::Copy)
        m_doc->markRecovered(QString()); // in no file, modified: Save asks where
    RecentFiles::add(path);
    const QStringList warnings = m_doc->loadWarnings();
    if (warnings.isEmpty())
        Q_EMIT statusMessage(tr("Opened %1").arg(path), 4000);
    else if (warnings.size() == 1)
        Q_EMIT statusMessage(tr("Opened with a warning: %1").arg(warnings.first()), 0);
    else
        Q_EMIT statusMessage(
            tr("Opened with %1 warnings; the first: %2").arg(warnings.size()).arg(warnings.first()),
            0);
    return true;
}

bool DocumentManager::save()
{
    return m_doc->filePath().isEmpty() ? saveAs() : saveTo(m_doc->filePath());
}

bool DocumentManager::saveAs()
{
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Save Report"), m_doc->filePath(), fileFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".pmd")))
        path += QLatin1String(".pmd");
    return saveTo(path);
}

bool DocumentManager::keepsBackup()
{
    return QSettings().value(QStringLiteral("files/keepBackup"), true).toBool();
}

void DocumentManager::setKeepsBackup(bool on)
{
    QSettings().setValue(QStringLiteral("files/keepBackup"), on);
}

bool DocumentManager::saveTo(const QString &path)
{
    switch (confirmOverwrite(path)) {
    case Overwrite::Yes:
        break;
    case Overwrite::SaveElsewhere:
        return saveAs();
    case Overwrite::Cancel:
        return false;
    }
    QString error;
    // The backup first: should the save fail, both the file and its backup are as they were.
    QString backupProblem;
    if (keepsBackup() && !BackupFile::keep(path, &backupProblem))
        backupProblem = tr("No backup was kept (%1).").arg(backupProblem);
    if (!m_doc->save(path, &error)) {
        showError(tr("Cannot save report"),
                  tr("The report was not saved to %1:\n%2\n\nYour changes are still open here; "
                     "try another folder with Save As.")
                      .arg(path, error));
        return false;
    }
    m_watcher->track(path); // the file on disk is ours again
    RecentFiles::add(path);
    Q_EMIT statusMessage(backupProblem.isEmpty() ? tr("Saved %1").arg(path)
                                                 : tr("Saved %1. %2").arg(path, backupProblem),
                         backupProblem.isEmpty() ? 4000 : 10000);
    return true;
}

bool DocumentManager::confirmDiscard()
{
    if (!m_doc->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("The report has unsaved changes. Save them first?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("unsavedBox"));
    box.setDefaultButton(QMessageBox::Save);
    const int answer = box.exec();
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void DocumentManager::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList files = RecentFiles::list();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *a =
            menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()),
                            this, [this, path] {
                                if (confirmDiscard())
                                    openFile(path);
                            });
        a->setToolTip(path);
    }
    if (files.isEmpty())
        menu->addAction(tr("No recent reports"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("&Clear List"), this, [] { RecentFiles::clear(); })
        ->setEnabled(!files.isEmpty());
}

bool DocumentManager::acceptsDrop(const QMimeData *data) const
{
    const QString path = droppedFile(data);
    return path.endsWith(QLatin1String(".pmd")) || isMarkdown(path);
}

bool DocumentManager::drop(const QMimeData *data)
{
    if (!acceptsDrop(data) || !confirmDiscard())
        return false;
    const QString path = droppedFile(data);
    if (isMarkdown(path))
        Q_EMIT importRequested(path);
    else
        openFile(path);
    return true;
}

} // namespace debrief
