// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

// debrief_bench: times the budgets of DESIGN.md on the generated large report and prints
// name -> number; --json FILE writes the same as one JSON object for tracking.

#include "ChatBench.h"
#include "Fixtures.h"
#include "LargeReport.h"
#include "MemoryTuning.h"
#include "ProcessLauncher.h"
#include "controllers/AttachmentController.h"
#include "controllers/AutoSaver.h"
#include "controllers/DocumentManager.h"
#include "document/ReportDocument.h"
#include "editor/MarkdownEditor.h"
#include "export/ExportWriter.h"
#include "export/MarkdownExporter.h"
#include "format/AttachmentStore.h"
#include "format/PmdArchive.h"
#include "format/ReportValidator.h"
#include "import/MarkdownImporter.h"
#include "models/AttachmentsModel.h"
#include "models/PartsModel.h"
#include "models/TimelineModel.h"
#include "panes/AttachmentsPane.h"
#include "panes/SectionPane.h"
#include "panes/TimelinePane.h"
#include "preview/PreviewBrowser.h"
#include "preview/PreviewPane.h"
#include "render/CodeHighlighter.h"
#include "render/MarkdownRenderer.h"
#include "render/ReportHtml.h"
#include "render/SyntaxRepository.h"
#include "window/MainWindow.h"
#include "window/NavigationPanel.h"

#include <cmark.h>

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QThreadPool>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <tuple>

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

// Median time from one typed character in the middle section to the preview document
// updated and laid out.
double keystrokeMs(const Report &report, const AttachmentStore &store, int runs)
{
    ReportDocument doc;
    QTemporaryDir dir;
    QString error;
    const QString file = dir.filePath(QStringLiteral("k.pmd"));
    PmdArchive::write(file, report, store, &error);
    doc.load(file, &error);
    PreviewPane pane(&doc);
    pane.resize(700, 900);
    pane.show();
    pane.flush();
    QTextDocument *text = pane.browser()->document();
    text->documentLayout()->documentSize();       // the first full layout is not a keystroke
    QThreadPool::globalInstance()->waitForDone(); // nor is decoding the images
    QCoreApplication::processEvents();
    const int section = int(report.sections.size()) / 2;
    const int at = int(report.sections[section].text.size()) / 2;
    int typed = 0;
    // Sub-millisecond figures are noisy here: take many keystrokes.
    return medianMs(runs * 15, [&] {
        doc.editSectionText(section, at + typed++, 0, QStringLiteral("x"));
        pane.flush();
        text->documentLayout()->documentSize();
    });
}

// Loads `report` into `doc` through a saved file, as a user opens it.
void loadThroughFile(ReportDocument &doc, const Report &report, const AttachmentStore &store,
                     const QTemporaryDir &dir)
{
    QString error;
    const QString file = dir.filePath(QStringLiteral("t.pmd"));
    if (!PmdArchive::write(file, report, store, &error) || !doc.load(file, &error))
        qFatal("cannot load: %s", qPrintable(error));
}

// The timeline pane and the preview side by side, as in the window, settled.
struct TimelineView
{
    explicit TimelineView(ReportDocument *doc, bool withPreview = true)
        : pane(doc, nullptr)
        , preview(doc)
    {
        pane.resize(600, 800);
        preview.resize(700, 900);
        pane.show();
        if (withPreview)
            preview.show();
        settle();
    }
    // Until the table and the preview show the change.
    void settle()
    {
        preview.flush();
        preview.browser()->document()->documentLayout()->documentSize();
        pane.view()->viewport()->repaint();
    }
    TimelinePane pane;
    PreviewPane preview;
};

// One entry in the middle moved down and back, by Alt+Down (the action's model call) or by
// a drop of the view's drag data, until the pane and the preview show it.
double timelineMoveMs(const Report &report, const AttachmentStore &store, int runs, bool drag,
                      bool withPreview = true)
{
    ReportDocument doc;
    QTemporaryDir dir;
    loadThroughFile(doc, report, store, dir);
    TimelineView view(&doc, withPreview);
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    TimelineModel *model = view.pane.model();
    int row = model->rowCount() / 2;
    int step = 0;
    return medianMs(runs * 5, [&] {
        const int delta = step++ % 2 == 0 ? 1 : -1;
        if (drag) {
            std::unique_ptr<QMimeData> data(model->mimeData({model->index(row, 0)}));
            model->dropMimeData(data.get(), Qt::MoveAction, delta > 0 ? row + 2 : row - 1, 0, {});
        } else {
            model->shiftEntries({row}, delta);
        }
        row += delta;
        view.settle();
    });
}

