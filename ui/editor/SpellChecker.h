// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QObject>

#include <memory>

namespace Sonnet {
class Speller;
}

namespace debrief {

// Sonnet's speller with a per-word cache, shared by every Markdown editor of the window.
class SpellChecker : public QObject
{
    Q_OBJECT
public:
    explicit SpellChecker(const QString &language = QStringLiteral("en_US"),
                          QObject *parent = nullptr);
    ~SpellChecker() override;

    bool isAvailable() const;
    QString language() const;
    bool isMisspelled(const QString &word) const;
    QStringList suggestions(const QString &word, int max = 6) const;
    void addToDictionary(const QString &word); // the user's personal word list
    void ignoreForSession(const QString &word);

    // Words spell checking leaves alone: too short, with digits, ALL CAPS or camelCase
    // (identifiers and acronyms are common in postmortems).
    static bool isCheckable(const QString &word);

Q_SIGNALS:
    void dictionaryChanged();

private:
    std::unique_ptr<Sonnet::Speller> m_speller;
    mutable QHash<QString, bool> m_cache;
};

} // namespace debrief
