// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProcessRun.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `cmake --install` into a staging folder, then the installed files checked by the tools a
// desktop uses: desktop-file-validate, appstreamcli, update-mime-database with GIO and
// xdg-mime, mandoc, file(1) and the three shells the completions are for. The installed
// binary itself writes the report the MIME checks recognise.
class TestInstall : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_stage;
    QString m_share;
    QStringList m_commands;

    static QString documentIcon() { return u"application-vnd.debrief.postmortem+zip"_s; }

    static QStringList expectedTree()
    {
        QStringList files{
            u"usr/bin/debrief"_s,
            u"usr/share/applications/org.debrief.Debrief.desktop"_s,
            u"usr/share/bash-completion/completions/debrief"_s,
            // English plurals; a catalogue per translated language joins it here.
            u"usr/share/debrief/translations/debrief_en.qm"_s,
            u"usr/share/fish/vendor_completions.d/debrief.fish"_s,
            u"usr/share/icons/hicolor/scalable/apps/org.debrief.Debrief.svg"_s,
            u"usr/share/icons/hicolor/scalable/mimetypes/"_s + documentIcon() + u".svg"_s,
            u"usr/share/man/man1/debrief.1"_s,
            u"usr/share/metainfo/org.debrief.Debrief.metainfo.xml"_s,
            u"usr/share/mime/packages/org.debrief.Debrief.xml"_s,
            u"usr/share/zsh/vendor-completions/_debrief"_s,
        };
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            const QString dir = u"usr/share/icons/hicolor/%1x%1/"_s.arg(size);
            files << dir + u"apps/org.debrief.Debrief.png"_s
                  << dir + u"mimetypes/"_s + documentIcon() + u".png"_s;
        }
        files.sort();
        return files;
    }

    QStringList installedTree() const
    {
        QStringList files;
        QDirIterator it(m_stage, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(m_stage).relativeFilePath(it.next());
        files.sort();
        return files;
    }

    // A data dir laid out as on an installed system: the system's MIME types and ours in one
    // database, and nothing of the machine's own user data.
    QProcessEnvironment desktopEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_DIRS"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home"_s));
        env.remove(u"XDG_CURRENT_DESKTOP"_s);
        return env;
    }

    // Completions run in a folder holding a report, a chat export and a Markdown file.
    QString filesDir() const { return m_dir.filePath(u"files"_s); }

    QString completionsScript(const QString &words, int current) const
    {
        return u"cd '%1' && source '%2'; COMP_WORDS=(%3); COMP_CWORD=%4; _debrief; "
               "printf '%s\\n' \"${COMPREPLY[@]}\""_s.arg(
                   filesDir(), m_share + u"/bash-completion/completions/debrief"_s, words,
                   QString::number(current));
    }

    QStringList bashCompletes(const QString &words, int current) const
    {
        const ProcessRun bash =
            ProcessRun::of(u"bash"_s, {u"-c"_s, completionsScript(words, current)});
        return bash.out.split(u'\n', Qt::SkipEmptyParts);
    }

    QStringList fishCompletes(const QString &line) const
    {
        const QString script = u"cd '%1'; and source '%2'; and complete -C '%3'"_s.arg(
            filesDir(), m_share + u"/fish/vendor_completions.d/debrief.fish"_s, line);
        // fish keeps its variables under the home folder: a temporary one, not the user's.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"home/.config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/.local/share"_s));
        const ProcessRun fish = ProcessRun::of(u"fish"_s, {u"-c"_s, script}, env);
        QStringList words;
        for (const QString &completion : fish.out.split(u'\n', Qt::SkipEmptyParts))
            words << completion.section(u'\t', 0, 0);
        return words;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_stage = m_dir.filePath(u"stage"_s);
        m_share = m_stage + u"/usr/share"_s;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DESTDIR"_s, m_stage);
        const ProcessRun install = ProcessRun::of(
            u"cmake"_s,
            {u"--install"_s, QStringLiteral(DEBRIEF_BUILD_DIR), u"--prefix"_s, u"/usr"_s}, env);
        QVERIFY2(install.code == 0, qPrintable(install.out + install.err));
        // The commands as the binary lists them, for the man page and completion checks.
        const ProcessRun help = ProcessRun::debrief({u"--help"_s});
        static const QRegularExpression entry(u"^  ([a-z-]+)\\b"_s,
                                              QRegularExpression::MultilineOption);
        for (auto it = entry.globalMatch(help.out); it.hasNext();)
            m_commands << it.next().captured(1);
        QVERIFY2(m_commands.size() >= 7, qPrintable(help.out));
        QVERIFY(QDir().mkpath(filesDir()));
        QVERIFY(QDir().mkpath(m_dir.filePath(u"home"_s)));
        for (const QString &name : {u"r.pmd"_s, u"chat.zip"_s, u"notes.md"_s}) {
            QFile file(filesDir() + u'/' + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
    }

    void installsExactlyTheExpectedTree() { QCOMPARE(installedTree(), expectedTree()); }

    void installedBinaryRuns()
    {
        const ProcessRun version =
            ProcessRun::of(m_stage + u"/usr/bin/debrief"_s, {u"--version"_s});
        QCOMPARE(version.code, 0);
        QVERIFY2(version.out.startsWith(u"debrief "_s), qPrintable(version.out));
    }

    void desktopFileValidates()
    {
        const QString desktop = m_share + u"/applications/org.debrief.Debrief.desktop"_s;
        const ProcessRun check = ProcessRun::of(u"desktop-file-validate"_s, {desktop});
        QVERIFY2(check.code == 0 && check.out.isEmpty(), qPrintable(check.out + check.err));
        QFile file(desktop);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(u"MimeType=application/vnd.debrief.postmortem+zip;"_s));
        QVERIFY(text.contains(u"Exec=debrief --new"_s));
        QVERIFY(text.contains(u"Icon=org.debrief.Debrief\n"_s));
    }

    void appstreamValidates()
    {
        const QString metainfo = m_share + u"/metainfo/org.debrief.Debrief.metainfo.xml"_s;
        QFile file(metainfo);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QStringList args{u"validate"_s, u"--no-net"_s, metainfo};
        // A build without DEBRIEF_HOMEPAGE names no homepage and no screenshots rather than a
        // made-up address; the validator's warning about that, and only that, is let through.
        const bool homepage = text.contains(u"<url type=\"homepage\">"_s);
        if (!homepage)
            args << u"--override=url-homepage-missing=info"_s;
        QCOMPARE(text.contains(u"<screenshots>"_s), homepage);
        const ProcessRun check = ProcessRun::of(u"appstreamcli"_s, args);
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
        QVERIFY2(!text.contains(u'@'), "a configure variable was left unreplaced");
        QVERIFY(text.contains(u"<binary>debrief</binary>"_s));
        QVERIFY(text.contains(u"<mediatype>application/vnd.debrief.postmortem+zip</mediatype>"_s));
        QVERIFY(text.contains(u"<launchable type=\"desktop-id\">org.debrief.Debrief.desktop"_s));
    }

    void iconsHaveTheirSizes()
    {
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            const QString dir = m_share + u"/icons/hicolor/%1x%1/"_s.arg(size);
            for (const QString &png : {dir + u"apps/org.debrief.Debrief.png"_s,
                                       dir + u"mimetypes/"_s + documentIcon() + u".png"_s}) {
                const ProcessRun file = ProcessRun::of(u"file"_s, {u"-b"_s, png});
                QVERIFY2(file.out.contains(u"PNG image data, %1 x %1"_s.arg(size)),
                         qPrintable(file.out));
            }
        }
    }

    // A saved report is the Debrief type by its name, and by its content once renamed.
    void mimeTypeRecognisedByGlobAndMagic()
    {
        QDir().mkpath(m_dir.filePath(u"data/mime/packages"_s));
        QDir().mkpath(m_dir.filePath(u"home"_s));
        const QString packages = m_dir.filePath(u"data/mime/packages/"_s);
        QVERIFY(QFile::copy(u"/usr/share/mime/packages/freedesktop.org.xml"_s,
                            packages + u"freedesktop.org.xml"_s));
        QVERIFY(QFile::copy(m_share + u"/mime/packages/org.debrief.Debrief.xml"_s,
                            packages + u"org.debrief.Debrief.xml"_s));
        const ProcessRun update =
            ProcessRun::of(u"update-mime-database"_s, {m_dir.filePath(u"data/mime"_s)});
        QVERIFY2(update.code == 0, qPrintable(update.err));

        const QString report = m_dir.filePath(u"report.pmd"_s);
        const QString renamed = m_dir.filePath(u"report-without-suffix"_s);
        const ProcessRun created =
            ProcessRun::of(m_stage + u"/usr/bin/debrief"_s, {u"new"_s, u"-o"_s, report});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        QVERIFY(QFile::copy(report, renamed));
        for (const QString &path : {report, renamed}) {
            const ProcessRun gio =
                ProcessRun::of(u"gio"_s, {u"info"_s, u"-a"_s, u"standard::content-type"_s, path},
                               desktopEnvironment());
            QVERIFY2(gio.out.contains(u"content-type: application/vnd.debrief.postmortem+zip"_s),
                     qPrintable(path + u": "_s + gio.out + gio.err));
            const ProcessRun xdg = ProcessRun::of(u"xdg-mime"_s, {u"query"_s, u"filetype"_s, path},
                                                  desktopEnvironment());
            QCOMPARE(xdg.out.trimmed(), u"application/vnd.debrief.postmortem+zip"_s);
        }
    }

    void manPageListsEveryCommand()
    {
        const QString page = m_share + u"/man/man1/debrief.1"_s;
        const ProcessRun lint =
            ProcessRun::of(u"mandoc"_s, {u"-T"_s, u"lint"_s, u"-W"_s, u"warning"_s, page});
        QVERIFY2(lint.code == 0, qPrintable(lint.out + lint.err));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MANWIDTH"_s, u"200"_s);
        const ProcessRun rendered = ProcessRun::of(u"mandoc"_s, {u"-T"_s, u"ascii"_s, page}, env);
        // Bold and underline are overstruck ("X\bX"); the text is what a reader sees.
        ProcessRun text = rendered;
        text.out.remove(QRegularExpression(u".\x08"_s));
        QVERIFY2(text.out.contains(u"EXIT STATUS"_s), qPrintable(text.out));
        for (const QString &command : std::as_const(m_commands))
            QVERIFY2(text.out.contains(u"debrief "_s + command), qPrintable(command));
        // Options are read from the command table: a few from different commands.
        for (const QString &option : {u"--template"_s, u"--page-size"_s, u"--dry-run"_s})
            QVERIFY2(text.out.contains(option), qPrintable(option));
    }

    void bashCompletes()
    {
        QCOMPARE(bashCompletes(u"debrief ex"_s, 1), QStringList{u"export"_s});
        QCOMPARE(bashCompletes(u"debrief export --page-size ''"_s, 3),
                 (QStringList{u"A4"_s, u"Letter"_s}));
        QCOMPARE(bashCompletes(u"debrief new --templ"_s, 2), QStringList{u"--template"_s});
        // Each argument its own files: the report first, then any log.
        QCOMPARE(bashCompletes(u"debrief info ''"_s, 2), QStringList{u"r.pmd"_s});
        QCOMPARE(bashCompletes(u"debrief timeline-import --channel x ''"_s, 4),
                 QStringList{u"r.pmd"_s});
        QStringList logs = bashCompletes(u"debrief timeline-import r.pmd ''"_s, 3);
        logs.sort();
        QCOMPARE(logs, (QStringList{u"chat.zip"_s, u"notes.md"_s, u"r.pmd"_s}));
        const QStringList all = bashCompletes(u"debrief ''"_s, 1);
        for (const QString &command : std::as_const(m_commands))
            QVERIFY2(all.contains(command), qPrintable(command));
    }

    void fishCompletes()
    {
        QCOMPARE(fishCompletes(u"debrief ex"_s), QStringList{u"export"_s});
        QCOMPARE(fishCompletes(u"debrief export --page-size "_s),
                 (QStringList{u"A4"_s, u"Letter"_s}));
        QVERIFY(fishCompletes(u"debrief new -"_s).contains(u"--template"_s));
        // fish offers every file, those with the argument's suffix first.
        QCOMPARE(fishCompletes(u"debrief timeline-import "_s).value(0), u"r.pmd"_s);
        QCOMPARE(fishCompletes(u"debrief timeline-import r.pmd "_s).value(0), u"chat.zip"_s);
        const QStringList templates = fishCompletes(u"debrief new --template "_s);
        QVERIFY2(templates.contains(u"classic"_s), qPrintable(templates.join(u' ')));
    }

    // The Flatpak manifest cannot be built here; it is parsed by flatpak-builder and held to
    // what the CMake install puts in place, so the two cannot drift apart.
    void flatpakManifestMatchesTheInstall()
    {
        const QString manifest =
            QStringLiteral(DEBRIEF_SOURCE_DIR "/packaging/org.debrief.Debrief.json");
        const ProcessRun shown =
            ProcessRun::of(u"flatpak-builder"_s, {u"--show-manifest"_s, manifest});
        QVERIFY2(shown.code == 0, qPrintable(shown.err));
        const QJsonObject m = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        const QString id = m.value(u"id"_s).toString();
        const QStringList tree = installedTree();
        QVERIFY(tree.contains(u"usr/share/applications/"_s + id + u".desktop"_s));
        QVERIFY(tree.contains(u"usr/share/metainfo/"_s + id + u".metainfo.xml"_s));
        QVERIFY(tree.contains(u"usr/share/icons/hicolor/scalable/apps/"_s + id + u".svg"_s));
        QVERIFY(tree.contains(u"usr/share/mime/packages/"_s + id + u".xml"_s));
        QVERIFY(tree.contains(u"usr/bin/"_s + m.value(u"command"_s).toString()));
        QCOMPARE(m.value(u"runtime"_s).toString(), u"org.kde.Platform"_s);
        const QJsonObject app = m.value(u"modules"_s).toArray().last().toObject();
        QCOMPARE(app.value(u"name"_s).toString(), u"debrief"_s);
        QVERIFY(app.value(u"config-opts"_s).toArray().contains(u"-DDEBRIEF_BUILD_TESTS=OFF"_s));
        const QJsonArray finish = m.value(u"finish-args"_s).toArray();
        QVERIFY2(!finish.contains(u"--filesystem=host"_s), "the sandbox must not be opened wide");
    }

    // A catalogue where the install puts them, for a language this machine has none of: the
    // installed binary finds it relative to itself and speaks it. Removed again afterwards, so
    // the tree stays the install's.
    void installedBinaryLoadsItsTranslations()
    {
        const QString dir = m_share + u"/debrief/translations"_s;
        const QString catalogue = dir + u"/debrief_eo.qm"_s;
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::copy(QStringLiteral(DEBRIEF_BUILD_DIR "/translations/debrief_pseudo.qm"),
                            catalogue));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"LC_ALL"_s);
        env.remove(u"LC_MESSAGES"_s);
        env.insert(u"LANGUAGE"_s, u"eo"_s);
        env.insert(u"LANG"_s, u"eo"_s);
        const ProcessRun help = ProcessRun::of(m_stage + u"/usr/bin/debrief"_s, {u"--help"_s}, env);
        QFile::remove(catalogue);
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains(u"\u27E6"_s), qPrintable(help.out));
        // Without the catalogue it is English again.
        const ProcessRun english =
            ProcessRun::of(m_stage + u"/usr/bin/debrief"_s, {u"--help"_s}, env);
        QVERIFY2(english.out.startsWith(u"Usage: debrief"_s), qPrintable(english.out));
    }

    // zsh needs a terminal to complete; the script is checked for syntax and for naming every
    // command.
    void zshScriptParses()
    {
        const QString script = m_share + u"/zsh/vendor-completions/_debrief"_s;
        const ProcessRun zsh = ProcessRun::of(u"zsh"_s, {u"-n"_s, script});
        QVERIFY2(zsh.code == 0, qPrintable(zsh.err));
        QFile file(script);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(u"#compdef debrief\n"_s));
        for (const QString &command : std::as_const(m_commands))
            QVERIFY2(text.contains(u"    ("_s + command + u")\n"_s), qPrintable(command));
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
