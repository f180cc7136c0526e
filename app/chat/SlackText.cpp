// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chat/SlackText.h"

#include <QUrl>

#include <algorithm>
#include <optional>

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
    const QString scheme = url.section(QLatin1Char(':'), 0, 0).toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
        scheme != QLatin1String("mailto"))
        return text; // no link to anything else ("javascript:"), just its words
    return QStringLiteral("[%1](%2)").arg(markdownLabel(text), url);
}

} // namespace

QString SlackText::withoutToken(const QString &url)
{
    if (!url.contains(QLatin1String("slack"), Qt::CaseInsensitive))
        return url; // not Slack's servers: no URL to parse
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

namespace {

// "<target|label>" or "<target>" at `open`: the target has no blank, neither part a "<".
std::optional<std::pair<QString, QString>> markupAt(const QString &text, qsizetype open,
                                                    qsizetype *end)
{
    const qsizetype close = text.indexOf(QLatin1Char('>'), open + 1);
    if (close < 0)
        return std::nullopt;
    const QStringView inner = QStringView(text).mid(open + 1, close - open - 1);
    const qsizetype bar = inner.indexOf(QLatin1Char('|'));
    const QStringView target = bar < 0 ? inner : inner.left(bar);
    const QStringView label = bar < 0 ? QStringView() : inner.mid(bar + 1);
    if (target.isEmpty() || inner.contains(QLatin1Char('<')) ||
        std::any_of(target.begin(), target.end(), [](QChar c) { return c.isSpace(); }))
        return std::nullopt;
    *end = close + 1;
    return std::pair{target.toString(), label.toString()};
}

} // namespace

QString SlackText::toMarkdown(const QString &text, const QHash<QString, QString> &userNames)
{
    if (!text.contains(QLatin1Char('<')) && !text.contains(QLatin1Char('&')))
        return text; // most messages: nothing to rewrite
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (qsizetype open = text.indexOf(QLatin1Char('<')); open >= 0;
         open = text.indexOf(QLatin1Char('<'), open + 1)) {
        qsizetype end = 0;
        const auto markup = markupAt(text, open, &end);
        if (!markup)
            continue;
        out += QStringView(text).mid(from, open - from);
        out += rewrite(markup->first, markup->second, userNames);
        from = end;
        open = end - 1;
    }
    out += QStringView(text).mid(from);
    out.replace(QStringLiteral("&lt;"), QStringLiteral("\\<"));
    out.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    out.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return out;
}

} // namespace debrief
