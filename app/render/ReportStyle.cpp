// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "render/ReportStyle.h"

#include <QFile>
#include <QHash>
#include <QPalette>

namespace debrief {

namespace {

QString fill(const QHash<QString, QString> &colours)
{
    static const QString css = [] {
        QFile f(QStringLiteral(":/debrief/style/report.css"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }();
    QString out = css;
    for (auto it = colours.cbegin(); it != colours.cend(); ++it)
        out.replace(QLatin1Char('@') + it.key() + QLatin1Char('@'), it.value());
    return out;
}

} // namespace

QString ReportStyle::forPrint()
{
    return fill({{QStringLiteral("text"), QStringLiteral("#1f2328")},
                 {QStringLiteral("heading"), QStringLiteral("#1b3a5c")},
                 {QStringLiteral("link"), QStringLiteral("#0b5cad")},
                 {QStringLiteral("codebg"), QStringLiteral("#f3f4f6")},
                 {QStringLiteral("thbg"), QStringLiteral("#e8ecf0")},
                 {QStringLiteral("muted"), QStringLiteral("#5b6470")},
                 {QStringLiteral("warn"), QStringLiteral("#b3261e")}});
}

bool ReportStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QString ReportStyle::forPalette(const QPalette &palette)
{
    if (!isDark(palette))
        return forPrint();
    const QColor base = palette.color(QPalette::Base);
    return fill({{QStringLiteral("text"), palette.color(QPalette::Text).name()},
                 {QStringLiteral("heading"), QStringLiteral("#9cc3f0")},
                 {QStringLiteral("link"), QStringLiteral("#7ab4f5")},
                 {QStringLiteral("codebg"), base.lighter(130).name()},
                 {QStringLiteral("thbg"), base.lighter(160).name()},
                 {QStringLiteral("muted"), QStringLiteral("#a0a7b0")},
                 {QStringLiteral("warn"), QStringLiteral("#f28b82")}});
}

} // namespace debrief
