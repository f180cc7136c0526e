// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "templates/TemplateLibrary.h"

#include "diagnostics/Logging.h"
#include "format/ReportJson.h"
#include "model/Report.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace debrief {

namespace {

QJsonObject readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // The templates are built in: a missing one is a packaging mistake.
        qCWarning(lcCore) << "cannot read the built-in" << path << "-" << file.errorString();
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

std::optional<ReportTemplate> parse(const QJsonObject &o)
{
    if (o.isEmpty())
        return std::nullopt;
    ReportTemplate t;
    t.id = o.value(QStringLiteral("id")).toString();
    t.name = o.value(QStringLiteral("name")).toString();
    t.description = o.value(QStringLiteral("description")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject s = v.toObject();
        t.sections << Section{s.value(QStringLiteral("id")).toString(),
                              s.value(QStringLiteral("title")).toString(), QString(),
                              s.value(QStringLiteral("help")).toString(), QJsonObject()};
    }
    return t;
}

} // namespace

QStringList TemplateLibrary::ids()
{
    // Order of the chooser: the simplest first.
    return {QStringLiteral("classic"), QStringLiteral("google-sre"), QStringLiteral("pagerduty"),
            QStringLiteral("atlassian")};
}

QList<ReportTemplate> TemplateLibrary::all()
{
    QList<ReportTemplate> out;
    for (const QString &id : ids()) {
        if (auto t = find(id))
            out << *t;
    }
    return out;
}

std::optional<ReportTemplate> TemplateLibrary::find(const QString &id)
{
    if (!ids().contains(id))
        return std::nullopt;
    return parse(readResource(QStringLiteral(":/debrief/templates/%1.json").arg(id)));
}

Report TemplateLibrary::instantiate(const ReportTemplate &tmpl, const QTimeZone &zone)
{
    Report report;
    report.templateId = tmpl.id;
    report.sections = tmpl.sections;
    report.metadata.timeZone = zone.isValid() ? zone.id() : QTimeZone::systemTimeZoneId();
    return report;
}

Report TemplateLibrary::sample()
{
    QStringList warnings;
    QString error;
    auto report = ReportJson::fromJson(
        readResource(QStringLiteral(":/debrief/samples/sample.json")), &warnings, &error);
    Q_ASSERT_X(report && warnings.isEmpty(), "TemplateLibrary::sample", "sample.json is broken");
    if (!report)
        return {};
    // Borrow the template's help texts so the sample behaves like a real report.
    if (const auto tmpl = find(report->templateId)) {
        for (Section &s : report->sections) {
            for (const Section &t : tmpl->sections) {
                if (t.id == s.id)
                    s.help = t.help;
            }
        }
    }
    return *report;
}

} // namespace debrief
