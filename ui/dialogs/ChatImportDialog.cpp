// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dialogs/ChatImportDialog.h"

#include "ClearButton.h"
#include "LocaleFormats.h"
#include "chat/ChatEntries.h"
#include "chat/ChatSourceReader.h"
#include "model/Report.h"
#include "models/ChatRowsFilter.h"
#include "models/ChatRowsModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace debrief {

namespace {

// The earliest instant a window edit shows: it stands for "no bound" and reads "—".
const QDateTime kNoBound(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::UTC);

QDateTimeEdit *windowEdit(const QString &name, const QString &accessible, const QDateTime &at,
                          const QTimeZone &zone)
{
    auto *edit = new QDateTimeEdit;
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setTimeZone(zone);
    edit->setDisplayFormat(LocaleFormats::dateTime());
    edit->setCalendarPopup(true);
    edit->setMinimumDateTime(kNoBound);
    edit->setSpecialValueText(QStringLiteral("—"));
    edit->setDateTime(at.isValid() ? at.toTimeZone(zone) : kNoBound);
    return edit;
}

} // namespace

ChatImportDialog::ChatImportDialog(const Report &report, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_existing(report.timeline)
    , m_reportZone(zone)
    , m_rows(new ChatRowsModel(this))
    , m_filter(new ChatRowsFilter(this))
{
    setWindowTitle(tr("Import from Chat or Log"));
    setObjectName(QStringLiteral("chatImportDialog"));
    m_filter->setSourceModel(m_rows);
    const auto [from, to] = ChatEntries::defaultWindow(report.metadata);
    m_from = windowEdit(QStringLiteral("chatFrom"), tr("Window start"), from, zone);
    m_to = windowEdit(QStringLiteral("chatTo"), tr("Window end"), to, zone);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildSourceRow());
    layout->addWidget(buildSettings());
    layout->addWidget(buildFilterRow());
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("chatRows"));
    m_table->setAccessibleName(tr("Messages to add"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first rows only: measuring 100,000 rows would take seconds.
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    layout->addWidget(m_table, 1);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("chatSummary"));
    layout->addWidget(m_summary);
    m_skipped = new QPlainTextEdit;
    m_skipped->setObjectName(QStringLiteral("chatSkipped"));
    m_skipped->setAccessibleName(tr("Lines not understood"));
    m_skipped->setReadOnly(true);
    m_skipped->setMaximumHeight(m_skipped->fontMetrics().height() * 5);
    m_skipped->hide();
    layout->addWidget(m_skipped);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_add = buttons->addButton(tr("&Add Entries"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("chatAdd"));
    m_add->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connectSignals();
    resize(900, 600);
}

ChatImportDialog::~ChatImportDialog() = default;

QWidget *ChatImportDialog::buildSourceRow()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pathEdit = new QLineEdit;
    m_pathEdit->setObjectName(QStringLiteral("chatPath"));
    m_pathEdit->setAccessibleName(tr("Chat or log file"));
    m_pathEdit->setReadOnly(true);
    m_pathEdit->setPlaceholderText(tr("Choose a chat export or a log"));
    auto *file = new QPushButton(tr("&File…"));
    file->setAccessibleName(tr("Choose a file"));
    connect(file, &QPushButton::clicked, this, &ChatImportDialog::chooseFile);
    auto *folder = new QPushButton(tr("F&older…"));
    folder->setAccessibleName(tr("Choose an unpacked Slack export folder"));
    connect(folder, &QPushButton::clicked, this, &ChatImportDialog::chooseFolder);
    m_format = new QLabel;
    m_format->setObjectName(QStringLiteral("chatFormat"));
    layout->addWidget(m_pathEdit, 1);
    layout->addWidget(file);
    layout->addWidget(folder);
    layout->addWidget(m_format);
    return row;
}

