// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "controllers/ImageDownloader.h"

#include "document/ReportDocument.h"
#include "format/ImageCheck.h"
#include "format/PmdLimits.h"
#include "model/AttachmentUsage.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUndoStack>
#include <QUrl>

namespace debrief {

ImageDownloader::ImageDownloader(ReportDocument *doc, QWidget *window)
    : QObject(window)
    , m_doc(doc)
    , m_window(window)
    , m_maxBytes(PmdLimits::kMaxAttachmentBytes)
{}

QStringList ImageDownloader::remoteUrls() const
{
    return AttachmentUsage(m_doc->report()).remoteUrls();
}

void ImageDownloader::downloadAll()
{
    const QStringList urls = remoteUrls();
    if (urls.isEmpty() || isBusy())
        return;
    QStringList hosts;
    for (const QString &url : urls) {
        if (const QString host = QUrl(url).host(); !hosts.contains(host))
            hosts << host;
    }
    QMessageBox box(
        QMessageBox::Question, tr("Download Remote Images"),
        tr("Download %n images and embed them in the report?", nullptr, int(urls.size())),
        QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("downloadQuestion"));
    box.setInformativeText(tr("Debrief will connect to:\n%1").arg(hosts.join(u'\n')));
    if (box.exec() == QMessageBox::Yes)
        start(urls);
}

void ImageDownloader::start(const QStringList &urls)
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    m_fetched.clear();
    m_failures.clear();
    m_order = urls;
    for (const QString &url : urls)
        fetch(url);
    if (m_replies.isEmpty())
        embedAll();
    else
        Q_EMIT statusMessage(tr("Downloading %n images…", nullptr, int(m_replies.size())), 0);
}

void ImageDownloader::fetch(const QString &url)
{
    const QUrl target(url);
    if (!target.isValid() || !AttachmentUsage::isRemote(url)) {
        m_failures << tr("%1: not an http or https address").arg(url);
        return;
    }
    QNetworkRequest request(target);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network->get(request);
    m_replies.insert(reply, url);
    // Stop as soon as the reply is larger than an attachment may be.
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply](qint64 received, qint64 total) {
                if (received <= m_maxBytes && total <= m_maxBytes)
                    return;
                reply->setProperty("tooLarge", true);
                reply->abort();
            });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { replied(reply); });
}

void ImageDownloader::replied(QNetworkReply *reply)
{
    reply->deleteLater();
    const QString url = m_replies.take(reply);
    const QString name = QFileInfo(QUrl(url).path()).fileName();
    if (reply->property("tooLarge").toBool()) {
        m_failures << tr("%1: larger than %2 KiB, the most an image may be")
                          .arg(url)
                          .arg(m_maxBytes / 1024);
    } else if (reply->error() == QNetworkReply::OperationCanceledError ||
               reply->error() == QNetworkReply::TimeoutError) {
        m_failures << tr("%1: no answer within %2 s").arg(url).arg(m_timeoutMs / 1000.0);
    } else if (reply->error() != QNetworkReply::NoError) {
        m_failures << tr("%1: %2").arg(url, reply->errorString());
    } else {
        const QByteArray bytes = reply->read(m_maxBytes + 1);
        const QString file = name.isEmpty() ? QUrl(url).host() : name;
        if (const QString problem = ImageCheck::problem(bytes, file); !problem.isEmpty())
            m_failures << tr("%1: %2").arg(url, problem);
        else
            m_fetched.insert(url, bytes);
    }
    if (m_replies.isEmpty())
        embedAll();
}

void ImageDownloader::embedAll()
{
    int embedded = 0;
    if (!m_fetched.isEmpty()) {
        m_doc->undoStack()->beginMacro(tr("Embed Downloaded Images"));
        for (const QString &url : std::as_const(m_order)) {
            if (!m_fetched.contains(url))
                continue;
            const QString name = QFileInfo(QUrl(url).path()).fileName();
            m_doc->embedRemoteImage(url, m_fetched.value(url),
                                    name.isEmpty() ? QUrl(url).host() : name);
            ++embedded;
        }
        m_doc->undoStack()->endMacro();
    }
    Q_EMIT statusMessage(tr("Embedded %n images.", nullptr, int(embedded)), 8000);
    if (!m_failures.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Images not downloaded"),
                                    tr("These images stay remote:"), QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("downloadFailedBox"));
        box->setInformativeText(m_failures.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Q_EMIT finished(embedded, m_failures);
}

} // namespace debrief
