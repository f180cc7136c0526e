// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "controllers/AutoSaver.h"

#include "document/ReportDocument.h"
#include "format/PmdArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

namespace debrief {

namespace {

constexpr qint64 kMaxSidecarBytes = 64 * 1024;

QString pathOf(const QString &id, const char *suffix)
{
    return AutoSaver::folder() + u'/' + id + QLatin1String(suffix);
}

std::unique_ptr<QLockFile> lockFor(const QString &id)
{
    auto lock = std::make_unique<QLockFile>(pathOf(id, ".lock"));
    lock->setStaleLockTime(0); // held for hours by a running window; stale only when it died
    return lock->tryLock(0) ? std::move(lock) : nullptr;
}

bool writeSidecar(const QString &id, const QJsonObject &info, QString *error)
{
    QSaveFile file(pathOf(id, ".json"));
    const QByteArray json = QJsonDocument(info).toJson();
    if (file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit())
        return true;
    *error = file.errorString();
    return false;
}

std::optional<AutoSaver::Recoverable> readSidecar(const QString &id)
{
    QFile file(pathOf(id, ".json"));
    const QFileInfo snapshot(pathOf(id, ".pmd"));
    if (!snapshot.isFile() || !file.open(QIODevice::ReadOnly) || file.size() > kMaxSidecarBytes)
        return std::nullopt;
    const QJsonObject info = QJsonDocument::fromJson(file.readAll()).object();
    AutoSaver::Recoverable r;
    r.id = id;
    r.snapshotPath = snapshot.absoluteFilePath();
    r.originalPath = info.value(QLatin1String("originalPath")).toString();
    r.title = info.value(QLatin1String("title")).toString();
    r.unsavedSteps = info.value(QLatin1String("unsavedSteps")).toInt();
    r.autosaved = snapshot.lastModified();
    return r;
}

} // namespace

AutoSaver::AutoSaver(ReportDocument *doc, QObject *parent)
    : QObject(parent)
    , m_doc(doc)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_idle(new QTimer(this))
    , m_max(new QTimer(this))
{
    m_idle->setSingleShot(true);
    m_idle->setInterval(3000);
    m_max->setSingleShot(true);
    m_max->setInterval(60000);
    connect(m_idle, &QTimer::timeout, this, &AutoSaver::snapshot);
    connect(m_max, &QTimer::timeout, this, &AutoSaver::snapshot);
    connect(doc->undoStack(), &QUndoStack::indexChanged, this, &AutoSaver::changed);
    connect(doc->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            discard(); // saved, or replaced by a report from its file
        else
            changed();
    });
}

AutoSaver::~AutoSaver()
{
    // Waits for a write in flight: its files must not appear after they were removed.
    QThreadPool::globalInstance()->waitForDone();
    discard();
}

QString AutoSaver::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/recovery");
}

void AutoSaver::setDelays(int idleMs, int maxMs)
{
    m_idle->setInterval(idleMs);
    m_max->setInterval(maxMs);
}

QString AutoSaver::snapshotPath() const
{
    return pathOf(m_id, ".pmd");
}

void AutoSaver::changed()
{
    if (!m_doc || !m_doc->isModified())
        return;
    m_idle->start();
    if (!m_max->isActive())
        m_max->start(); // at least once a minute while typing goes on
}

bool AutoSaver::lock()
{
    if (!m_lock && QDir().mkpath(folder()))
        m_lock = lockFor(m_id);
    return m_lock != nullptr;
}

void AutoSaver::snapshot()
{
    m_idle->stop();
    m_max->stop();
    if (!m_doc || !m_doc->isModified())
        return;
    if (m_writing) {
        m_again = true;
        return;
    }
    if (!lock()) {
        Q_EMIT written(false, tr("the recovery folder %1 cannot be used").arg(folder()));
        return;
    }
    const QUndoStack *undo = m_doc->undoStack();
    const QJsonObject info{
        {QStringLiteral("originalPath"), m_doc->filePath()},
        {QStringLiteral("title"), m_doc->report().metadata.title},
        {QStringLiteral("unsavedSteps"),
         undo->cleanIndex() < 0 ? undo->index() : std::abs(undo->index() - undo->cleanIndex())}};
    m_writing = true;
    // A copy of the report shares its strings; the store is safe to read from a worker, and
    // the window waits for the thread pool before the document goes.
    QThreadPool::globalInstance()->start([report = m_doc->report(), store = &m_doc->attachments(),
                                          id = m_id, info, guard = QPointer<AutoSaver>(this)] {
        QString error;
        const bool ok = PmdArchive::write(pathOf(id, ".pmd"), report, *store, &error) &&
                        writeSidecar(id, info, &error);
        QMetaObject::invokeMethod(
            qApp,
            [guard, ok, error] {
                if (guard)
                    guard->writeDone(ok, error);
            },
            Qt::QueuedConnection);
    });
}

void AutoSaver::writeDone(bool ok, const QString &error)
{
    m_writing = false;
    Q_EMIT written(ok, error);
    if (!m_doc || !m_doc->isModified())
        discard(); // saved while the snapshot was written
    else if (std::exchange(m_again, false))
        snapshot();
}

void AutoSaver::discard()
{
    m_idle->stop();
    m_max->stop();
    if (m_writing) {
        m_again = false; // writeDone() sees the clean document and discards then
        return;
    }
    QFile::remove(pathOf(m_id, ".pmd"));
    QFile::remove(pathOf(m_id, ".json"));
}

bool AutoSaver::adopt(const Recoverable &r)
{
    auto lock = lockFor(r.id);
    if (!lock)
        return false;
    discard();
    m_lock = std::move(lock);
    m_id = r.id;
    return true;
}

QList<AutoSaver::Recoverable> AutoSaver::recoverable()
{
    QList<Recoverable> found;
    const QDir dir(folder());
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString id = info.completeBaseName();
        if (!lockFor(id)) // its window still runs (here or in another Debrief)
            continue;
        if (const auto r = readSidecar(id))
            found << *r;
    }
    std::sort(found.begin(), found.end(),
              [](const Recoverable &a, const Recoverable &b) { return a.autosaved > b.autosaved; });
    return found;
}

void AutoSaver::remove(const Recoverable &r)
{
    QFile::remove(pathOf(r.id, ".pmd"));
    QFile::remove(pathOf(r.id, ".json"));
}

} // namespace debrief