// "Sort by time" on the timeline in reverse order (every entry moves): until the table is
// repainted ("table"), and until the preview has caught up too ("preview"), which it does a
// slice at a time from the event loop while the window stays responsive.
std::pair<double, double> timelineSortMs(const Report &report, const AttachmentStore &store,
                                         int runs)
{
    Report reversed = report;
    std::reverse(reversed.timeline.begin(), reversed.timeline.end());
    ReportDocument doc;
    QTemporaryDir dir;
    loadThroughFile(doc, reversed, store, dir);
    TimelineView view(&doc);
    QList<double> table;
    QList<double> preview;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!view.pane.model()->sortByTime())
            qFatal("nothing to sort");
        view.pane.view()->viewport()->repaint();
        table << double(t.nsecsElapsed()) / 1e6;
        view.settle();
        preview << double(t.nsecsElapsed()) / 1e6;
        doc.undoStack()->undo(); // the same disorder for the next run, not timed
        view.settle();
    }
    std::sort(table.begin(), table.end());
    std::sort(preview.begin(), preview.end());
    return {table[table.size() / 2], preview[preview.size() / 2]};
}

// A window with the large report open, then the Timeline part chosen, until it is painted.
// A window at the default size with `file` open and settled: the preview done with its
// first render, the images decoded.
void openSettled(MainWindow &w, const QString &file)
{
    w.resize(1280, 800);
    w.show();
    if (!w.documents()->openFile(file))
        qFatal("open failed");
    w.findChild<PreviewPane *>()->flush();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
}

