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
const QString kProductKey = QStringLiteral("export/product");
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
    using Format = ExportSettings::Format;
    m_format->addItem(tr("PDF document"), int(Format::Pdf));
    m_format->addItem(tr("Markdown with images folder"), int(Format::Markdown));
    m_format->addItem(tr("HTML page with images folder"), int(Format::Html));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_timeline->addItem(tr("List (- **09:15:** …)"), int(MarkdownExporter::TimelineStyle::List));
    m_timeline->addItem(tr("Table"), int(MarkdownExporter::TimelineStyle::Table));
    m_actions->addItem(tr("Table"), int(MarkdownExporter::ActionStyle::Table));
    m_actions->addItem(tr("Task list (- [ ] …)"), int(MarkdownExporter::ActionStyle::List));
    restoreChoices();

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
    m_path->setText(baseName + ExportSettings::suffix(format()));
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

ExportSettings::Format ExportDialog::format() const
{
    return ExportSettings::Format(m_format->currentData().toInt());
}

void ExportDialog::restoreChoices()
{
    // Unknown or missing names (an older version's settings) leave the defaults.
    const QSettings settings;
    const ExportSettings defaults;
    const auto value = [&settings](const QString &key) { return settings.value(key).toString(); };
    const auto select = [](QComboBox *box, int data) {
        box->setCurrentIndex(std::max(0, box->findData(data)));
    };
    const bool inches = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    select(m_format,
           int(ExportSettings::formatFromName(value(kFormatKey)).value_or(defaults.format)));
    select(m_pageSize, int(ExportSettings::pageSizeFromName(value(kPageKey))
                               .value_or(inches ? QPageSize::Letter : QPageSize::A4)));
    const auto product = ExportSettings::productFromName(value(kProductKey));
    (product.value_or(defaults.product) == PdfExporter::Product::ExecutiveSummary ? m_summary
                                                                                  : m_full)
        ->setChecked(true);
    select(m_timeline,
           int(ExportSettings::timelineFromName(value(kTimelineKey)).value_or(defaults.timeline)));
    select(m_actions,
           int(ExportSettings::actionsFromName(value(kActionsKey)).value_or(defaults.actions)));
}

void ExportDialog::rememberChoices() const
{
    const ExportSettings s = settings();
    QSettings store;
    store.setValue(kFormatKey, ExportSettings::formatName(s.format));
    store.setValue(kPageKey, ExportSettings::pageSizeName(s.pageSize));
    store.setValue(kProductKey, ExportSettings::productName(s.product));
    store.setValue(kTimelineKey, ExportSettings::timelineName(s.timeline));
    store.setValue(kActionsKey, ExportSettings::actionsName(s.actions));
}

void ExportDialog::formatChanged()
{
    m_options->setCurrentIndex(m_format->currentIndex());
    // Follow the format in the file name, keeping the rest of what the user typed.
    const QFileInfo current(m_path->text());
    if (!m_path->text().isEmpty())
        m_path->setText(current.path() + QLatin1Char('/') + current.completeBaseName() +
                        ExportSettings::suffix(format()));
}

void ExportDialog::browse()
{
    using Format = ExportSettings::Format;
    const QString filter = format() == Format::Pdf        ? tr("PDF document (*.pdf)")
                           : format() == Format::Markdown ? tr("Markdown (*.md *.markdown)")
                                                          : tr("HTML page (*.html *.htm)");
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export To"), m_path->text(), filter, nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

QString ExportDialog::path() const
{
    QString path = m_path->text().trimmed();
    if (ExportSettings::formatForPath(path) != format())
        path += ExportSettings::suffix(format());
    return path;
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings s;
    s.format = format();
    s.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    s.product = m_summary->isChecked() ? PdfExporter::Product::ExecutiveSummary
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
    rememberChoices();
    QDialog::accept();
}

} // namespace debrief
