// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/SummaryFields.h"

#include "import/MarkdownOutline.h"
#include "import/SectionMatcher.h"
#include "model/Vocabulary.h"

#include <QHash>
#include <QRegularExpression>

namespace debrief {

namespace {

struct Kind
{
    SummaryFields::Field field;
    std::optional<Topic> topic;
};

const QHash<QString, Kind> &labels()
{
    using F = SummaryFields::Field;
    static const QHash<QString, Kind> l = [] {
        QHash<QString, Kind> h;
        auto add = [&h](std::initializer_list<const char *> names, F f,
                        std::optional<Topic> c = std::nullopt) {
            for (const char *n : names)
                h.insert(QLatin1String(n), Kind{f, c});
        };
        add({"title"}, F::Title);
        add({"severity", "sev", "severity level", "incident severity"}, F::Severity);
        add({"status", "report status", "document status", "postmortem status"}, F::Status);
        add({"incident", "incident id", "incident number", "incident ticket", "ticket", "id"},
            F::Incident);
        add({"date", "incident date", "date of incident", "day"}, F::Date);
        add({"authors", "author", "written by", "prepared by"}, F::Authors);
        add({"reviewers", "reviewer", "reviewed by", "approvers"}, F::Reviewers);
        add({"services", "service", "affected services", "affected service", "affected systems",
             "systems affected", "components", "affected components"},
            F::Services);
        add({"tags", "labels", "keywords"}, F::Tags);
        add({"started", "start", "start time", "started at", "began", "incident start",
             "impact start", "first impact"},
            F::Started);
        add({"detected", "detected at", "detection time", "first detected"}, F::Detected);
        add({"mitigated", "mitigated at", "mitigation time"}, F::Mitigated);
        add({"resolved", "resolved at", "resolution time", "ended", "end", "end time", "recovered",
             "all clear"},
            F::Resolved);
        add({"duration", "total duration", "incident duration"}, F::Duration);
        add({"time to resolve", "ttr", "mttr"}, F::TimeToResolve);
        add({"time to detect", "ttd", "mttd"}, F::TimeToDetect);
        add({"time to mitigate", "ttm", "mttm"}, F::TimeToMitigate);
        add({"time zone", "timezone", "zone", "tz"}, F::TimeZone);
        add({"summary", "tl dr", "tldr", "executive summary", "overview"}, F::Section,
            Topic::Summary);
        add({"impact", "customer impact", "user impact", "business impact"}, F::Section,
            Topic::Impact);
        add({"root cause", "root causes", "cause"}, F::Section, Topic::RootCause);
        add({"trigger"}, F::Section, Topic::Trigger);
        add({"resolution", "mitigation", "fix"}, F::Section, Topic::Resolution);
        add({"detection"}, F::Section, Topic::Detection);
        add({"lessons learned", "lesson learned", "takeaway"}, F::Section, Topic::Lessons);
        return h;
    }();
    return l;
}

} // namespace

std::optional<SummaryFields> SummaryFields::parse(const QString &text, bool plainLabels)
{
    static const QRegularExpression bold(
        QStringLiteral("^\\s*(?:(?:[-*+]|\\d{1,9}[.)])\\s+)?(?:\\*\\*|__)([^*_\\n]{1,40}?)\\s*"
                       "(?::\\s*(?:\\*\\*|__)|(?:\\*\\*|__)\\s*:)\\s*(.*)$"));
    static const QRegularExpression plain(
        QStringLiteral("^\\s*(?:(?:[-*+]|\\d{1,9}[.)])\\s+)?([A-Za-z][A-Za-z ;/'()-]{0,38}?)"
                       "\\s*:\\s+(.*)$"));
    auto m = bold.match(text);
    if (!m.hasMatch() && plainLabels)
        m = plain.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString key = SectionMatcher::normalized(m.captured(1));
    const auto it = labels().constFind(key);
    if (it == labels().cend())
        return std::nullopt;
    QString value = m.captured(2);
    // A hard line break ("\" or two spaces) is layout, not part of the value.
    while (value.endsWith(QLatin1Char('\\')) || value.endsWith(QLatin1Char(' ')))
        value.chop(1);
    value = value.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    SummaryFields f;
    f.field = it->field;
    f.topic = it->topic;
    f.label = m.captured(1).trimmed();
    f.value = value;
    return f;
}

QList<SummaryFields> SummaryFields::parseLine(const QString &text, bool plainLabels)
{
    static const QRegularExpression label(
        QStringLiteral("(?:\\*\\*|__)[^*_\\n]{1,40}?(?::\\s*(?:\\*\\*|__)|(?:\\*\\*|__)\\s*:)"));
    static const QRegularExpression separator(QStringLiteral("[\\s\\x{00B7}|;,]+$"));
    QList<qsizetype> starts;
    for (auto it = label.globalMatch(text); it.hasNext();)
        starts << it.next().capturedStart();
    if (starts.size() < 2) {
        if (auto f = parse(text, plainLabels))
            return {*f};
        return {};
    }
    QList<SummaryFields> out;
    for (qsizetype k = 0; k < starts.size(); ++k) {
        const qsizetype from = k == 0 ? 0 : starts.at(k);
        const qsizetype to = k + 1 < starts.size() ? starts.at(k + 1) : text.size();
        const auto f = parse(text.mid(from, to - from).remove(separator), false);
        if (!f)
            return {};
        out << *f;
    }
    return out;
}

namespace {

QList<SummaryFields> atLine(const ImportSource &source, int line, bool plainLabels)
{
    QList<SummaryFields> out = SummaryFields::parseLine(source.line(line), plainLabels);
    for (SummaryFields &f : out)
        f.line = line;
    return out;
}

} // namespace

QList<SummaryFields> SummaryFields::inLines(const ImportSource &source, LineRange range,
                                            bool plainLabels)
{
    QList<SummaryFields> out;
    for (int i = range.first; i <= range.last; ++i)
        out << atLine(source, i, plainLabels);
    return out;
}

QList<SummaryFields> SummaryFields::inBlocks(const ImportSource &source, LineRange range,
                                             bool plainLabels)
{
    QList<SummaryFields> out;
    for (const MarkdownOutline::Block &b : source.blocksIn(range)) {
        if (b.kind == MarkdownOutline::Kind::Paragraph) {
            for (int i = b.first; i <= std::min(b.last, range.last); ++i)
                out << atLine(source, i, plainLabels);
        } else if (b.kind == MarkdownOutline::Kind::List) {
            // Only one-line items: a longer one is a paragraph of its own.
            for (const MarkdownOutline::Item &item : b.items) {
                if (item.first == item.last && item.children.isEmpty())
                    out << atLine(source, item.first, plainLabels);
            }
        }
    }
    return out;
}

QStringList SummaryFields::names(const QString &value)
{
    static const QRegularExpression split(QStringLiteral("\\s*(?:[,;]|\\band\\b|&)\\s*"));
    QStringList out;
    for (QString n : MarkdownOutline::plainText(value).split(split, Qt::SkipEmptyParts)) {
        n = n.trimmed();
        if (n.startsWith(QLatin1Char('@')))
            n.remove(0, 1);
        if (!n.isEmpty())
            out << n;
    }
    return out;
}

std::optional<QString> SummaryFields::severity(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^(?:sev(?:erity)?\\s*[-:]?\\s*)?([1-4])$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(MarkdownOutline::plainText(value).trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return QStringLiteral("SEV") + m.captured(1);
}

std::optional<QString> SummaryFields::status(const QString &value)
{
    const QString v = SectionMatcher::normalized(MarkdownOutline::plainText(value));
    for (const QString &s : Vocabulary::statuses()) {
        if (v == SectionMatcher::normalized(s) ||
            v == SectionMatcher::normalized(Vocabulary::statusLabel(s)))
            return s;
    }
    return std::nullopt;
}

} // namespace debrief