QWidget *ChatImportDialog::buildSettings()
{
    auto *box = new QWidget;
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("chatChannel"));
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->setEnabled(false);
    form->addRow(tr("&Channel:"), m_channel);
    auto *window = new QWidget;
    auto *windowRow = new QHBoxLayout(window);
    windowRow->setContentsMargins(0, 0, 0, 0);
    windowRow->addWidget(m_from);
    windowRow->addWidget(new QLabel(tr("to")));
    windowRow->addWidget(m_to, 1);
    form->addRow(tr("&Window:"), window);
    m_zone = new QComboBox;
    m_zone->setObjectName(QStringLiteral("chatZone"));
    m_zone->setAccessibleName(tr("Zone of times the log gives without one"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    const QString reportZone = QString::fromUtf8(m_reportZone.id());
    if (m_zone->findText(reportZone) < 0)
        m_zone->insertItem(0, reportZone);
    m_zone->setCurrentText(reportZone);
    form->addRow(tr("&Zone of times without one:"), m_zone);
    m_offset = new QSpinBox;
    m_offset->setObjectName(QStringLiteral("chatOffset"));
    m_offset->setAccessibleName(tr("Clock offset in minutes"));
    m_offset->setRange(-7 * 24 * 60, 7 * 24 * 60);
    m_offset->setSuffix(tr(" min"));
    m_offset->setKeyboardTracking(false); // typed minutes count once, not digit by digit
    m_offset->setToolTip(tr("Minutes added to every time of the log, for a source whose clock "
                            "was wrong"));
    form->addRow(tr("Clock &offset:"), m_offset);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("chatError"));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::Highlight);
    m_error->hide();
    form->addRow(m_error);
    return box;
}

QWidget *ChatImportDialog::buildFilterRow()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filterText = new QLineEdit;
    m_filterText->setObjectName(QStringLiteral("chatFilter"));
    m_filterText->setAccessibleName(tr("Filter messages"));
    m_filterText->setPlaceholderText(tr("Filter by words or author"));
    ClearButton::enable(m_filterText);
    m_tellingOnly = new QCheckBox(tr("&Key moments only"));
    m_tellingOnly->setObjectName(QStringLiteral("chatTellingOnly"));
    m_tellingOnly->setToolTip(tr("Show only detections, escalations, mitigations, resolutions "
                                 "and communications"));
    auto *all = new QPushButton(tr("Check &Shown"));
    all->setAccessibleName(tr("Check every message shown"));
    connect(all, &QPushButton::clicked, this, [this] { m_filter->setShownChecked(true); });
    auto *none = new QPushButton(tr("&Uncheck Shown"));
    none->setAccessibleName(tr("Uncheck every message shown"));
    connect(none, &QPushButton::clicked, this, [this] { m_filter->setShownChecked(false); });
    layout->addWidget(m_filterText, 1);
    layout->addWidget(m_tellingOnly);
    layout->addWidget(all);
    layout->addWidget(none);
    return row;
}

void ChatImportDialog::connectSignals()
{
    connect(m_channel, &QComboBox::activated, this, &ChatImportDialog::reread);
    connect(m_zone, &QComboBox::currentTextChanged, this, &ChatImportDialog::reread);
    // The window decides which days of a Slack export are read: read again.
    connect(m_from, &QDateTimeEdit::editingFinished, this, &ChatImportDialog::reread);
    connect(m_to, &QDateTimeEdit::editingFinished, this, &ChatImportDialog::reread);
    connect(m_offset, &QSpinBox::valueChanged, this, [this] {
        // An offset can move other days of an export into the window: those are read then.
        if (m_source && m_source->format == ChatSource::Format::SlackExport)
            reread();
        else
            rebuildRows();
    });
    connect(m_filterText, &QLineEdit::textChanged, m_filter, &ChatRowsFilter::setText);
    connect(m_tellingOnly, &QCheckBox::toggled, m_filter, &ChatRowsFilter::setTellingOnly);
    connect(m_rows, &ChatRowsModel::checkedCountChanged, this, &ChatImportDialog::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ChatImportDialog::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ChatImportDialog::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ChatImportDialog::updateSummary);
}

void ChatImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import from Chat or Log"), QFileInfo(m_path).path(),
        tr("Chat and pager logs (*.zip *.json *.jsonl *.csv *.log *.txt);;All files (*)"));
    if (!path.isEmpty())
        setSource(path);
}

void ChatImportDialog::chooseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Unpacked Slack Export"),
                                                           QFileInfo(m_path).path());
    if (!path.isEmpty())
        setSource(path);
}

void ChatImportDialog::setSource(const QString &path)
{
    m_path = path;
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    m_channel->clear();
    reread();
}

QDateTime ChatImportDialog::boundOf(const QDateTimeEdit *edit) const
{
    return edit->dateTime() == edit->minimumDateTime() ? QDateTime() : edit->dateTime();
}

void ChatImportDialog::reread()
{
    if (m_path.isEmpty())
        return;
    ChatSourceReader::Options options;
    options.channel = m_channel->currentText();
    options.zone = QTimeZone(m_zone->currentText().toUtf8());
    if (!options.zone.isValid())
        options.zone = m_reportZone;
    // The days of a Slack export to read: those the clock offset moves into the window.
    const qint64 shift = -qint64(m_offset->value()) * 60;
    const QDateTime from = boundOf(m_from);
    const QDateTime to = boundOf(m_to);
    options.from = from.isValid() ? from.addSecs(shift).toUTC().date() : QDate();
    options.to = to.isValid() ? to.addSecs(shift).toUTC().date() : QDate();
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_source = ChatSourceReader::read(m_path, options, &error);
    QApplication::restoreOverrideCursor();
    if (!m_source) {
        showError(error);
        return;
    }
    if (m_channel->count() == 0 && !m_source->channels.isEmpty()) {
        m_channel->addItems(m_source->channels);
        m_channel->setCurrentIndex(-1);
        m_channel->setPlaceholderText(tr("Choose the incident's channel"));
    }
    m_channel->setEnabled(!m_source->channels.isEmpty());
    m_format->setText(ChatSource::formatName(m_source->format));
    m_error->hide();
    m_skipped->setPlainText(m_source->skipped.join(QLatin1Char('\n')));
    m_skipped->setVisible(!m_source->skipped.isEmpty());
    rebuildRows();
}

void ChatImportDialog::showError(const QString &message)
{
    m_error->setText(tr("Cannot read %1: %2").arg(QFileInfo(m_path).fileName(), message));
    m_error->show();
    m_format->clear();
    m_skipped->hide();
    m_rows->setRows({}, m_reportZone);
}

void ChatImportDialog::rebuildRows()
{
    if (!m_source)
        return;
    ChatEntries::Options options;
    options.from = boundOf(m_from);
    options.to = boundOf(m_to);
    options.offsetMinutes = m_offset->value();
    options.reportZone = m_reportZone;
    options.sourceZone = QTimeZone(m_zone->currentText().toUtf8());
    m_rows->setRows(ChatEntries::rows(*m_source, options, m_existing), m_reportZone);
    m_table->resizeColumnsToContents();
}

void ChatImportDialog::updateSummary()
{
    const int checked = m_rows->checkedCount();
    QString text;
    if (m_source && m_source->needsChannel())
        text = tr("The export has %n channels: choose the incident's.", nullptr,
                  int(m_source->channels.size()));
    else if (m_source)
        // One sentence per count, so each can take its own plural form.
        text = tr("%Ln messages in the window: %L1 shown, %L2 to add.", nullptr, m_rows->rowCount())
                   .arg(m_filter->rowCount())
                   .arg(checked) +
               QLatin1Char(' ') +
               tr("%Ln repeat entries of the report.", nullptr, m_rows->duplicateCount()) +
               QLatin1Char(' ') +
               tr("%Ln lines not understood.", nullptr, int(m_source->skipped.size()));
    m_summary->setText(text);
    m_add->setEnabled(checked > 0);
    m_add->setText(tr("&Add %Ln Entries", nullptr, checked));
}

QList<TimelineEntry> ChatImportDialog::chosenEntries() const
{
    return m_rows->chosenEntries();
}

QString ChatImportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace debrief
