// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "panes/InstantEdit.h"

#include "LocaleFormats.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeZone>

#include <utility>

namespace debrief {

InstantEdit::InstantEdit(QWidget *parent)
    : QWidget(parent)
    , m_known(new QCheckBox)
    , m_edit(new QDateTimeEdit)
    , m_clock(new QTimeEdit)
    , m_noDate(new QLabel(tr("no date: Timeline → Set Date… gives it one")))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_known);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_clock, 1);
    layout->addWidget(m_noDate);
    m_known->setToolTip(tr("Known"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(LocaleFormats::dateTime());
    // Not known shows "—", never a made-up date: the minimum stands for "none".
    m_edit->setMinimumDate(QDate(1970, 1, 1));
    m_edit->setSpecialValueText(QStringLiteral("—"));
    showNone();
    m_edit->setEnabled(false);
    // A time whose date nobody gave is edited alone: no date is ever made up for it.
    m_clock->setObjectName(QStringLiteral("clock"));
    m_clock->setDisplayFormat(LocaleFormats::time());
    m_clock->setAccessibleName(tr("Time without a date"));
    m_clock->setToolTip(tr("A time without a date: the source gave none"));
    m_noDate->setObjectName(QStringLiteral("noDate"));
    m_noDate->setEnabled(false); // a note, in the palette's dimmed text colour
    setClockOnly(false);
    connect(m_known, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        if (m_updating)
            return;
        setClockOnly(false); // unset, or a full instant from now on
        if (on && m_edit->dateTime() == m_edit->minimumDateTime())
            m_edit->setDateTime(QDateTime::currentDateTime().toTimeZone(m_edit->timeZone()));
        if (!on)
            showNone();
        Q_EMIT instantEdited(instant());
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_updating && m_known->isChecked() && !m_clockOnly)
            Q_EMIT instantEdited(instant());
    });
    connect(m_clock, &QTimeEdit::timeChanged, this, [this](QTime t) {
        if (!m_updating && m_clockOnly)
            Q_EMIT clockEdited(t);
    });
}

void InstantEdit::setFieldName(const QString &name)
{
    m_known->setAccessibleName(tr("%1 is known").arg(name));
    m_edit->setAccessibleName(name);
    m_clock->setAccessibleName(tr("%1, a time without a date").arg(name));
}

void InstantEdit::setClockOnly(bool on)
{
    m_clockOnly = on;
    m_edit->setVisible(!on);
    m_clock->setVisible(on);
    m_noDate->setVisible(on);
}

QDateTime InstantEdit::instant() const
{
    if (!m_known->isChecked() || m_clockOnly)
        return {};
    const QDateTime dt = m_edit->dateTime();
    return dt.toOffsetFromUtc(dt.offsetFromUtc());
}

void InstantEdit::setInstant(const QDateTime &instant, const QTime &clock)
{
    m_updating = true;
    const bool clockOnly = !instant.isValid() && clock.isValid();
    setClockOnly(clockOnly);
    m_known->setChecked(instant.isValid() || clockOnly);
    m_edit->setEnabled(instant.isValid());
    if (instant.isValid() && instant != m_edit->dateTime())
        m_edit->setDateTime(instant.toTimeZone(m_edit->timeZone()));
    else if (!instant.isValid())
        showNone();
    if (clockOnly && clock != m_clock->time())
        m_clock->setTime(clock);
    m_updating = false;
}

void InstantEdit::setTimeZone(const QTimeZone &zone)
{
    m_updating = true;
    const QDateTime shown = m_edit->dateTime();
    const bool none = shown == m_edit->minimumDateTime();
    m_edit->setTimeZone(zone);
    if (none)
        showNone();
    else
        m_edit->setDateTime(shown.toTimeZone(zone));
    m_updating = false;
}

void InstantEdit::showNone()
{
    const bool updating = std::exchange(m_updating, true);
    m_edit->setDateTime(m_edit->minimumDateTime());
    m_updating = updating;
}

} // namespace debrief
