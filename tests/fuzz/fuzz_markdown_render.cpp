// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Free text of a section or an entry as the preview and the exports render it: cmark, code
// highlighting, raw HTML escaped, links and image references checked.

#include "FuzzTarget.h"

#include "render/CodeHighlighter.h"
#include "render/MarkdownRenderer.h"
#include "render/SyntaxRepository.h"

using namespace debrief;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    static CodeHighlighter code(SyntaxRepository::instance());
    static MarkdownRenderer markdown(code);
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    markdown.renderBlocks(text, QStringLiteral("s-"));
    markdown.inlineHtml(text);
    return 0;
}
