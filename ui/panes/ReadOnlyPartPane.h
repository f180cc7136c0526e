// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPlainTextEdit>

namespace debrief {

struct Report;

// The timeline and the attachments as read-only text until their editors exist, so nothing
// in the report is hidden from its author.
class ReadOnlyPartPane : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ReadOnlyPartPane(QWidget *parent = nullptr);

    void showTimeline(const Report &report);
    void showAttachments(const Report &report);
};

} // namespace debrief
