// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChatBench.h"

#include "ZipBuilder.h"
#include "dialogs/ChatImportDialog.h"
#include "format/AttachmentStore.h"
#include "format/PmdArchive.h"
#include "models/ChatRowsModel.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScrollBar>
#include <QTableView>

using namespace debrief;

namespace {

constexpr qint64 kStart = 1760256000; // 2025-10-12 08:00 UTC

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QJsonObject message(int i, int users)
{
    const QString ts =
        QStringLiteral("%1.%2").arg(kStart + i * 3).arg(i % 1000000, 6, 10, QLatin1Char('0'));
    QJsonObject m{{QStringLiteral("type"), QStringLiteral("message")},
                  {QStringLiteral("ts"), ts},
                  {QStringLiteral("user"), QStringLiteral("U%1").arg(i % users)},
                  {QStringLiteral("text"),
                   QStringLiteral("step %1: <@U%2> checked <https://grafana.example.net/d/%1|the "
                                  "board>, error rate at %3%% after the rollback")
                       .arg(i)
                       .arg((i + 7) % users)
                       .arg(i % 97)}};
    if (i % 10 == 3)
        m.insert(QStringLiteral("thread_ts"),
                 QStringLiteral("%1.000000").arg(kStart + (i - 3) * 3));
    if (i % 500 == 0)
        m.insert(QStringLiteral("subtype"), QStringLiteral("channel_join"));
    return m;
}

} // namespace

ChatBench::ChatBench(QString dir, int runs, Median median, PeakKb peak)
    : m_dir(std::move(dir))
    , m_runs(runs)
    , m_median(std::move(median))
    , m_peak(std::move(peak))
{}

// One channel of `messages` over ten days, and another the import never opens.
QString ChatBench::writeSlackExport(int messages)
{
    const int users = 40;
    QJsonArray userList;
    for (int u = 0; u < users; ++u)
        userList.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("U%1").arg(u)},
                                    {QStringLiteral("name"), QStringLiteral("user%1").arg(u)}});
    ZipBuilder zip;
    zip.addDeflated(QStringLiteral("users.json"), QJsonDocument(userList).toJson());
    const int perDay = messages / 10;
    for (int day = 0; day < 10; ++day) {
        QJsonArray list;
        for (int i = day * perDay; i < (day + 1) * perDay; ++i)
            list.append(message(i, users));
        m_days << QJsonDocument(list).toJson(QJsonDocument::Compact);
        zip.addDeflated(QStringLiteral("inc-db/2025-10-%1.json").arg(12 + day), m_days.last());
        zip.addDeflated(QStringLiteral("general/2025-10-%1.json").arg(12 + day), m_days.last());
    }
    const QString path = QDir(m_dir).filePath(QStringLiteral("slack-100k.zip"));
    writeFile(path, zip.finish());
    return path;
}

QString ChatBench::writeWeechatLog(int messages) const
{
    QByteArray log;
    const QDateTime start = QDateTime::fromSecsSinceEpoch(kStart, QTimeZone::UTC);
    for (int i = 0; i < messages; ++i) {
        log += start.addSecs(i * 3).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8();
        log += "\tuser" + QByteArray::number(i % 40) + "\tstep " + QByteArray::number(i) +
               ": error rate at " + QByteArray::number(i % 97) + "% after the rollback\n";
    }
    const QString path = QDir(m_dir).filePath(QStringLiteral("weechat-100k.log"));
    writeFile(path, log);
    return path;
}

// From choosing the file to the rows in the table, as the dialog does it.
double ChatBench::previewMs(const QString &path, const QString &channel) const
{
    return m_median(m_runs, [&] {
        ChatImportDialog dialog(Report(), QTimeZone::UTC);
        dialog.setSource(path);
        if (!channel.isEmpty()) {
            auto *box = dialog.findChild<QComboBox *>(QStringLiteral("chatChannel"));
            box->setCurrentText(channel);
            Q_EMIT box->activated(box->currentIndex());
        }
        if (dialog.rows()->rowCount() < 90000)
            qFatal("the preview has %d rows", dialog.rows()->rowCount());
        dialog.table()->viewport()->grab(); // the first screen of rows, painted
    });
}

double ChatBench::scrollPageMs(const QString &path) const
{
    ChatImportDialog dialog(Report(), QTimeZone::UTC);
    dialog.setSource(path);
    dialog.show();
    QTableView *table = dialog.table();
    QScrollBar *bar = table->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    // One page down through the preview, painted.
    return m_median(m_runs * 20, [&] {
        bar->setValue(bar->value() + bar->pageStep());
        table->viewport()->grab();
    });
}

void ChatBench::run(QJsonObject &figures)
{
    const QString slack = writeSlackExport(100000);
    const QString weechat = writeWeechatLog(100000);
    figures.insert(QStringLiteral("chat_slack_zip_bytes"), double(QFile(slack).size()));
    figures.insert(QStringLiteral("chat_slack_qjsondocument_ms"), m_median(m_runs, [&] {
                       qsizetype n = 0;
                       for (const QByteArray &day : std::as_const(m_days))
                           n += QJsonDocument::fromJson(day).array().size();
                       if (n != 100000)
                           qFatal("the baseline read %lld messages", qlonglong(n));
                   }));
    figures.insert(QStringLiteral("chat_slack_preview_ms"),
                   previewMs(slack, QStringLiteral("inc-db")));
    figures.insert(QStringLiteral("chat_weechat_preview_ms"), previewMs(weechat, {}));
    figures.insert(QStringLiteral("chat_scroll_page_ms"), scrollPageMs(weechat));
    const QString report = QDir(m_dir).filePath(QStringLiteral("chat-bench.pmd"));
    QString error;
    if (!PmdArchive::write(report, Report(), AttachmentStore(), &error))
        qFatal("cannot write %s: %s", qPrintable(report), qPrintable(error));
    figures.insert(QStringLiteral("chat_slack_cli_peak_rss_kb"),
                   double(m_peak({QStringLiteral(DEBRIEF_BIN), QStringLiteral("timeline-import"),
                                  report, slack, QStringLiteral("--channel"),
                                  QStringLiteral("inc-db"), QStringLiteral("--zone"),
                                  QStringLiteral("UTC"), QStringLiteral("--dry-run")})));
}
