// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Repository>

#include <QHash>

namespace debrief {

// Fenced code to HTML: KSyntaxHighlighting formats become inline-styled spans, because
// QTextDocument (preview and PDF) understands inline styles but not CSS classes of themes.
// Not thread-safe: one instance per thread, each with its own Repository.
class CodeHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    enum class Palette { Light, Dark };

    explicit CodeHighlighter(KSyntaxHighlighting::Repository &repository,
                             Palette palette = Palette::Light);

    // `<pre class="code">…</pre>`; the language is an info-string word such as "cpp",
    // "Python" or "yaml"; unknown languages give escaped plain text.
    QString toHtml(const QString &code, const QString &language);
    void setPalette(Palette palette);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    KSyntaxHighlighting::Definition definitionFor(const QString &language);

    KSyntaxHighlighting::Repository &m_repository;
    QHash<QString, KSyntaxHighlighting::Definition> m_definitions;
    QStringView m_line;
    QString m_out;
};

} // namespace debrief
