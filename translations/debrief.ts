<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>Chat</name>
    <message>
        <source>Slack export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack channel day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mattermost bulk export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain-text chat log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PagerDuty log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(file: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an edit record, not a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no time stamp (&quot;ts&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day of a Slack export is a list of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a message object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no channel with daily message files (channel/YYYY-MM-DD.json): not a Slack export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a list of users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has %1 entries, more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive names a file outside itself (%1); it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder holds more than %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export has no channel named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel&apos;s days hold more than %1 MiB of messages: choose a narrower window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not a JSON object with a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a post without a time (&quot;create_at&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no line of it is a Mattermost export record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PagerDuty log: no &quot;log_entries&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log entry %1: no time with an offset (&quot;created_at&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON of a shape Debrief does not know as a chat or pager log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no line of it is a chat message Debrief knows (&quot;09:15 alice: text&quot;, a WeeChat or irssi log, a CSV table with a time column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 MiB: not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in a thread) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in the thread of %1 at %2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1: name exactly one .pmd file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .pmd file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;debrief --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists (use --force to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;debrief COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 success, 1 problems found, 2 bad input or usage, 3 cannot write output.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: unknown time zone &apos;%1&apos; (use an IANA name such as Europe/Berlin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--template NAME -o FILE.pmd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a report from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new report from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone of the report (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: say where to write the report with -o FILE.pmd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: no template &apos;%1&apos;; choose one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect %1, mitigate %2, resolve %3, in all %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 not done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 KiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--json] FILE.pmd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summarise a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.pmd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a report (exit 0 valid, 1 problems,
2 unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a report. Exit code 0: valid; 1: readable but with problems (listed); 2: unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices (not problems):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the report templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: say where to write with -o FILE, a name ending in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --timeline is list or table, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --actions is table or list, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --page-size is A4 or Letter, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --summary and --page-size apply to PDF only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n pages)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>FILE.pmd -o OUT.pdf|OUT.md|OUT.html [--summary] [--page-size A4|Letter]
               [--timeline list|table] [--actions table|list]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export with an images folder beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a report as PDF (.pdf), Markdown (.md) or HTML (.html); Markdown and HTML get their images in NAME_images/ beside them. Exit code 0: written; 2: unreadable input or bad usage; 3: the output cannot be written (nothing partial is left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline as a list or a table (Markdown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items as a table or a task list (Markdown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: the executive summary (one or two pages) instead of the full report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: the paper size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: say where to write the report with -o FILE.pmd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the report cannot replace the Markdown file it is read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.md -o FILE.pmd [--json] [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn a Markdown postmortem into a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a Markdown postmortem into a report: sections matched to template sections, summary lines into metadata, the timeline and action items into their tables, local images embedded. Prints what was mapped and what was not. Exit code 0: written; 2: unreadable input or bad usage; 3: the output cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .pmd file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the mapping as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Markdown file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: name exactly one Markdown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline-import: %1 is not an IANA time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline-import: --offset takes whole minutes, at most a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline-import: --from and --to take ISO 8601 times (2025-10-12T09:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would add %n entries to %1 from %2 (%3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n entries to %1 from %2 (%3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out %n messages that repeat entries of the report</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>FILE.pmd SOURCE [--channel NAME] [--from ISO-8601] [--to ISO-8601] [--zone IANA] [--offset ±MINUTES] [--dry-run] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a chat or pager log&apos;s messages to a report&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the messages of an incident channel&apos;s or a pager&apos;s log to a report&apos;s timeline: a Slack export (ZIP or folder), a Mattermost bulk export, a PagerDuty log, a CSV table or a plain-text chat log, recognised from its content. Joins and leaves, and messages that repeat an entry the report has, are left out. The window defaults to an hour either side of the incident&apos;s instants. Exit code 0: added (or, with --dry-run, shown); 2: unreadable input or bad usage; 3: the report cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .pmd report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat or pager log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel of an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s start (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s end (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone of times the log writes without one (default: the report&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes to add to every time of the log, for a wrong clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would be added; leave the report untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline-import: name a report and the log to read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline-import: %1 has several channels; name one with --channel: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline-import: neither the log nor the report names a time zone; give one with --zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not understood, left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: debrief [FILE.pmd]            open the editor
       debrief --new                 open the editor on a new report
       debrief COMMAND [OPTIONS...]  work headless

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %1 from the %2 template (%n sections).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a count and, in brackets, how many of them are special</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key moments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n images)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditMetadataCommand</name>
    <message>
        <source>Edit Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditSectionTextCommand</name>
    <message>
        <source>Typing in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>attachment &quot;%1&quot; has no data and was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section &quot;%1&quot; shows an image that is not in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All times %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image is not in the report (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image could not be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image could not be decoded (attachment %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*(Shortened: the full report has the rest.)*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident postmortem, executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF writer&apos;s output could not be finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>not a ZIP archive (or truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has two entries with the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged or truncated ZIP archive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read it as a ZIP archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflates to more than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an ISO 8601 date and time: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has no UTC offset; read as UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a time of day (HH:mm): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an ISO 8601 date: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has the unknown value &apos;%3&apos; (known: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; should be %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: duplicate id &apos;%2&apos; replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata: unknown time zone &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: should be an object; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report.json has no &apos;format&apos; key; this is not a Debrief report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report.json has format &apos;%1&apos;, expected &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report.json has no valid integer &apos;version&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this report uses format version %1, but this Debrief reads version %2 at most; open it with a newer Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: id &apos;%2&apos; is not a SHA-256 digest; attachment ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: attachment %2 listed twice; second ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 has gone from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 id (damaged or altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsafe entry name &quot;%1&quot; (absolute, or escaping the archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is compressed %2:1, more than a real report ever is (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive inflates to more than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown entry &quot;%1&quot; is ignored and not kept when saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mimetype entry is not the first entry; not a Debrief report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mimetype entry; not a Debrief report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mimetype is &quot;%1&quot;, not &quot;%2&quot;; not a Debrief report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mimetype entry is compressed; tools will not recognise the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report.json in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read report.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report.json is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report.json holds a JSON %1, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment &quot;%1&quot; (%2) has no data in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment &quot;%1&quot; is listed as %2 bytes but holds %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is not in the attachment table; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has %1 entries; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read attachment &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not assemble the archive in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the unsupported media type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a readable %1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims %1×%2 pixels, more than Debrief decodes (%3 pixels a side at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline[%1]: the entry has no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline[%1]: out of order: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: shows the image attachment:%2, which is not in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment &quot;%1&quot; is not shown anywhere in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB, the most a report embeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an image Debrief can embed (%2); it takes PNG, JPEG, GIF, WebP and SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SVG that refers to something outside itself (%2); Debrief embeds only self-contained SVG images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: its image data cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the crop leaves nothing of the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only JPEG, PNG and WebP images can have their metadata removed without changing the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rewritten image is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a report file that can be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>timeline kind &quot;%1&quot; is not one of %2; kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2 was read as %3 (a 12-hour clock without am or pm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry at %1 follows one at %2: read as the next day, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry at %1 follows one at %2 and is earlier: kept as written, and flagged in the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(until %1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a day but no year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days written without a year (&quot;%1&quot;) are in %2, the year of the document&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry at %1 is a %2, from the words &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action kind &quot;%1&quot; is not one of %2; kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action status &quot;%1&quot; is not one of %2; kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action item &quot;%1&quot; is of kind %2, from the heading or label above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 is a Windows path from another machine; kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 is not a path relative to the document; kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 is larger than a report may hold (%2 MiB); kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 grew while being read; kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 %2; kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 is outside the document&apos;s folder (%2); embedded, check that it belongs in this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 is not an inline image link (a reference?); kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the summary, from the fields in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; gives no year: times are shown without a date until you give one (Timeline → Set Date…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity &quot;%1&quot; is not one of SEV1–SEV4; kept in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not a report status (draft, in review, final); kept in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time this import reads; kept in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines under &quot;%1&quot; that are not timeline entries are kept in the section &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timeline entries found by their times above the first heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timeline entries found by their times under &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text under &quot;%1&quot; that is not an action item is kept in the section &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 action items found in a list under &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no heading to take the title from: the report is untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document names no time zone: its times were read as UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time zone UTC, as the document names none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times were read in %1, which is no IANA zone: set the report&apos;s zone in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a timeline entry has a time but the document gives no date: it shows the time alone until you give it one (Timeline → Set Date…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timeline entries have a time but the document gives no date: they show the time alone until you give them one (Timeline → Set Date…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 MiB; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text file (it contains NUL bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sections named as in the %1 template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(text before the first heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timeline entries, %2 action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images: %1 embedded, %2 missing, %3 remote, %4 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote, not downloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidentId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeZone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (time alone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsertItemCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemText</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>no start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no detection time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mitigation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no resolution time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 time has no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 time is before the %2 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time of day; no date is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time of day in %1; no date is known, so it is not converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier than entry %1 (%2) above it, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline entry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveItemCommand</name>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveItemsCommand</name>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %1 (%n rows)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveItemCommand</name>
    <message numerus="yes">
        <source>Remove %1 (%n rows)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <source>Remote image not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not in this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 of silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceItemCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::ActionItemsModel</name>
    <message>
        <source>A tracker link is a full http:// or https:// address, such as https://tracker.example.com/OPS-12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::ActionItemsPane</name>
    <message>
        <source>&amp;Add Action Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the items in the report&apos;s own order, which can be rearranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or start typing to edit a cell. Drag rows, or use Alt+Up and Alt+Down, to change the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the title alone does not say, in Markdown: the why, the steps, links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action item to write its description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Action Item Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::AppActions</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Backup on Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Section &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Section &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Debrief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::AttachmentController</name>
    <message>
        <source>Screenshot %1.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB, the most a report embeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Image Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata of these images could not be removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the pasted image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted image could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy of the Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be opened as an image. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image redacted; once saved, the original is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed the metadata of %n images; their pixels are unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n images.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n files could not be added:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::AttachmentsModel</name>
    <message>
        <source>Not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
Remove Metadata takes it out before the report is shared; the pixels stay as they are.
Double-click to rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
Double-click to rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the report shows this image; it still travels with the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Alt Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::AttachmentsPane</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images this report carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;dact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wnload Remote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hrink Large on Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add images from files (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected images (Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop the selected image and cover what must not be seen (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the images the text shows from the web and embed them (asks first, naming the sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the selected image to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first place that shows the selected image (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected images at the cursor of the section last edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the camera data, GPS position and comments the selected images carry, leaving their pixels as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, images larger than %1 pixels on a side are scaled down as they are added (their original is not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images yet. Add them with “Add…”, drop image files here, or paste a screenshot into a section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. %1 in the text now show a missing image; Undo brings the images back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the report shows this image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wnload %1 Remote…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::AutoSaver</name>
    <message>
        <source>the recovery folder %1 cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::ChatImportDialog</name>
    <message>
        <source>Import from Chat or Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat or log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a chat export or a log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an unpacked Slack export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone of times the log gives without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone of times without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock offset in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes added to every time of the log, for a source whose clock was wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock &amp;offset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by words or author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key moments only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only detections, escalations, mitigations, resolutions and communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every message shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uncheck Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck every message shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat and pager logs (*.zip *.json *.jsonl *.csv *.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacked Slack Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the incident&apos;s channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %Ln Entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The export has %n channels: choose the incident&apos;s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages in the window: %L1 shown, %L2 to add.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repeat entries of the report.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines not understood.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ChatRowsModel</name>
    <message>
        <source>repeats timeline entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined or left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind inferred from the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a key moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::DocumentManager</name>
    <message>
        <source>Debrief reports (*.pmd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1. Until it works again, only Save keeps your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report file removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is still open here. Save it to write the file again, or Save As to put it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program or person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload opens the version on disk; your version is first saved beside it as “%1”. Keep Mine leaves your version open, and saving it replaces the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (your version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload opens the version on disk. Keep Mine leaves this one open, and saving it replaces the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reload report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version on disk cannot be opened:
%1

Your version stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded %1; your version is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (your version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version could not be saved aside to %1:
%2

Nothing was reloaded; your version stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer file on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program or person since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving replaces their changes with yours. Save As keeps both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace Their Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in Debrief by %2 on %3 since %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you both saved it, one of you would lose changes. Open it read only, or as a copy you save under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Read Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete unrecovered changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved copy %1 cannot be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered “%1”; save it to keep the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief cannot open %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened with a warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened with %1 warnings; the first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was kept (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved to %1:
%2

Your changes are still open here; try another folder with Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the autosaved changes of the %n reports you did not check? They cannot be recovered afterwards.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ExportController</name>
    <message>
        <source>Nothing was written to %1:
Debrief exports to files ending in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typesetting the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typesetting the PDF: page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1, with its image in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1, with %2 images in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pages to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ExportDialog</name>
    <message>
        <source>&amp;Full report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Executive summary (one or two pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown with images folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page with images folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List (- **09:15:** …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task list (- [ ] …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action items as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report as one page, styled for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::ImageDownloader</name>
    <message>
        <source>Download Remote Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief will connect to:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an http or https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than %2 KiB, the most an image may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed Downloaded Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These images stay remote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n images…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Download %n images and embed them in the report?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Embedded %n images.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ImportController</name>
    <message>
        <source>Import Markdown Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of it was inferred rather than read (such as entry kinds or the time zone): the details list each guess, so you can check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n images or lines need a look: see the details.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1, %2 and %3 from %4. Save the report to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sections</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timeline entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::InstantEdit</name>
    <message>
        <source>no date: Timeline → Set Date… gives it one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time without a date: the source gave none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a time without a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::MainWindow</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the previous version of the report as NAME.pmd~ each time it is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the report without changing it: every editing action is off; reading, navigation, the preview and export work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Debrief %1&lt;/b&gt;&lt;p&gt;An editor for incident postmortems.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Image into Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Image to Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: nothing in the report can be changed until View → Read Only is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] (read only) — Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Debrief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::MarkdownEditor</name>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::NavigationPanel</name>
    <message>
        <source>Go to part… (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report parts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::OverviewPane</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What broke, for whom — e.g. Checkout errors after cache failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. INC-2041</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IANA time zone the report&apos;s times are shown in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mitigated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;olved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected services, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to detect %1 · to mitigate %2 · to resolve %3 · duration %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::PartsModel</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::PreviewPane</name>
    <message>
        <source>Remote image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image is on the web, not in the report:

%1

Download it from %2 and keep it in the report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download and Embed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief only opens web and mail links. This one is:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your browser?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief did not close properly. These reports have changes that were autosaved but not saved. Check the ones to open; they open as modified, and nothing is written to their files until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recoverable reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked reports are opened with their unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them all for the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 edit not in the saved file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edits not in the saved file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · autosaved %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::RedactCanvas</name>
    <message>
        <source>Image to redact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to draw a box to cover, or the area to keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::RedactDialog</name>
    <message>
        <source>Crop and Redact “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag over what must not be seen: it is painted over solid (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag around the part to keep (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the image everywhere it is used. The original pixels and the image&apos;s metadata are not kept once the report is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 area covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 areas covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; cropped to %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::ReportDocument</name>
    <message>
        <source>Embed Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::SectionCommands</name>
    <message>
        <source>New Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”. %2 brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::SectionPane</name>
    <message>
        <source>Section title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this section in Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::TemplateChooser</name>
    <message>
        <source>New Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the postmortem from a template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::TimelineDelegate</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::TimelineModel</name>
    <message>
        <source>No time recorded: the entry&apos;s place in the list is its order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1, channel %2, message %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A gap: no entry for %1, longer than this report&apos;s threshold of %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time since the previous timed entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a key moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key moment (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Time since the previous timed entry; gaps over %n min are marked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Entry Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Entry Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Entry Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Entry Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark Key Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Key Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Time Approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Time Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort Timeline by Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Timeline in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Timeline in Report&apos;s Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Gap Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n Key Moments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Key Moments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set Date of %n Times</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::TimelinePane</name>
    <message>
        <source>Timeline tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap threshold in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A silence longer than this between two timed entries is marked as a gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap &gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in Markdown. Several paragraphs, code and images are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Entry After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert Entry Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;Key Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appro&amp;ximate Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort by Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;Chat or Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the timeline&apos;s times in UTC instead of the report&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n Timeline Entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Description of the entry at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to write its description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Image to Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n times in the timeline and the overview have no date. The date to give them, in %1:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::UndoFollower</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
