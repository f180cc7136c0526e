// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "controllers/AutoSaver.h"

#include <QDialog>

class QListWidget;

namespace debrief {

// After a crash: the reports whose unsaved changes can be recovered, each with its title,
// file, the time of its last autosave and how many edits the saved file lacks; all checked.
class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    RecoveryDialog(const QList<AutoSaver::Recoverable> &found, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QList<AutoSaver::Recoverable> chosen() const;
    QList<AutoSaver::Recoverable> declined() const;

private:
    static QString describe(const AutoSaver::Recoverable &r);

    QList<AutoSaver::Recoverable> m_found;
    QListWidget *m_list;
};

} // namespace debrief
