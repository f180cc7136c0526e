// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;

namespace debrief {

// An optional instant: a check box says whether it is known, a date-time editor shows it in
// the report's time zone.
class InstantEdit : public QWidget
{
    Q_OBJECT
public:
    explicit InstantEdit(QWidget *parent = nullptr);

    QDateTime instant() const; // invalid when not set
    void setInstant(const QDateTime &instant);
    void setTimeZone(const QTimeZone &zone);
    QDateTimeEdit *editor() const { return m_edit; }
    QCheckBox *checkBox() const { return m_known; }

Q_SIGNALS:
    void instantEdited(const QDateTime &instant);

private:
    QCheckBox *m_known;
    QDateTimeEdit *m_edit;
    bool m_updating = false;
};

} // namespace debrief
