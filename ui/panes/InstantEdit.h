// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QTimeEdit;
class QLabel;

namespace debrief {

// An optional instant: a check box says whether it is known, a date-time editor shows it in
// the report's time zone.
class InstantEdit : public QWidget
{
    Q_OBJECT
public:
    explicit InstantEdit(QWidget *parent = nullptr);
    // What screen readers call its parts: "Started", "Started is known", and so on.
    void setFieldName(const QString &name);

    QDateTime instant() const; // invalid when not set, or when only a time is known
    // `clock`: a time whose date nobody gave, shown (and edited) alone, never with a made-up
    // date; used while `instant` is invalid.
    void setInstant(const QDateTime &instant, const QTime &clock = {});
    void setTimeZone(const QTimeZone &zone);
    QDateTimeEdit *editor() const { return m_edit; }
    QTimeEdit *clockEditor() const { return m_clock; } // shown for a time without a date
    QCheckBox *checkBox() const { return m_known; }

Q_SIGNALS:
    void instantEdited(const QDateTime &instant); // also when unset
    void clockEdited(const QTime &clock);         // the time of a date-less one

private:
    QCheckBox *m_known;
    QDateTimeEdit *m_edit;
    QTimeEdit *m_clock;
    QLabel *m_noDate;
    bool m_clockOnly = false;
    bool m_updating = false;
    void setClockOnly(bool on);
    void showNone();
};

} // namespace debrief
