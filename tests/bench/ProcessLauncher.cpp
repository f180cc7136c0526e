// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProcessLauncher.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

extern char **environ;

namespace {

int g_requests = -1; // the bench writes requests here
int g_replies = -1;  // and reads the runs from here

bool readAll(int fd, void *data, size_t size)
{
    auto *p = static_cast<char *>(data);
    while (size > 0) {
        const ssize_t n = read(fd, p, size);
        if (n <= 0)
            return false;
        p += n;
        size -= size_t(n);
    }
    return true;
}

bool writeAll(int fd, const void *data, size_t size)
{
    const auto *p = static_cast<const char *>(data);
    while (size > 0) {
        const ssize_t n = write(fd, p, size);
        if (n <= 0)
            return false;
        p += n;
        size -= size_t(n);
    }
    return true;
}

double nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace

void ProcessLauncher::start()
{
    int requests[2];
    int replies[2];
    if (pipe(requests) != 0 || pipe(replies) != 0)
        std::abort();
    const pid_t pid = fork();
    if (pid < 0)
        std::abort();
    if (pid == 0) {
        close(requests[1]);
        close(replies[0]);
        serve(requests[0], replies[1]);
    }
    close(requests[0]);
    close(replies[1]);
    g_requests = requests[1];
    g_replies = replies[0];
}

// A request: its length, then the working directory and the arguments, each ending in NUL.
void ProcessLauncher::serve(int requests, int replies)
{
    for (;;) {
        uint32_t length = 0;
        if (!readAll(requests, &length, sizeof length))
            _exit(0); // the bench has gone
        std::string packed(length, '\0');
        if (!readAll(requests, packed.data(), length))
            _exit(0);
        std::vector<std::string> parts;
        for (size_t from = 0; from < packed.size();) {
            const size_t end = packed.find('\0', from);
            parts.push_back(packed.substr(from, end - from));
            from = end + 1;
        }
        const Run run =
            parts.size() < 2 ? Run{} : spawnAndWait(parts[0], {parts.begin() + 1, parts.end()});
        if (!writeAll(replies, &run, sizeof run))
            _exit(0);
    }
}

ProcessLauncher::Run ProcessLauncher::spawnAndWait(const std::string &workDir,
                                                   const std::vector<std::string> &argv)
{
    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addchdir_np(&actions, workDir.c_str());
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    Run run;
    const double started = nowMs();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) == pid) {
        run.ms = nowMs() - started;
        run.peakKb = double(usage.ru_maxrss);
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    return run;
}

ProcessLauncher::Run ProcessLauncher::run(const std::string &workDir,
                                          const std::vector<std::string> &argv)
{
    std::string packed = workDir + '\0';
    for (const std::string &a : argv)
        packed += a + '\0';
    const auto length = uint32_t(packed.size());
    Run run;
    if (g_requests < 0 || !writeAll(g_requests, &length, sizeof length) ||
        !writeAll(g_requests, packed.data(), packed.size()) ||
        !readAll(g_replies, &run, sizeof run))
        return Run{};
    return run;
}
