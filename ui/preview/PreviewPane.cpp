// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "preview/PreviewPane.h"

#include "UiLogging.h"
#include "document/ReportDocument.h"
#include "model/AttachmentUsage.h"
#include "preview/PreviewBrowser.h"
#include "render/CodeHighlighter.h"
#include "render/MarkdownRenderer.h"
#include "render/ReportHtml.h"
#include "render/ReportStyle.h"
#include "render/SectionRenderer.h"
#include "render/SyntaxRepository.h"

#include <QDesktopServices>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QTimer>
#include <QVBoxLayout>

namespace debrief {

PreviewPane::PreviewPane(ReportDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_browser(new PreviewBrowser(&doc->attachments()))
    , m_code(std::make_unique<CodeHighlighter>(SyntaxRepository::instance()))
    , m_markdown(std::make_unique<MarkdownRenderer>(*m_code))
    , m_html(std::make_unique<ReportHtml>(*m_markdown))
    , m_sections(std::make_unique<SectionRenderer>(*m_markdown, *m_html))
    , m_timer(new QTimer(this))
{
    m_browser->setObjectName(QStringLiteral("preview"));
    // Read-only rich text is announced as a label; its name says which one.
    m_browser->setAccessibleName(tr("Preview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_timer->setSingleShot(true);
    m_timer->setInterval(0); // coalesce a burst of signals into one update
    connect(m_timer, &QTimer::timeout, this, &PreviewPane::renderSlice);
    connect(m_browser, &PreviewBrowser::linkActivated, this, &PreviewPane::openLink);
    applyStyle();

    using Kind = ReportParts::Kind;
    connect(doc, &ReportDocument::reportReset, this, &PreviewPane::markAllDirty);
    connect(doc, &ReportDocument::metadataChanged, this, [this] {
        markDirty(parts().row(Kind::Overview));
        markDirty(parts().row(Kind::Timeline)); // the timeline shows times in the report's zone
    });
    connect(doc, &ReportDocument::sectionTextChanged, this,
            [this](int section) { markDirty(parts().rowOfSection(section)); });
    auto rowsChanged = [this](ReportPart part, int row) {
        switch (part) {
        case ReportPart::Sections:
            markDirty(parts().rowOfSection(row));
            break;
        case ReportPart::Timeline:
            markDirty(parts().row(Kind::Timeline));
            break;
        case ReportPart::ActionItems:
            markDirty(parts().row(Kind::ActionItems));
            break;
        case ReportPart::Attachments:
            m_browser->forgetImages();
            markAllDirty();
            break;
        }
    };
    connect(doc, &ReportDocument::rowChanged, this, rowsChanged);
    // Inserting, removing or moving changes which frame is which part: rebuild.
    auto structural = [this, rowsChanged](ReportPart part, int row) {
        if (part == ReportPart::Sections || part == ReportPart::Attachments)
            markAllDirty();
        else
            rowsChanged(part, row);
    };
    connect(doc, &ReportDocument::rowsInserted, this, structural);
    connect(doc, &ReportDocument::rowsRemoved, this, structural);
    connect(doc, &ReportDocument::rowMoved, this,
            [structural](ReportPart part, int from) { structural(part, from); });
    connect(doc, &ReportDocument::rowsReordered, this,
            [structural](ReportPart part) { structural(part, 0); });
}

PreviewPane::~PreviewPane() = default;

void PreviewPane::applyStyle()
{
    m_code->setPalette(ReportStyle::isDark(palette()) ? CodeHighlighter::Palette::Dark
                                                      : CodeHighlighter::Palette::Light);
    m_browser->document()->setDefaultStyleSheet(ReportStyle::forPalette(palette()));
}

void PreviewPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyStyle();
        m_sections->clear(); // code colours changed
        markAllDirty();
    }
    QWidget::changeEvent(event);
}

void PreviewPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    schedule(); // catch up with what changed while hidden
}

void PreviewPane::markDirty(int part)
{
    m_dirty.insert(part);
    schedule();
}

void PreviewPane::markAllDirty()
{
    m_needsRebuild = true;
    schedule();
}

void PreviewPane::schedule()
{
    if (isVisible() && !m_timer->isActive())
        m_timer->start();
}

QStringList PreviewPane::renderPart(int part) const
{
    const Report &r = m_doc->report();
    ++m_renders;
    const ReportParts::Part p = parts().at(part);
    switch (p.kind) {
    case ReportParts::Kind::Overview:
        return {m_html->titleBlock(r)};
    case ReportParts::Kind::Section:
        return m_sections->blocks(r.sections[p.section]);
    case ReportParts::Kind::Timeline:
        return m_html->timelineBlocks(r);
    case ReportParts::Kind::ActionItems:
    case ReportParts::Kind::Attachments: // never rendered: renderedCount() leaves it out
        break;
    }
    return {m_html->actionItems(r)};
}

ReportParts PreviewPane::parts() const
{
    return ReportParts(int(m_doc->report().sections.size()));
}

namespace {
QTextFrameFormat plainFrame()
{
    QTextFrameFormat plain;
    plain.setMargin(0);
    plain.setPadding(0);
    plain.setBorder(0);
    return plain;
}
} // namespace

// HTML starting with a list or table, inserted into a frame's empty block, leaves that block
// empty above it: collapse it to no height so blocks are not spaced twice.
static void collapseLeadingEmptyBlock(QTextFrame *frame)
{
    QTextCursor first = frame->firstCursorPosition();
    const QTextBlock block = first.block();
    if (block.length() != 1 || block.next().position() > frame->lastPosition())
        return;
    QTextBlockFormat none;
    none.setLineHeight(0, QTextBlockFormat::FixedHeight);
    none.setTopMargin(0);
    none.setBottomMargin(0);
    first.setBlockFormat(none);
}

// Appends one child frame holding `html` to a part's frame, after the chunks it has.
void PreviewPane::appendChunk(int part, const QString &html)
{
    QList<QTextFrame *> &frames = m_chunkFrames[part];
    QTextCursor cursor = m_frames[part]->firstCursorPosition();
    if (!frames.isEmpty())
        cursor.setPosition(frames.last()->lastPosition() + 1); // just after the last child
    QTextFrame *frame = cursor.insertFrame(plainFrame());
    cursor.insertHtml(html);
    collapseLeadingEmptyBlock(frame);
    frames << frame;
}

// Empties a part's frame and queues it to be filled afresh, first.
void PreviewPane::requeue(int part)
{
    if (m_pending.isEmpty())
        m_restoreScroll = m_browser->verticalScrollBar()->value();
    clearPart(part);
    m_pending.removeAll(part);
    m_pending.prepend(part);
}

void PreviewPane::clearPart(int part)
{
    QTextFrame *frame = m_frames[part];
    QTextCursor cursor = frame->firstCursorPosition();
    cursor.setPosition(frame->lastPosition(), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    cursor.setBlockFormat(QTextBlockFormat());
    cursor.setCharFormat(QTextCharFormat());
    m_chunkFrames[part].clear();
    m_chunks[part].clear();
    if (m_fillPart == part)
        m_fillPart = -1;
}

// A chunk that is one table keeping its rows and columns (a timeline block after a move or an
// edit): its cells are rewritten in place. Replacing the table would make Qt rescan every frame
// of the document (QTextDocumentPrivate::scan_frames), a cost that grows with the whole report.
bool PreviewPane::patchTableCells(QTextFrame *frame, const QString &html)
{
    const QList<QTextFrame *> children = frame->childFrames();
    auto *table = children.size() == 1 ? qobject_cast<QTextTable *>(children.first()) : nullptr;
    if (!table || !html.startsWith(QLatin1String("<table")) ||
        !html.endsWith(QLatin1String("</table>")))
        return false;
    // The new chunk, laid out by the same rules as the preview's own document.
    QTextDocument fresh;
    fresh.setDefaultStyleSheet(m_browser->document()->defaultStyleSheet());
    fresh.setDefaultFont(m_browser->document()->defaultFont());
    QTextCursor(&fresh).insertHtml(html);
    const QList<QTextFrame *> freshChildren = fresh.rootFrame()->childFrames();
    auto *source =
        freshChildren.size() == 1 ? qobject_cast<QTextTable *>(freshChildren.first()) : nullptr;
    if (!source || source->rows() != table->rows() || source->columns() != table->columns() ||
        source->format() != table->format())
        return false;
    QTextCursor cursor(m_browser->document());
    cursor.beginEditBlock();
    for (int r = 0; r < table->rows(); ++r) {
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell from = source->cellAt(r, c);
            const QTextTableCell to = table->cellAt(r, c);
            if (from.rowSpan() != to.rowSpan() || from.columnSpan() != to.columnSpan()) {
                cursor.endEditBlock();
                return false; // cannot happen in a timeline block; the table is replaced
            }
            QTextCursor select = from.firstCursorPosition();
            select.setPosition(from.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            cursor.setPosition(to.firstCursorPosition().position());
            cursor.setPosition(to.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            cursor.insertFragment(QTextDocumentFragment(select));
            QTextTableCell after = table->cellAt(r, c);
            after.setFormat(from.format());
            QTextCursor block = after.firstCursorPosition();
            block.setBlockFormat(from.firstCursorPosition().blockFormat());
        }
    }
    cursor.endEditBlock();
    return true;
}

void PreviewPane::replaceChunk(QTextFrame *frame, const QString &html)
{
    if (patchTableCells(frame, html))
        return;
    QTextCursor cursor = frame->firstCursorPosition();
    // One edit block: the layout runs once for the whole patch, not after each step, and
    // each run walks every block frame of the part.
    cursor.beginEditBlock();
    cursor.setPosition(frame->lastPosition(), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    // The emptied frame keeps its last block's format (a list item, a code block...);
    // reset it to the plain block a fresh frame has, or the patch would differ.
    if (QTextList *list = cursor.currentList())
        list->remove(cursor.block());
    cursor.setBlockFormat(QTextBlockFormat());
    cursor.setBlockCharFormat(QTextCharFormat());
    cursor.setCharFormat(QTextCharFormat());
    cursor.insertHtml(html);
    collapseLeadingEmptyBlock(frame);
    cursor.endEditBlock();
}

void PreviewPane::rebuild()
{
    startRebuild();
    fillPending(-1);
    Q_EMIT updated();
}

// Empty frames for every part now; their content comes from fillPending().
void PreviewPane::startRebuild()
{
    const int count = parts().renderedCount();
    m_restoreScroll = m_browser->verticalScrollBar()->value();
    QTextDocument *doc = m_browser->document();
    doc->clear();
    m_frames.clear();
    m_chunkFrames = QList<QList<QTextFrame *>>(count);
    m_chunks = QList<QStringList>(count);
    m_pending.clear();
    m_fillPart = -1;
    QTextCursor cursor(doc);
    for (int part = 0; part < count; ++part) {
        m_frames << cursor.insertFrame(plainFrame());
        m_pending << part;
        cursor = doc->rootFrame()->lastCursorPosition();
    }
    m_needsRebuild = false;
    m_dirty.clear();
}

// Adds the next block of the first part waiting to be filled.
void PreviewPane::fillNextChunk()
{
    const int part = m_pending.first();
    if (m_fillPart != part) {
        if (!m_chunkFrames[part].isEmpty())
            clearPart(part); // half filled from an older render
        m_fillPart = part;
        m_fillChunks = renderPart(part);
    }
    if (m_chunkFrames[part].size() < m_fillChunks.size())
        appendChunk(part, m_fillChunks[m_chunkFrames[part].size()]);
    if (m_chunkFrames[part].size() >= m_fillChunks.size()) {
        m_chunks[part] = m_fillChunks;
        m_pending.removeFirst();
        m_fillPart = -1;
    }
}

void PreviewPane::finishFill()
{
    // Back where a rebuild found the reader, unless they have moved on meanwhile.
    QScrollBar *bar = m_browser->verticalScrollBar();
    if (bar->value() < m_restoreScroll)
        bar->setValue(m_restoreScroll);
    m_restoreScroll = 0;
    qCDebug(lcUi) << "preview filled:" << m_frames.size() << "parts";
}

bool PreviewPane::fillPending(qint64 budgetNs)
{
    QElapsedTimer clock;
    clock.start();
    // One block at a time: a long part (the timeline, a long section) spans several slices.
    // A slice is one edit of the document: each edit makes QTextDocument scan all its frames
    // again, so an edit per block would make filling a long timeline quadratic.
    if (m_pending.isEmpty())
        return true;
    QTextCursor edit(m_browser->document());
    edit.beginEditBlock();
    while (!m_pending.isEmpty() && (budgetNs < 0 || clock.nsecsElapsed() < budgetNs))
        fillNextChunk();
    edit.endEditBlock();
    if (m_pending.isEmpty())
        finishFill(); // laid out now: the scroll position can be put back
    return m_pending.isEmpty();
}

// What is needed to show `part` now: pending patches, and the parts down to it filled (those
// above it too, or it would move once they fill). The rest keeps coming a slice at a time.
void PreviewPane::fillThrough(int part)
{
    if (m_needsRebuild)
        startRebuild();
    const bool work = !m_dirty.isEmpty() || m_pending.contains(part);
    patchDirty();
    if (m_pending.contains(part)) {
        QTextCursor edit(m_browser->document()); // one edit: see fillPending()
        edit.beginEditBlock();
        while (m_pending.contains(part))
            fillNextChunk();
        edit.endEditBlock();
        if (m_pending.isEmpty())
            finishFill();
    }
    if (!m_pending.isEmpty())
        schedule();
    else if (work)
        Q_EMIT updated();
}

void PreviewPane::renderSlice()
{
    const bool building = m_needsRebuild || !m_pending.isEmpty();
    const bool dirty = !m_dirty.isEmpty();
    if (m_needsRebuild)
        startRebuild();
    patchDirty();
    // About half a frame per turn of the event loop: keystrokes come through in between.
    if (!fillPending(8'000'000)) {
        m_timer->start();
        return;
    }
    if (building || dirty)
        Q_EMIT updated();
}

void PreviewPane::flush()
{
    m_timer->stop();
    if (m_needsRebuild)
        startRebuild();
    const bool work = !m_pending.isEmpty() || !m_dirty.isEmpty();
    patchDirty();
    fillPending(-1);
    m_browser->updateResidentImages();
    if (work)
        Q_EMIT updated();
}

// Re-renders the parts edits touched and replaces the blocks that changed. A part with many
// changed blocks (a sort) or a different number of them is filled afresh, a slice at a time;
// one not filled yet is rendered when its turn comes.
void PreviewPane::patchDirty()
{
    if (m_dirty.isEmpty())
        return;
    constexpr int kMaxReplaced = 8;
    QScrollBar *bar = m_browser->verticalScrollBar();
    const int scroll = bar->value();
    for (const int part : std::as_const(m_dirty)) {
        if (part < 0 || part >= m_frames.size())
            continue;
        if (m_pending.contains(part)) {
            if (!m_chunkFrames[part].isEmpty() || part == m_fillPart)
                clearPart(part); // half filled from an older render: start again
            continue;
        }
        const QStringList chunks = renderPart(part);
        const QStringList &old = m_chunks[part];
        QList<int> changed;
        for (qsizetype i = 0; i < chunks.size() && chunks.size() == old.size(); ++i) {
            if (chunks[i] != old[i])
                changed << int(i);
        }
        if (chunks.size() != old.size() || changed.size() > kMaxReplaced) {
            requeue(part);
            m_fillPart = part;
            m_fillChunks = chunks;
            qCDebug(lcUi) << "preview refills part" << part << "-" << old.size() << "->"
                          << chunks.size() << "blocks";
            continue;
        }
        // The usual keystroke: same blocks, one of them different.
        for (const int i : std::as_const(changed))
            replaceChunk(m_chunkFrames[part][i], chunks[i]);
        m_chunks[part] = chunks;
        qCDebug(lcUi) << "preview patched part" << part << "-" << changed.size() << "of"
                      << chunks.size() << "blocks replaced";
    }
    m_dirty.clear();
    bar->setValue(scroll);
}

void PreviewPane::followSection(int section, int line)
{
    const auto &sections = m_doc->report().sections;
    if (!isVisible() || section < 0 || section >= sections.size() ||
        parts().rowOfSection(section) >= parts().renderedCount())
        return;
    fillThrough(parts().rowOfSection(section));
    m_browser->scrollToAnchor(m_sections->anchorForLine(sections[section], line));
}

void PreviewPane::showPart(const ReportParts::Part &part)
{
    if (!isVisible())
        return;
    if (part.kind == ReportParts::Kind::Section)
        followSection(part.section, 0);
    else if (part.kind != ReportParts::Kind::Attachments) { // attachments have no HTML part
        fillThrough(parts().row(part.kind));
        m_browser->scrollToAnchor(ReportParts::anchor(part.kind));
    }
}

// A remote image the text shows: download it into the report, or open it in the browser.
bool PreviewPane::offerDownload(const QUrl &url)
{
    const QStringList remote = AttachmentUsage(m_doc->report()).remoteUrls();
    const auto it = std::find_if(remote.cbegin(), remote.cend(), [&url](const QString &r) {
        return QUrl(r).toString(QUrl::FullyEncoded) == url.toString(QUrl::FullyEncoded);
    });
    if (it == remote.cend())
        return false;
    QMessageBox box(QMessageBox::Question, tr("Remote image"),
                    tr("This image is on the web, not in the report:\n\n%1\n\nDownload it from "
                       "%2 and keep it in the report?")
                        .arg(url.toString(QUrl::FullyEncoded), url.host()),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("remoteImageBox"));
    QPushButton *download = box.addButton(tr("&Download and Embed"), QMessageBox::AcceptRole);
    QPushButton *open = box.addButton(tr("&Open in Browser"), QMessageBox::ActionRole);
    box.setDefaultButton(download);
    box.exec();
    if (box.clickedButton() == download)
        Q_EMIT downloadImageRequested(*it);
    else if (box.clickedButton() == open)
        QDesktopServices::openUrl(url);
    return true;
}

void PreviewPane::openLink(const QUrl &url)
{
    if (offerDownload(url))
        return;
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http") &&
        scheme != QLatin1String("mailto")) {
        QMessageBox::information(this, tr("Link not opened"),
                                 tr("Debrief only opens web and mail links. This one is:\n%1")
                                     .arg(url.toDisplayString()));
        return;
    }
    QMessageBox box(
        QMessageBox::Question, tr("Open link?"),
        tr("Open this address in your browser?\n\n%1").arg(url.toString(QUrl::FullyEncoded)),
        QMessageBox::Open | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("openLinkBox"));
    if (box.exec() == QMessageBox::Open)
        QDesktopServices::openUrl(url);
}

} // namespace debrief
