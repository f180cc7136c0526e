// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/ActionItemParser.h"

#include "format/ReportJson.h"
#include "import/HeadingShapes.h"
#include "import/ImportText.h"
#include "import/MarkdownTable.h"
#include "import/SectionMatcher.h"
#include "import/TimestampText.h"
#include "model/Vocabulary.h"

#include <QRegularExpression>

#include <algorithm>

namespace debrief {

namespace {

enum class Column { None, Title, Owner, Due, Kind, Priority, Status, Tracker };

Column columnFor(const QString &header)
{
    static const QHash<QString, Column> keys{
        {QStringLiteral("action"), Column::Title},
        {QStringLiteral("action item"), Column::Title},
        {QStringLiteral("item"), Column::Title},
        {QStringLiteral("task"), Column::Title},
        {QStringLiteral("title"), Column::Title},
        {QStringLiteral("what"), Column::Title},
        {QStringLiteral("description"), Column::Title},
        {QStringLiteral("measure"), Column::Title},
        {QStringLiteral("follow up"), Column::Title},
        {QStringLiteral("todo"), Column::Title},
        {QStringLiteral("to do"), Column::Title},
        {QStringLiteral("owner"), Column::Owner},
        {QStringLiteral("owners"), Column::Owner},
        {QStringLiteral("assignee"), Column::Owner},
        {QStringLiteral("assigned to"), Column::Owner},
        {QStringLiteral("who"), Column::Owner},
        {QStringLiteral("dri"), Column::Owner},
        {QStringLiteral("responsible"), Column::Owner},
        {QStringLiteral("due"), Column::Due},
        {QStringLiteral("due date"), Column::Due},
        {QStringLiteral("deadline"), Column::Due},
        {QStringLiteral("by"), Column::Due},
        {QStringLiteral("eta"), Column::Due},
        {QStringLiteral("target date"), Column::Due},
        {QStringLiteral("kind"), Column::Kind},
        {QStringLiteral("type"), Column::Kind},
        {QStringLiteral("category"), Column::Kind},
        {QStringLiteral("priority"), Column::Priority},
        {QStringLiteral("prio"), Column::Priority},
        {QStringLiteral("status"), Column::Status},
        {QStringLiteral("state"), Column::Status},
        {QStringLiteral("tracker"), Column::Tracker},
        {QStringLiteral("ticket"), Column::Tracker},
        {QStringLiteral("issue"), Column::Tracker},
        {QStringLiteral("jira"), Column::Tracker},
        {QStringLiteral("bug"), Column::Tracker},
        {QStringLiteral("link"), Column::Tracker},
        {QStringLiteral("url"), Column::Tracker},
        {QStringLiteral("tracking"), Column::Tracker},
    };
    return keys.value(MarkdownTable::headerKey(header), Column::None);
}

const QRegularExpression &listMarker()
{
    static const QRegularExpression re(QStringLiteral("^\\s*(?:[-*+]|\\d{1,9}[.)])(?:\\s+|$)"));
    return re;
}

// "<https://x>", "[PAY-1](https://x)" or "https://x": the address, or empty.
QString urlIn(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:<(https?://[^>\\s]+)>|\\[[^\\]]*\\]\\((https?://[^)\\s]+)\\)|"
                       "(https?://\\S+))$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    for (int g = 1; g <= 3; ++g) {
        if (!m.captured(g).isEmpty())
            return MarkdownTable::unescapeCell(m.captured(g));
    }
    return {};
}

QString withoutAt(QString name)
{
    name = MarkdownTable::unescapePlain(name.trimmed());
    if (name.startsWith(QLatin1Char('@')))
        name.remove(0, 1);
    return name.trimmed();
}

} // namespace

ActionItemParser::ActionItemParser(const QString &defaultKind)
    : m_defaultKind(defaultKind.isEmpty() ? ActionItem().kind : defaultKind)
    , m_kind(m_defaultKind)
{}

QString ActionItemParser::kindForHeading(const QString &heading)
{
    const QString n = SectionMatcher::normalized(heading);
    const bool prevent =
        n.contains(QLatin1String("prevent")) || n.contains(QLatin1String("long term"));
    const bool correct =
        n.contains(QLatin1String("correct")) || n.contains(QLatin1String("mitigat")) ||
        n.contains(QLatin1String("remediat")) || n.contains(QLatin1String("short term")) ||
        n.contains(QLatin1String("fix")) || n.contains(QLatin1String("immediate"));
    if (prevent && correct)
        return {}; // "Corrective and preventative measures" names two kinds: no guess
    if (prevent)
        return QStringLiteral("prevent");
    if (correct)
        return QStringLiteral("mitigate");
    if (n.contains(QLatin1String("detect")) || n.contains(QLatin1String("monitor")) ||
        n.contains(QLatin1String("alert")) || n.contains(QLatin1String("observab")))
        return QStringLiteral("detect");
    if (n.contains(QLatin1String("process")) || n.contains(QLatin1String("documentation")) ||
        n.contains(QLatin1String("training")))
        return QStringLiteral("process");
    return {};
}

namespace {

// "Preventative", "Short-term fixes", "Detection and monitoring": nothing but a kind's name.
bool onlyNamesAKind(const QString &heading)
{
    static const QRegularExpression kindWords(QStringLiteral(
        "^(?:and|or|the|of|items?|actions?|measures?|steps?|tasks?|fixes|improvements?|"
        "changes?|work|follow ups?|long|short|medium|term|immediate|corrective|correction|"
        "preventi?ve|preventative|prevention|detection|detect|monitoring|alerting|alerts?|"
        "observability|mitigations?|mitigate|remediations?|process|processes|documentation|"
        "training|broad|specific|general|other)$"));
    const QStringList words =
        SectionMatcher::normalized(heading).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return !words.isEmpty() && words.size() <= 4 &&
           std::all_of(words.cbegin(), words.cend(),
                       [](const QString &w) { return kindWords.match(w).hasMatch(); });
}

} // namespace

bool ActionItemParser::isAboutActions(const QString &text)
{
    if (const auto m = SectionMatcher::match(text); m && m->topic == Topic::Actions)
        return true;
    static const QRegularExpression words(
        QStringLiteral("\\b(?:actions|action items?|improvements|fixes|tasks|measures)\\b"));
    static const QRegularExpression done(QStringLiteral("\\b(?:taken|we took|performed)\\b"));
    const QString n = SectionMatcher::normalized(text);
    return words.match(n).hasMatch() && !done.match(n).hasMatch();
}

void ActionItemParser::readItems(ImportSource *source, const QList<MarkdownOutline::Item> &items)
{
    for (const MarkdownOutline::Item &item : items)
        readItem(source, item);
}

bool ActionItemParser::hasActionTable(const ImportSource &source, LineRange range)
{
    for (const MarkdownOutline::Block &b : source.blocksIn(range)) {
        if (b.kind != MarkdownOutline::Kind::Paragraph)
            continue;
        const int end = std::min(b.last, range.last);
        for (int i = b.first; i <= end; ++i) {
            if (!MarkdownTable::startsTable(source.lines(), i, end))
                continue;
            for (const QString &h : MarkdownTable::cells(source.line(i))) {
                if (columnFor(h) == Column::Title)
                    return true;
            }
        }
    }
    return false;
}

QString ActionItemParser::kindFor(const QString &written)
{
    const QString k = MarkdownTable::headerKey(MarkdownTable::unescapePlain(written));
    if (k.isEmpty())
        return m_kind;
    if (Vocabulary::actionKinds().contains(k))
        return k;
    const QString fromWords = kindForHeading(k);
    if (!fromWords.isEmpty())
        return fromWords;
    if (k == QLatin1String("fix") || k == QLatin1String("correction"))
        return QStringLiteral("mitigate");
    m_warnings << ImportText::tr("action kind \"%1\" is not one of %2; kept as written")
                      .arg(written, Vocabulary::actionKinds().join(QStringLiteral(", ")));
    return k;
}

QString ActionItemParser::statusFor(const QString &written)
{
    if (written.contains(QChar(0x2705)) || written.contains(QChar(0x2714)))
        return QStringLiteral("done"); // a check mark
    const QString k = MarkdownTable::headerKey(MarkdownTable::unescapePlain(written));
    if (k.isEmpty())
        return QStringLiteral("open");
    for (const QString &s : Vocabulary::actionStatuses()) {
        if (k == MarkdownTable::headerKey(s) ||
            k == MarkdownTable::headerKey(Vocabulary::actionStatusLabel(s)))
            return s;
    }
    static const QStringList open{QStringLiteral("todo"),        QStringLiteral("to do"),
                                  QStringLiteral("not started"), QStringLiteral("planned"),
                                  QStringLiteral("new"),         QStringLiteral("backlog")};
    static const QStringList progress{QStringLiteral("wip"),       QStringLiteral("ongoing"),
                                      QStringLiteral("started"),   QStringLiteral("doing"),
                                      QStringLiteral("in flight"), QStringLiteral("in review")};
    static const QStringList done{QStringLiteral("complete"), QStringLiteral("completed"),
                                  QStringLiteral("closed"),   QStringLiteral("fixed"),
                                  QStringLiteral("shipped"),  QStringLiteral("yes"),
                                  QStringLiteral("x")};
    if (open.contains(k))
        return QStringLiteral("open");
    if (progress.contains(k))
        return QStringLiteral("in-progress");
    if (done.contains(k))
        return QStringLiteral("done");
    m_warnings << ImportText::tr("action status \"%1\" is not one of %2; kept as written")
                      .arg(written, Vocabulary::actionStatuses().join(QStringLiteral(", ")));
    return k;
}

bool ActionItemParser::applyAnnotations(const QString &annotations, ActionItem *item)
{
    static const QRegularExpression handle(QStringLiteral("^@([\\w.\\-]+)$"));
    static const QRegularExpression owner(
        QStringLiteral("^(?:owners?|assignee|assigned to|who|dri|responsible)\\s*[:=]?\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression due(
        QStringLiteral("^(?:due(?: date)?|by|deadline|eta|target)\\s*[:=]?\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression priority(
        QStringLiteral("^(?:(?:priority|prio)\\s*[:=]?\\s*)?(P[0-3])$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression kind(QStringLiteral("^kind\\s*[:=]\\s*(.+)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression status(QStringLiteral("^(?:status|state)\\s*[:=]\\s*(.+)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tracker(
        QStringLiteral("^(?:ticket|tracker|issue|jira|link)\\s*[:=]?\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    ActionItem out = *item;
    QStringList owners;
    static const QRegularExpression split(QStringLiteral("\\s*[,;]\\s*"));
    const QStringList parts = annotations.split(split, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (const auto m = handle.match(part); m.hasMatch()) {
            owners << m.captured(1);
        } else if (const auto m = owner.match(part); m.hasMatch()) {
            owners << withoutAt(m.captured(1));
        } else if (const auto m = due.match(part); m.hasMatch()) {
            const auto d = TimestampText::parseDate(m.captured(1));
            if (!d)
                return false;
            out.due = *d;
        } else if (const auto m = priority.match(part); m.hasMatch()) {
            out.priority = m.captured(1).toUpper();
        } else if (const auto m = kind.match(part); m.hasMatch()) {
            out.kind = kindFor(m.captured(1));
        } else if (const auto m = status.match(part); m.hasMatch()) {
            out.status = statusFor(m.captured(1));
        } else if (const auto m = tracker.match(part);
                   m.hasMatch() && !urlIn(m.captured(1)).isEmpty()) {
            out.trackerUrl = urlIn(m.captured(1));
        } else if (!urlIn(part).isEmpty()) {
            out.trackerUrl = urlIn(part);
        } else {
            return false;
        }
    }
    if (!owners.isEmpty())
        out.owner = owners.join(QStringLiteral(", "));
    *item = out;
    return true;
}

// "#### @dana Rotate the archive" with text under it and no list: the heading is an item, the
// text its description.
bool ActionItemParser::readHeadingItem(ImportSource *source, const MarkdownOutline::Block &h,
                                       LineRange range)
{
    int end = range.last;
    for (const MarkdownOutline::Block &b : source->blocksIn({h.last + 1, range.last})) {
        if (b.kind == MarkdownOutline::Kind::Heading && b.level <= h.level) {
            end = b.first - 1;
            break;
        }
        if (b.kind == MarkdownOutline::Kind::List || hasActionTable(*source, {b.first, b.last}) ||
            b.kind == MarkdownOutline::Kind::Heading)
            return false;
    }
    if (!kindForHeading(h.text).isEmpty() || isAboutActions(h.text))
        return false;
    ActionItem a;
    a.id = ReportJson::newId();
    a.kind = m_kind;
    a.title = h.text.trimmed();
    static const QRegularExpression handle(QStringLiteral("^@([\\w.-]+)\\s+(?=\\S)"));
    if (const auto m = handle.match(a.title); m.hasMatch()) {
        a.owner = m.captured(1);
        a.title.remove(0, m.capturedLength());
    }
    a.description = source->remainingText({h.last + 1, end}).trimmed();
    add(a);
    source->consume({h.first, end});
    return true;
}

namespace {

bool isNumbered(const ImportSource &source, const MarkdownOutline::Block &list)
{
    static const QRegularExpression numbered(QStringLiteral("^\\s*\\d{1,9}[.)]\\s"));
    return numbered.match(source.line(list.first)).hasMatch();
}

} // namespace

// "1. **Migrate**" followed by bullets that are not indented, then "2. …": the bullets are the
// numbered item's points, whatever the Markdown says.
bool ActionItemParser::subPointsOfNumbered(ImportSource *source, const MarkdownOutline::Block &b,
                                           const MarkdownOutline::Block *previous)
{
    if (!previous || m_items.isEmpty() || isNumbered(*source, b) || !isNumbered(*source, *previous))
        return false;
    for (int i = previous->last + 1; i < b.first; ++i) {
        if (!source->line(i).trimmed().isEmpty())
            return false;
    }
    const QString points = source->remainingText({b.first, b.last}).trimmed();
    QString &d = m_items.last().description;
    d = d.isEmpty() ? points : d + QStringLiteral("\n\n") + points;
    source->consume({b.first, b.last});
    return true;
}

// "✅ Add a canary" or "⬜ Page on lag", one per line: an item, done or not.
bool ActionItemParser::readCheckLine(ImportSource *source, int line)
{
    static const QRegularExpression mark(QStringLiteral(
        "^\\s*(?:[-*+]\\s+)?(\\x{2705}|\\x{2714}|\\x{2611}|\\x{2713}|\\x{2B1C}|\\x{1F532}|"
        "\\x{2610})\\x{FE0F}?\\s+(\\S.*)$"));
    const auto m = mark.match(source->line(line));
    if (!m.hasMatch())
        return false;
    static const QString open = QStringLiteral("\u2B1C\U0001F532\u2610");
    ActionItem a;
    a.id = ReportJson::newId();
    a.kind = m_kind;
    a.status = open.contains(m.captured(1)) ? QStringLiteral("open") : QStringLiteral("done");
    a.title = m.captured(2).trimmed();
    while (a.title.endsWith(QLatin1Char('\\')))
        a.title.chop(1); // a hard line break
    a.title = a.title.trimmed();
    add(a);
    source->consume(line);
    return true;
}

void ActionItemParser::read(ImportSource *source, LineRange range)
{
    const MarkdownOutline::Block *lastList = nullptr; // the list block read last
    for (const MarkdownOutline::Block &b : source->blocksIn(range)) {
        const int end = std::min(b.last, range.last);
        if (source->isConsumed(b.first))
            continue; // the text under a heading item
        switch (b.kind) {
        case MarkdownOutline::Kind::Heading: {
            if (readHeadingItem(source, b, range))
                break;
            const QString kind = kindForHeading(b.text);
            m_kind = kind.isEmpty() ? m_defaultKind : kind;
            // A heading that only says which kind the items below are is kept in the kind;
            // one that says more ("Prevent server crashes") stays in the text.
            if (!kind.isEmpty() && onlyNamesAKind(b.text))
                source->consume({b.first, end});
            break;
        }
        case MarkdownOutline::Kind::List:
            if (subPointsOfNumbered(source, b, lastList))
                break;
            for (const MarkdownOutline::Item &item : b.items)
                readItem(source, item);
            lastList = &b;
            break;
        case MarkdownOutline::Kind::Paragraph:
            for (int i = b.first; i <= end; ++i) {
                if (readCheckLine(source, i))
                    continue;
                if (!MarkdownTable::startsTable(source->lines(), i, end))
                    continue;
                int rows = i + 1;
                while (rows + 1 <= end && MarkdownTable::isRow(source->line(rows + 1)))
                    ++rows;
                readTable(source, {i, rows});
                i = rows;
            }
            break;
        default:
            break;
        }
    }
    if (m_items.isEmpty())
        readParagraphItems(source, range);
}

namespace {

// The text of an item and its nested items on one line: "parent: child; child". `main` gets
// the item's own first paragraph on one line; `more`, when given, its later paragraphs as
// written (blank lines kept).
QString folded(const QStringList &lines, const MarkdownOutline::Item &item, QString *main,
               QString *more = nullptr)
{
    QString text;
    QStringList later;
    bool firstParagraph = true;
    for (int i = item.first; i <= item.last; ++i) {
        bool nested = false;
        for (const MarkdownOutline::Item &c : item.children)
            nested = nested || (i >= c.first && i <= c.last);
        if (nested)
            continue;
        QString line = lines.at(i);
        if (i == item.first)
            line.remove(listMarker());
        line = line.trimmed();
        if (line.isEmpty() && !text.isEmpty())
            firstParagraph = false;
        if (!firstParagraph && more) {
            later << line;
            continue;
        }
        if (!line.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + line;
    }
    *main = text;
    if (more)
        *more = later.join(QLatin1Char('\n')).trimmed();
    QStringList children;
    for (const MarkdownOutline::Item &c : item.children) {
        QString childMain;
        children << folded(lines, c, &childMain);
    }
    if (children.isEmpty())
        return text;
    return text + (text.endsWith(QLatin1Char(':')) ? QStringLiteral(" ") : QStringLiteral(": ")) +
           children.join(QStringLiteral("; "));
}

// "**Label:** text" and "**Label**: text": the label is the title, the text says more.
bool splitLabel(const QString &text, QString *title, QString *description)
{
    static const QRegularExpression label(
        QStringLiteral("^(?:\\*\\*|__)([^*_]+?)\\s*:?\\s*(?:\\*\\*|__)\\s*:?\\s+(\\S.*)$"));
    const auto m = label.match(text);
    if (!m.hasMatch())
        return false;
    *title = m.captured(1).trimmed();
    *description = m.captured(2).trimmed();
    return !title->isEmpty();
}

} // namespace

void ActionItemParser::readItem(ImportSource *source, const MarkdownOutline::Item &item)
{
    // "- **Tasks:**" or "- Improvements/Fixes:" over nested items: a group, not an item. Its
    // label gives the kind where it names one and stays in the notes otherwise.
    QString own;
    folded(source->lines(), item, &own);
    if (!item.children.isEmpty()) {
        const QString label = HeadingShapes::pseudoHeading(own, true);
        if (!label.isEmpty() || own.trimmed().endsWith(QLatin1Char(':'))) {
            const QString groupKind = kindForHeading(label.isEmpty() ? own : label);
            const QString outer = std::exchange(m_kind, groupKind.isEmpty() ? m_kind : groupKind);
            for (const MarkdownOutline::Item &c : item.children)
                readItem(source, c);
            m_kind = outer;
            // The label lives on in the items' kind, or says no more than the heading does.
            const auto topic = SectionMatcher::match(label.isEmpty() ? own : label);
            if (!groupKind.isEmpty() || (topic && topic->topic == Topic::Actions && topic->exact))
                source->consume(item.first);
            return;
        }
    }
    ActionItem a;
    a.id = ReportJson::newId();
    a.kind = m_kind;
    QString main, more;
    folded(source->lines(), item, &main, &more);
    static const QRegularExpression box(QStringLiteral("^\\[([ xX])\\]\\s+"));
    if (const auto m = box.match(main); m.hasMatch()) {
        a.status =
            m.captured(1) == QLatin1String(" ") ? QStringLiteral("open") : QStringLiteral("done");
        main.remove(0, m.capturedLength());
    }
    // Annotations end the item's own text: "(owner: @a, due: 2024-04-01)", "— @a", "[P1]".
    static const QRegularExpression paren(QStringLiteral("\\s*\\(([^()]*)\\)\\s*\\.?$"));
    static const QRegularExpression dash(
        QStringLiteral("\\s+(?:\\x{2014}|\\x{2013}|--|-)\\s+([^\\x{2014}\\x{2013}]+)$"));
    static const QRegularExpression bracket(
        QStringLiteral("^\\[(P[0-3])\\]\\s+|\\s+\\[(P[0-3])\\]$"),
        QRegularExpression::CaseInsensitiveOption);
    for (bool again = true; again;) {
        again = false;
        for (const QRegularExpression *re : {&paren, &dash}) {
            const auto m = re->match(main);
            if (m.hasMatch() && m.capturedStart() > 0 && applyAnnotations(m.captured(1), &a)) {
                main.truncate(m.capturedStart());
                again = true;
            }
        }
        if (const auto m = bracket.match(main); m.hasMatch()) {
            a.priority = (m.captured(1) + m.captured(2)).toUpper();
            main.remove(m.capturedStart(), m.capturedLength());
            again = true;
        }
    }
    // Later paragraphs and nested items say more than the title: its description.
    QStringList description;
    a.title = main.trimmed();
    if (QString label, text; splitLabel(a.title, &label, &text)) {
        a.title = label;
        description << text;
    }
    if (!more.isEmpty())
        description << more;
    QStringList children;
    for (const MarkdownOutline::Item &c : item.children) {
        QString childMain;
        children << folded(source->lines(), c, &childMain);
    }
    if (a.title.isEmpty()) // nothing but nested items: they are the item
        a.title = children.join(QStringLiteral("; "));
    else if (!children.isEmpty())
        description << QStringLiteral("- ") + children.join(QStringLiteral("\n- "));
    a.description = description.join(QStringLiteral("\n\n"));
    if (a.title.isEmpty())
        return;
    add(a);
    source->consume({item.first, item.last});
}

void ActionItemParser::add(const ActionItem &a)
{
    if (!a.kind.isEmpty() && a.kind == m_kind)
        m_inferred << ImportText::tr("the action item \"%1\" is of kind %2, from the heading or "
                                     "label above it")
                          .arg(a.title, a.kind);
    m_items << a;
}

bool ActionItemParser::readTable(ImportSource *source, LineRange rows)
{
    QList<Column> columns;
    for (const QString &h : MarkdownTable::cells(source->line(rows.first)))
        columns << columnFor(h);
    if (!columns.contains(Column::Title))
        return false;
    for (int i = rows.first + 2; i <= rows.last; ++i) {
        const QStringList cells = MarkdownTable::cells(source->line(i));
        ActionItem a;
        a.id = ReportJson::newId();
        a.kind = m_kind;
        QStringList unplaced;
        for (qsizetype c = 0; c < cells.size() && c < columns.size(); ++c) {
            // A dash is how a table (ours included) says "nobody gave this".
            static const QRegularExpression missing(
                QStringLiteral("^\\s*[-\\x{2013}\\x{2014}]?\\s*$"));
            const QString cell = missing.match(cells.at(c)).hasMatch() ? QString() : cells.at(c);
            switch (columns.at(c)) {
            case Column::Title:
                a.title = MarkdownTable::unescapePlain(cell);
                break;
            case Column::Owner:
                a.owner = withoutAt(cell);
                break;
            case Column::Due:
                if (const auto d = TimestampText::parseDate(cell))
                    a.due = *d;
                else if (!cell.isEmpty())
                    unplaced << ImportText::tr("due: %1").arg(cell);
                break;
            case Column::Kind:
                a.kind = kindFor(cell);
                break;
            case Column::Priority: {
                const QString p = MarkdownTable::unescapePlain(cell).trimmed().toUpper();
                if (Vocabulary::priorities().contains(p))
                    a.priority = p;
                else if (!p.isEmpty())
                    unplaced << ImportText::tr("priority: %1").arg(cell);
                break;
            }
            case Column::Status:
                a.status = statusFor(cell);
                break;
            case Column::Tracker:
                if (const QString url = urlIn(cell); !url.isEmpty())
                    a.trackerUrl = url;
                else if (!cell.isEmpty())
                    unplaced << cell;
                break;
            case Column::None:
                if (!cell.isEmpty())
                    unplaced << cell;
                break;
            }
        }
        // Nothing is dropped: cells without a field stay in the title.
        if (!unplaced.isEmpty())
            a.title += QStringLiteral(" (%1)").arg(unplaced.join(QStringLiteral("; ")));
        if (a.title.trimmed().isEmpty())
            continue;
        if (columns.contains(Column::Kind))
            m_items << a;
        else
            add(a);
        source->consume(i);
    }
    source->consume({rows.first, rows.first + 1});
    return true;
}

// No list and no table, but short paragraphs one after another ("Task 1: rotate the keys"):
// each is an item. Two at least, so one paragraph of prose stays prose.
void ActionItemParser::readParagraphItems(ImportSource *source, LineRange range)
{
    QList<int> lines;
    for (const MarkdownOutline::Block &b : source->blocksIn(range)) {
        if (b.kind == MarkdownOutline::Kind::List || (b.kind == MarkdownOutline::Kind::Paragraph &&
                                                      hasActionTable(*source, {b.first, b.last})))
            return;
        const QString text = source->line(b.first).trimmed();
        if (b.kind != MarkdownOutline::Kind::Paragraph || b.first != b.last ||
            source->isConsumed(b.first) || text.endsWith(QLatin1Char(':')) ||
            text.split(QLatin1Char(' ')).size() > 40)
            continue;
        lines << b.first;
    }
    if (lines.size() < 2)
        return;
    for (const int line : std::as_const(lines)) {
        ActionItem a;
        a.id = ReportJson::newId();
        a.kind = m_kind;
        a.title = source->line(line).trimmed();
        if (QString label, text; splitLabel(a.title, &label, &text)) {
            a.title = label;
            a.description = text;
        }
        add(a);
        source->consume(line);
    }
}

} // namespace debrief
