// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QWidget;

namespace debrief {

class DocumentManager;

// File → Import Markdown…: a Markdown postmortem becomes a new, unsaved report, and the user
// is shown what was mapped and what needs a look.
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(DocumentManager *files, QWidget *window);

    void importMarkdown(); // asks about unsaved changes, then for a file
    bool importFrom(const QString &markdownPath);

private:
    DocumentManager *m_files;
    QWidget *m_window;
};

} // namespace debrief
