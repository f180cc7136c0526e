// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPlainTextEdit>

namespace debrief {

struct Report;

// The attachments as read-only text until their editor exists, so nothing in the report is
// hidden from its author.
class ReadOnlyPartPane : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ReadOnlyPartPane(QWidget *parent = nullptr);

    void showAttachments(const Report &report);
};

} // namespace debrief
