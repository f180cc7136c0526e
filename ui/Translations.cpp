// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace debrief {

namespace {
// The translator stays installed for the application's life, as its child.
QString installFirst(const QLocale &locale, const QString &name, const QStringList &dirs)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    for (const QString &dir : dirs) {
        if (translator->load(locale, name, QStringLiteral("_"), dir) &&
            QCoreApplication::installTranslator(translator))
            return translator->filePath();
    }
    delete translator;
    return {};
}
} // namespace

QStringList Translations::searchPaths()
{
    // The relative path matches the install rule in translations/CMakeLists.txt.
    const QDir bin(QCoreApplication::applicationDirPath());
    return {bin.filePath(QStringLiteral("translations")),
            QDir::cleanPath(bin.filePath(QStringLiteral("../share/debrief/translations")))};
}

QStringList Translations::install(const QLocale &locale, const QStringList &dirs)
{
    // Qt's own words (standard buttons, file dialogs) from Qt's folder, or from ours where a
    // bundle carries them.
    const QStringList qtDirs =
        QStringList{QLibraryInfo::path(QLibraryInfo::TranslationsPath)} + dirs;
    QString debrief = installFirst(locale, QStringLiteral("debrief"), dirs);
    // No catalogue for the locale (or none set, as C): the text stays English, with English
    // plurals ("1 page"), which only debrief_en holds.
    if (debrief.isEmpty())
        debrief = installFirst(QLocale(QLocale::English), QStringLiteral("debrief"), dirs);
    QStringList loaded;
    for (const QString &file : {installFirst(locale, QStringLiteral("qtbase"), qtDirs), debrief}) {
        if (!file.isEmpty())
            loaded << file;
    }
    return loaded;
}

} // namespace debrief
