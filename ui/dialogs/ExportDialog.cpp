// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dialogs/ExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace debrief {

namespace {
const QString kFormatKey = QStringLiteral("export/format");
const QString kPageKey = QStringLiteral("export/pageSize");
const QString kSummaryKey = QStringLiteral("export/summary");
const QString kTimelineKey = QStringLiteral("export/timeline");
const QString kActionsKey = QStringLiteral("export/actions");
} // namespace

ExportDialog::ExportDialog(const QString &baseName, QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox)
    , m_options(new QStackedWidget)
    , m_pageSize(new QComboBox)
    , m_full(new QRadioButton(tr("&Full report")))
    , m_summary(new QRadioButton(tr("&Executive summary (one or two pages)")))
    , m_timeline(new QComboBox)
    , m_actions(new QComboBox)
    , m_path(new QLineEdit)
{
    setWindowTitle(tr("Export Report"));
    setObjectName(QStringLiteral("exportDialog"));
    m_format->addItem(tr("PDF document"), int(Format::Pdf));
    m_format->addItem(tr("Markdown with images folder"), int(Format::Markdown));
    m_format->addItem(tr("HTML page with images folder"), int(Format::Html));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_timeline->addItem(tr("List (- **09:15:** …)"), int(MarkdownExporter::TimelineStyle::List));
    m_timeline->addItem(tr("Table"), int(MarkdownExporter::TimelineStyle::Table));
    m_actions->addItem(tr("Table"), int(MarkdownExporter::ActionStyle::Table));
    m_actions->addItem(tr("Task list (- [ ] …)"), int(MarkdownExporter::ActionStyle::List));

    const QSettings settings;
    const bool inches = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    m_format->setCurrentIndex(settings.value(kFormatKey, 0).toInt());
    m_pageSize->setCurrentIndex(m_pageSize->findData(
        settings.value(kPageKey, int(inches ? QPageSize::Letter : QPageSize::A4)).toInt()));
    (settings.value(kSummaryKey, false).toBool() ? m_summary : m_full)->setChecked(true);
    m_timeline->setCurrentIndex(settings.value(kTimelineKey, 0).toInt());
    m_actions->setCurrentIndex(settings.value(kActionsKey, 0).toInt());

    auto *pdfPage = new QWidget;
    auto *pdfForm = new QFormLayout(pdfPage);
    pdfForm->setContentsMargins(0, 0, 0, 0);
    pdfForm->addRow(tr("&Paper:"), m_pageSize);
    auto *contents = new QVBoxLayout;
    contents->addWidget(m_full);
    contents->addWidget(m_summary);
    pdfForm->addRow(tr("Contents:"), contents);
    auto *mdPage = new QWidget;
    auto *mdForm = new QFormLayout(mdPage);
    mdForm->setContentsMargins(0, 0, 0, 0);
    mdForm->addRow(tr("&Timeline as:"), m_timeline);
    mdForm->addRow(tr("&Action items as:"), m_actions);
    auto *htmlPage = new QLabel(tr("The report as one page, styled for printing."));
    m_options->addWidget(pdfPage);
    m_options->addWidget(mdPage);
    m_options->addWidget(htmlPage);

    auto *browse = new QPushButton(tr("&Browse…"));
    auto *where = new QHBoxLayout;
    where->addWidget(m_path, 1);
    where->addWidget(browse);
    m_path->setText(baseName + suffixFor(Format(m_format->currentData().toInt())));
    m_path->setMinimumWidth(360);

    auto *form = new QFormLayout;
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(QString(), m_options);
    auto *whereLabel = new QLabel(tr("&Save to:"));
    whereLabel->setBuddy(m_path);
    form->addRow(whereLabel, where);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this,
            [this, ok = buttons->button(QDialogButtonBox::Ok)] {
                ok->setEnabled(!m_path->text().trimmed().isEmpty());
            });
    m_options->setCurrentIndex(m_format->currentIndex());
}

QString ExportDialog::suffixFor(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral(".pdf");
    case Format::Markdown:
        return QStringLiteral(".md");
    case Format::Html:
        return QStringLiteral(".html");
    }
    return {};
}

ExportDialog::Format ExportDialog::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    return Format::Pdf;
}

void ExportDialog::formatChanged()
{
    const Format format = Format(m_format->currentData().toInt());
    m_options->setCurrentIndex(m_format->currentIndex());
    // Follow the format in the file name, keeping the rest of what the user typed.
    const QFileInfo current(m_path->text());
    if (!m_path->text().isEmpty())
        m_path->setText(current.path() + QLatin1Char('/') + current.completeBaseName() +
                        suffixFor(format));
}

void ExportDialog::browse()
{
    const Format format = Format(m_format->currentData().toInt());
    const QString filter = format == Format::Pdf        ? tr("PDF document (*.pdf)")
                           : format == Format::Markdown ? tr("Markdown (*.md)")
                                                        : tr("HTML page (*.html)");
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export To"), m_path->text(), filter, nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

QString ExportDialog::path() const
{
    const Format format = Format(m_format->currentData().toInt());
    QString path = m_path->text().trimmed();
    // formatOf() calls anything unknown PDF; a PDF must still end in .pdf.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool fits =
        formatOf(path) == format && (format != Format::Pdf || suffix == QLatin1String("pdf"));
    if (!fits)
        path += suffixFor(format);
    return path;
}

ExportDialog::Settings ExportDialog::settings() const
{
    Settings s;
    s.format = Format(m_format->currentData().toInt());
    s.pdf.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    s.pdf.product = m_summary->isChecked() ? PdfExporter::Product::ExecutiveSummary
                                           : PdfExporter::Product::FullReport;
    s.timeline = MarkdownExporter::TimelineStyle(m_timeline->currentData().toInt());
    s.actions = MarkdownExporter::ActionStyle(m_actions->currentData().toInt());
    return s;
}

void ExportDialog::accept()
{
    if (QFileInfo::exists(path())) {
        QMessageBox box(QMessageBox::Question, tr("Replace file?"),
                        tr("%1 already exists. Replace it?").arg(path()),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("replaceBox"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    QSettings settings;
    settings.setValue(kFormatKey, m_format->currentIndex());
    settings.setValue(kPageKey, m_pageSize->currentData());
    settings.setValue(kSummaryKey, m_summary->isChecked());
    settings.setValue(kTimelineKey, m_timeline->currentIndex());
    settings.setValue(kActionsKey, m_actions->currentIndex());
    QDialog::accept();
}

} // namespace debrief
