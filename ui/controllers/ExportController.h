// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "export/ExportResult.h"
#include "export/ExportSettings.h"

#include <QObject>

class QWidget;

namespace debrief {

class ReportDocument;

// File → Export…: the export dialog, then ExportService with the dialog's settings. A PDF is
// typeset on a worker thread behind a window-modal, cancellable progress dialog that counts
// pages; the result is offered to open.
class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(ReportDocument *doc, QWidget *window);

    void exportReport(); // the dialog
    // The format follows the suffix (ExportSettings::formatForPath); another suffix is an error.
    bool exportTo(const QString &path);
    bool exportTo(const QString &path, const ExportSettings &settings);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    ExportResult typesetPdf(const QString &path, const ExportSettings &settings);
    void showError(const QString &text);
    void showDone(const ExportResult &result);

    ReportDocument *m_doc;
    QWidget *m_window;
};

} // namespace debrief
