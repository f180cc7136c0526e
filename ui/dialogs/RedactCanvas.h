// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "format/ImageRedaction.h"

#include <QImage>
#include <QWidget>

#include <optional>

namespace debrief {

// The image being redacted, fitted to the widget: dragging draws a box to cover or the area
// to keep, in the image's own pixels. Covered boxes are painted solid, as they will be saved;
// outside the crop is dimmed.
class RedactCanvas : public QWidget
{
    Q_OBJECT
public:
    enum class Tool { Cover, Crop };

    explicit RedactCanvas(const QImage &image, QWidget *parent = nullptr);

    void setTool(Tool tool) { m_tool = tool; }
    const ImageRedaction &redaction() const { return m_redaction; }
    // Removes the last box drawn (or the crop, when it came last); false when nothing is left.
    bool undoLast();
    void clear();
    // Where image pixel `p` is on the widget, for tests and the mouse.
    QPointF toWidget(const QPointF &p) const;
    QSize sizeHint() const override;

Q_SIGNALS:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF imageRect() const; // where the image is drawn
    QPoint toImage(const QPointF &widgetPoint) const;

    QImage m_image;
    Tool m_tool = Tool::Cover;
    ImageRedaction m_redaction;
    QList<Tool> m_order; // what each undo step removes
    std::optional<QPoint> m_dragStart;
    QRect m_dragRect;
};

} // namespace debrief
