// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dialogs/RedactDialog.h"

#include "dialogs/RedactCanvas.h"

#include <QActionGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace debrief {

RedactDialog::RedactDialog(const QImage &image, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_canvas(new RedactCanvas(image))
    , m_summary(new QLabel)
{
    setObjectName(QStringLiteral("redactDialog"));
    setWindowTitle(tr("Crop and Redact “%1”").arg(fileName));
    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *tools = new QActionGroup(this);
    QAction *cover =
        toolbar->addAction(QIcon::fromTheme(QStringLiteral("draw-rectangle")), tr("C&over"));
    cover->setShortcut(QKeySequence(Qt::Key_O));
    cover->setToolTip(tr("Drag over what must not be seen: it is painted over solid (O)"));
    QAction *crop =
        toolbar->addAction(QIcon::fromTheme(QStringLiteral("transform-crop")), tr("&Crop"));
    crop->setShortcut(QKeySequence(Qt::Key_C));
    crop->setToolTip(tr("Drag around the part to keep (C)"));
    for (QAction *a : {cover, crop}) {
        a->setCheckable(true);
        tools->addAction(a);
    }
    cover->setChecked(true);
    toolbar->addSeparator();
    QAction *undo =
        toolbar->addAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo Last"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *clear =
        toolbar->addAction(QIcon::fromTheme(QStringLiteral("edit-clear")), tr("C&lear All"));
    connect(cover, &QAction::triggered, this,
            [this] { m_canvas->setTool(RedactCanvas::Tool::Cover); });
    connect(crop, &QAction::triggered, this,
            [this] { m_canvas->setTool(RedactCanvas::Tool::Crop); });
    connect(undo, &QAction::triggered, m_canvas, &RedactCanvas::undoLast);
    connect(clear, &QAction::triggered, m_canvas, &RedactCanvas::clear);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setToolTip(tr("Replace the image everywhere it is used. The original pixels and "
                           "the image's metadata are not kept once the report is saved."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_canvas, &RedactCanvas::changed, this, &RedactDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    updateState();
}

void RedactDialog::updateState()
{
    const ImageRedaction &r = m_canvas->redaction();
    m_apply->setEnabled(!r.isEmpty());
    const QString boxes =
        r.boxes.size() == 1 ? tr("1 area covered") : tr("%1 areas covered").arg(r.boxes.size());
    m_summary->setText(
        r.crop.isEmpty()
            ? boxes
            : tr("%1; cropped to %2 × %3").arg(boxes).arg(r.crop.width()).arg(r.crop.height()));
}

} // namespace debrief
