// debrief_bench: times the budgets of DESIGN.md on the generated large report and prints
// name -> number; --json FILE writes the same as one JSON object for tracking.

#include "LargeReport.h"
#include "document/ReportDocument.h"
#include "format/AttachmentStore.h"
#include "format/PmdArchive.h"
#include "format/ReportValidator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace debrief;

namespace {

// Median of `runs` timings in milliseconds: robust against the noise of a shared machine.
double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Debrief benchmarks"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write the figures to FILE."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions per figure."),
                      QStringLiteral("n"), QStringLiteral("9")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("large.pmd"));
    AttachmentStore store;
    const Report report = LargeReport::make(&store);
    QString error;
    if (!PmdArchive::write(file, report, store, &error)) {
        std::fprintf(stderr, "cannot write the large report: %s\n", qPrintable(error));
        return 1;
    }

    QJsonObject figures;
    figures.insert(QStringLiteral("pmd_bytes"), double(QFile(file).size()));
    figures.insert(QStringLiteral("pmd_open_ms"), medianMs(runs, [&] {
                       ReportDocument doc;
                       if (!doc.load(file, &error))
                           qFatal("open failed: %s", qPrintable(error));
                   }));
    // A fresh document each time: the first save after opening must copy every image from the
    // old archive, which is the case the 200 ms budget is about.
    const QString copy = dir.filePath(QStringLiteral("copy.pmd"));
    figures.insert(QStringLiteral("pmd_save_unchanged_ms"),
                   medianMs(runs, [&] {
                       ReportDocument doc;
                       doc.load(file, &error);
                       doc.setSectionText(0, QStringLiteral("edited"));
                       if (!doc.save(copy, &error))
                           qFatal("save failed: %s", qPrintable(error));
                   }) - figures.value(QStringLiteral("pmd_open_ms")).toDouble());
    figures.insert(QStringLiteral("validate_ms"), medianMs(runs, [&] {
                       auto loaded = PmdArchive::read(file, &error);
                       AttachmentStore s;
                       s.setArchive(file, loaded->attachmentEntries);
                       ReportValidator::check(loaded->report, s);
                   }));

    for (auto it = figures.begin(); it != figures.end(); ++it)
        std::printf("%-28s %12.2f\n", qPrintable(it.key()), it.value().toDouble());
    const QString json = parser.value(QStringLiteral("json"));
    if (!json.isEmpty()) {
        QFile out(json);
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(figures).toJson()) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(json));
            return 1;
        }
    }
    return 0;
}
