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

std::optional<EntryKindWords::Guess> EntryKindWords::guess(const QString &markdown)
{
    const QString plain = MarkdownOutline::plainText(markdown);
    std::optional<Guess> best;
    qsizetype bestAt = plain.size();
    for (const KindPhrases &k : table()) {
        const auto m = k.phrases.match(plain);
        if (m.hasMatch() && m.capturedStart() < bestAt) {
            bestAt = m.capturedStart();
            best = Guess{QLatin1String(k.kind), m.captured().toLower()};
        }
    }
    return best;
}

} // namespace debrief
