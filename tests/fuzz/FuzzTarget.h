// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// Each fuzz target defines LLVMFuzzerTestOneInput. Built with clang's libFuzzer (./dev fuzz)
// it is fuzzed; built with FuzzReplay.cpp (the debug preset) it replays the seed corpus and the
// kept crashing inputs, so CI catches regressions with either compiler.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace debrief::fuzz {

// Offscreen and quiet, before the application object exists.
void prepareEnvironment();
// The application object Qt's image plugins, fonts and text layout expect; made once.
void ensureApplication();

// The input as a file of that name (libzip reads files), in a folder of the fuzzer's;
// empty when it cannot be written.
QString asFile(const uint8_t *data, size_t size, const QString &name);

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace debrief::fuzz
