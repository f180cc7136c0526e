// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dialogs/RedactCanvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace debrief {

RedactCanvas::RedactCanvas(const QImage &image, QWidget *parent)
    : QWidget(parent)
    , m_image(image)
{
    setMouseTracking(false);
    setCursor(Qt::CrossCursor);
    setMinimumSize(200, 150);
    setAccessibleName(tr("Image to redact"));
    setAccessibleDescription(tr("Drag to draw a box to cover, or the area to keep"));
}

QSize RedactCanvas::sizeHint() const
{
    return m_image.size().scaled(900, 600, Qt::KeepAspectRatio).expandedTo(QSize(200, 150));
}

QRectF RedactCanvas::imageRect() const
{
    const QSizeF size = QSizeF(m_image.size()).scaled(QSizeF(this->size()), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

QPointF RedactCanvas::toWidget(const QPointF &p) const
{
    const QRectF r = imageRect();
    return r.topLeft() +
           QPointF(p.x() * r.width() / m_image.width(), p.y() * r.height() / m_image.height());
}

QPoint RedactCanvas::toImage(const QPointF &widgetPoint) const
{
    const QRectF r = imageRect();
    const QPointF p = widgetPoint - r.topLeft();
    const int x = int(std::lround(p.x() * m_image.width() / r.width()));
    const int y = int(std::lround(p.y() * m_image.height() / r.height()));
    return {std::clamp(x, 0, m_image.width()), std::clamp(y, 0, m_image.height())};
}

bool RedactCanvas::undoLast()
{
    if (m_order.isEmpty())
        return false;
    if (m_order.takeLast() == Tool::Crop)
        m_redaction.crop = {};
    else
        m_redaction.boxes.removeLast();
    update();
    Q_EMIT changed();
    return true;
}

void RedactCanvas::clear()
{
    m_redaction = {};
    m_order.clear();
    update();
    Q_EMIT changed();
}

void RedactCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const QRectF r = imageRect();
    p.drawImage(r, m_image);
    p.setTransform(QTransform::fromTranslate(r.left(), r.top())
                       .scale(r.width() / m_image.width(), r.height() / m_image.height()),
                   false);
    for (const QRect &box : m_redaction.boxes)
        p.fillRect(box, Qt::black); // as it will be saved
    if (!m_redaction.crop.isEmpty()) {
        QPainterPath outside;
        outside.addRect(m_image.rect());
        QPainterPath kept;
        kept.addRect(m_redaction.crop);
        p.fillPath(outside.subtracted(kept), QColor(0, 0, 0, 140));
    }
    if (m_dragStart) {
        QPen pen(palette().highlight().color(), 0, Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRect(m_dragRect);
    }
}

void RedactCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragStart = toImage(event->position());
    m_dragRect = QRect(*m_dragStart, QSize());
}

void RedactCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragStart)
        return;
    m_dragRect = QRect(*m_dragStart, toImage(event->position())).normalized();
    update();
}

void RedactCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragStart || event->button() != Qt::LeftButton)
        return;
    const QRect box = QRect(*m_dragStart, toImage(event->position())).normalized();
    m_dragStart.reset();
    if (box.width() >= 2 && box.height() >= 2) {
        if (m_tool == Tool::Crop) {
            if (!m_redaction.crop.isEmpty())
                m_order.removeOne(Tool::Crop); // one crop: the new one replaces it
            m_redaction.crop = box;
        } else {
            m_redaction.boxes << box;
        }
        m_order << m_tool;
        Q_EMIT changed();
    }
    update();
}

} // namespace debrief
