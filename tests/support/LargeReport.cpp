// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LargeReport.h"

#include "Fixtures.h"
#include "format/AttachmentStore.h"
#include "format/MediaTypes.h"

#include <QImage>

#include <QRandomGenerator>
#include <QTimeZone>

using namespace debrief;

namespace {

const char *const kWords[] = {
    "latency", "cache",   "replica",  "deploy",   "rollback", "alert", "database", "queue",
    "timeout", "shard",   "customer", "region",   "capacity", "retry", "config",   "incident",
    "traffic", "error",   "budget",   "failover", "the",      "and",   "was",      "after",
    "before",  "because", "we",       "saw",      "during",   "which", "request",  "node"};

QString sentence(QRandomGenerator &rng)
{
    QString s;
    const int n = 8 + int(rng.bounded(10));
    for (int i = 0; i < n; ++i) {
        QString w = QString::fromLatin1(kWords[rng.bounded(int(std::size(kWords)))]);
        if (i == 0)
            w[0] = w[0].toUpper();
        else if (rng.bounded(12) == 0)
            w = QStringLiteral("**%1**").arg(w);
        else if (rng.bounded(15) == 0)
            w = QStringLiteral("`%1`").arg(w);
        s += (i ? QStringLiteral(" ") : QString()) + w;
    }
    return s + QLatin1Char('.');
}

QString codeBlock(int i)
{
    static const char *const langs[] = {"cpp", "python", "yaml", "bash", "json"};
    static const char *const bodies[] = {
        "for (auto &node : ring.nodes())\n    node.setWeight(weight * 0.1);\n",
        "def warm(cache, keys):\n    for k in keys:\n        cache.get(k)  # prime\n",
        "ring:\n  rebalance: gradual\n  step: 10%\n",
        "kubectl rollout undo deploy/checkout --to-revision=41\n",
        "{\"weight\": 0.1, \"node\": \"cache-eu-3\"}\n"};
    return QStringLiteral("```%1\n%2```\n")
        .arg(QLatin1String(langs[i % 5]), QLatin1String(bodies[i % 5]));
}

} // namespace

Report LargeReport::make(AttachmentStore *store, int scale, int images)
{
    QRandomGenerator rng(2041);
    Report r;
    r.templateId = QStringLiteral("google-sre");
    r.metadata.title = QStringLiteral("Large generated report");
    r.metadata.severity = QStringLiteral("SEV1");
    r.metadata.timeZone = "Europe/Berlin";
    const QDateTime start(QDate(2026, 11, 3), QTime(9, 0), QTimeZone(3600));
    r.metadata.started = start;
    r.metadata.detected = start.addSecs(600);
    r.metadata.mitigated = start.addSecs(3600);
    r.metadata.resolved = start.addSecs(7200);

    // 12 sections, ~40 KB of prose per scale, 20 code blocks spread over them.
    int code = 0;
    for (int s = 0; s < 12; ++s) {
        Section section;
        section.id = QStringLiteral("section-%1").arg(s);
        section.title = QStringLiteral("Section %1").arg(s + 1);
        QString text;
        while (text.size() < 3300 * scale) {
            text += sentence(rng) + QLatin1Char(' ') + sentence(rng) + QStringLiteral("\n\n");
            if (rng.bounded(6) == 0)
                text += QStringLiteral("- ") + sentence(rng) + QStringLiteral("\n- ") +
                        sentence(rng) + QStringLiteral("\n\n");
        }
        for (int c = 0; c < (s < 8 ? 2 : 1) && code < 20; ++c)
            text += codeBlock(code++) + QLatin1Char('\n');
        section.text = text;
        r.sections << section;
    }

    for (int i = 0; i < 300 * scale; ++i) {
        TimelineEntry e;
        e.id = QStringLiteral("entry-%1").arg(i);
        e.at = start.addSecs(i * 24);
        e.kind = i % 50 == 0 ? QStringLiteral("detection") : QStringLiteral("event");
        e.description = sentence(rng);
        e.author = QStringLiteral("responder-%1").arg(i % 7);
        e.keyMoment = i % 40 == 0;
        r.timeline << e;
    }
    for (int i = 0; i < 12; ++i) {
        ActionItem a;
        a.id = QStringLiteral("action-%1").arg(i);
        a.title = sentence(rng);
        a.owner = QStringLiteral("owner-%1").arg(i % 4);
        a.due = QDate(2026, 12, 1).addDays(i);
        r.actionItems << a;
    }
    for (int i = 0; i < images; ++i) {
        const QByteArray png = Fixtures::png(Fixtures::dashboard(2400, 1200, 100 + i));
        Attachment a;
        a.id = AttachmentStore::idFor(png);
        a.fileName = QStringLiteral("dashboard-%1.png").arg(i);
        a.mediaType = MediaTypes::detect(png, a.fileName);
        a.size = png.size();
        a.caption = QStringLiteral("Dashboard %1").arg(i + 1);
        store->insert(a.id, png);
        r.attachments << a;
        r.sections[i % 12].text +=
            QStringLiteral("\n![Dashboard %1](attachment:%2)\n").arg(i + 1).arg(a.id);
    }
    return r;
}