double openTimelinePartMs(const QString &file, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        MainWindow w;
        openSettled(w, file);
        QElapsedTimer t;
        t.start();
        w.navigation()->selectPart(
            w.navigation()->partsModel()->rowForKind(PartsModel::Kind::Timeline));
        w.findChild<TimelinePane *>()->repaint();
        QCoreApplication::processEvents();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// From "open" to a window whose GUI thread is free for the first keystroke: the open itself
// and whatever it queued (the preview's render runs from the event loop).
std::pair<double, double> openToEditableMs(const QString &file, int runs)
{
    QList<double> times;
    QList<double> calls;
    for (int i = 0; i < runs; ++i) {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QCoreApplication::processEvents();
        QElapsedTimer t;
        t.start();
        if (!w.documents()->openFile(file))
            qFatal("open failed");
        calls << double(t.nsecsElapsed()) / 1e6;
        // A keystroke queued right after the open is handled after everything queued before
        // it: posted here, it measures when typing would come through.
        bool typed = false;
        QMetaObject::invokeMethod(&w, [&typed] { typed = true; }, Qt::QueuedConnection);
        while (!typed)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        times << double(t.nsecsElapsed()) / 1e6;
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
    }
    std::sort(times.begin(), times.end());
    std::sort(calls.begin(), calls.end());
    return {times[times.size() / 2], calls[calls.size() / 2]};
}

struct ProcessRun
{
    double ms = 0;
    double peakKb = 0;
    int exitCode = -1;
};

// Runs a program to the end and reports its wall time and its peak resident memory, the
// peak of any child it waited for included (pandoc runs weasyprint as a child).
ProcessRun runMeasured(const QString &workDir, const QStringList &command)
{
    std::vector<std::string> argv;
    for (const QString &a : command)
        argv.push_back(a.toLocal8Bit().toStdString());
    const ProcessLauncher::Run r = ProcessLauncher::run(workDir.toLocal8Bit().toStdString(), argv);
    return {r.ms, r.peakKb, r.exitCode};
}

// Median over `runs` of a whole-process run; the memory figure is the largest seen.
ProcessRun medianRun(int runs, const QString &workDir, const QStringList &command)
{
    QList<ProcessRun> all;
    for (int i = 0; i < runs; ++i) {
        all << runMeasured(workDir, command);
        if (all.last().exitCode != 0)
            qFatal("%s failed with exit code %d", qPrintable(command.join(QLatin1Char(' '))),
                   all.last().exitCode);
    }
    std::sort(all.begin(), all.end(),
              [](const ProcessRun &a, const ProcessRun &b) { return a.ms < b.ms; });
    ProcessRun median = all[all.size() / 2];
    for (const ProcessRun &r : std::as_const(all))
        median.peakKb = std::max(median.peakKb, r.peakKb);
    return median;
}

// The PDF export against pandoc with weasyprint on our own Markdown export of the same report.
void pdfFigures(QJsonObject &figures, const QString &file, const Report &report,
                const AttachmentStore &store, const QString &dir, int runs)
{
    const QString pdf = QDir(dir).filePath(QStringLiteral("ours.pdf"));
    const ProcessRun ours = medianRun(
        runs, dir,
        {QStringLiteral(DEBRIEF_BIN), QStringLiteral("export"), file, QStringLiteral("-o"), pdf});
    figures.insert(QStringLiteral("pdf_export_ms"), ours.ms);
    figures.insert(QStringLiteral("pdf_peak_kb"), ours.peakKb);
    figures.insert(QStringLiteral("pdf_bytes"), double(QFileInfo(pdf).size()));

    const QString md = QDir(dir).filePath(QStringLiteral("large.md"));
    const QString folder = ExportWriter::imagesFolderFor(md);
    const auto exported = MarkdownExporter::exportReport(report, store, folder,
                                                         MarkdownExporter::TimelineStyle::Table);
    QString error;
    if (!ExportWriter::write(md, exported.markdown.toUtf8(), folder, exported.images, &error))
        qFatal("cannot write the Markdown export: %s", qPrintable(error));
    const QString theirs = QDir(dir).filePath(QStringLiteral("pandoc.pdf"));
    // Pandoc's runs are seconds long: fewer of them keep the bench bearable.
    const ProcessRun pandoc =
        medianRun(std::min(runs, 3), dir,
                  {QStringLiteral("pandoc"), md, QStringLiteral("-o"), theirs,
                   QStringLiteral("--pdf-engine=weasyprint"),
                   QStringLiteral("--metadata=pagetitle:") + report.metadata.title});
    figures.insert(QStringLiteral("pandoc_pdf_ms"), pandoc.ms);
    figures.insert(QStringLiteral("pandoc_peak_kb"), pandoc.peakKb);
    figures.insert(QStringLiteral("pandoc_pdf_bytes"), double(QFileInfo(theirs).size()));
    figures.insert(QStringLiteral("pdf_time_ratio"), ours.ms / pandoc.ms);
    figures.insert(QStringLiteral("pdf_bytes_ratio"),
                   double(QFileInfo(pdf).size()) / double(QFileInfo(theirs).size()));
    figures.insert(QStringLiteral("pdf_peak_ratio"), ours.peakKb / pandoc.peakKb);
}

QStringList proseOf(const Report &report)
{
    QStringList texts;
    for (const Section &s : report.sections)
        texts << s.text;
    for (const TimelineEntry &e : report.timeline)
        texts << e.description;
    return texts;
}

// The window with the report open, every part shown in turn, the preview filled and every
// thumbnail made; run as a child process, so its peak memory is its own.
int windowTour(const QString &file)
{
    MemoryTuning::apply(); // as the application does
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    if (!w.documents()->openFile(file))
        return 1;
    w.findChild<PreviewPane *>()->flush();
    NavigationPanel *nav = w.navigation();
    for (int row = 0; row < nav->partsModel()->rowCount(); ++row) {
        nav->selectPart(row);
        QCoreApplication::processEvents();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
    }
    return 0;
}

// Whether every row of the attachments table shows its thumbnail (or knows it cannot).
bool thumbnailsInPlace(const QAbstractItemModel *model)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex name = model->index(row, AttachmentsModel::Name);
        if (name.data(Qt::DecorationRole).typeId() != QMetaType::QPixmap &&
            !name.data().toString().contains(QLatin1String("unreadable")))
            return false;
    }
    return true;
}

