// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "controllers/ImportController.h"

#include "controllers/DocumentManager.h"
#include "document/ReportDocument.h"
#include "import/MarkdownImporter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace debrief {

ImportController::ImportController(DocumentManager *files, QWidget *window)
    : QObject(window)
    , m_files(files)
    , m_window(window)
{}

void ImportController::importMarkdown()
{
    if (!m_files->confirmDiscard())
        return;
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import Markdown Postmortem"),
                                     QFileInfo(m_files->document()->filePath()).path(),
                                     tr("Markdown (*.md *.markdown *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

bool ImportController::importFrom(const QString &markdownPath)
{
    QString error;
    const auto result = MarkdownImporter::importFile(markdownPath, &error);
    if (!result) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot import"),
                        tr("%1 cannot be imported:\n%2").arg(markdownPath, error), QMessageBox::Ok,
                        m_window);
        box.setObjectName(QStringLiteral("errorBox"));
        box.exec();
        return false;
    }
    m_files->document()->resetUnsaved(result->report, result->attachmentBytes);
    const Report &r = result->report;
    // Each count its own plural form.
    QString text = tr("Imported %1, %2 and %3 from %4. Save the report to keep it.")
                       .arg(tr("%n sections", nullptr, int(r.sections.size())),
                            tr("%n timeline entries", nullptr, int(r.timeline.size())),
                            tr("%n action items", nullptr, int(r.actionItems.size())),
                            QFileInfo(markdownPath).fileName());
    const qsizetype unplaced = result->missing.size() + result->remote.size() +
                               result->refused.size() + result->warnings.size();
    if (unplaced > 0)
        text += QStringLiteral("\n\n") +
                tr("%n images or lines need a look: see the details.", nullptr, int(unplaced));
    if (!result->inferred.isEmpty())
        text += QStringLiteral("\n\n") +
                tr("Some of it was inferred rather than read (such as entry kinds or the time "
                   "zone): the details list each guess, so you can check it.");
    QMessageBox box(QMessageBox::Information, tr("Import finished"), text, QMessageBox::Ok,
                    m_window);
    box.setObjectName(QStringLiteral("importedBox"));
    box.setDetailedText(result->describe().join(QLatin1Char('\n')));
    box.exec();
    return true;
}

} // namespace debrief
