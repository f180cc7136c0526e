// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FuzzTarget.h"

#include <QGuiApplication>
#include <QSaveFile>
#include <QTemporaryDir>

void debrief::fuzz::prepareEnvironment()
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Findings are crashes and sanitizer reports; the warnings a hostile file rightly causes
    // would only bury them.
    qputenv("QT_LOGGING_RULES", "*=false");
}

void debrief::fuzz::ensureApplication()
{
    if (QCoreApplication::instance())
        return; // the replay's own
    prepareEnvironment();
    static int argc = 1;
    static char name[] = "debrief-fuzz";
    static char *argv[] = {name, nullptr};
    // Lives as long as the fuzzer; the caches it fills (fonts) stay reachable, so per-input
    // leak checks see only what an input really leaked (./dev fuzz skips the check at exit).
    new QGuiApplication(argc, argv);
}

QString debrief::fuzz::asFile(const uint8_t *data, size_t size, const QString &name)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes(data, size));
    return file.commit() ? path : QString();
}
