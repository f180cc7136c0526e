// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ImportSource.h"
#include "model/ActionItem.h"

#include <QStringList>

namespace debrief {

// Turns the lists and tables under corrective / preventative / action-item headings into
// action items. A list item's nested bullets are folded into its title; "(owner: @alice)",
// "— @alice", "(due: 2024-04-01, P1, kind: detect, status: in progress)" and a checked "[x]"
// box fill the other fields. Tables
// are read column by column (MarkdownExporter's action table maps back exactly). Lines it
// uses are marked consumed; the rest stays for the section's text.
class ActionItemParser
{
public:
    explicit ActionItemParser(const QString &defaultKind);

    void read(ImportSource *source, LineRange range);
    // The items of a list nested under a label ("- Corrective measures" over its items).
    void readItems(ImportSource *source, const QList<MarkdownOutline::Item> &items);
    // Whether a heading or label is about things to do ("Immediate actions", "Long-term
    // improvements"), not things done ("Actions taken").
    static bool isAboutActions(const QString &text);

    // The action kind a heading names ("Preventative measures": prevent), or empty.
    static QString kindForHeading(const QString &heading);
    // Whether the range holds a table with an action column, as our exporter writes.
    static bool hasActionTable(const ImportSource &source, LineRange range);

    const QList<ActionItem> &items() const { return m_items; }
    const QStringList &warnings() const { return m_warnings; }
    // Kinds taken from a heading or a group label rather than written on the item.
    const QStringList &inferred() const { return m_inferred; }

private:
    void readItem(ImportSource *source, const MarkdownOutline::Item &item);
    bool readHeadingItem(ImportSource *source, const MarkdownOutline::Block &h, LineRange range);
    bool readCheckLine(ImportSource *source, int line);
    void readParagraphItems(ImportSource *source, LineRange range);
    bool subPointsOfNumbered(ImportSource *source, const MarkdownOutline::Block &b,
                             const MarkdownOutline::Block *previous);
    bool readTable(ImportSource *source, LineRange rows);
    bool applyAnnotations(const QString &annotations, ActionItem *item);
    QString kindFor(const QString &written);
    QString statusFor(const QString &written);

    QString m_defaultKind;
    QString m_kind;
    QList<ActionItem> m_items;
    QStringList m_warnings;
    QStringList m_inferred;
    void add(const ActionItem &a);
};

} // namespace debrief
