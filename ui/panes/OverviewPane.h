// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace debrief {

class InstantEdit;
class ReportDocument;
struct ReportMetadata;

// The report's metadata as a form. Typing in a field is one undo step per field.
class OverviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPane(ReportDocument *doc, QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }

private:
    void refresh();
    void refreshMetrics();
    void edit(const QString &field, const std::function<void(ReportMetadata &)> &change);
    QLineEdit *addLine(const QString &field, const QString &label, const QString &placeholder,
                       QStringList ReportMetadata::*list = nullptr,
                       QString ReportMetadata::*text = nullptr);
    InstantEdit *addInstant(const QString &field, const QString &label,
                            QDateTime ReportMetadata::*member, QTime ReportMetadata::*clock);

    ReportDocument *m_doc;
    QFormLayout *m_form;
    QLineEdit *m_title = nullptr;
    QComboBox *m_severity;
    QComboBox *m_status;
    QComboBox *m_zone;
    QLabel *m_metrics;
    std::vector<std::function<void()>> m_refreshers;
    bool m_updating = false;
};

} // namespace debrief
