// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "IconTheme.h"
#include "MemoryTuning.h"
#include "Translations.h"
#include "cli/CommandLine.h"
#include "controllers/DocumentManager.h"
#include "format/PmdLimits.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QImageReader>
#include <QTextStream>
#include <QTimer>

namespace {
void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Debrief"));
    QCoreApplication::setOrganizationName(QStringLiteral("Debrief"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEBRIEF_VERSION));
    // Hostile images must not be able to ask for gigabytes.
    QImageReader::setAllocationLimit(debrief::PmdLimits::kImageAllocationLimitMb);
}
} // namespace

int main(int argc, char **argv)
{
    // Decided before any application object exists: the CLI must run with no display.
    if (argc > 1 && debrief::CommandLine::isCommand(QString::fromLocal8Bit(argv[1]))) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describeApplication();
        debrief::Translations::install(); // the CLI speaks the user's language too
        QTextStream out(stdout);
        QTextStream err(stderr);
        return debrief::CommandLine(out, err).run(QCoreApplication::arguments());
    }

    debrief::MemoryTuning::apply();
    QApplication app(argc, argv);
    describeApplication();
    debrief::Translations::install();
    // The installed desktop entry and icon share the app id.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.debrief.Debrief"));
    debrief::IconTheme::ensureInstalled();
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.debrief.Debrief")));
    auto *window = new debrief::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool readOnly = args.removeAll(QStringLiteral("--read-only")) > 0;
    // --new (the desktop entry's New Report action): the template chooser over an empty window.
    const bool newReport = args.removeAll(QStringLiteral("--new")) > 0;
    if (!newReport && args.isEmpty())
        window->documents()->openSample();
    else if (!newReport && window->documents()->openFile(args.first()) && readOnly)
        window->setReadOnly(true);
    window->show();
    // After the window is up: what a crashed Debrief left unsaved is offered back first, and a
    // new report is asked for only when nothing was recovered into this window.
    QTimer::singleShot(0, window, [window, newReport] {
        if (!window->documents()->offerRecovery() && newReport)
            window->documents()->newReport();
    });
    return app.exec();
}
