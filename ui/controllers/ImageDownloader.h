// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;
class QWidget;

namespace debrief {

class ReportDocument;

// "Download and Embed": the only place Debrief opens a network connection, and only when the
// user asks. Each remote image the text shows is fetched with a size limit and a timeout,
// checked like any added image, and turned into an attachment; when all have answered, the
// successes are embedded as one undo step and the failures listed with their reasons.
class ImageDownloader : public QObject
{
    Q_OBJECT
public:
    ImageDownloader(ReportDocument *doc, QWidget *window);

    // The remote images of the report, each once.
    QStringList remoteUrls() const;
    // Asks (naming the hosts), then downloads every remote image.
    void downloadAll();
    // Downloads these images without asking (the question was asked).
    void start(const QStringList &urls);
    bool isBusy() const { return !m_replies.isEmpty(); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    QStringList lastFailures() const { return m_failures; }

Q_SIGNALS:
    void finished(int embedded, const QStringList &failures);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void fetch(const QString &url);
    void replied(QNetworkReply *reply);
    void embedAll();

    ReportDocument *m_doc;
    QWidget *m_window;
    QNetworkAccessManager *m_network = nullptr; // made on the first request, not before
    QHash<QNetworkReply *, QString> m_replies;
    QHash<QString, QByteArray> m_fetched; // url -> bytes, in the order asked
    QStringList m_order;
    QStringList m_failures;
    int m_timeoutMs = 20000;
    qint64 m_maxBytes;
};

} // namespace debrief
