// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace debrief {

// Pipe tables as GitHub writes them, read line by line: cmark without extensions sees a table
// as a paragraph, so the importer splits its rows itself.
class MarkdownTable
{
public:
    static bool isRow(const QString &line);
    static bool isDelimiterRow(const QString &line);
    // A header row followed by a delimiter row starts a table.
    static bool startsTable(const QStringList &lines, int first, int last);
    // Cells split on unescaped pipes, outer pipes dropped, each trimmed, escapes kept.
    static QStringList cells(const QString &row);
    // Undoes a table cell's own escaping ("\|" and "\\"), as MarkdownExporter::tableCell does it.
    static QString unescapeCell(const QString &cell);
    // Plain text from backslash-escaped Markdown: "\*a\_b" gives "*a_b".
    static QString unescapePlain(const QString &text);
    // A header cell as lowercase words: "What happened?" gives "what happened".
    static QString headerKey(const QString &cell);
};

} // namespace debrief
