// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editor/MarkdownEditor.h"

#include "editor/MarkdownHighlighter.h"
#include "editor/SpellChecker.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>

namespace debrief {

MarkdownEditor::MarkdownEditor(SpellChecker *spelling, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_spelling(spelling)
    , m_highlighter(new MarkdownHighlighter(document(), spelling))
{
    setUndoRedoEnabled(false);
    setTabChangesFocus(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont mono = font();
    mono.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono"),
                      QStringLiteral("monospace")});
    mono.setStyleHint(QFont::Monospace);
    setFont(mono);
    m_highlighter->followPalette(palette());
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_silent)
            Q_EMIT userEdited();
        Q_EMIT wordCountChanged(wordCount());
    });

    addFormatting(tr("&Bold"), QStringLiteral("format-text-bold"), QKeySequence::Bold,
                  &MarkdownEditor::toggleBold);
    addFormatting(tr("&Italic"), QStringLiteral("format-text-italic"), QKeySequence::Italic,
                  &MarkdownEditor::toggleItalic);
    addFormatting(tr("&Code"), QStringLiteral("format-text-code"),
                  QKeySequence(Qt::CTRL | Qt::Key_E), &MarkdownEditor::toggleCode);
    addFormatting(tr("&Link…"), QStringLiteral("insert-link"), QKeySequence(Qt::CTRL | Qt::Key_K),
                  &MarkdownEditor::insertLink);
    addFormatting(tr("Bulleted &List"), QStringLiteral("format-list-unordered"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), &MarkdownEditor::toggleList);
    addFormatting(tr("&Heading"), QStringLiteral("format-text-heading"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), &MarkdownEditor::cycleHeading);
}

QAction *MarkdownEditor::addFormatting(const QString &text, const QString &icon,
                                       const QKeySequence &key, void (MarkdownEditor::*slot)())
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setToolTip(
        QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)),
                                      key.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    m_formatting << action;
    return action;
}

void MarkdownEditor::setMarkdown(const QString &text)
{
    m_silent = true;
    setPlainText(text);
    m_silent = false;
}

void MarkdownEditor::applySplice(int position, int removed, const QString &inserted)
{
    // Keep the reader's place: restore the scroll position unless the cursor must follow.
    const int scroll = verticalScrollBar()->value();
    QTextCursor c(document());
    c.setPosition(std::min(position, document()->characterCount() - 1));
    c.setPosition(std::min(position + removed, document()->characterCount() - 1),
                  QTextCursor::KeepAnchor);
    m_silent = true;
    c.insertText(inserted);
    m_silent = false;
    setTextCursor(c);
    verticalScrollBar()->setValue(scroll);
    ensureCursorVisible();
}

int MarkdownEditor::countWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral(R"([\p{L}\p{N}]+(?:['’][\p{L}]+)*)"));
    int n = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

QString MarkdownEditor::wordCountText(int words)
{
    return words == 1 ? tr("1 word") : tr("%1 words").arg(words);
}

int MarkdownEditor::wordCount() const
{
    return countWords(toPlainText());
}

void MarkdownEditor::replaceRange(int from, int to, const QString &text, int selectFrom,
                                  int selectTo)
{
    QTextCursor c(document());
    c.setPosition(from);
    c.setPosition(to, QTextCursor::KeepAnchor);
    c.insertText(text); // one contents change: one undo step in the document
    c.setPosition(selectFrom);
    c.setPosition(selectTo, QTextCursor::KeepAnchor);
    setTextCursor(c);
}

void MarkdownEditor::wrapSelection(const QString &marker)
{
    QTextCursor c = textCursor();
    const int from = c.selectionStart();
    const int to = c.selectionEnd();
    const QString all = toPlainText();
    const QString selected = all.mid(from, to - from);
    const int m = int(marker.size());
    // Already wrapped (markers just outside the selection): unwrap.
    if (from >= m && all.mid(from - m, m) == marker && all.mid(to, m) == marker) {
        replaceRange(from - m, to + m, selected, from - m, to - m);
        return;
    }
    if (selected.size() >= 2 * m && selected.startsWith(marker) && selected.endsWith(marker)) {
        const QString inner = selected.mid(m, selected.size() - 2 * m);
        replaceRange(from, to, inner, from, from + int(inner.size()));
        return;
    }
    replaceRange(from, to, marker + selected + marker, from + m, to + m);
}

void MarkdownEditor::insertLink()
{
    QTextCursor c = textCursor();
    const int from = c.selectionStart();
    const int to = c.selectionEnd();
    const QString text = c.selectedText().isEmpty() ? tr("text") : c.selectedText();
    const QString url = QStringLiteral("https://");
    const QString link = QStringLiteral("[%1](%2)").arg(text, url);
    // Leave the address selected, ready to be typed over.
    const int urlStart = from + int(text.size()) + 3;
    replaceRange(from, to, link, urlStart, urlStart + int(url.size()));
}

