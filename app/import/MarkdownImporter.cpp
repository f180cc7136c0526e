// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/MarkdownImporter.h"

#include "import/ImportText.h"
#include "import/MarkdownImport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QStringDecoder>

namespace debrief {

namespace {
// The names MarkdownImport gives the fields it filled (FieldMapping::mappedTo): --json keeps
// them as they are, the import report says them in the user's language.
const char *const kFieldNames[] = {
    QT_TRANSLATE_NOOP("Import", "title"),         QT_TRANSLATE_NOOP("Import", "severity"),
    QT_TRANSLATE_NOOP("Import", "status"),        QT_TRANSLATE_NOOP("Import", "incidentId"),
    QT_TRANSLATE_NOOP("Import", "authors"),       QT_TRANSLATE_NOOP("Import", "reviewers"),
    QT_TRANSLATE_NOOP("Import", "services"),      QT_TRANSLATE_NOOP("Import", "tags"),
    QT_TRANSLATE_NOOP("Import", "started"),       QT_TRANSLATE_NOOP("Import", "detected"),
    QT_TRANSLATE_NOOP("Import", "mitigated"),     QT_TRANSLATE_NOOP("Import", "resolved"),
    QT_TRANSLATE_NOOP("Import", "timeZone"),      QT_TRANSLATE_NOOP("Import", "derived"),
    QT_TRANSLATE_NOOP("Import", "timeline dates")};

QString fieldName(const QString &name)
{
    for (const char *known : kFieldNames) {
        if (name == QLatin1String(known))
            return ImportText::tr(known);
    }
    return name;
}

// "started, resolved", "section impact", "started (time alone)" in the user's language.
QString fieldTargetText(const QString &mappedTo)
{
    static const QString section = QStringLiteral("section ");
    static const QString alone = QStringLiteral(" (time alone)");
    QStringList parts;
    for (const QString &part : mappedTo.split(QStringLiteral(", "))) {
        if (part.startsWith(section))
            parts << ImportText::tr("section %1").arg(part.mid(section.size()));
        else if (part.endsWith(alone))
            parts << ImportText::tr("%1 (time alone)").arg(fieldName(part.chopped(alone.size())));
        else
            parts << fieldName(part);
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

std::optional<MarkdownImporter::Result> MarkdownImporter::importFile(const QString &path,
                                                                     QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = ImportText::tr("no such file");
        return std::nullopt;
    }
    if (!info.isFile()) {
        *error = ImportText::tr("not a regular file");
        return std::nullopt;
    }
    if (info.size() > kMaxInputBytes) {
        *error = ImportText::tr("larger than %1 MiB; not read").arg(kMaxInputBytes >> 20);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    const QByteArray data = file.read(kMaxInputBytes + 1);
    if (data.size() > kMaxInputBytes) {
        *error = ImportText::tr("larger than %1 MiB; not read").arg(kMaxInputBytes >> 20);
        return std::nullopt;
    }
    if (data.contains('\0')) {
        *error = ImportText::tr("not a text file (it contains NUL bytes)");
        return std::nullopt;
    }
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        *error = ImportText::tr("not UTF-8 text");
        return std::nullopt;
    }
    return importMarkdown(text, info.absolutePath());
}

MarkdownImporter::Result MarkdownImporter::importMarkdown(const QString &markdown,
                                                          const QString &baseDir)
{
    return MarkdownImport(markdown).run(baseDir);
}

QStringList MarkdownImporter::Result::describe() const
{
    const Report &r = report;
    QStringList out;
    out << ImportText::tr("title: %1")
               .arg(r.metadata.title.isEmpty() ? ImportText::tr("(none)") : r.metadata.title);
    if (!r.templateId.isEmpty())
        out << ImportText::tr("sections named as in the %1 template").arg(r.templateId);
    if (!r.metadata.timeZone.isEmpty())
        out << ImportText::tr("time zone: %1").arg(QString::fromLatin1(r.metadata.timeZone));
    for (const SectionMapping &s : sections) {
        const QString heading =
            s.heading.isEmpty() ? ImportText::tr("(text before the first heading)") : s.heading;
        QString to;
        if (s.mappedTo == QLatin1String("timeline"))
            to = ImportText::tr("timeline");
        else if (s.mappedTo == QLatin1String("actionItems"))
            to = ImportText::tr("action items");
        else
            to = s.custom ? ImportText::tr("custom section")
                          : ImportText::tr("section %1").arg(s.mappedTo);
        out << heading + QStringLiteral(" -> ") + to;
    }
    for (const FieldMapping &f : fields)
        out << f.label + QStringLiteral(": -> ") +
                   (f.mappedTo.isEmpty() ? ImportText::tr("kept in the text")
                                         : fieldTargetText(f.mappedTo));
    out << ImportText::tr("%1 timeline entries, %2 action items")
               .arg(r.timeline.size())
               .arg(r.actionItems.size());
    out << ImportText::tr("images: %1 embedded, %2 missing, %3 remote, %4 refused")
               .arg(embedded.size())
               .arg(missing.size())
               .arg(remote.size())
               .arg(refused.size());
    for (const QString &m : missing)
        out << QStringLiteral("  ") + ImportText::tr("missing: %1").arg(m);
    for (const QString &m : remote)
        out << QStringLiteral("  ") + ImportText::tr("remote, not downloaded: %1").arg(m);
    for (const QString &m : refused)
        out << QStringLiteral("  ") + ImportText::tr("refused: %1").arg(m);
    for (const QString &w : warnings)
        out << ImportText::tr("warning: %1").arg(w);
    for (const QString &i : inferred)
        out << ImportText::tr("inferred: %1").arg(i);
    return out;
}

QJsonObject MarkdownImporter::Result::toJson() const
{
    QJsonArray sectionArray;
    for (const SectionMapping &s : sections)
        sectionArray << QJsonObject{{QStringLiteral("heading"), s.heading},
                                    {QStringLiteral("mappedTo"), s.mappedTo},
                                    {QStringLiteral("custom"), s.custom}};
    QJsonArray fieldArray;
    for (const FieldMapping &f : fields)
        fieldArray << QJsonObject{{QStringLiteral("label"), f.label},
                                  {QStringLiteral("mappedTo"), f.mappedTo}};
    return QJsonObject{
        {QStringLiteral("title"), report.metadata.title},
        {QStringLiteral("template"), report.templateId},
        {QStringLiteral("timeZone"), QString::fromLatin1(report.metadata.timeZone)},
        {QStringLiteral("sections"), sectionArray},
        {QStringLiteral("fields"), fieldArray},
        {QStringLiteral("timelineEntries"), int(report.timeline.size())},
        {QStringLiteral("actionItems"), int(report.actionItems.size())},
        {QStringLiteral("images"),
         QJsonObject{{QStringLiteral("embedded"), QJsonArray::fromStringList(embedded)},
                     {QStringLiteral("missing"), QJsonArray::fromStringList(missing)},
                     {QStringLiteral("remote"), QJsonArray::fromStringList(remote)},
                     {QStringLiteral("refused"), QJsonArray::fromStringList(refused)}}},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("inferred"), QJsonArray::fromStringList(inferred)},
    };
}

} // namespace debrief
