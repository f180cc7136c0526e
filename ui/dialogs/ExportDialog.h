// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "export/MarkdownExporter.h"
#include "export/PdfExporter.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QRadioButton;
class QStackedWidget;

namespace debrief {

// File → Export…: where, in which format, and the format's options. The last choices are
// remembered; Letter is the first guess where the locale measures in inches.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Format { Pdf, Markdown, Html };
    struct Settings
    {
        Format format = Format::Pdf;
        PdfExporter::Options pdf;
        MarkdownExporter::TimelineStyle timeline = MarkdownExporter::TimelineStyle::List;
        MarkdownExporter::ActionStyle actions = MarkdownExporter::ActionStyle::Table;
    };

    // `baseName` is the report's path without suffix ("/home/ana/outage").
    ExportDialog(const QString &baseName, QWidget *parent = nullptr);

    QString path() const;
    Settings settings() const;
    static Format formatOf(const QString &path);

    QComboBox *formatBox() const { return m_format; }
    QComboBox *pageSizeBox() const { return m_pageSize; }
    QRadioButton *summaryButton() const { return m_summary; }
    QLineEdit *pathEdit() const { return m_path; }

    void accept() override;

private:
    void formatChanged();
    void browse();
    static QString suffixFor(Format format);

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
