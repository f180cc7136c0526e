// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "panes/InstantEdit.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QTimeZone>

namespace debrief {

InstantEdit::InstantEdit(QWidget *parent)
    : QWidget(parent)
    , m_known(new QCheckBox)
    , m_edit(new QDateTimeEdit)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_known);
    layout->addWidget(m_edit, 1);
    m_known->setToolTip(tr("Known"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_edit->setEnabled(false);
    connect(m_known, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        if (m_updating)
            return;
        if (on && m_edit->dateTime().date() == QDate(2000, 1, 1))
            m_edit->setDateTime(QDateTime::currentDateTime().toTimeZone(m_edit->timeZone()));
        Q_EMIT instantEdited(instant());
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_updating && m_known->isChecked())
            Q_EMIT instantEdited(instant());
    });
}

QDateTime InstantEdit::instant() const
{
    if (!m_known->isChecked())
        return {};
    const QDateTime dt = m_edit->dateTime();
    return dt.toOffsetFromUtc(dt.offsetFromUtc());
}

void InstantEdit::setInstant(const QDateTime &instant)
{
    m_updating = true;
    m_known->setChecked(instant.isValid());
    m_edit->setEnabled(instant.isValid());
    if (instant.isValid() && instant != m_edit->dateTime())
        m_edit->setDateTime(instant.toTimeZone(m_edit->timeZone()));
    m_updating = false;
}

void InstantEdit::setTimeZone(const QTimeZone &zone)
{
    m_updating = true;
    const QDateTime shown = m_edit->dateTime();
    m_edit->setTimeZone(zone);
    m_edit->setDateTime(shown.toTimeZone(zone));
    m_updating = false;
}

} // namespace debrief
