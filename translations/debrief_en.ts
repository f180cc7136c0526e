<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Wrote %1 (%n pages)</source>
        <translation>
            <numerusform>Wrote %1 (%n page)</numerusform>
            <numerusform>Wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would add %n entries to %1 from %2 (%3)</source>
        <translation>
            <numerusform>Would add %n entry to %1 from %2 (%3)</numerusform>
            <numerusform>Would add %n entries to %1 from %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n entries to %1 from %2 (%3)</source>
        <translation>
            <numerusform>Added %n entry to %1 from %2 (%3)</numerusform>
            <numerusform>Added %n entries to %1 from %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n messages that repeat entries of the report</source>
        <translation>
            <numerusform>Left out %n message that repeats an entry of the report</numerusform>
            <numerusform>Left out %n messages that repeat entries of the report</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %1 from the %2 template (%n sections).</source>
        <translation>
            <numerusform>Created %1 from the %2 template (%n section).</numerusform>
            <numerusform>Created %1 from the %2 template (%n sections).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key moments</source>
        <translation>
            <numerusform>%n key moment</numerusform>
            <numerusform>%n key moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n images)</source>
        <translation>
            <numerusform>Wrote %1 (%n image)</numerusform>
            <numerusform>Wrote %1 (%n images)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveItemsCommand</name>
    <message numerus="yes">
        <source>Move %1 (%n rows)</source>
        <translation>
            <numerusform>Move %1 (%n row)</numerusform>
            <numerusform>Move %1 (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveItemCommand</name>
    <message numerus="yes">
        <source>Remove %1 (%n rows)</source>
        <translation>
            <numerusform>Remove %1 (%n row)</numerusform>
            <numerusform>Remove %1 (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::AttachmentController</name>
    <message numerus="yes">
        <source>Removed the metadata of %n images; their pixels are unchanged.</source>
        <translation>
            <numerusform>Removed the metadata of %n image; its pixels are unchanged.</numerusform>
            <numerusform>Removed the metadata of %n images; their pixels are unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n images.</source>
        <translation>
            <numerusform>Added %n image.</numerusform>
            <numerusform>Added %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n files could not be added:</source>
        <translation>
            <numerusform>This file could not be added:</numerusform>
            <numerusform>These %n files could not be added:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ChatImportDialog</name>
    <message numerus="yes">
        <source>The export has %n channels: choose the incident&apos;s.</source>
        <translation>
            <numerusform>The export has %n channel: choose the incident&apos;s.</numerusform>
            <numerusform>The export has %n channels: choose the incident&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages in the window: %L1 shown, %L2 to add.</source>
        <translation>
            <numerusform>%Ln message in the window: %L1 shown, %L2 to add.</numerusform>
            <numerusform>%Ln messages in the window: %L1 shown, %L2 to add.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repeat entries of the report.</source>
        <translation>
            <numerusform>%Ln repeats an entry of the report.</numerusform>
            <numerusform>%Ln repeat entries of the report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines not understood.</source>
        <translation>
            <numerusform>%Ln line not understood.</numerusform>
            <numerusform>%Ln lines not understood.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %Ln Entries</source>
        <translation>
            <numerusform>&amp;Add %Ln Entry</numerusform>
            <numerusform>&amp;Add %Ln Entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::DocumentManager</name>
    <message numerus="yes">
        <source>Delete the autosaved changes of the %n reports you did not check? They cannot be recovered afterwards.</source>
        <translation>
            <numerusform>Delete the autosaved changes of the report you did not check? They cannot be recovered afterwards.</numerusform>
            <numerusform>Delete the autosaved changes of the %n reports you did not check? They cannot be recovered afterwards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ExportController</name>
    <message numerus="yes">
        <source>Exported %n pages to %1.</source>
        <translation>
            <numerusform>Exported %n page to %1.</numerusform>
            <numerusform>Exported %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ImageDownloader</name>
    <message numerus="yes">
        <source>Downloading %n images…</source>
        <translation>
            <numerusform>Downloading %n image…</numerusform>
            <numerusform>Downloading %n images…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Download %n images and embed them in the report?</source>
        <translation>
            <numerusform>Download %n image and embed it in the report?</numerusform>
            <numerusform>Download %n images and embed them in the report?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Embedded %n images.</source>
        <translation>
            <numerusform>Embedded %n image.</numerusform>
            <numerusform>Embedded %n images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ImportController</name>
    <message numerus="yes">
        <source>%n images or lines need a look: see the details.</source>
        <translation>
            <numerusform>%n image or line needs a look: see the details.</numerusform>
            <numerusform>%n images or lines need a look: see the details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sections</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timeline entries</source>
        <translation>
            <numerusform>%n timeline entry</numerusform>
            <numerusform>%n timeline entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action items</source>
        <translation>
            <numerusform>%n action item</numerusform>
            <numerusform>%n action items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::TimelineModel</name>
    <message numerus="yes">
        <source>A gap: no entry for %1, longer than this report&apos;s threshold of %n min</source>
        <translation>
            <numerusform>A gap: no entry for %1, longer than this report&apos;s threshold of %n min</numerusform>
            <numerusform>A gap: no entry for %1, longer than this report&apos;s threshold of %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time since the previous timed entry; gaps over %n min are marked</source>
        <translation>
            <numerusform>Time since the previous timed entry; gaps over %n min are marked</numerusform>
            <numerusform>Time since the previous timed entry; gaps over %n min are marked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n Key Moments</source>
        <translation>
            <numerusform>Unmark %n Key Moment</numerusform>
            <numerusform>Unmark %n Key Moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Key Moments</source>
        <translation>
            <numerusform>Mark %n Key Moment</numerusform>
            <numerusform>Mark %n Key Moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set Date of %n Times</source>
        <translation>
            <numerusform>Set Date of %n Time</numerusform>
            <numerusform>Set Date of %n Times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::TimelinePane</name>
    <message numerus="yes">
        <source>%n times in the timeline and the overview have no date. The date to give them, in %1:</source>
        <translation>
            <numerusform>%n time in the timeline and the overview has no date. The date to give it, in %1:</numerusform>
            <numerusform>%n times in the timeline and the overview have no date. The date to give them, in %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Timeline Entries</source>
        <translation>
            <numerusform>Import %n Timeline Entry</numerusform>
            <numerusform>Import %n Timeline Entries</numerusform>
        </translation>
    </message>
</context>
</TS>
