// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chat/SlackText.h"

#include <QRegularExpression>
#include <QUrl>

namespace debrief {

namespace {

QString markdownLabel(QString label)
{
    label.replace(QLatin1Char('['), QStringLiteral("\\["));
    label.replace(QLatin1Char(']'), QStringLiteral("\\]"));
    return label;
}

// One "<…>" of Slack's markup: the part before "|" says what it is, the part after how it reads.
QString rewrite(const QString &target, const QString &label,
                const QHash<QString, QString> &userNames)
{
    if (target.startsWith(QLatin1Char('@'))) {
        const QString name = userNames.value(target.mid(1));
        if (!name.isEmpty())
            return QLatin1Char('@') + name;
        return QLatin1Char('@') + (label.isEmpty() ? target.mid(1) : label);
    }
    if (target.startsWith(QLatin1Char('#')))
        return QLatin1Char('#') + (label.isEmpty() ? target.mid(1) : label);
    if (target.startsWith(QLatin1Char('!'))) {
        if (!label.isEmpty()) // "<!subteam^S1|@oncall>", "<!date^…|Oct 12>"
            return label;
        return QLatin1Char('@') + target.mid(1).section(QLatin1Char('^'), 0, 0);
    }
    const QString url = SlackText::withoutToken(target);
    // Slack writes a file link's label as the link without its scheme, token included.
    const bool tokenInLabel = url != target && label.contains(QLatin1Char('?'));
    const QString text = (label.isEmpty() || tokenInLabel) ? url : label;
    const QString scheme = QUrl(url).scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
        scheme != QLatin1String("mailto"))
        return text; // no link to anything else ("javascript:"), just its words
    return QStringLiteral("[%1](%2)").arg(markdownLabel(text), url);
}

} // namespace

QString SlackText::withoutToken(const QString &url)
{
    QUrl u(url);
    const QString host = u.host().toLower();
    if (host.endsWith(QLatin1String("slack-files.com")) ||
        host.endsWith(QLatin1String("files.slack.com")) ||
        host.endsWith(QLatin1String("slack-edge.com"))) {
        u.setQuery(QString());
        u.setFragment(QString());
        return u.toString();
    }
    return url;
}

QString SlackText::toMarkdown(const QString &text, const QHash<QString, QString> &userNames)
{
    static const QRegularExpression markup(QStringLiteral("<([^<>|\\s]+)(?:\\|([^<>]*))?>"));
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (auto it = markup.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += rewrite(m.captured(1), m.captured(2), userNames);
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    out.replace(QStringLiteral("&lt;"), QStringLiteral("\\<"));
    out.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    out.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return out;
}

} // namespace debrief
