// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "render/CodeHighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

namespace debrief {

using namespace KSyntaxHighlighting;

CodeHighlighter::CodeHighlighter(Repository &repository, Palette palette)
    : m_repository(repository)
{
    setPalette(palette);
}

void CodeHighlighter::setPalette(Palette palette)
{
    setTheme(m_repository.defaultTheme(palette == Palette::Dark ? Repository::DarkTheme
                                                                : Repository::LightTheme));
}

Definition CodeHighlighter::definitionFor(const QString &language)
{
    const QString key = language.toLower();
    if (const auto it = m_definitions.constFind(key); it != m_definitions.cend())
        return *it;
    Definition def;
    if (!key.isEmpty()) {
        // Names first ("Python"), then the language as a file extension ("py", "yaml").
        for (const Definition &d : m_repository.definitions()) {
            if (d.name().compare(language, Qt::CaseInsensitive) == 0 ||
                d.translatedName().compare(language, Qt::CaseInsensitive) == 0) {
                def = d;
                break;
            }
        }
        if (!def.isValid())
            def = m_repository.definitionForFileName(QStringLiteral("code.") + key);
        static const QHash<QString, QString> aliases{
            {QStringLiteral("sh"), QStringLiteral("Bash")},
            {QStringLiteral("shell"), QStringLiteral("Bash")},
            {QStringLiteral("console"), QStringLiteral("Bash")},
            {QStringLiteral("js"), QStringLiteral("JavaScript")},
            {QStringLiteral("ts"), QStringLiteral("TypeScript")},
            {QStringLiteral("c++"), QStringLiteral("C++")},
            {QStringLiteral("golang"), QStringLiteral("Go")},
            {QStringLiteral("yml"), QStringLiteral("YAML")}};
        if (!def.isValid() && aliases.contains(key))
            def = m_repository.definitionForName(aliases.value(key));
    }
    m_definitions.insert(key, def);
    return def;
}

QString CodeHighlighter::toHtml(const QString &code, const QString &language)
{
    const Definition def = definitionFor(language);
    QString body = code;
    if (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    m_out.clear();
    m_out.reserve(body.size() * 2);
    const QString lang = language.toHtmlEscaped();
    m_out += lang.isEmpty() ? QStringLiteral("<pre class=\"code\">")
                            : QStringLiteral("<pre class=\"code\" title=\"%1\">").arg(lang);
    if (!def.isValid()) {
        m_out += body.toHtmlEscaped();
    } else {
        setDefinition(def);
        State state;
        const QStringList lines = body.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            m_line = lines[i];
            state = highlightLine(m_line, state);
            if (i + 1 < lines.size())
                m_out += QLatin1Char('\n');
        }
    }
    m_out += QStringLiteral("</pre>");
    return m_out;
}

void CodeHighlighter::applyFormat(int offset, int length, const Format &format)
{
    const QString text = m_line.mid(offset, length).toString().toHtmlEscaped();
    if (format.isDefaultTextStyle(theme())) {
        m_out += text;
        return;
    }
    QString style;
    if (format.hasTextColor(theme()))
        style += QStringLiteral("color:%1;").arg(format.textColor(theme()).name());
    if (format.isBold(theme()))
        style += QStringLiteral("font-weight:bold;");
    if (format.isItalic(theme()))
        style += QStringLiteral("font-style:italic;");
    m_out +=
        style.isEmpty() ? text : QStringLiteral("<span style=\"%1\">%2</span>").arg(style, text);
}

} // namespace debrief
