// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chat/ChatSource.h"
#include "model/TimelineEntry.h"

#include <QDialog>
#include <QTimeZone>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace debrief {

class ChatRowsFilter;
class ChatRowsModel;
struct Report;

// Timeline → Import from Chat or Log…: a chat or pager log read into rows the user picks
// from. The channel of an export, the time window (an hour either side of the incident), the
// zone of times the log writes without one (the report's unless changed) and a clock offset
// are chosen here; every change reads again. Rows that repeat the report's entries and joins
// start unchecked; lines that could not be read are listed below the table.
class ChatImportDialog : public QDialog
{
    Q_OBJECT
public:
    ChatImportDialog(const Report &report, const QTimeZone &zone, QWidget *parent = nullptr);
    ~ChatImportDialog() override;

    void setSource(const QString &path);
    void chooseFile();
    void chooseFolder();
    // The checked rows as entries, in the source's order.
    QList<TimelineEntry> chosenEntries() const;

    ChatRowsModel *rows() const { return m_rows; }
    ChatRowsFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QString errorText() const;

private:
    QWidget *buildSourceRow();
    QWidget *buildSettings();
    QWidget *buildFilterRow();
    void connectSignals();
    void reread();
    void rebuildRows();
    void showError(const QString &message);
    void updateSummary();
    QDateTime boundOf(const QDateTimeEdit *edit) const;

    QList<TimelineEntry> m_existing;
    QTimeZone m_reportZone;
    QString m_path;
    std::optional<ChatSource> m_source;
    ChatRowsModel *m_rows;
    ChatRowsFilter *m_filter;
    QLineEdit *m_pathEdit;
    QLabel *m_format;
    QComboBox *m_channel;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_zone;
    QSpinBox *m_offset;
    QLineEdit *m_filterText;
    QCheckBox *m_tellingOnly;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_error;
    QPlainTextEdit *m_skipped;
    QPushButton *m_add;
};

} // namespace debrief
