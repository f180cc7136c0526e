// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/Report.h"
#include "templates/TemplateLibrary.h"

#include <QTest>

using namespace debrief;

class TestTemplates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTemplateLoads_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("firstSection");
        QTest::addColumn<QString>("mustHave");
        QTest::newRow("classic") << "classic" << "Summary"
                                 << "Corrective and Preventative Measures";
        QTest::newRow("google-sre") << "google-sre" << "Summary" << "Trigger";
        QTest::newRow("pagerduty") << "pagerduty" << "Overview" << "Contributing Factors";
        QTest::newRow("atlassian") << "atlassian" << "Incident Summary" << "Five Whys";
    }

    void everyTemplateLoads()
    {
        QFETCH(QString, id);
        QFETCH(QString, firstSection);
        QFETCH(QString, mustHave);
        const auto t = TemplateLibrary::find(id);
        QVERIFY(t);
        QCOMPARE(t->id, id);
        QVERIFY(!t->name.isEmpty());
        QCOMPARE(t->sections.first().title, firstSection);
        QStringList titles, ids;
        for (const Section &s : t->sections) {
            titles << s.title;
            ids << s.id;
            QVERIFY2(!s.help.isEmpty(), qPrintable(s.id));
            QVERIFY(s.text.isEmpty());
        }
        QVERIFY(titles.contains(mustHave));
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());

        const Report r = TemplateLibrary::instantiate(*t, QTimeZone("Asia/Tokyo"));
        QCOMPARE(r.templateId, id);
        QCOMPARE(r.sections.size(), t->sections.size());
        QCOMPARE(r.metadata.timeZone, QByteArray("Asia/Tokyo"));
        QCOMPARE(TemplateLibrary::instantiate(*t).metadata.timeZone, QTimeZone::systemTimeZoneId());
    }

    void unknownTemplateIsNotFound()
    {
        QVERIFY(!TemplateLibrary::find(QStringLiteral("nope")));
        QVERIFY(!TemplateLibrary::find(QStringLiteral("../templates/classic")));
        QCOMPARE(TemplateLibrary::all().size(), 4);
    }

    void sampleIsComplete()
    {
        const Report r = TemplateLibrary::sample();
        QCOMPARE(r.templateId, QStringLiteral("google-sre"));
        QVERIFY(!r.metadata.title.isEmpty());
        QCOMPARE(r.sections.size(), 10);
        QVERIFY(!r.sections[0].help.isEmpty());
        QCOMPARE(r.timeline.size(), 6);
        QCOMPARE(r.actionItems.size(), 3);
    }
};

QTEST_MAIN(TestTemplates)
#include "tst_templates.moc"
