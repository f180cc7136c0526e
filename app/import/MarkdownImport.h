// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "import/ActionItemParser.h"
#include "import/ImportSource.h"
#include "import/MarkdownImporter.h"
#include "import/SectionMatcher.h"
#include "import/SummaryFields.h"
#include "import/TimelineParser.h"
#include "import/ZoneName.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace debrief {

// One run of MarkdownImporter::importMarkdown. run() calls the phases in the order they depend
// on each other; each phase reads what earlier ones left in the members and adds its own.
class MarkdownImport
{
public:
    explicit MarkdownImport(const QString &markdown);

    // Call once.
    MarkdownImporter::Result run(const QString &baseDir);

private:
    using Result = MarkdownImporter::Result;

    // One heading and the lines under it, up to the next section heading.
    struct Part
    {
        QString heading;
        int headingFirst = -1;
        LineRange body;
        std::optional<SectionMatcher::Match> match;

        bool is(Topic topic) const { return match && match->topic == topic; }
    };

    // A summary field and the part it was found in (-1: front matter or preamble).
    struct FoundField
    {
        int part = -1;
        SummaryFields field;
    };

    // The phases, in order.
    void embedImages(const QString &baseDir);
    void readFrontMatter();
    void findTitleAndParts();
    void collectSummaryFields();
    void findZone();
    void findDate();
    void applyFields();
    void addPartsInOrder();
    void addFinalWarnings();

    // Title and parts.
    bool firstHeadingStartsSections(const QList<int> &headings) const;
    void cutParts(const QList<int> &headings);
    bool hasPart(Topic topic) const;

    // Fields.
    void addFields(int part, const QList<SummaryFields> &fields);
    bool hasSummaryPart() const;
    static bool looksLikeSummary(const QList<SummaryFields> &fields);
    QString applyField(const FoundField &found);
    QString applyStatus(const SummaryFields &f, const QString &plain);
    QString applyInstant(const SummaryFields &f, const QString &plain);
    QString applySpan(const SummaryFields &f);
    QString applyClock(SummaryFields::Field field, const QTime &time);
    bool inReadZone(const std::optional<ZoneName> &zone) const;
    QString addFieldSection(const FoundField &found);
    bool writtenDurationAgrees(const SummaryFields &f) const;
    bool writtenDateAgrees(const SummaryFields &f) const;
    void consumeMappedLines(const QList<bool> &mapped);
    void settleDates();

    // Sections, timeline and action items.
    void addPreamble();
    void addTimeline(const Part &p);
    bool findTimelineByShape(const QString &heading, LineRange range);
    void takeEntries(const TimelineParser &parser);
    static QString withHeadingRest(const QString &heading, const QString &text);
    void findActionsByShape(LineRange range);
    void findActionsUnderLabel(const MarkdownOutline::Item &item);
    static int listsAfter(std::span<const MarkdownOutline::Block> blocks, size_t k,
                          LineRange range);
    bool takeActions(const ActionItemParser &parser, const QString &under);
    void addActionItems(const Part &p);
    void addTextSection(const Part &p);
    void addFieldSections(int part);
    void addSection(const Section &s);
    Section sectionFor(const Part &p, const QString &text, bool useTemplateTitle) const;
    QString leftOver(LineRange range) const;

    ImportSource m_source;
    Result m_result;

    bool m_frontMatterTitle = false;
    QString m_title;
    QList<Part> m_parts;
    LineRange m_preamble; // the lines above the first part
    QString m_templateId;
    QList<FoundField> m_fields;
    QList<bool> m_mapped;           // per field: it went somewhere
    std::optional<ZoneName> m_zone; // as the document names it
    ZoneName m_readZone;            // what times without a zone are read in
    bool m_zoneAssumed = false;     // times were read in UTC because nothing named a zone
    QDate m_date;
    QList<QPair<int, Section>> m_fieldSections; // part to follow (-1: the preamble), section
    QList<Topic> m_fieldTopics;
    QStringList m_usedIds;
    int m_undated = 0;
};

} // namespace debrief
