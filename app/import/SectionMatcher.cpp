// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/SectionMatcher.h"

#include "templates/TemplateLibrary.h"

#include <QHash>
#include <QRegularExpression>

namespace debrief {

namespace {

struct TopicNames
{
    Topic topic;
    QList<QPair<const char *, const char *>> sections; // template id, section id
    QStringList phrases;                               // normalized; template titles are added
};

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QLatin1String(s);
    return out;
}

const QList<TopicNames> &topics()
{
    static const QList<TopicNames> c = [] {
        QList<TopicNames> list{
            {Topic::Summary,
             {{"classic", "summary"},
              {"google-sre", "summary"},
              {"pagerduty", "overview"},
              {"atlassian", "summary"}},
             words({"summary", "executive summary", "tl dr", "tldr", "overview", "incident summary",
                    "incident overview", "synopsis", "abstract", "issue summary",
                    "outage summary"})},
            {Topic::Impact,
             {{"google-sre", "impact"}, {"pagerduty", "impact"}, {"atlassian", "impact"}},
             words({"impact", "customer impact", "user impact", "business impact",
                    "impact assessment", "blast radius"})},
            {Topic::RootCauseResolution,
             {{"classic", "root-cause-resolution"}},
             words({"root cause and resolution", "root causes and resolution",
                    "cause and resolution", "root cause resolution", "root cause and fix",
                    "root cause and mitigation", "root cause and remediation"})},
            {Topic::RootCause,
             {{"google-sre", "root-causes"}, {"atlassian", "root-cause"}},
             words({"root cause", "root causes", "cause", "causes", "rca", "root cause analysis",
                    "why it happened"})},
            {Topic::ContributingFactors,
             {{"pagerduty", "contributing-factors"}},
             words({"contributing factors", "contributing causes"})},
            {Topic::Trigger, {{"google-sre", "trigger"}}, words({"trigger", "triggers"})},
            {Topic::Resolution,
             {{"google-sre", "resolution"}, {"pagerduty", "resolution"}, {"atlassian", "recovery"}},
             words({"resolution", "mitigation", "recovery", "remediation", "the fix",
                    "resolution and recovery", "mitigation and resolution",
                    "mitigation and recovery", "how we fixed it"})},
            {Topic::Detection,
             {{"google-sre", "detection"}, {"atlassian", "detection"}},
             words({"detection", "how we found out", "how it was detected"})},
            {Topic::Actions,
             {{"classic", "corrective-measures"}},
             words({"corrective and preventative measures",
                    "corrective and preventive measures",
                    "corrective and preventative actions",
                    "corrective and preventive actions",
                    "corrective actions",
                    "corrective measures",
                    "preventative measures",
                    "preventive measures",
                    "preventative actions",
                    "preventive actions",
                    "action items",
                    "follow ups",
                    "followups",
                    "follow up actions",
                    "follow up items",
                    "next steps",
                    "remediation items",
                    "action plan",
                    "tasks",
                    "improvements",
                    "fixes",
                    "prevention",
                    "prevention measures",
                    "follow up",
                    "followup",
                    "follow up tasks",
                    "todo",
                    "todos",
                    "to do",
                    "next actions",
                    "remediation plan",
                    "remediation actions",
                    "future work",
                    "recommendations",
                    "improvement actions",
                    "preventive steps",
                    "preventative steps",
                    "what we are doing about it",
                    "what we re doing about it",
                    "going forward",
                    "task list",
                    "todo list",
                    "to do list",
                    "long term solution",
                    "long term solutions",
                    "short term fix",
                    "short term fixes",
                    "long term fixes",
                    "resulting action",
                    "resulting actions"})},
            {Topic::Lessons,
             {{"atlassian", "lessons-learned"}},
             words(
                 {"lessons learned", "lessons learnt", "learnings", "takeaways", "key takeaways"})},
            {Topic::WentWell,
             {{"google-sre", "went-well"}, {"pagerduty", "went-well"}},
             words({"what went well", "went well", "things that went well"})},
            {Topic::WentWrong,
             {{"google-sre", "went-wrong"}, {"pagerduty", "went-wrong"}},
             words({"what went wrong", "went wrong", "what went badly", "what did not go well",
                    "what didn t go well", "what could have gone better",
                    "what could be improved"})},
            {Topic::GotLucky,
             {{"google-sre", "got-lucky"}},
             words({"where we got lucky", "got lucky", "what we got lucky with", "lucky breaks"})},
            {Topic::Conclusion,
             {{"classic", "conclusion"}},
             words({"conclusion", "conclusions", "closing thoughts", "final thoughts", "wrap up"})},
            {Topic::Supporting,
             {{"google-sre", "supporting-information"}},
             words({"supporting information", "appendix", "references", "supporting material"})},
            {Topic::WhatHappened,
             {{"pagerduty", "what-happened"}},
             words({"what happened", "narrative", "incident description"})},
            {Topic::Responders,
             {{"pagerduty", "responders"}},
             words({"responders", "people involved", "who was involved", "participants"})},
            {Topic::Messaging,
             {{"pagerduty", "messaging"}},
             words({"messaging", "communication", "communications", "customer communication"})},
            {Topic::Leadup, {{"atlassian", "leadup"}}, words({"leadup", "lead up", "background"})},
            {Topic::Fault, {{"atlassian", "fault"}}, words({"fault", "what broke"})},
            {Topic::Response,
             {{"atlassian", "response"}},
             words({"response", "incident response"})},
            {Topic::FiveWhys, {{"atlassian", "five-whys"}}, words({"five whys", "5 whys"})},
            {Topic::BacklogCheck, {{"atlassian", "backlog-check"}}, words({"backlog check"})},
            {Topic::Recurrence,
             {{"atlassian", "recurrence"}},
             words({"recurrence", "previous incidents", "related incidents"})},
            {Topic::Timeline,
             {},
             words({"timeline", "incident timeline", "timeline of events", "detailed timeline",
                    "chronology", "sequence of events", "events", "event log", "incident log",
                    "timeline of the incident"})},
        };
        // A template's own title is always a name for its section.
        for (const ReportTemplate &t : TemplateLibrary::all()) {
            for (const Section &s : t.sections) {
                for (TopicNames &topic : list) {
                    for (const auto &[tmpl, id] : std::as_const(topic.sections)) {
                        if (t.id == QLatin1String(tmpl) && s.id == QLatin1String(id))
                            topic.phrases << SectionMatcher::normalized(s.title);
                    }
                }
            }
        }
        return list;
    }();
    return c;
}

QString withoutNumbering(const QString &heading)
{
    static const QRegularExpression numbering(
        QStringLiteral("^\\s*(?:(?:\\d+(?:\\.\\d+)*|[ivxlc]+|[a-z])[.):]|\\d+(?:\\.\\d+)+)\\s+"),
        QRegularExpression::CaseInsensitiveOption);
    QString s = heading;
    return s.remove(numbering);
}

} // namespace

