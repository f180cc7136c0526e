// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <string>
#include <vector>

// Starts the programs the bench measures from a small process forked before the bench grows.
// Linux counts, in a spawned program's peak memory, the address space it was started from: a
// program the bench started itself would seem at least as large as the bench (200 MB once it
// holds the large reports), whatever the program used.
class ProcessLauncher
{
public:
    struct Run
    {
        double ms = 0;
        double peakKb = 0;
        int exitCode = -1;
    };

    // Forks the launcher. Call first in main, before threads start and memory grows.
    static void start();
    // Runs the program in `workDir` with its output discarded, to its end (and its children's).
    static Run run(const std::string &workDir, const std::vector<std::string> &argv);

private:
    [[noreturn]] static void serve(int requests, int replies);
    static Run spawnAndWait(const std::string &workDir, const std::vector<std::string> &argv);
};
