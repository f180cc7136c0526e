// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/ReportParts.h"

#include <QSet>
#include <QWidget>

class QTextCursor;

#include <memory>

class QTextFrame;
class QTimer;

namespace debrief {

class CodeHighlighter;
class MarkdownRenderer;
class PreviewBrowser;
class ReportDocument;
class ReportHtml;
class SectionRenderer;

// The live preview. The report is rendered part by part (title block, each section, timeline,
// action items), each part a frame of one QTextDocument holding one child frame per block
// (a section's heading, each of its Markdown blocks). An edit re-renders only the part it
// touched and replaces only the blocks whose HTML changed, so the cost of a keystroke does
// not grow with the report. The scroll position is kept; nothing is rendered while hidden.
// A full render (opening a report) fills the parts from the event loop a slice at a time, so
// typing is never blocked behind it; flush() finishes it at once.
class PreviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewPane(ReportDocument *doc, QWidget *parent = nullptr);
    ~PreviewPane() override;

    PreviewBrowser *browser() const { return m_browser; }
    // Renders what is pending now instead of at the next event loop turn.
    void flush();
    // Rebuilds everything from scratch (what a patched document must equal).
    void rebuild();
    // Scrolls to the block of `section` that holds Markdown line `line` (1-based).
    void followSection(int section, int line);
    // Scrolls to the top of a part of the report (nothing while the pane is hidden).
    void showPart(const ReportParts::Part &part);
    int renderedParts() const { return m_renders; }
    SectionRenderer *sectionRenderer() const { return m_sections.get(); }

Q_SIGNALS:
    void updated();
    // The user chose "Download and Embed" on a remote image the text shows (its URL as
    // written).
    void downloadImageRequested(const QString &url);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void renderSlice(); // the timer's work: patches, then fills parts for a few ms
    void startRebuild();
    void patchDirty();
    bool fillPending(qint64 budgetNs); // true when every part is filled
    void fillNextChunk();
    void finishFill();
    void fillThrough(int part);
    void markDirty(int part);
    void markAllDirty();
    void schedule();
    ReportParts parts() const;
    QStringList renderPart(int part) const;
    void appendChunk(int part, const QString &html);
    void requeue(int part);
    void clearPart(int part);
    void replaceChunk(QTextFrame *frame, const QString &html);
    bool patchTableCells(QTextFrame *frame, const QString &html);
    void openLink(const QUrl &url);
    bool offerDownload(const QUrl &url); // false when the link is not a remote image
    void applyStyle();

    ReportDocument *m_doc;
    PreviewBrowser *m_browser;
    std::unique_ptr<CodeHighlighter> m_code;
    std::unique_ptr<MarkdownRenderer> m_markdown;
    std::unique_ptr<ReportHtml> m_html;
    std::unique_ptr<SectionRenderer> m_sections;
    QList<QTextFrame *> m_frames;             // one per part
    QList<QList<QTextFrame *>> m_chunkFrames; // per part, one per block
    QList<QStringList> m_chunks;              // the HTML each block frame shows
    QSet<int> m_dirty;
    QList<int> m_pending; // parts whose frames are not filled yet, the first one being filled
    int m_fillPart = -1;  // the part m_fillChunks was rendered for
    QStringList m_fillChunks;
    int m_restoreScroll = 0;
    bool m_needsRebuild = true;
    QTimer *m_timer;
    mutable int m_renders = 0;
};

} // namespace debrief