void MarkdownEditor::transformLines(const std::function<QStringList(QStringList)> &transform)
{
    QTextCursor c = textCursor();
    const QTextBlock first = document()->findBlock(c.selectionStart());
    const QTextBlock last = document()->findBlock(c.selectionEnd());
    const int from = first.position();
    const int to = last.position() + last.length() - 1;
    const QStringList lines = toPlainText().mid(from, to - from).split(QLatin1Char('\n'));
    const QString replaced = transform(lines).join(QLatin1Char('\n'));
    replaceRange(from, to, replaced, from + int(replaced.size()), from + int(replaced.size()));
}

void MarkdownEditor::toggleList()
{
    transformLines([](QStringList lines) {
        const bool allListed = std::all_of(lines.cbegin(), lines.cend(), [](const QString &l) {
            return l.startsWith(QLatin1String("- ")) || l.isEmpty();
        });
        for (QString &l : lines) {
            if (allListed && l.startsWith(QLatin1String("- ")))
                l.remove(0, 2);
            else if (!allListed && !l.startsWith(QLatin1String("- ")))
                l.prepend(QLatin1String("- "));
        }
        return lines;
    });
}

void MarkdownEditor::cycleHeading()
{
    // No heading -> ### -> #### -> none: sections are already level 2 in the report.
    transformLines([](QStringList lines) {
        static const QRegularExpression heading(QStringLiteral("^(#{1,6}) "));
        for (QString &l : lines) {
            const auto m = heading.match(l);
            const int level = m.hasMatch() ? int(m.captured(1).size()) : 0;
            l = l.mid(m.hasMatch() ? m.capturedLength() : 0);
            if (level == 0)
                l.prepend(QLatin1String("### "));
            else if (level < 4)
                l.prepend(QLatin1String("#### "));
        }
        return lines;
    });
}

bool MarkdownEditor::event(QEvent *event)
{
    // Undo and redo belong to the report, not to this widget: let the window's actions have
    // them. The same for our formatting keys that QPlainTextEdit would otherwise take.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        bool ours = key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo);
        for (const QAction *a : std::as_const(m_formatting))
            ours = ours || a->shortcut() == pressed;
        if (ours) {
            event->ignore();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void MarkdownEditor::contextMenuEvent(QContextMenuEvent *event)
{
    contextMenuAt(event->pos())->exec(event->globalPos());
}

std::unique_ptr<QMenu> MarkdownEditor::contextMenuAt(const QPoint &pos)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(pos));
    // Undo/Redo of the standard menu act on the widget's own (disabled) history.
    for (QAction *a : menu->actions()) {
        if (a->text().contains(tr("Undo")) || a->text().contains(tr("Redo")))
            a->setVisible(false);
    }
    QTextCursor word = cursorForPosition(pos);
    word.select(QTextCursor::WordUnderCursor);
    const QString text = word.selectedText();
    QAction *before = menu->actions().value(0);
    if (m_spelling && m_spelling->isMisspelled(text)) {
        const QStringList suggestions = m_spelling->suggestions(text);
        for (const QString &s : suggestions) {
            QAction *a = new QAction(s, menu.get());
            QFont bold = a->font();
            bold.setBold(true);
            a->setFont(bold);
            connect(a, &QAction::triggered, this, [this, word, s] {
                replaceRange(word.selectionStart(), word.selectionEnd(), s,
                             word.selectionStart() + int(s.size()),
                             word.selectionStart() + int(s.size()));
            });
            menu->insertAction(before, a);
        }
        if (suggestions.isEmpty()) {
            QAction *none = new QAction(tr("(no suggestions)"), menu.get());
            none->setEnabled(false);
            menu->insertAction(before, none);
        }
        QAction *add = new QAction(tr("Add \"%1\" to Dictionary").arg(text), menu.get());
        connect(add, &QAction::triggered, this,
                [this, text] { m_spelling->addToDictionary(text); });
        menu->insertAction(before, add);
        QAction *ignore = new QAction(tr("Ignore \"%1\"").arg(text), menu.get());
        connect(ignore, &QAction::triggered, this,
                [this, text] { m_spelling->ignoreForSession(text); });
        menu->insertAction(before, ignore);
        menu->insertSeparator(before);
    }
    menu->addSeparator();
    menu->addActions(m_formatting);
    return menu;
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->followPalette(palette());
    QPlainTextEdit::changeEvent(event);
}

bool MarkdownEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return (m_images.accepts && m_images.accepts(source)) ||
           QPlainTextEdit::canInsertFromMimeData(source);
}

void MarkdownEditor::insertFromMimeData(const QMimeData *source)
{
    if (isReadOnly() || !m_images.accepts || !m_images.accepts(source)) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    // The images and the reference to them are one undo step, made by the handler.
    // The Markdown may come later (a pasted screenshot is encoded on a worker).
    m_images.insert(source, [editor = QPointer<MarkdownEditor>(this)](const QString &markdown) {
        if (!editor)
            return;
        QTextCursor cursor = editor->textCursor();
        cursor.insertText(markdown);
        editor->setTextCursor(cursor);
    });
}

} // namespace debrief
