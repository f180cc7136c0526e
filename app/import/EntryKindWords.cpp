// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/EntryKindWords.h"

#include "import/MarkdownOutline.h"

#include <QList>
#include <QRegularExpression>

namespace debrief {

namespace {

struct KindPhrases
{
    const char *kind;
    QRegularExpression phrases;
};

QRegularExpression words(const char *alternatives)
{
    return QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(QLatin1String(alternatives)),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

const QList<KindPhrases> &table()
{
    static const QList<KindPhrases> t{
        {"detection",
         words("detected|detects?|alerts?|alerted|alerting|alarms?|fired|triggered|notices?|"
               "noticed|flagged|flags (?:an?|the)|reported|first (?:customer "
               ")?(?:tickets?|complaints?|"
               "failures?|errors?)|"
               "spotted|discovered|first reports?|reported by|users? reported|customers? "
               "reported|monitoring (?:showed|flagged)|pager went off|(?:turns|turned|goes|went) "
               "red")},
        {"escalation",
         words("escalated|escalates?|escalation|paged|paging|pages (?:the|an?|on-?call)|"
               "acknowledg(?:ed|es)|acked|"
               "brought in|called in|pulled "
               "in|woke|declared|war room|on-?call (?:engineer )?(?:was )?(?:notified|contacted)|"
               "incident (?:was )?opened|joined the (?:call|bridge)|bridge opened")},
        {"mitigation",
         words(
             "rolled back|roll(?:ed|ing)? ?back|rollback|reverted|reverts?|reverting|"
             "mitigated|mitigates?|mitigation|workaround|failed over|fail ?over|failover|"
             "restarts?|restarted|restarting|rebooted|scaled (?:up|out)|disabled|drained|throttled|"
             "blocked|switched traffic|traffic (?:was )?(?:shifted|moved)")},
        {"resolution",
         words("resolved|resolves?|resolution|restored|recovered|recovery complete|back to "
               "normal|returned to normal|fully operational|operating normally|all clear|fixed|"
               "fix (?:was )?deployed|closed the incident|incident (?:was )?closed|stable again")},
        {"communication",
         words("status ?page|announced|announcement|tweeted|posted an? update|update posted|"
               "customers? (?:were )?(?:informed|notified|emailed)|notified customers|emailed "
               "customers|communicated|public statement|blog post")},
    };
    return t;
}

} // namespace

// Every kind's phrases in one expression, a named group per kind: one scan of the text finds
// the earliest telling phrase (and on a tie, the kind that comes first in the table).
const QRegularExpression &anyPhrase()
{
    static const QRegularExpression all = [] {
        QStringList groups;
        for (qsizetype i = 0; i < table().size(); ++i)
            groups << QStringLiteral("(?<k%1>%2)").arg(i).arg(table().at(i).phrases.pattern());
        // ASCII word boundaries: the phrases are English words, and without Unicode
        // properties PCRE can skip to where a phrase may start, ten times faster on chat logs.
        QRegularExpression re(groups.join(QLatin1Char('|')),
                              QRegularExpression::CaseInsensitiveOption);
        re.optimize();
        return re;
    }();
    return all;
}

std::optional<EntryKindWords::Guess> EntryKindWords::guess(const QString &markdown)
{
    return guessInPlainText(MarkdownOutline::plainText(markdown));
}

QRegularExpression EntryKindWords::phrasesForThread()
{
    return QRegularExpression(anyPhrase().pattern(), anyPhrase().patternOptions());
}

std::optional<EntryKindWords::Guess> EntryKindWords::guessInPlainText(const QString &plain)
{
    return guessInPlainText(plain, anyPhrase());
}

std::optional<EntryKindWords::Guess>
EntryKindWords::guessInPlainText(const QString &plain, const QRegularExpression &phrases)
{
    const auto m = phrases.match(plain);
    if (!m.hasMatch())
        return std::nullopt;
    for (qsizetype i = 0; i < table().size(); ++i) {
        const QString group = QStringLiteral("k%1").arg(i);
        if (m.capturedStart(group) >= 0)
            return Guess{QLatin1String(table().at(i).kind), m.captured(group).toLower()};
    }
    return std::nullopt;
}

} // namespace debrief
