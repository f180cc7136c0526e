// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Build-time tool: writes debrief(1) and the bash, zsh and fish completions from the CLI's
// command table into OUTDIR, laid out as they install under share/.

#include "cli/CliCompletions.h"
#include "cli/CliManPage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace {

bool write(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(text.toUtf8());
    return file.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: debrief_clidoc OUTDIR VERSION YYYY-MM-DD\n";
        return 2;
    }
    const QString out = args.at(1);
    const bool ok = write(out + QLatin1String("/man/man1/debrief.1"),
                          debrief::CliManPage::write(args.at(2), args.at(3))) &&
                    write(out + QLatin1String("/bash-completion/completions/debrief"),
                          debrief::CliCompletions::bash()) &&
                    write(out + QLatin1String("/zsh/vendor-completions/_debrief"),
                          debrief::CliCompletions::zsh()) &&
                    write(out + QLatin1String("/fish/vendor_completions.d/debrief.fish"),
                          debrief::CliCompletions::fish());
    if (!ok)
        QTextStream(stderr) << "debrief_clidoc: cannot write under " << out << '\n';
    return ok ? 0 : 3;
}
