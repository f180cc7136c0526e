// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "IconTheme.h"
#include "Translations.h"
#include "chat/ChatEntries.h"
#include "controllers/AutoSaver.h"
#include "controllers/DocumentManager.h"
#include "dialogs/ChatImportDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/RecoveryDialog.h"
#include "dialogs/RedactDialog.h"
#include "dialogs/TemplateChooser.h"
#include "document/ReportDocument.h"
#include "import/MarkdownImporter.h"
#include "model/Vocabulary.h"
#include "models/ChatRowsModel.h"
#include "models/PartsModel.h"
#include "panes/ActionItemsPane.h"
#include "templates/TemplateLibrary.h"
#include "window/MainWindow.h"
#include "window/NavigationPanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTimeZone>
#include <QToolButton>

using namespace debrief;

// Loads a pseudo-translation of translations/debrief.ts (every message "⟦…⟧" with accented
// letters, made by translations/pseudo.py at build time) through the loader main() uses, then
// reads every text a user sees in the window's parts, menus and actions and in the dialogs
// that open without a question. A text with letters outside ⟦…⟧ did not go through tr(), or
// is missing from debrief.ts: wrap it in tr() and run `./dev translations`.
class TestTranslations : public QObject
{
    Q_OBJECT
private:
    QSet<QString> m_data; // the report's own words and other data, not the program's
    mutable QStringList m_dataLongestFirst; // m_data for removal from composed texts
    QStringList m_untranslated;             // "where: text", each once
    QTemporaryDir m_catalogues;             // the pseudo catalogue under a language's name

    static QString describe(const QObject *o)
    {
        const QString name = o->objectName();
        return QString::fromLatin1(o->metaObject()->className()) +
               (name.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(name));
    }

    // Whether `text` has words that are not the pseudo-translation's, the report's data or
    // `allowed` (key names Qt writes into a tooltip).
    bool isUntranslated(QString text, const QStringList &allowed) const
    {
        if (Qt::mightBeRichText(text))
            text = QTextDocumentFragment::fromHtml(text).toPlainText();
        if (m_data.contains(text))
            return false;
        const bool composed = text.contains(QChar(0x27e6));
        // Innermost first: a translated text may carry another one through arg().
        static const QRegularExpression translated(QStringLiteral("⟦[^⟦⟧]*⟧"));
        for (qsizetype before = -1; before != text.size();) {
            before = text.size();
            text.remove(translated);
        }
        for (const QString &a : allowed)
            text.remove(a);
        // Data put into a translated text through arg() (a file name in a title), longest
        // first so that a shorter value inside a longer one does not break it up.
        if (composed) {
            if (m_dataLongestFirst.size() != m_data.size()) {
                m_dataLongestFirst = m_data.values();
                std::sort(m_dataLongestFirst.begin(), m_dataLongestFirst.end(),
                          [](const QString &a, const QString &b) { return a.size() > b.size(); });
            }
            for (const QString &d : std::as_const(m_dataLongestFirst))
                text.remove(d);
        }
        return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
    }

    void check(const QString &where, const QString &text, const QStringList &allowed = {})
    {
        const QString line = where + QStringLiteral(": ") + text;
        if (isUntranslated(text, allowed) && !m_untranslated.contains(line))
            m_untranslated << line;
    }

    void addData(const QString &text)
    {
        if (!text.isEmpty())
            m_data.insert(text);
    }

    // The report's content is the author's, in the author's language: never translated.
    void addReportData(const Report &r)
    {
        addData(r.metadata.title);
        addData(r.metadata.incidentId);
        for (const Section &s : r.sections) {
            addData(s.title);
            addData(s.help);
        }
        for (const TimelineEntry &e : r.timeline) {
            addData(e.description);
            addData(e.author);
        }
        for (const ActionItem &a : r.actionItems) {
            addData(a.title);
            addData(a.owner);
        }
        for (const Attachment &a : r.attachments) {
            addData(a.fileName);
            addData(a.mediaType); // a MIME type is a name, not a word to translate
            addData(QLocale().formattedDataSize(a.size, 1)); // a number with Qt's unit
        }
    }

    // Templates are content that a new report copies: their names, descriptions and section
    // titles are data in one language per template, not the program's words (see
    // docs/architecture.md, Logging and translation).
    void addTemplateData()
    {
        for (const ReportTemplate &t : TemplateLibrary::all()) {
            addData(t.name);
            addData(t.description);
            Report r;
            r.sections = t.sections;
            addReportData(r);
        }
    }

