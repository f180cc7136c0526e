// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QStringList>

namespace debrief {

class AttachmentStore;
struct Report;

// A report as CommonMark that reads well as text and renders on GitHub, GitLab and with the
// cmark program: the title, a metadata list, the sections in order, the timeline (list or
// table, the zone named once) and the action items (table, or a task list whose annotations
// "(owner: …, due: …, P1, kind: …, status: …, tracker: <…>)" the importer reads back). Images
// are referenced in a
// folder beside the file, under names safe on Windows, macOS and Linux.
class MarkdownExporter
{
public:
    enum class TimelineStyle { List, Table };
    enum class ActionStyle { Table, List };

    struct Result
    {
        QString markdown;
        QHash<QString, QByteArray> images; // file name inside the images folder -> bytes
        QStringList warnings;
    };

    static Result exportReport(const Report &report, const AttachmentStore &attachments,
                               const QString &imagesFolder,
                               TimelineStyle timeline = TimelineStyle::List,
                               ActionStyle actions = ActionStyle::Table);

    // Text for one table cell: pipes escaped, lines joined.
    static QString tableCell(const QString &text);

    // What an empty section says, in italics. MarkdownImporter reads it back as no text, in
    // this source form or translated.
    static constexpr const char *kEmptySectionText =
        QT_TRANSLATE_NOOP("Export", "Not written yet.");
    // kEmptySectionText in the language the export is written in.
    static QString emptySectionText();
    // What a timeline entry without a time shows instead (the importer reads it back).
    static constexpr const char *kNoTimeText = QT_TRANSLATE_NOOP("Export", "(no time)");
    static QString noTimeText();
};

} // namespace debrief
