// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QImage;
class QLabel;
class QPushButton;

namespace debrief {

class RedactCanvas;

// "Crop and Redact": cover what must not be seen with solid boxes and crop to what matters,
// before a screenshot leaves the company. The caller applies the result (ImageRedaction).
class RedactDialog : public QDialog
{
    Q_OBJECT
public:
    RedactDialog(const QImage &image, const QString &fileName, QWidget *parent = nullptr);

    RedactCanvas *canvas() const { return m_canvas; }

private:
    void updateState();

    RedactCanvas *m_canvas;
    QLabel *m_summary;
    QPushButton *m_apply;
};

} // namespace debrief
