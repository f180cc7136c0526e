// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LocaleFormats.h"
#include "panes/InstantEdit.h"

#include <QDateTimeEdit>
#include <QTest>
#include <QTimeZone>

using namespace debrief;
using namespace Qt::StringLiterals;

// The window's date and time fields follow the user's locale, with the whole year and no
// seconds, and stay ISO 8601 where no locale is set.
class TestLocaleFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void noLocaleIsIso()
    {
        QCOMPARE(LocaleFormats::dateTime(QLocale::c()), u"yyyy-MM-dd HH:mm"_s);
        QCOMPARE(LocaleFormats::date(QLocale::c()), u"yyyy-MM-dd"_s);
        QCOMPARE(LocaleFormats::time(QLocale::c()), u"HH:mm"_s);
    }

    void followsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("shown");
        // 12 October 2025, 09:10 and 21:45: order, separators, clock and a four-digit year.
        QTest::newRow("German") << u"de_DE"_s << u"12.10.2025 21:45"_s;
        QTest::newRow("US English") << u"en_US"_s << u"10/12/2025 9:45\u202FPM"_s;
        QTest::newRow("British English") << u"en_GB"_s << u"12/10/2025 21:45"_s;
        QTest::newRow("Japanese") << u"ja_JP"_s << u"2025/10/12 21:45"_s;
    }

    void followsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, shown);
        const QLocale l(locale);
        const QString format = LocaleFormats::dateTime(l);
        QVERIFY2(format.contains(u"yyyy"_s) && !format.contains(u"ss"_s), qPrintable(format));
        const QDateTime at(QDate(2025, 10, 12), QTime(21, 45), QTimeZone::UTC);
        const QString text = l.toString(at, format);
        // Qt's locale data may use a narrow no-break space before AM/PM, or a plain one.
        QCOMPARE(QString(text).replace(u'\u202F', u' '), QString(shown).replace(u'\u202F', u' '));
        // What is shown reads back as the same minute.
        QCOMPARE(l.toDateTime(text, format).time(), at.time());
    }

    void secondsForChatMessages()
    {
        QCOMPARE(LocaleFormats::dateTimeWithSeconds(QLocale::c()), u"yyyy-MM-dd HH:mm:ss"_s);
        const QLocale german(u"de_DE"_s);
        const QDateTime at(QDate(2025, 10, 12), QTime(21, 45, 7), QTimeZone::UTC);
        QCOMPARE(german.toString(at, LocaleFormats::dateTimeWithSeconds(german)),
                 u"12.10.2025 21:45:07"_s);
    }

    void instantFieldUsesTheLocale()
    {
        QLocale::setDefault(QLocale(u"de_DE"_s));
        InstantEdit edit;
        edit.setTimeZone(QTimeZone::UTC);
        edit.setInstant(QDateTime(QDate(2025, 10, 12), QTime(9, 10), QTimeZone::UTC));
        // The date-time field, not the one for a time without a date (also a QDateTimeEdit).
        const QDateTimeEdit *field = nullptr;
        for (const auto *child : edit.findChildren<QDateTimeEdit *>()) {
            if (child->objectName() != u"clock"_s)
                field = child;
        }
        QVERIFY(field);
        QCOMPARE(field->text(), u"12.10.2025 09:10"_s);
    }
};

QTEST_MAIN(TestLocaleFormats)
#include "tst_localeformats.moc"
