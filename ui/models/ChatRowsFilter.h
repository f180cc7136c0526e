// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSortFilterProxyModel>

namespace debrief {

// The chat rows the user looks at: those whose words contain the filter text, and with "key
// moments only", those of a telling kind (a detection, a mitigation…), not plain talk.
class ChatRowsFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text);
    void setTellingOnly(bool only);
    // Checks or unchecks every row the filter shows.
    void setShownChecked(bool checked);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_text;
    bool m_tellingOnly = false;
};

} // namespace debrief
