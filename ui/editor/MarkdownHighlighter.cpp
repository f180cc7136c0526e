// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editor/MarkdownHighlighter.h"

#include "editor/SpellChecker.h"
#include "render/SyntaxRepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QPalette>
#include <QRegularExpression>

namespace debrief {

namespace {
enum BlockState { Prose = 0, InFence = 1 };
}

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document, SpellChecker *spelling)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
    , m_spelling(spelling)
{
    setDefinition(SyntaxRepository::instance().definitionForName(QStringLiteral("Markdown")));
    if (m_spelling)
        connect(m_spelling, &SpellChecker::dictionaryChanged, this,
                &MarkdownHighlighter::rehighlight);
}

void MarkdownHighlighter::followPalette(const QPalette &palette)
{
    setTheme(SyntaxRepository::instance().themeForPalette(palette));
    rehighlight();
}

QList<std::pair<int, int>> MarkdownHighlighter::skippedRanges(const QString &line)
{
    static const QRegularExpression skip(QStringLiteral(
        R"(`[^`]*`?|\]\([^)]*\)?|<[^>]*>|\b(?:https?|ftp|mailto):\S+|\S+@\S+\.\S+)"));
    QList<std::pair<int, int>> ranges;
    for (auto it = skip.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        ranges.append({int(m.capturedStart()), int(m.capturedEnd())});
    }
    return ranges;
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);

    // Fenced code is not prose: track fences in the block state and leave them alone.
    const bool wasInFence = previousBlockState() == InFence;
    const QString trimmed = text.trimmed();
    const bool fenceLine =
        trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"));
    setCurrentBlockState(fenceLine != wasInFence ? InFence : Prose);
    if (wasInFence || fenceLine || text.startsWith(QLatin1String("    ")))
        return;
    markMissingAttachments(text);
    markMisspellings(text);
}

void MarkdownHighlighter::setAttachmentCheck(const std::function<bool(const QString &)> &exists)
{
    m_attachmentExists = exists;
}

void MarkdownHighlighter::markMissingAttachments(const QString &text)
{
    if (!m_attachmentExists || !text.contains(QLatin1String("attachment:")))
        return;
    // The destination alone: alt text may hold escaped brackets.
    static const QRegularExpression ref(QStringLiteral(R"(\]\(\s*<?(attachment:([0-9a-f]{64})))"));
    for (auto it = ref.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (m_attachmentExists(m.captured(2)))
            continue;
        for (int i = int(m.capturedStart(1)); i < int(m.capturedEnd(1)); ++i) {
            QTextCharFormat f = format(i);
            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            f.setUnderlineColor(missingAttachmentColor());
            setFormat(i, 1, f);
        }
    }
}

void MarkdownHighlighter::markMisspellings(const QString &text)
{
    if (!m_spelling || !m_spelling->isAvailable())
        return;
    static const QRegularExpression word(QStringLiteral(R"([\p{L}][\p{L}'’]*[\p{L}]|[\p{L}])"));
    const auto skipped = skippedRanges(text);
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int start = int(m.capturedStart());
        const int end = int(m.capturedEnd());
        const bool inSkipped = std::any_of(skipped.cbegin(), skipped.cend(), [&](const auto &r) {
            return start < r.second && end > r.first;
        });
        if (inSkipped || !m_spelling->isMisspelled(m.captured()))
            continue;
        for (int i = start; i < end; ++i) {
            QTextCharFormat f = format(i);
            f.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            f.setUnderlineColor(QColor(0xe0, 0x30, 0x30));
            setFormat(i, 1, f);
        }
    }
}

} // namespace debrief
