// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProcessRun.h"

#include <QProcess>

ProcessRun ProcessRun::of(const QString &program, const QStringList &args,
                          const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess p;
    if (!environment.isEmpty())
        p.setProcessEnvironment(environment);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

ProcessRun ProcessRun::debrief(const QStringList &args)
{
    return of(QStringLiteral(DEBRIEF_BIN), args);
}
