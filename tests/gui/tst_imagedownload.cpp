// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Fixtures.h"
#include "IconTheme.h"
#include "controllers/DocumentManager.h"
#include "controllers/ImageDownloader.h"
#include "document/ReportDocument.h"
#include "format/AttachmentStore.h"
#include "model/AttachmentUsage.h"
#include "models/PartsModel.h"
#include "panes/AttachmentsPane.h"
#include "preview/PreviewBrowser.h"
#include "preview/PreviewPane.h"
#include "window/MainWindow.h"
#include "window/NavigationPanel.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace debrief;

// A web server on 127.0.0.1 that the test starts: a PNG, an image larger than the limit, a
// page that is not an image, one that never answers; it counts every connection.
class LocalServer : public QTcpServer
{
public:
    explicit LocalServer(const QByteArray &png)
        : m_png(png)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
            }
        });
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(serverPort()).arg(path);
    }
    int connections = 0;

private:
    void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->readAll();
        const QByteArray path = request.split(' ').value(1);
        if (path == "/slow.png")
            return; // never answers
        QByteArray type = "image/png";
        QByteArray body = m_png;
        if (path == "/big.png")
            body = Fixtures::png(Fixtures::dashboard(1600, 1200, 3)) + QByteArray(300000, 'x');
        else if (path == "/page.png") {
            type = "text/html";
            body = "<html><body>Sign in</body></html>";
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + type +
                      "\r\nConnection: close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }
    QByteArray m_png;
};

class TestImageDownload : public QObject
{
    Q_OBJECT
private:
    static Report reportShowing(const QStringList &urls)
    {
        Report r;
        Section s;
        s.id = QStringLiteral("impact");
        s.title = QStringLiteral("Impact");
        for (const QString &url : urls)
            s.text += QStringLiteral("![graph](%1)\n\n").arg(url);
        r.sections << s;
        TimelineEntry e;
        e.id = QStringLiteral("e1");
        e.kind = QStringLiteral("detection");
        e.description = QStringLiteral("Alert ![again](%1 \"title\")").arg(urls.first());
        r.timeline << e;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        IconTheme::ensureInstalled();
    }

    // Opening and previewing a report full of remote images connects to nothing.
    void openingAndPreviewingConnectsNowhere()
    {
        LocalServer server(Fixtures::png(Fixtures::dashboard(100, 50, 1)));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QStringList urls;
        for (int i = 0; i < 5; ++i)
            urls << server.url(QStringLiteral("shot%1.png").arg(i));
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        w.document()->reset(reportShowing(urls));
        w.findChild<PreviewPane *>()->flush();
        w.navigation()->selectPart(
            w.navigation()->partsModel()->rowForKind(PartsModel::Kind::Attachments));
        auto *pane = w.findChild<AttachmentsPane *>();
        QVERIFY(pane->downloadAction()->isEnabled());
        QVERIFY(pane->downloadAction()->text().contains(QLatin1String("5")));
        QTest::qWait(300);
        QCOMPARE(server.connections, 0);
    }

    // One remote image, from the preview: its placeholder is a link; following it asks, and
    // "Download and Embed" fetches that image alone.
    void downloadOneFromThePreview()
    {
        const QByteArray png = Fixtures::png(Fixtures::dashboard(100, 50, 2));
        LocalServer server(png);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QStringList urls = {server.url(QStringLiteral("one.png")),
                                  server.url(QStringLiteral("two.png"))};
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        ReportDocument *doc = w.document();
        doc->reset(reportShowing(urls));
        auto *preview = w.findChild<PreviewPane *>();
        preview->flush();
        QVERIFY(preview->browser()->toHtml().contains(QStringLiteral("href=\"%1\"").arg(urls[1])));
        QString asked;
        QTimer::singleShot(50, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("remoteImageBox"));
            asked = box->text();
            box->defaultButton()->click(); // Download and Embed
        });
        auto *downloader = w.findChild<ImageDownloader *>();
        QSignalSpy done(downloader, &ImageDownloader::finished);
        Q_EMIT preview->browser()->anchorClicked(QUrl(urls[1]));
        QVERIFY2(asked.contains(urls[1]), qPrintable(asked));
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toInt(), 1);
        QCOMPARE(server.connections, 1); // that image alone
        QCOMPARE(doc->report().attachments.size(), 1);
        QCOMPARE(doc->report().attachments[0].fileName, QStringLiteral("two.png"));
        QVERIFY(doc->report().sections[0].text.contains(urls[0])); // the other stays remote
        QVERIFY(!doc->report().sections[0].text.contains(urls[1]));
        doc->undoStack()->setClean();
    }

    void downloadSuccessAndFailures()
    {
        const QByteArray png = Fixtures::png(Fixtures::dashboard(100, 50, 1));
        LocalServer server(png);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString ok = server.url(QStringLiteral("latency.png"));
        const QStringList urls = {ok, server.url(QStringLiteral("big.png")),
                                  server.url(QStringLiteral("page.png")),
                                  server.url(QStringLiteral("slow.png"))};
        MainWindow w;
        ReportDocument *doc = w.document();
        doc->reset(reportShowing(urls));
        auto *downloader = w.findChild<ImageDownloader *>();
        QVERIFY(downloader);
        QCOMPARE(downloader->remoteUrls(), urls);
        downloader->setTimeoutMs(600);
        downloader->setMaxBytes(200 * 1024);
        QSignalSpy done(downloader, &ImageDownloader::finished);
        downloader->start(urls);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toInt(), 1);
        const QStringList failures = downloader->lastFailures();
        QCOMPARE(failures.size(), 3);
        const QString all = failures.join(u'\n');
        QVERIFY2(
            all.contains(server.url(QStringLiteral("big.png")) + QStringLiteral(": larger than")),
            qPrintable(all));
        QVERIFY2(all.contains(server.url(QStringLiteral("page.png")) +
                              QStringLiteral(": “page.png” is not an image")),
                 qPrintable(all));
        QVERIFY2(all.contains(server.url(QStringLiteral("slow.png")) +
                              QStringLiteral(": no answer within")),
                 qPrintable(all));

        // The one success is an attachment, shown where the URL was, in the section and the
        // entry (with its title kept), as one undo step.
        const QString id = AttachmentStore::idFor(png);
        QCOMPARE(doc->report().attachments.size(), 1);
        QCOMPARE(doc->report().attachments[0].fileName, QStringLiteral("latency.png"));
        QVERIFY(doc->report().sections[0].text.startsWith(
            QStringLiteral("![graph](attachment:%1)").arg(id)));
        QVERIFY(doc->report().timeline[0].description.contains(
            QStringLiteral("(attachment:%1 \"title\")").arg(id)));
        QVERIFY(!doc->report().sections[0].text.contains(ok));
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Embed Downloaded Images"));
        auto *box = w.findChild<QMessageBox *>(QStringLiteral("downloadFailedBox"));
        QVERIFY(box);
        box->close();
        doc->undoStack()->undo();
        QVERIFY(doc->report().sections[0].text.contains(ok));
        QCOMPARE(doc->report().attachments.size(), 0);
        doc->undoStack()->setClean();
    }
};

QTEST_MAIN(TestImageDownload)
#include "tst_imagedownload.moc"
