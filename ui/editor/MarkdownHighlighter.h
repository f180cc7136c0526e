// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

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

protected:
    void highlightBlock(const QString &text) override;

private:
    SpellChecker *m_spelling;
};

} // namespace debrief
