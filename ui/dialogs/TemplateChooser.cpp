// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dialogs/TemplateChooser.h"

#include "templates/TemplateLibrary.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace debrief {

TemplateChooser::TemplateChooser(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget)
    , m_details(new QLabel)
{
    setWindowTitle(tr("New Report"));
    m_list->setObjectName(QStringLiteral("templates"));
    m_list->setAccessibleName(tr("Templates"));
    for (const ReportTemplate &t : TemplateLibrary::all()) {
        auto *item = new QListWidgetItem(t.name, m_list);
        item->setData(Qt::UserRole, t.id);
        item->setToolTip(t.description);
    }
    m_list->setCurrentRow(0);
    m_list->setMaximumWidth(200);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumWidth(320);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_list);
    row->addWidget(m_details, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Start the postmortem from a template:")));
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplateChooser::showDetails);
    showDetails();
    resize(620, 380);
}

QString TemplateChooser::templateId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void TemplateChooser::showDetails()
{
    const auto t = TemplateLibrary::find(templateId());
    if (!t) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<p>%1</p><p><b>%2</b></p><ol>")
                       .arg(t->description.toHtmlEscaped(), tr("Sections").toHtmlEscaped());
    for (const Section &s : t->sections)
        html += QStringLiteral("<li>%1</li>").arg(s.title.toHtmlEscaped());
    m_details->setText(html + QStringLiteral("</ol>"));
}

} // namespace debrief
