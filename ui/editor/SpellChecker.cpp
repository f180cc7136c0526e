// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editor/SpellChecker.h"

#include <Sonnet/Speller>

namespace debrief {

SpellChecker::SpellChecker(const QString &language, QObject *parent)
    : QObject(parent)
    , m_speller(std::make_unique<Sonnet::Speller>(language))
{}

SpellChecker::~SpellChecker() = default;

bool SpellChecker::isAvailable() const
{
    return m_speller->isValid();
}

QString SpellChecker::language() const
{
    return m_speller->language();
}

bool SpellChecker::isCheckable(const QString &word)
{
    if (word.size() < 2)
        return false;
    int upper = 0;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (c.isDigit() || c == QLatin1Char('_'))
            return false;
        if (c.isUpper()) {
            ++upper;
            if (i > 0)
                return false; // camelCase or ACRONYM
        }
    }
    return true;
}

bool SpellChecker::isMisspelled(const QString &word) const
{
    if (!isAvailable() || !isCheckable(word))
        return false;
    const auto it = m_cache.constFind(word);
    if (it != m_cache.cend())
        return *it;
    const bool bad = m_speller->isMisspelled(word);
    m_cache.insert(word, bad);
    return bad;
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    return isAvailable() ? m_speller->suggest(word).mid(0, max) : QStringList();
}

void SpellChecker::addToDictionary(const QString &word)
{
    m_speller->addToPersonal(word);
    m_cache.insert(word, false);
    Q_EMIT dictionaryChanged();
}

void SpellChecker::ignoreForSession(const QString &word)
{
    m_speller->addToSession(word);
    m_cache.insert(word, false);
    Q_EMIT dictionaryChanged();
}

} // namespace debrief