QString SectionMatcher::normalized(const QString &text)
{
    // Emoji and symbols may stand before the numbering: "🔥 1. Summary".
    qsizetype start = 0;
    while (start < text.size() && !text.at(start).isLetterOrNumber())
        ++start;
    QString s = withoutNumbering(text.mid(start)).toLower();
    s.replace(QLatin1Char('&'), QStringLiteral(" and "));
    QString out;
    for (const QChar c : std::as_const(s))
        out += c.isLetterOrNumber() ? c : QLatin1Char(' ');
    return out.simplified();
}

QString SectionMatcher::cleanedTitle(const QString &heading)
{
    return withoutNumbering(heading).trimmed();
}

std::optional<SectionMatcher::Match> SectionMatcher::match(const QString &heading)
{
    const QString n = normalized(heading);
    if (n.isEmpty())
        return std::nullopt;
    std::optional<Match> best;
    qsizetype bestLength = 0;
    for (const TopicNames &c : topics()) {
        for (const QString &p : c.phrases) {
            const bool exact = n == p;
            const bool prefix = n.startsWith(p + QLatin1Char(' '));
            if ((exact || prefix) && (p.size() > bestLength || (exact && p.size() == bestLength))) {
                best = Match{c.topic, exact};
                bestLength = p.size();
            }
        }
    }
    // "Follow-up timeline" is a timeline, though it starts with another part's name.
    static const QRegularExpression timeline(QStringLiteral("\\b(?:timeline|chronology)\\b"));
    if (best && !best->exact && best->topic != Topic::Timeline && timeline.match(n).hasMatch())
        return Match{Topic::Timeline, false};
    if (best)
        return best;
    // A pun with the plain name beside it: "Fixing the Fix-ups (Corrective actions)".
    static const QRegularExpression aside(QStringLiteral("\\(([^()]+)\\)\\s*$"));
    if (const auto m = aside.match(heading); m.hasMatch() && m.capturedStart() > 0) {
        if (auto inner = match(m.captured(1)); inner && inner->exact)
            return Match{inner->topic, false};
    }
    // A name inside a longer heading: "Our detailed timeline", "Steps to prevent a repeat".
    static const QList<QPair<Topic, QRegularExpression>> within{
        {Topic::Timeline, QRegularExpression(QStringLiteral("\\b(?:timeline|chronology)\\b"))},
        {Topic::Actions,
         QRegularExpression(QStringLiteral(
             "\\b(?:action items?|corrective|preventi?ve|preventative|prevent|follow ups?|"
             "followups?|next steps|remediation (?:items|plan|actions|steps)|todos?)\\b"))},
        {Topic::Summary, QRegularExpression(QStringLiteral("\\bsummary$"))},
    };
    for (const auto &[topic, re] : within) {
        if (re.match(n).hasMatch())
            return Match{topic, false};
    }
    return std::nullopt;
}

QString SectionMatcher::chooseTemplate(const QList<Topic> &found)
{
    QString best;
    int bestScore = 0;
    for (const QString &tmpl : TemplateLibrary::ids()) {
        QStringList covered;
        for (const TopicNames &c : topics()) {
            if (!found.contains(c.topic))
                continue;
            for (const auto &[t, id] : std::as_const(c.sections)) {
                if (tmpl == QLatin1String(t) && !covered.contains(QLatin1String(id)))
                    covered << QLatin1String(id);
            }
        }
        if (covered.size() > bestScore) {
            best = tmpl;
            bestScore = int(covered.size());
        }
    }
    return best;
}

std::optional<SectionMatcher::Target> SectionMatcher::target(Topic topic,
                                                             const QString &preferredTemplate)
{
    static const QList<ReportTemplate> templates = TemplateLibrary::all();
    for (const TopicNames &c : topics()) {
        if (topic != c.topic)
            continue;
        QStringList order{preferredTemplate};
        order << TemplateLibrary::ids();
        for (const QString &tmpl : std::as_const(order)) {
            for (const auto &[t, id] : std::as_const(c.sections)) {
                if (tmpl != QLatin1String(t))
                    continue;
                for (const ReportTemplate &rt : templates) {
                    if (rt.id != tmpl)
                        continue;
                    for (const Section &s : rt.sections) {
                        if (s.id == QLatin1String(id))
                            return Target{rt.id, s.id, s.title, s.help};
                    }
                }
            }
        }
    }
    return std::nullopt;
}

} // namespace debrief
