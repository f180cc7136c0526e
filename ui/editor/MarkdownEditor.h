// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPlainTextEdit>

#include <functional>
#include <memory>

class QMenu;
class QMimeData;

namespace debrief {

class MarkdownHighlighter;
class SpellChecker;

// A plain-text Markdown editor. It keeps no undo history of its own: every change the user
// makes is reported (userEdited) for the document's undo stack, and changes coming back from
// that stack are applied as splices that keep the view where it is.
class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MarkdownEditor(SpellChecker *spelling, QWidget *parent = nullptr);

    void setMarkdown(const QString &text); // replaces the text without reporting an edit
    void applySplice(int position, int removed, const QString &inserted);
    int wordCount() const;
    static int countWords(const QString &text);
    static QString wordCountText(int words); // "1 word", "12 words"
    QList<QAction *> formattingActions() const { return m_formatting; }
    MarkdownHighlighter *highlighter() const { return m_highlighter; }
    // Who turns dropped and pasted images into attachments: `accepts` says whether data holds
    // images, `insert` adds them and calls back with the Markdown to put at the cursor.
    struct ImageHandler
    {
        std::function<bool(const QMimeData *)> accepts;
        std::function<void(const QMimeData *, const std::function<void(const QString &)> &)> insert;
    };
    void setImageHandler(const ImageHandler &handler) { m_images = handler; }

    // The context menu for a point: spelling suggestions first when the word is misspelled.
    std::unique_ptr<QMenu> contextMenuAt(const QPoint &pos);

    // Formatting; each is one edit, so one undo step.
    void toggleBold() { wrapSelection(QStringLiteral("**")); }
    void toggleItalic() { wrapSelection(QStringLiteral("_")); }
    void toggleCode() { wrapSelection(QStringLiteral("`")); }
    void insertLink();
    void toggleList();
    void cycleHeading();

Q_SIGNALS:
    void userEdited();
    void wordCountChanged(int words);

protected:
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void wrapSelection(const QString &marker);
    // Replaces whole lines touched by the selection with transform(lines).
    void transformLines(const std::function<QStringList(QStringList)> &transform);
    void replaceRange(int from, int to, const QString &text, int selectFrom, int selectTo);
    QAction *addFormatting(const QString &text, const QString &icon, const QKeySequence &key,
                           void (MarkdownEditor::*slot)());

    SpellChecker *m_spelling;
    MarkdownHighlighter *m_highlighter;
    QList<QAction *> m_formatting;
    ImageHandler m_images;
    bool m_silent = false;
};

} // namespace debrief
