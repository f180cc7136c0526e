// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QRegularExpression>
#include <QString>

#include <optional>

namespace debrief {

// The kind of a timeline entry read from its words ("alerts fired" is a detection, "rolled
// back" a mitigation), so the metrics can come from an imported timeline. The earliest telling
// phrase in the text decides. It is a guess: the importer lists every one it makes.
class EntryKindWords
{
public:
    struct Guess
    {
        QString kind;   // one of Vocabulary::timelineKinds(), never "event"
        QString phrase; // the words that told it, as the table has them
    };

    static std::optional<Guess> guess(const QString &markdown);
    // The same for text that is no Markdown to speak of (a chat message): no parse first.
    static std::optional<Guess> guessInPlainText(const QString &plain);
    // With `phrases` from phrasesForThread(): a copy of the phrases compiled apart, for a
    // worker thread to use alone.
    static std::optional<Guess> guessInPlainText(const QString &plain,
                                                 const QRegularExpression &phrases);
    static QRegularExpression phrasesForThread();
};

} // namespace debrief
