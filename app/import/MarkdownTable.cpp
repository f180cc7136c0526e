// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/MarkdownTable.h"

#include <QRegularExpression>

namespace debrief {

bool MarkdownTable::isRow(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(QLatin1Char('|')) || cells(t).size() > 1;
}

bool MarkdownTable::isDelimiterRow(const QString &line)
{
    static const QRegularExpression cell(QStringLiteral("^:?-{1,}:?$"));
    const QStringList c = cells(line);
    if (c.isEmpty() || (!line.contains(QLatin1Char('|')) && c.size() < 2))
        return false;
    for (const QString &s : c) {
        if (!cell.match(s).hasMatch())
            return false;
    }
    return true;
}

bool MarkdownTable::startsTable(const QStringList &lines, int first, int last)
{
    return first + 1 <= last && isRow(lines.at(first)) && isDelimiterRow(lines.at(first + 1));
}

QStringList MarkdownTable::cells(const QString &row)
{
    QString t = row.trimmed();
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('\\') && i + 1 < t.size()) {
            current += c;
            current += t.at(++i);
        } else if (c == QLatin1Char('|')) {
            out << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    out << current.trimmed();
    // Leading and trailing pipes leave an empty cell outside the table.
    if (t.startsWith(QLatin1Char('|')) && !out.isEmpty())
        out.removeFirst();
    if (t.endsWith(QLatin1Char('|')) && !t.endsWith(QLatin1String("\\|")) && !out.isEmpty())
        out.removeLast();
    return out;
}

namespace {

// Drops the backslash before each character `escaped` accepts.
template <typename Escaped> QString unescape(const QString &text, Escaped escaped)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size() && escaped(text.at(i + 1)))
            out += text.at(++i);
        else
            out += c;
    }
    return out;
}

} // namespace

QString MarkdownTable::unescapeCell(const QString &cell)
{
    return unescape(cell, [](QChar c) { return c == QLatin1Char('\\') || c == QLatin1Char('|'); });
}

QString MarkdownTable::unescapePlain(const QString &text)
{
    // CommonMark escapes ASCII punctuation, which Unicode files as punctuation or symbols.
    return unescape(text,
                    [](QChar c) { return c.unicode() < 128 && (c.isPunct() || c.isSymbol()); });
}

QString MarkdownTable::headerKey(const QString &cell)
{
    QString out;
    for (const QChar c : cell.toLower())
        out += c.isLetterOrNumber() ? c : QLatin1Char(' ');
    return out.simplified();
}

} // namespace debrief
