// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <functional>

namespace debrief {

class SpellChecker;

// KSyntaxHighlighting's Markdown highlighting with misspelled words underlined on top.
// (Two QSyntaxHighlighters cannot share a document, so spelling is done here.)
class MarkdownHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
public:
    MarkdownHighlighter(QTextDocument *document, SpellChecker *spelling);

    // Chooses the light or dark theme that matches the palette.
    void followPalette(const QPalette &palette);
    // Text ranges inside a line that spelling skips: inline code, link targets, URLs.
    static QList<std::pair<int, int>> skippedRanges(const QString &line);
    // Whether the report holds an attachment; a reference to one it does not hold is
    // underlined as an error. Rehighlight when the attachments change.
    void setAttachmentCheck(const std::function<bool(const QString &id)> &exists);
    static QColor missingAttachmentColor() { return QColor(0xd0, 0x40, 0x00); }

protected:
    void highlightBlock(const QString &text) override;

private:
    void markMissingAttachments(const QString &text);
    void markMisspellings(const QString &text);

    SpellChecker *m_spelling;
    std::function<bool(const QString &)> m_attachmentExists;
};

} // namespace debrief
