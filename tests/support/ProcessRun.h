// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// A program run to the end, as the end-to-end tests run our CLI and the tools that check its
// output (pdfinfo, cmark, unzip...).
struct ProcessRun
{
    int code = -1; // -1 when it crashed or did not finish in time
    QString out;
    QString err;

    static ProcessRun of(const QString &program, const QStringList &args,
                         const QProcessEnvironment &environment = {}, int timeoutMs = 180000);
    // The debrief binary under test.
    static ProcessRun debrief(const QStringList &args);
};
