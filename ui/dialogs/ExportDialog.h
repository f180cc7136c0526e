// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "export/ExportSettings.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QRadioButton;
class QStackedWidget;

namespace debrief {

// File → Export…: where, in which format, and the format's options, as one ExportSettings
// value. The last choices are remembered by their names (ExportSettings' stable names, never
// combo-box positions); Letter is the first guess where the locale measures in inches.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `baseName` is the report's path without suffix ("/home/ana/outage").
    ExportDialog(const QString &baseName, QWidget *parent = nullptr);

    // The path with the chosen format's suffix added unless it already has one of that
    // format's suffixes (ExportSettings::formatForPath).
    QString path() const;
    ExportSettings settings() const;

    QComboBox *formatBox() const { return m_format; }
    QComboBox *pageSizeBox() const { return m_pageSize; }
    QRadioButton *summaryButton() const { return m_summary; }
    QLineEdit *pathEdit() const { return m_path; }

    void accept() override;

private:
    void formatChanged();
    void browse();
    ExportSettings::Format format() const;
    void restoreChoices();
    void rememberChoices() const;

    QComboBox *m_format;
    QStackedWidget *m_options;
    QComboBox *m_pageSize;
    QRadioButton *m_full;
    QRadioButton *m_summary;
    QComboBox *m_timeline;
    QComboBox *m_actions;
    QLineEdit *m_path;
};

} // namespace debrief