    // Names that are the same in every language: IANA zone ids (the zone choosers list
    // them) and the severity codes, which reports, exports and the industry write as SEV1.
    void addNameData()
    {
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
            addData(QString::fromLatin1(id));
        for (const QString &severity : Vocabulary::severities())
            addData(severity);
    }

    // A standard button still showing Qt's own word, which Qt's catalogue translates.
    static bool isQtsButton(QAbstractButton *button)
    {
        auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
        const auto which = box ? box->standardButton(button) : QDialogButtonBox::NoButton;
        if (which == QDialogButtonBox::NoButton)
            return false;
        const QDialogButtonBox probe(which);
        return probe.button(which)->text() == button->text();
    }

    // Parts Qt builds inside its widgets (a dock's float button, a line edit's clear button,
    // a spin box's editor, a combo box's popup): Qt's words or the value shown, not ours.
    static bool isQtsPart(const QWidget *w)
    {
        static const QStringList parts = {
            QStringLiteral("QDockWidgetTitleButton"), QStringLiteral("QToolBarExtension"),
            QStringLiteral("QLineEditIconButton"), QStringLiteral("QCalendarWidget"),
            QStringLiteral("QComboBoxPrivateContainer")};
        for (const QWidget *p = w; p; p = p->parentWidget()) {
            if (parts.contains(QString::fromLatin1(p->metaObject()->className())))
                return true;
        }
        const QWidget *parent = w->parentWidget();
        return qobject_cast<const QLineEdit *>(w) &&
               (qobject_cast<const QAbstractSpinBox *>(parent) ||
                qobject_cast<const QComboBox *>(parent));
    }

    static QStringList shortcutTexts(const QAction *a)
    {
        QStringList out;
        for (const QKeySequence &key : a->shortcuts())
            out << key.toString(QKeySequence::NativeText)
                << key.toString(QKeySequence::PortableText);
        return out;
    }

    void auditAction(QAction *a, const QString &where)
    {
        if (a->isSeparator())
            return;
        const QString at = where + QStringLiteral(" → ") + describe(a);
        const QStringList keys = shortcutTexts(a);
        check(at + QStringLiteral(" text"), a->text());
        check(at + QStringLiteral(" toolTip"), a->toolTip(), keys);
        check(at + QStringLiteral(" statusTip"), a->statusTip(), keys);
        check(at + QStringLiteral(" whatsThis"), a->whatsThis(), keys);
        if (QMenu *menu = a->menu()) {
            // Menus filled as they open (Open Recent) are filled now.
            Q_EMIT menu->aboutToShow();
            check(at + QStringLiteral(" title"), menu->title());
            for (QAction *child : menu->actions())
                auditAction(child, at);
        }
    }

