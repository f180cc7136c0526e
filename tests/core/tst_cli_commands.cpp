// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "cli/Command.h"
#include "cli/CommandLine.h"
#include "cli/CommandTable.h"
#include "templates/TemplateLibrary.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace debrief;
using namespace Qt::StringLiterals;

// Every command's usage errors, run in-process through CommandLine as main() runs it: the exit
// code, the exact message on stderr, and nothing on stdout.
class TestCliCommands : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    QTemporaryDir m_dir;

    static Run cli(const QStringList &args)
    {
        Run run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        run.code = CommandLine(out, err).run(QStringList{u"debrief"_s} + args);
        out.flush();
        err.flush();
        return run;
    }

    static QString usage(const QString &message)
    {
        return u"debrief: "_s + message + u"\nRun 'debrief --help' for usage.\n"_s;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void helpListsEveryCommand()
    {
        const Run help = cli({u"--help"_s});
        QCOMPARE(help.code, 0);
        QCOMPARE(help.err, QString());
        QVERIFY(help.out.contains(u"Exit codes: 0 success"_s));
        QCOMPARE(CommandTable::all().size(), size_t(7));
        for (const auto &command : CommandTable::all()) {
            const QString entry = u"\n  "_s + command->name();
            QVERIFY2(help.out.contains(entry), qPrintable(command->name()));
            const QString description = command->description().section(u'\n', 0, 0);
            QVERIFY2(help.out.contains(description), qPrintable(description));
            QVERIFY(CommandLine::isCommand(command->name()));
            QCOMPARE(CommandTable::find(command->name()), command.get());
        }
        QVERIFY(!CommandLine::isCommand(u"report.pmd"_s));
        QCOMPARE(cli({u"help"_s}).out, help.out);
        QCOMPARE(cli({u"-h"_s}).out, help.out);
    }

    void version()
    {
        const Run run = cli({u"--version"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith(u"debrief "_s));
    }

    void commandHelp_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto &command : CommandTable::all())
            QTest::newRow(qPrintable(command->name())) << command->name();
    }

    void commandHelp()
    {
        QFETCH(QString, name);
        const Run run = cli({name, u"--help"_s});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.err, QString());
        QVERIFY2(run.out.startsWith(u"Usage: "_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"-h, --help"_s), qPrintable(run.out));
    }

    // Qt's parser names what it did not understand; no usage line follows.
    void unknownOption_data() { commandHelp_data(); }

    void unknownOption()
    {
        QFETCH(QString, name);
        const Run run = cli({name, u"--bogus"_s, u"x.pmd"_s});
        QCOMPARE(run.code, 2);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.startsWith(u"debrief: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"bogus"_s), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"--help"_s), qPrintable(run.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString out = path(u"out.pmd"_s);
        const QString md = path(u"out.md"_s);
        const QString suffixes = u"export: say where to write with -o FILE, a name ending in "
                                 u".pdf, .md, .markdown, .html, .htm"_s;

        QTest::newRow("unknown command") << QStringList{u"frob"_s} << u"unknown command 'frob'"_s;

        QTest::newRow("new: no output")
            << QStringList{u"new"_s} << u"new: say where to write the report with -o FILE.pmd"_s;
        QTest::newRow("new: extra argument")
            << QStringList{u"new"_s, u"-o"_s, out, u"extra"_s} << u"unexpected argument 'extra'"_s;
        QTest::newRow("new: template")
            << QStringList{u"new"_s, u"--template"_s, u"nope"_s, u"-o"_s, out}
            << u"new: no template 'nope'; choose one of: "_s + TemplateLibrary::ids().join(u", "_s);
        QTest::newRow("new: time zone")
            << QStringList{u"new"_s, u"--time-zone"_s, u"Mars/Olympus"_s, u"-o"_s, out}
            << u"new: unknown time zone 'Mars/Olympus' (use an IANA name such as Europe/Berlin)"_s;

        for (const QString &command : {u"info"_s, u"validate"_s, u"export"_s}) {
            const QString wrongCount = command + u": name exactly one .pmd file"_s;
            QStringList two{command, u"a.pmd"_s, u"b.pmd"_s};
            if (command == u"export"_s)
                two << u"-o"_s << md;
            QTest::addRow("%s: no file", qPrintable(command)) << QStringList{command} << wrongCount;
            QTest::addRow("%s: two files", qPrintable(command)) << two << wrongCount;
        }

        QTest::newRow("export: no output") << QStringList{u"export"_s, u"r.pmd"_s} << suffixes;
        QTest::newRow("export: unknown suffix")
            << QStringList{u"export"_s, u"r.pmd"_s, u"-o"_s, path(u"out.txt"_s)} << suffixes;
        QTest::newRow("export: no suffix")
            << QStringList{u"export"_s, u"r.pmd"_s, u"-o"_s, path(u"md"_s)} << suffixes;
        QTest::newRow("export: timeline")
            << QStringList{u"export"_s, u"r.pmd"_s, u"-o"_s, md, u"--timeline"_s, u"grid"_s}
            << u"export: --timeline is list or table, not 'grid'"_s;
        QTest::newRow("export: timeline is lower case")
            << QStringList{u"export"_s, u"r.pmd"_s, u"-o"_s, md, u"--timeline"_s, u"Table"_s}
            << u"export: --timeline is list or table, not 'Table'"_s;
        QTest::newRow("export: actions")
            << QStringList{u"export"_s, u"r.pmd"_s, u"-o"_s, md, u"--actions"_s, u"grid"_s}
            << u"export: --actions is table or list, not 'grid'"_s;
        QTest::newRow("export: page size")
            << QStringList{u"export"_s,        u"r.pmd"_s,       u"-o"_s,
                           path(u"out.pdf"_s), u"--page-size"_s, u"A3"_s}
            << u"export: --page-size is A4 or Letter, not 'A3'"_s;
        QTest::newRow("export: summary to Markdown")
            << QStringList{u"export"_s, u"r.pmd"_s, u"-o"_s, md, u"--summary"_s}
            << u"export: --summary and --page-size apply to PDF only"_s;
        QTest::newRow("export: summary to .markdown")
            << QStringList{u"export"_s, u"r.pmd"_s, u"-o"_s, path(u"out.markdown"_s),
                           u"--summary"_s}
            << u"export: --summary and --page-size apply to PDF only"_s;
        QTest::newRow("export: page size to HTML")
            << QStringList{u"export"_s,         u"r.pmd"_s,       u"-o"_s,
                           path(u"out.html"_s), u"--page-size"_s, u"A4"_s}
            << u"export: --summary and --page-size apply to PDF only"_s;

        QTest::newRow("import: no file")
            << QStringList{u"import"_s} << u"import: name exactly one Markdown file"_s;
        QTest::newRow("import: two files")
            << QStringList{u"import"_s, u"a.md"_s, u"b.md"_s, u"-o"_s, out}
            << u"import: name exactly one Markdown file"_s;
        QTest::newRow("import: no output")
            << QStringList{u"import"_s, u"a.md"_s}
            << u"import: say where to write the report with -o FILE.pmd"_s;
        QTest::newRow("import: onto its input")
            << QStringList{u"import"_s, md, u"-o"_s, md}
            << u"import: the report cannot replace the Markdown file it is read from"_s;
        QTest::newRow("import: onto its input, spelt differently")
            << QStringList{u"import"_s, u"in.md"_s, u"-o"_s, QDir::current().filePath(u"in.md"_s)}
            << u"import: the report cannot replace the Markdown file it is read from"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run run = cli(args);
        QCOMPARE(run.code, 2);
        QCOMPARE(run.err, usage(message));
        QCOMPARE(run.out, QString());
        // A usage error never leaves a file behind.
        const qsizetype o = args.indexOf(u"-o"_s);
        if (o >= 0 && !args.contains(u"import"_s))
            QVERIFY(!QFileInfo::exists(args.value(o + 1)));
    }

    void outputExistsWithoutForce_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("new") << u"new"_s;
        QTest::newRow("import") << u"import"_s;
    }

    void outputExistsWithoutForce()
    {
        QFETCH(QString, command);
        const QString output = path(command + u"-exists.pmd"_s);
        QVERIFY(Fixtures::writeFile(output, "precious"));
        QStringList args{command, u"-o"_s, output};
        if (command == u"import"_s) {
            const QString md = path(u"input.md"_s);
            QVERIFY(Fixtures::writeFile(md, "# Fine\n\n## Summary\n\nShort.\n"));
            args << md;
        }
        const Run refused = cli(args);
        QCOMPARE(refused.code, 3);
        QCOMPARE(refused.err,
                 u"debrief: %1: already exists (use --force to replace it)\n"_s.arg(output));
        QCOMPARE(refused.out, QString());
        QCOMPARE(Fixtures::readFile(output), QByteArray("precious"));

        const Run forced = cli(args << u"--force"_s);
        QVERIFY2(forced.code == 0, qPrintable(forced.err));
        QVERIFY(Fixtures::readFile(output).startsWith("PK"));
    }

    // .markdown is Markdown, by the rule every front end shares.
    void exportToDotMarkdown()
    {
        const QString report = path(u"for-export.pmd"_s);
        QCOMPARE(cli({u"new"_s, u"-o"_s, report, u"--title"_s, u"Disk full"_s}).code, 0);
        const QString out = path(u"report.markdown"_s);
        const Run run = cli({u"export"_s, report, u"-o"_s, out});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out, u"Wrote %1 (0 images)\n"_s.arg(out));
        QVERIFY(Fixtures::readFile(out).startsWith("# Disk full"));
    }

    // An unreadable input is named with its own message, not as a usage error.
    void unreadableInput_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString missing = path(u"missing.pmd"_s);
        QTest::newRow("info") << QStringList{u"info"_s, missing};
        QTest::newRow("validate") << QStringList{u"validate"_s, missing};
        QTest::newRow("export") << QStringList{u"export"_s, missing, u"-o"_s,
                                               path(u"never.markdown"_s)};
        QTest::newRow("import") << QStringList{u"import"_s, path(u"missing.md"_s), u"-o"_s,
                                               path(u"never.pmd"_s)};
    }

    void unreadableInput()
    {
        QFETCH(QStringList, args);
        const Run run = cli(args);
        QCOMPARE(run.code, 2);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.startsWith(u"debrief: %1: "_s.arg(args.at(1))), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"--help"_s), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        if (args.size() > 3)
            QVERIFY(!QFileInfo::exists(args.at(3)));
    }
};

QTEST_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