// The large report open and settled, then the Attachments part chosen: until the pane is
// painted ("usable"), and until every thumbnail is in place.
std::pair<double, double> attachmentsPartMs(const QString &file, int runs)
{
    QList<double> usable;
    QList<double> thumbs;
    for (int i = 0; i < runs; ++i) {
        MainWindow w;
        openSettled(w, file);
        auto *pane = w.findChild<AttachmentsPane *>();
        QElapsedTimer t;
        t.start();
        w.navigation()->selectPart(
            w.navigation()->partsModel()->rowForKind(PartsModel::Kind::Attachments));
        pane->view()->viewport()->repaint();
        usable << double(t.nsecsElapsed()) / 1e6;
        // Blocking until something arrives: processEvents() with a time limit returns at once
        // when nothing is queued, and would spin a core the decoders need.
        while (!thumbnailsInPlace(pane->model()))
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        thumbs << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(usable.begin(), usable.end());
    std::sort(thumbs.begin(), thumbs.end());
    return {usable[usable.size() / 2], thumbs[thumbs.size() / 2]};
}

// Autosave with the large report open in the window and edited. Returns, as medians: the
// GUI thread's part of a snapshot (the copy handed to a worker), a keystroke typed while
// that snapshot is being written until the preview shows it, the same keystroke with no
// autosave running, and the whole write until the worker reports it.
struct AutosaveFigures
{
    double snapshot = 0, keystrokeWriting = 0, keystrokeIdle = 0, written = 0;
};

AutosaveFigures autosaveMs(const QString &file, int runs)
{
    MainWindow w;
    openSettled(w, file);
    AutoSaver *saver = w.documents()->autoSaver();
    saver->setDelays(3600 * 1000, 3600 * 1000); // only the snapshots taken here
    auto *preview = w.findChild<PreviewPane *>();
    QAbstractTextDocumentLayout *layout = preview->browser()->document()->documentLayout();
    const int section = int(w.document()->report().sections.size()) / 2;
    int typed = 0;
    auto keystroke = [&] {
        QElapsedTimer t;
        t.start();
        w.document()->editSectionText(section, typed++, 0, QStringLiteral("x"));
        preview->flush();
        layout->documentSize();
        return double(t.nsecsElapsed()) / 1e6;
    };
    QList<double> snapshots, writing, idle, written;
    for (int i = 0; i < runs; ++i) {
        idle << keystroke(); // also leaves the report modified
        QElapsedTimer t;
        t.start();
        saver->snapshot();
        snapshots << double(t.nsecsElapsed()) / 1e6;
        if (!saver->isWriting())
            qFatal("autosave did not start a write");
        writing << keystroke();
        while (saver->isWriting())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        written << double(t.nsecsElapsed()) / 1e6;
    }
    w.document()->undoStack()->setClean(); // closing asks nothing
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    return {median(snapshots), median(writing), median(idle), median(written)};
}

// A 3840×2160 screenshot pasted into a section until control returns: as image data the
// window must encode, and as the PNG bytes a screenshot tool usually offers.
std::tuple<double, double, double> pasteScreenshotMs(int runs)
{
    const QImage shot = Fixtures::dashboard(3840, 2160, 77);
    const QByteArray png = Fixtures::png(shot);
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    w.documents()->openSample();
    w.navigation()->selectPart(w.navigation()->partsModel()->rowForSection(0));
    MarkdownEditor *editor = w.findChild<SectionPane *>()->editor();
    auto *controller = w.findChild<AttachmentController *>();
    // Until control returns, and until the image and its reference are in the text.
    auto pasteMs = [&](bool asPng) {
        QList<double> returned;
        QList<double> arrived;
        for (int i = 0; i < runs; ++i) {
            auto *data = new QMimeData;
            if (asPng)
                data->setData(QStringLiteral("image/png"), png);
            else
                data->setImageData(shot);
            QApplication::clipboard()->setMimeData(data);
            const int steps = w.document()->undoStack()->index();
            QElapsedTimer t;
            t.start();
            editor->paste();
            returned << double(t.nsecsElapsed()) / 1e6;
            while (controller->isEncoding())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            arrived << double(t.nsecsElapsed()) / 1e6;
            if (w.document()->undoStack()->index() != steps + 1)
                qFatal("the paste added no image");
            w.document()->undoStack()->undo();
        }
        std::sort(returned.begin(), returned.end());
        std::sort(arrived.begin(), arrived.end());
        return std::pair{returned[returned.size() / 2], arrived[arrived.size() / 2]};
    };
    const auto image = pasteMs(false);
    const auto bytes = pasteMs(true);
    w.document()->undoStack()->setClean();
    return {image.first, image.second, bytes.first};
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    ProcessLauncher::start(); // while the bench is still small
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Debrief benchmarks"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write the figures to FILE."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions per figure."),
                      QStringLiteral("n"), QStringLiteral("9")});
    parser.addOption(
        {QStringLiteral("only"),
         QStringLiteral(
             "Run only these groups: pmd, preview, keystroke, render, pdf, timeline, move, "
             "open, attachments, autosave, import, chat."),
         QStringLiteral("groups")});
    parser.addOption({QStringLiteral("window-tour"),
                      QStringLiteral("(internal) Open FILE in the window, show every part, exit."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("keep"),
                      QStringLiteral("Write the large report and the exports into DIR and keep "
                                     "them."),
                      QStringLiteral("dir")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("window-tour")))
        return windowTour(parser.value(QStringLiteral("window-tour")));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QStringList only =
        parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto wanted = [&only](const char *group) {
        return only.isEmpty() || only.contains(QLatin1String(group));
    };

    QTemporaryDir tmp;
    const QString dirPath =
        parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : tmp.path();
    QDir().mkpath(dirPath);
    const QDir dir(dirPath);
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
    if (wanted("pdf"))
        pdfFigures(figures, file, report, store, dirPath, runs);
    if (wanted("pmd")) {
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
    }
    if (wanted("preview")) {
        // Opening the large report with the preview visible: the first full render, images
        // included.
        figures.insert(QStringLiteral("preview_first_render_ms"), medianMs(runs, [&] {
                           ReportDocument doc;
                           doc.load(file, &error);
                           PreviewPane pane(&doc);
                           pane.resize(700, 900);
                           pane.show();
                           pane.flush();
                           pane.browser()->document()->documentLayout()->documentSize();
                       }));
        // Let the image decoding it started finish, so it does not disturb the next figures.
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
    }
    if (wanted("preview") || wanted("keystroke")) {
        // Preview: the large report and the same report four times larger.
        figures.insert(QStringLiteral("preview_keystroke_ms"), keystrokeMs(report, store, runs));
        {
            AttachmentStore big;
            const Report large4 = LargeReport::make(&big, 4);
            figures.insert(QStringLiteral("preview_keystroke_4x_ms"),
                           keystrokeMs(large4, big, runs));
        }
    }
    if (wanted("render")) {
        // Where a keystroke's time goes: rendering the edited section alone.
        CodeHighlighter c(SyntaxRepository::instance());
        MarkdownRenderer m(c);
        ReportHtml h(m);
        AttachmentStore big;
        const Report large4 = LargeReport::make(&big, 4, 0);
        const Section &s1 = report.sections[report.sections.size() / 2];
        const Section &s4 = large4.sections[large4.sections.size() / 2];
        figures.insert(QStringLiteral("section_render_ms"),
                       medianMs(runs * 3, [&] { h.sectionBlocks(s1); }));
        figures.insert(QStringLiteral("section_render_4x_ms"),
                       medianMs(runs * 3, [&] { h.sectionBlocks(s4); }));
    }
    if (wanted("render")) {
        const QStringList prose = proseOf(report);
        QList<QByteArray> proseUtf8;
        for (const QString &t : prose)
            proseUtf8 << t.toUtf8();
        CodeHighlighter code(SyntaxRepository::instance());
        MarkdownRenderer markdown(code);
        figures.insert(QStringLiteral("md_to_html_ms"), medianMs(runs * 3, [&] {
                           for (const QString &t : prose)
                               markdown.toHtml(t);
                       }));
        figures.insert(QStringLiteral("cmark_ms"), medianMs(runs * 3, [&] {
                           for (const QByteArray &t : proseUtf8)
                               free(cmark_markdown_to_html(t.constData(), size_t(t.size()),
                                                           CMARK_OPT_DEFAULT));
                       }));
    }

    if (wanted("timeline") || wanted("move")) {
        // "move" alone: the move figures, small enough to run under callgrind.
        AttachmentStore big;
        const Report large4 = LargeReport::make(&big, 4);
        figures.insert(QStringLiteral("timeline_move_ms"),
                       timelineMoveMs(report, store, runs, false));
        figures.insert(QStringLiteral("timeline_move_4x_ms"),
                       timelineMoveMs(large4, big, runs, false));
        // Where a move's time goes: the pane alone, without the preview.
        figures.insert(QStringLiteral("timeline_move_pane_only_ms"),
                       timelineMoveMs(report, store, runs, false, false));
        figures.insert(QStringLiteral("timeline_move_pane_only_4x_ms"),
                       timelineMoveMs(large4, big, runs, false, false));
    }
    if (wanted("timeline")) {
        AttachmentStore big;
        const Report large4 = LargeReport::make(&big, 4);
        figures.insert(QStringLiteral("timeline_drop_ms"),
                       timelineMoveMs(report, store, runs, true));
        figures.insert(QStringLiteral("timeline_drop_4x_ms"),
                       timelineMoveMs(large4, big, runs, true));
        const auto [sortTable, sortPreview] = timelineSortMs(large4, big, runs);
        figures.insert(QStringLiteral("timeline_sort_1200_ms"), sortTable);
        figures.insert(QStringLiteral("timeline_sort_1200_preview_ms"), sortPreview);
        figures.insert(QStringLiteral("timeline_open_part_ms"), openTimelinePartMs(file, runs));
    }
    if (wanted("timeline") || wanted("open")) {
        const auto [editable, call] = openToEditableMs(file, runs);
        figures.insert(QStringLiteral("open_to_editable_ms"), editable);
        figures.insert(QStringLiteral("open_call_ms"), call); // openFile() alone
    }

    if (wanted("import")) {
        // Import stays linear: the large report's Markdown export, and four times as much.
        for (const int scale : {1, 4}) {
            AttachmentStore images;
            const Report r = LargeReport::make(&images, scale, 0);
            const QString markdown =
                MarkdownExporter::exportReport(r, images, QStringLiteral("images")).markdown;
            const double ms = medianMs(runs, [&] {
                const auto imported = MarkdownImporter::importMarkdown(markdown, dirPath);
                if (imported.report.timeline.isEmpty())
                    qFatal("the import found no timeline");
            });
            figures.insert(
                scale == 1 ? QStringLiteral("import_ms") : QStringLiteral("import_4x_ms"), ms);
        }
    }
    if (wanted("chat")) {
        ChatBench(dirPath, runs, medianMs, [&dirPath](const QStringList &command) {
            return qint64(medianRun(1, dirPath, command).peakKb);
        }).run(figures);
    }
    if (wanted("autosave")) {
        const AutosaveFigures a = autosaveMs(file, runs);
        figures.insert(QStringLiteral("autosave_snapshot_ms"), a.snapshot);
        figures.insert(QStringLiteral("autosave_keystroke_while_writing_ms"), a.keystrokeWriting);
        figures.insert(QStringLiteral("autosave_keystroke_idle_ms"), a.keystrokeIdle);
        figures.insert(QStringLiteral("autosave_written_ms"), a.written);
    }
    if (wanted("attachments")) {
        const auto [usable, thumbs] = attachmentsPartMs(file, runs);
        figures.insert(QStringLiteral("attachments_part_ms"), usable);
        figures.insert(QStringLiteral("attachments_thumbnails_ms"), thumbs);
        const auto [image, imageArrived, bytes] = pasteScreenshotMs(runs);
        figures.insert(QStringLiteral("paste_4k_image_ms"), image);
        figures.insert(QStringLiteral("paste_4k_image_arrived_ms"), imageArrived);
        figures.insert(QStringLiteral("paste_4k_png_ms"), bytes);
        // Peak memory of a window that has shown everything, large report and 4x.
        const QString self = QCoreApplication::applicationFilePath();
        figures.insert(QStringLiteral("window_peak_rss_kb"),
                       medianRun(1, dirPath, {self, QStringLiteral("--window-tour"), file}).peakKb);
        AttachmentStore big;
        const QString file4 = dir.filePath(QStringLiteral("large4.pmd"));
        if (!PmdArchive::write(file4, LargeReport::make(&big, 4, 120), big, &error))
            qFatal("cannot write the 4x report: %s", qPrintable(error));
        figures.insert(
            QStringLiteral("window_peak_rss_4x_kb"),
            medianRun(1, dirPath, {self, QStringLiteral("--window-tour"), file4}).peakKb);
    }

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
