// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "controllers/ExportController.h"

#include "dialogs/ExportDialog.h"
#include "document/ReportDocument.h"
#include "export/ExportService.h"

#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <memory>

namespace debrief {

ExportController::ExportController(ReportDocument *doc, QWidget *window)
    : QObject(window)
    , m_doc(doc)
    , m_window(window)
{}

void ExportController::exportReport()
{
    const QFileInfo current(m_doc->filePath());
    const QString base = current.filePath().isEmpty()
                             ? QDir::home().filePath(QStringLiteral("postmortem"))
                             : current.path() + QLatin1Char('/') + current.completeBaseName();
    ExportDialog dialog(base, m_window);
    if (dialog.exec() == QDialog::Accepted)
        exportTo(dialog.path(), dialog.settings());
}

bool ExportController::exportTo(const QString &path)
{
    const auto format = ExportSettings::formatForPath(path);
    if (!format) {
        showError(tr("Nothing was written to %1:\nDebrief exports to files ending in %2.")
                      .arg(path, ExportSettings::acceptedSuffixes()));
        return false;
    }
    ExportSettings settings;
    settings.format = *format;
    return exportTo(path, settings);
}

bool ExportController::exportTo(const QString &path, const ExportSettings &settings)
{
    const ExportResult result =
        settings.format == ExportSettings::Format::Pdf
            ? typesetPdf(path, settings)
            : ExportService::run(m_doc->report(), m_doc->attachments(), path, settings);
    if (result.cancelled) {
        Q_EMIT statusMessage(tr("Export cancelled; nothing was written."), 4000);
        return false;
    }
    if (!result.ok()) {
        showError(tr("Nothing was written to %1:\n%2").arg(path, result.error));
        return false;
    }
    showDone(result);
    return true;
}

ExportResult ExportController::typesetPdf(const QString &path, const ExportSettings &settings)
{
    // Typesetting runs on a worker so the window keeps painting; the dialog is modal, so the
    // report cannot change meanwhile.
    QProgressDialog progress(tr("Typesetting the PDF…"), tr("Cancel"), 0, 0, m_window);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    std::atomic<int> done = 0;
    std::atomic<int> total = 0;
    std::atomic<bool> cancelled = false;
    ExportResult result;
    const Report report = m_doc->report();
    const AttachmentStore &attachments = m_doc->attachments();
    std::unique_ptr<QThread> worker(QThread::create([&] {
        result = ExportService::run(report, attachments, path, settings, [&](int d, int t) {
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
    return result;
}

void ExportController::showError(const QString &text)
{
    QMessageBox box(QMessageBox::Critical, tr("Cannot export report"), text, QMessageBox::Ok,
                    m_window);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

void ExportController::showDone(const ExportResult &result)
{
    const QString &path = result.path;
    const qsizetype n = result.images;
    QString text =
        result.pages > 0 ? tr("Exported %n pages to %1.", nullptr, result.pages).arg(path)
        : n == 0         ? tr("Exported to %1.").arg(path)
        : n == 1
            ? tr("Exported to %1, with its image in %2.").arg(path, result.imagesFolder)
            : tr("Exported to %1, with %2 images in %3.").arg(path).arg(n).arg(result.imagesFolder);
    if (!result.warnings.isEmpty())
        text += QStringLiteral("\n\n") + result.warnings.join(QLatin1Char('\n'));
    QMessageBox box(QMessageBox::Information, tr("Export finished"), text,
                    QMessageBox::Open | QMessageBox::Close, m_window);
    box.setObjectName(QStringLiteral("exportedBox"));
    box.setDefaultButton(QMessageBox::Close);
    if (box.exec() == QMessageBox::Open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace debrief