    void auditModel(const QAbstractItemModel *model, const QString &where)
    {
        for (int c = 0; c < model->columnCount(); ++c) {
            for (int role : {Qt::DisplayRole, Qt::ToolTipRole})
                check(where + QStringLiteral(" header %1").arg(c),
                      model->headerData(c, Qt::Horizontal, role).toString());
        }
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                for (int role : {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole})
                    check(where + QStringLiteral(" row %1 column %2").arg(r).arg(c),
                          model->index(r, c).data(role).toString());
            }
        }
    }

    void auditTextsOf(QWidget *w, const QString &at)
    {
        if (auto *label = qobject_cast<QLabel *>(w))
            check(at + QStringLiteral(" text"), label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w); button && !isQtsButton(button))
            check(at + QStringLiteral(" text"), button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            check(at + QStringLiteral(" title"), group->title());
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            check(at + QStringLiteral(" placeholder"), line->placeholderText());
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            check(at + QStringLiteral(" placeholder"), plain->placeholderText());
        else if (auto *rich = qobject_cast<QTextEdit *>(w))
            check(at + QStringLiteral(" placeholder"), rich->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            check(at + QStringLiteral(" placeholder"), combo->placeholderText());
            for (int i = 0; i < combo->count(); ++i)
                check(at + QStringLiteral(" item %1").arg(i), combo->itemText(i));
        }
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            check(at + QStringLiteral(" special value"), spin->specialValueText());
        if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            check(at + QStringLiteral(" prefix"), spin->prefix());
            check(at + QStringLiteral(" suffix"), spin->suffix());
        }
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                check(at + QStringLiteral(" tab %1").arg(i), tabs->tabText(i));
                check(at + QStringLiteral(" tab %1 toolTip").arg(i), tabs->tabToolTip(i));
            }
        }
        // A header shows its view's model, read with the view.
        if (auto *view = qobject_cast<QAbstractItemView *>(w);
            view && view->model() && !qobject_cast<QHeaderView *>(view))
            auditModel(view->model(), at);
    }

    void auditWidget(QWidget *w)
    {
        if (isQtsPart(w))
            return;
        // A tool button shows its action, which is read with the action's key names.
        if (auto *tool = qobject_cast<QToolButton *>(w); tool && tool->defaultAction())
            return auditAction(tool->defaultAction(), describe(w));
        const QString at = describe(w);
        if (w->isWindow() || qobject_cast<QDockWidget *>(w))
            check(at + QStringLiteral(" windowTitle"), w->windowTitle());
        check(at + QStringLiteral(" toolTip"), w->toolTip());
        check(at + QStringLiteral(" statusTip"), w->statusTip());
        check(at + QStringLiteral(" whatsThis"), w->whatsThis());
        check(at + QStringLiteral(" accessibleName"), w->accessibleName());
        check(at + QStringLiteral(" accessibleDescription"), w->accessibleDescription());
        auditTextsOf(w, at);
        for (QAction *a : w->actions())
            auditAction(a, at);
    }

    void auditTree(QWidget *root)
    {
        auditWidget(root);
        for (QWidget *w : root->findChildren<QWidget *>())
            auditWidget(w);
    }

    // Fails listing every text found untranslated so far, one warning each (a failure
    // message would be cut short).
    void verifyAllTranslated()
    {
        const QStringList found = std::exchange(m_untranslated, {});
        for (const QString &line : found)
            qWarning().noquote() << "untranslated:" << line;
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("%1 untranslated text(s), listed above; wrap them in "
                                           "tr() and run ./dev translations")
                                .arg(found.size())));
    }

    static void show(QWidget &w)
    {
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        IconTheme::ensureInstalled();
        // Esperanto: a language Qt has no catalogue for here, so Qt's words stay its own.
        const QString pseudo = QStringLiteral(DEBRIEF_BUILD_DIR "/translations/debrief_pseudo.qm");
        QVERIFY2(QFile::exists(pseudo), qPrintable(pseudo));
        QVERIFY(QFile::copy(pseudo, m_catalogues.filePath(QStringLiteral("debrief_eo.qm"))));
        const QStringList loaded =
            Translations::install(QLocale(QLocale::Esperanto), {m_catalogues.path()});
        QVERIFY2(loaded.contains(m_catalogues.filePath(QStringLiteral("debrief_eo.qm"))),
                 qPrintable(loaded.join(u' ')));
        addTemplateData();
        addNameData();
    }

    void loaderSearchesNextToTheBinaryFirst()
    {
        const QString bin = QCoreApplication::applicationDirPath();
        QCOMPARE(
            Translations::searchPaths(),
            QStringList({bin + QStringLiteral("/translations"),
                         QDir::cleanPath(bin + QStringLiteral("/../share/debrief/translations"))}));
    }

    void pseudoCatalogueIsLoaded()
    {
        QCOMPARE(QCoreApplication::translate("debrief::MainWindow", "&File"),
                 QStringLiteral("⟦&Fîļé⟧")); // the mnemonic's letter is kept
        // Plurals keep their count.
        QCOMPARE(QCoreApplication::translate("debrief::ChatImportDialog", "&Add %Ln Entries",
                                             nullptr, 3),
                 QStringLiteral("⟦&Aðð 3 Éñţŕîéš⟧"));
    }

    // Every part the navigation lists, in a new report with one row in each table, and the
    // menus and actions of the window.
    void windowAndParts()
    {
        MainWindow w;
        w.resize(1280, 800);
        show(w);
        ReportDocument *doc = w.document();
        w.documents()->newFromTemplate(QStringLiteral("classic"));
        doc->addAttachment(Fixtures::png(Fixtures::dashboard(320, 200, 1)),
                           QStringLiteral("dashboard.png"));
        PartsModel *parts = w.navigation()->partsModel();
        // A row in each table, added as a user would, so their cells are read too.
        const auto addRow = [&](PartsModel::Kind kind, QAction *add) {
            w.navigation()->selectPart(parts->rowForKind(kind));
            QCoreApplication::processEvents();
            add->trigger();
            QCoreApplication::processEvents();
            if (QWidget *editor = QApplication::focusWidget())
                editor->clearFocus(); // closes the cell editor the add opened
        };
        addRow(PartsModel::Kind::Timeline, w.findChild<QAction *>(QStringLiteral("timelineAdd")));
        addRow(PartsModel::Kind::ActionItems, w.findChild<ActionItemsPane *>()->addItemAction());
        QCOMPARE(doc->report().timeline.size(), 1);
        QCOMPARE(doc->report().actionItems.size(), 1);
        addReportData(doc->report());
        for (int row = 0; row < parts->rowCount(); ++row) {
            w.navigation()->selectPart(row);
            QCoreApplication::processEvents();
            auditTree(&w);
        }
        for (QAction *a : w.menuBar()->actions())
            auditAction(a, QStringLiteral("menu bar"));
        check(QStringLiteral("status bar"), w.statusBar()->currentMessage());
        verifyAllTranslated();
    }

    // The import report (shown after File → Import Markdown and by `debrief import`) names
    // the fields it filled in the user's language; --json keeps their ids.
    void importReport()
    {
        const auto result = MarkdownImporter::importMarkdown(
            QStringLiteral("# Disk full\n\n**Severity:** SEV4\n"), QString());
        QCOMPARE(result.fields.value(0).mappedTo, QStringLiteral("severity"));
        const QStringList lines = result.describe();
        QVERIFY2(lines.contains(QStringLiteral("Severity: -> ⟦šéṽéŕîţý⟧")),
                 qPrintable(lines.join(u'\n')));
    }

    // Every counted message has its English singular and plural written: a new %n string
    // fails here once `./dev translations` has listed it in debrief_en.ts.
    void englishPluralsAreWritten()
    {
        QFile file(QStringLiteral(DEBRIEF_SOURCE_DIR "/translations/debrief_en.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString ts = QString::fromUtf8(file.readAll());
        QVERIFY(ts.contains(QStringLiteral("language=\"en\"")));
        QVERIFY2(!ts.contains(QStringLiteral("type=\"unfinished\"")),
                 "a %n message in translations/debrief_en.ts has no English forms yet");
        QVERIFY(!ts.contains(QStringLiteral("<numerusform></numerusform>")));
        QVERIFY(ts.count(QStringLiteral("<numerusform>")) ==
                2 * ts.count(QStringLiteral("<message numerus=\"yes\">")));
    }

    // Dates, times and numbers the window shows are written the user's way; exports and the
    // file keep their own fixed forms (tst_markdownexporter, tst_reportjson).
    void datesAndNumbersFollowTheLocale()
    {
        const QLocale before;
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        ChatEntries::Row dated;
        dated.entry.at = QDateTime(QDate(2026, 3, 5), QTime(14, 30), QTimeZone::UTC);
        ChatEntries::Row clockOnly;
        clockOnly.entry.clock = QTime(14, 30);
        ChatRowsModel rows;
        rows.setRows({dated, clockOnly}, QTimeZone::UTC);
        const auto time = [&rows](int row) {
            return rows.index(row, ChatRowsModel::Time).data().toString();
        };
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(time(0), QStringLiteral("05.03.2026 14:30:00"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(time(0).startsWith(u"3/5/2026 2:30:00") && time(0).contains(u"PM"),
                 qPrintable(time(0)));
        QVERIFY2(time(1).contains(u"2:30:00") && time(1).contains(u"PM"), qPrintable(time(1)));

        // Counts in the thousands are grouped: 1,200 messages, not 1200.
        QTemporaryDir dir;
        QByteArray log;
        const QDateTime start(QDate(2025, 10, 12), QTime(8, 0), QTimeZone::UTC);
        for (int i = 0; i < 1200; ++i)
            log += start.addSecs(i * 3).toString(u"yyyy-MM-dd HH:mm:ss").toUtf8() +
                   "\talice\tstep " + QByteArray::number(i) + '\n';
        const QString path = dir.filePath(QStringLiteral("weechat.log"));
        QVERIFY(Fixtures::writeFile(path, log));
        ChatImportDialog chat(Report(), QTimeZone::UTC);
        chat.setSource(path);
        const QString summary = chat.findChild<QLabel *>(QStringLiteral("chatSummary"))->text();
        QVERIFY2(summary.contains(u"1,200"), qPrintable(summary));
    }

    void dialogs()
    {
        const Report report; // an empty one: no data of its own to show
        TemplateChooser chooser;
        show(chooser);
        auditTree(&chooser);
        ExportDialog exporter(QStringLiteral("report"));
        show(exporter);
        auditTree(&exporter);
        AutoSaver::Recoverable found;
        found.autosaved = QDateTime::currentDateTime();
        found.unsavedSteps = 2;
        RecoveryDialog recovery({found});
        show(recovery);
        auditTree(&recovery);
        ChatImportDialog chat(report, QTimeZone::UTC);
        show(chat);
        auditTree(&chat);
        addData(QStringLiteral("dashboard.png"));
        RedactDialog redact(Fixtures::dashboard(320, 200, 1), QStringLiteral("dashboard.png"));
        show(redact);
        auditTree(&redact);
        verifyAllTranslated();
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
