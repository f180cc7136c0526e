// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

// The chat import's figures: a generated Slack export and WeeChat log of 100,000 messages
// each, read into the import dialog's preview, against QJsonDocument parsing the same day
// files alone; paging through the preview; the peak memory of `debrief timeline-import`.
class ChatBench
{
public:
    using Median = std::function<double(int runs, const std::function<void()> &work)>;
    using PeakKb = std::function<qint64(const QStringList &command)>;

    ChatBench(QString dir, int runs, Median median, PeakKb peak);
    void run(QJsonObject &figures);

private:
    QString writeSlackExport(int messages);
    QString writeWeechatLog(int messages) const;
    double previewMs(const QString &path, const QString &channel) const;
    double scrollPageMs(const QString &path) const;

    QString m_dir;
    int m_runs;
    Median m_median;
    PeakKb m_peak;
    QList<QByteArray> m_days; // the chosen channel's day files, for the baseline
};
