// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dialogs/RecoveryDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace debrief {

RecoveryDialog::RecoveryDialog(const QList<AutoSaver::Recoverable> &found, QWidget *parent)
    : QDialog(parent)
    , m_found(found)
    , m_list(new QListWidget)
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Reports"));
    auto *intro = new QLabel(tr("Debrief did not close properly. These reports have changes "
                                "that were autosaved but not saved. Check the ones to open; "
                                "they open as modified, and nothing is written to their files "
                                "until you save."));
    intro->setWordWrap(true);
    m_list->setAccessibleName(tr("Recoverable reports"));
    m_list->setAccessibleDescription(tr("Checked reports are opened with their unsaved changes"));
    for (const AutoSaver::Recoverable &r : found) {
        auto *item = new QListWidgetItem(describe(r), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    auto *buttons = new QDialogButtonBox;
    QPushButton *recover = buttons->addButton(tr("&Recover Checked"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Not Now"), QDialogButtonBox::RejectRole)
        ->setToolTip(tr("Keep them all for the next start"));
    recover->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 320);
}

QString RecoveryDialog::describe(const AutoSaver::Recoverable &r)
{
    const QString title = r.title.isEmpty() ? tr("(untitled report)") : r.title;
    const QString file =
        r.originalPath.isEmpty() ? tr("never saved") : QDir::toNativeSeparators(r.originalPath);
    const QString when = QLocale().toString(r.autosaved, QLocale::ShortFormat);
    const QString edits = r.unsavedSteps == 1
                              ? tr("1 edit not in the saved file")
                              : tr("%1 edits not in the saved file").arg(r.unsavedSteps);
    return tr("%1\n%2 · autosaved %3 · %4").arg(title, file, when, edits);
}

QList<AutoSaver::Recoverable> RecoveryDialog::chosen() const
{
    QList<AutoSaver::Recoverable> out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_found[i];
    }
    return out;
}

QList<AutoSaver::Recoverable> RecoveryDialog::declined() const
{
    QList<AutoSaver::Recoverable> out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() != Qt::Checked)
            out << m_found[i];
    }
    return out;
}

} // namespace debrief
