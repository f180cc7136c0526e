// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QListWidget;
class QLabel;

namespace debrief {

// File → New: pick the template a new report starts from, seeing its sections first.
class TemplateChooser : public QDialog
{
    Q_OBJECT
public:
    explicit TemplateChooser(QWidget *parent = nullptr);
    QString templateId() const;
    QListWidget *list() const { return m_list; }

private:
    void showDetails();
    QListWidget *m_list;
    QLabel *m_details;
};

} // namespace debrief
