// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "document/ReportDocument.h"

#include "diagnostics/Logging.h"
#include "document/commands/EditMetadataCommand.h"
#include "document/commands/EditSectionTextCommand.h"
#include "document/commands/InsertItemCommand.h"
#include "document/commands/InsertItemsCommand.h"
#include "document/commands/ItemText.h"
#include "document/commands/MoveItemCommand.h"
#include "document/commands/MoveItemsCommand.h"
#include "document/commands/RemoveItemCommand.h"
#include "document/commands/ReplaceItemCommand.h"
#include "format/MediaTypes.h"
#include "format/PmdArchive.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>
#include <functional>

namespace debrief {

namespace {

// Calls f with the list that holds the given part's rows.
template <typename R, typename F> decltype(auto) withList(R &r, ReportPart part, F &&f)
{
    switch (part) {
    case ReportPart::Sections:
        return f(r.sections);
    case ReportPart::Timeline:
        return f(r.timeline);
    case ReportPart::ActionItems:
        return f(r.actionItems);
    case ReportPart::Attachments:
        break;
    }
    return f(r.attachments);
}

} // namespace

ReportDocument::ReportDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ReportDocument::~ReportDocument()
{
    m_undo->disconnect(this); // clearing the stack on destruction must not signal views
}

bool ReportDocument::isModified() const
{
    return !m_undo->isClean();
}

void ReportDocument::reset(const Report &report, const QHash<QString, QByteArray> &attachmentBytes)
{
    Q_EMIT reportAboutToBeReset();
    m_undo->clear();
    m_report = report;
    m_attachments.clear();
    for (auto it = attachmentBytes.cbegin(); it != attachmentBytes.cend(); ++it)
        m_attachments.insert(it.key(), it.value());
    m_loadWarnings.clear();
    setFilePath({});
    Q_EMIT reportReset();
}

void ReportDocument::resetUnsaved(const Report &report,
                                  const QHash<QString, QByteArray> &attachmentBytes)
{
    reset(report, attachmentBytes);
    m_undo->resetClean();
}

bool ReportDocument::load(const QString &path, QString *error)
{
    QString why;
    auto loaded = PmdArchive::read(path, &why);
    if (!loaded) {
        qCInfo(lcCore) << "could not open" << path << "-" << why;
        if (error)
            *error = why;
        return false;
    }
    Q_EMIT reportAboutToBeReset();
    m_undo->clear();
    m_report = std::move(loaded->report);
    m_attachments.clear();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_attachments.setArchive(absolute, loaded->attachmentEntries);
    m_loadWarnings = loaded->warnings;
    setFilePath(absolute);
    qCInfo(lcCore).nospace() << "loaded " << absolute << ": " << m_report.sections.size()
                             << " sections, " << m_report.timeline.size() << " timeline entries, "
                             << m_report.actionItems.size() << " action items, "
                             << m_report.attachments.size() << " attachments, "
                             << m_loadWarnings.size() << " warnings";
    for (const QString &w : std::as_const(m_loadWarnings))
        qCDebug(lcCore) << "load warning:" << w;
    Q_EMIT reportReset();
    return true;
}

bool ReportDocument::save(const QString &path, QString *error)
{
    QString why;
    if (!PmdArchive::write(path, m_report, m_attachments, &why)) {
        qCInfo(lcCore) << "could not save" << path << "-" << why;
        if (error)
            *error = why;
        return false;
    }
    // The new file is now where unloaded attachment bytes live.
    QHash<QString, QString> entries;
    for (const Attachment &a : std::as_const(m_report.attachments)) {
        if (m_attachments.hasSource(a.id))
            entries.insert(a.id, PmdArchive::entryNameFor(a.id, a.mediaType));
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_attachments.setArchive(absolute, entries);
    m_undo->setClean();
    setFilePath(absolute);
    qCInfo(lcCore) << "saved" << absolute;
    return true;
}

void ReportDocument::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
}

bool ReportDocument::push(QUndoCommand *command)
{
    if (m_readOnly) {
        delete command; // nothing was applied: commands act in redo()
        return false;
    }
    m_undo->push(command);
    return true;
}

void ReportDocument::markRecovered(const QString &originalPath)
{
    setFilePath(originalPath.isEmpty() ? QString() : QFileInfo(originalPath).absoluteFilePath());
    m_undo->resetClean();
}

void ReportDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

// --- edits -----------------------------------------------------------------------------------

void ReportDocument::setMetadata(const ReportMetadata &metadata, const QString &mergeKey,
                                 const QString &text)
{
    if (metadata == m_report.metadata)
        return;
    auto *command = new EditMetadataCommand(this, m_report.metadata, metadata, mergeKey);
    if (!text.isEmpty())
        command->setText(text);
    push(command);
}

void ReportDocument::editSectionText(int section, int position, int removed,
                                     const QString &inserted)
{
    if (section < 0 || section >= m_report.sections.size())
        return;
    const QString &text = m_report.sections[section].text;
    if (position < 0 || removed < 0 || position + removed > text.size())
        return;
    if (removed == 0 && inserted.isEmpty())
        return;
    push(
        new EditSectionTextCommand(this, section, position, text.mid(position, removed), inserted));
}

void ReportDocument::setSectionText(int section, const QString &text)
{
    if (section < 0 || section >= m_report.sections.size())
        return;
    // Reduce to the changed middle so undo and views see a small splice.
    const QString &old = m_report.sections[section].text;
    qsizetype prefix = 0;
    const qsizetype maxPrefix = std::min(old.size(), text.size());
    while (prefix < maxPrefix && old[prefix] == text[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < maxPrefix - prefix &&
           old[old.size() - 1 - suffix] == text[text.size() - 1 - suffix])
        ++suffix;
    editSectionText(section, int(prefix), int(old.size() - prefix - suffix),
                    text.mid(prefix, text.size() - prefix - suffix));
}

void ReportDocument::setSectionTitle(int section, const QString &title)
{
    if (section < 0 || section >= m_report.sections.size() ||
        m_report.sections[section].title == title)
        return;
    Section s = m_report.sections[section];
    s.title = title;
    replaceItem(section, s, QStringLiteral("section-title"));
}

void ReportDocument::insertItem(int index, const ReportItem &item)
{
    if (index < 0 || index > itemCount(partOf(item)))
        return;
    push(new InsertItemCommand(this, index, item));
}

void ReportDocument::insertItems(const QList<int> &rows, const QList<ReportItem> &items,
                                 const QString &text)
{
    if (items.isEmpty() || rows.size() != items.size())
        return;
    const ReportPart part = partOf(items.first());
    int count = itemCount(part);
    for (qsizetype k = 0; k < rows.size(); ++k) {
        if (partOf(items.at(k)) != part || rows.at(k) < 0 || rows.at(k) > count++ ||
            (k > 0 && rows.at(k) <= rows.at(k - 1)))
            return;
    }
    push(new InsertItemsCommand(this, rows, items, text));
}

void ReportDocument::removeItem(ReportPart part, int index)
{
    if (index < 0 || index >= itemCount(part))
        return;
    push(new RemoveItemCommand(this, part, index));
}

void ReportDocument::moveItem(ReportPart part, int from, int to)
{
    const int n = itemCount(part);
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    push(new MoveItemCommand(this, part, from, to));
}

void ReportDocument::moveItems(ReportPart part, const QList<int> &rows, int before)
{
    const int n = itemCount(part);
    QList<int> moving = rows;
    std::sort(moving.begin(), moving.end());
    moving.erase(std::unique(moving.begin(), moving.end()), moving.end());
    if (moving.isEmpty() || moving.front() < 0 || moving.back() >= n || before < 0 || before > n)
        return;
    QList<int> order;
    order.reserve(n);
    for (int row = 0; row <= n; ++row) {
        if (row == before)
            order.append(moving);
        if (row < n && !std::binary_search(moving.cbegin(), moving.cend(), row))
            order.append(row);
    }
    reorderItems(part, order, int(moving.size()));
}

void ReportDocument::reorderItems(ReportPart part, const QList<int> &order, int rows,
                                  const QString &text)
{
    QList<int> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    for (int i = 0; i < sorted.size(); ++i) {
        if (sorted[i] != i)
            return; // not a permutation of the rows
    }
    if (sorted.size() != itemCount(part) || sorted == order)
        return;
    auto *command = new MoveItemsCommand(this, part, order, rows);
    if (!text.isEmpty())
        command->setText(text);
    push(command);
}

void ReportDocument::removeItems(ReportPart part, const QList<int> &rows)
{
    if (m_readOnly)
        return;
    QList<int> removing = rows;
    std::sort(removing.begin(), removing.end(), std::greater<>());
    removing.erase(std::unique(removing.begin(), removing.end()), removing.end());
    if (removing.isEmpty() || removing.back() < 0 || removing.front() >= itemCount(part))
        return;
    if (removing.size() == 1) {
        removeItem(part, removing.front());
        return;
    }
    // One step: the removals as one macro, from the bottom so the rows keep their numbers.
    m_undo->beginMacro(QCoreApplication::translate("RemoveItemCommand", "Remove %1 (%n rows)",
                                                   nullptr, int(removing.size()))
                           .arg(ItemText::partName(part)));
    for (const int row : std::as_const(removing))
        push(new RemoveItemCommand(this, part, row));
    m_undo->endMacro();
}

void ReportDocument::replaceItem(int index, const ReportItem &item, const QString &mergeKey,
                                 const QString &text)
{
    if (index < 0 || index >= itemCount(partOf(item)) || itemAt(partOf(item), index) == item)
        return;
    auto *command = new ReplaceItemCommand(this, index, item, mergeKey);
    if (!text.isEmpty())
        command->setText(text);
    push(command);
}

void ReportDocument::replaceItems(const QList<int> &rows, const QList<ReportItem> &items,
                                  const QString &text)
{
    if (m_readOnly)
        return;
    QList<int> changing;
    for (qsizetype i = 0; i < rows.size() && i < items.size(); ++i) {
        const int row = rows[i];
        if (row >= 0 && row < itemCount(partOf(items[i])) &&
            itemAt(partOf(items[i]), row) != items[i])
            changing << int(i);
    }
    if (changing.isEmpty())
        return;
    // A macro is one step on the stack; its commands never merge with a later edit.
    m_undo->beginMacro(text);
    for (const int i : std::as_const(changing))
        push(new ReplaceItemCommand(this, rows[i], items[i], {}));
    m_undo->endMacro();
}

QString ReportDocument::addAttachment(const QByteArray &bytes, const QString &fileName,
                                      const QString &caption)
{
    if (m_readOnly)
        return {};
    const QString id = AttachmentStore::idFor(bytes);
    if (m_report.attachmentIndex(id) >= 0)
        return id;
    m_attachments.insert(id, bytes);
    Attachment a;
    a.id = id;
    a.fileName = QFileInfo(fileName).fileName();
    a.mediaType = MediaTypes::detect(bytes, fileName);
    a.size = bytes.size();
    a.caption = caption;
    insertItem(itemCount(ReportPart::Attachments), a);
    return id;
}

QString ReportDocument::replaceAttachment(const QString &id, const QByteArray &bytes,
                                          const QString &text)
{
    const int row = m_report.attachmentIndex(id);
    if (row < 0 || m_readOnly)
        return {};
    const QString newId = AttachmentStore::idFor(bytes);
    if (newId == id)
        return id;
    m_undo->beginMacro(text);
    m_attachments.insert(newId, bytes);
    if (m_report.attachmentIndex(newId) >= 0) {
        removeItem(ReportPart::Attachments, row); // the new image is already here
    } else {
        Attachment a = m_report.attachments[row];
        a.id = newId;
        a.mediaType = MediaTypes::detect(bytes, a.fileName);
        a.size = bytes.size();
        if (MediaTypes::extensionFor(a.mediaType) != QFileInfo(a.fileName).suffix().toLower())
            a.fileName = QFileInfo(a.fileName).completeBaseName() + u'.' +
                         MediaTypes::extensionFor(a.mediaType);
        replaceItem(row, a, {}, text);
    }
    // The id is a 64-digit hash: replacing it as text cannot touch anything else.
    rewriteTexts([&](const QString &t) { return QString(t).replace(id, newId); }, text);
    m_undo->endMacro();
    return newId;
}

void ReportDocument::rewriteTexts(const std::function<QString(const QString &)> &rewrite,
                                  const QString &text)
{
    for (int i = 0; i < m_report.sections.size(); ++i) {
        const QString now = rewrite(m_report.sections[i].text);
        if (now != m_report.sections[i].text)
            setSectionText(i, now);
    }
    for (int i = 0; i < m_report.timeline.size(); ++i) {
        TimelineEntry e = m_report.timeline[i];
        e.description = rewrite(e.description);
        if (e.description != m_report.timeline[i].description)
            replaceItem(i, e, {}, text);
    }
}

QString ReportDocument::embedRemoteImage(const QString &url, const QByteArray &bytes,
                                         const QString &fileName)
{
    const QString id = addAttachment(bytes, fileName);
    if (id.isEmpty())
        return {}; // read-only
    const QString local = QStringLiteral("attachment:") + id;
    // The destination as Markdown writes it: bare (then ")" or a title) or in angle brackets.
    rewriteTexts(
        [&](const QString &t) {
            if (!t.contains(url))
                return t;
            return QString(t)
                .replace(QStringLiteral("](") + url + u')', QStringLiteral("](") + local + u')')
                .replace(QStringLiteral("](") + url + u' ', QStringLiteral("](") + local + u' ')
                .replace(QStringLiteral("](<") + url + u'>', QStringLiteral("](<") + local + u'>');
        },
        tr("Embed Image"));
    return id;
}

ReportItem ReportDocument::itemAt(ReportPart part, int index) const
{
    return withList(m_report, part, [&](const auto &list) -> ReportItem { return list.at(index); });
}

int ReportDocument::itemCount(ReportPart part) const
{
    return withList(m_report, part, [](const auto &list) { return int(list.size()); });
}

// --- applied by undo commands ----------------------------------------------------------------

void ReportDocument::applyMetadata(const ReportMetadata &metadata)
{
    m_report.metadata = metadata;
    Q_EMIT metadataChanged();
}

void ReportDocument::applySectionEdit(int section, int position, int removed,
                                      const QString &inserted)
{
    m_report.sections[section].text.replace(position, removed, inserted);
    Q_EMIT sectionTextChanged(section, position, removed, int(inserted.size()));
}

void ReportDocument::applyInsert(int index, const ReportItem &item)
{
    const ReportPart part = partOf(item);
    Q_EMIT rowsAboutToBeInserted(part, index, index);
    withList(m_report, part, [&](auto &list) {
        list.insert(index, std::get<typename std::decay_t<decltype(list)>::value_type>(item));
    });
    Q_EMIT rowsInserted(part, index, index);
}

void ReportDocument::applyInsertRun(int first, const QList<ReportItem> &items)
{
    const ReportPart part = partOf(items.first());
    Q_EMIT rowsAboutToBeInserted(part, first, first + int(items.size()) - 1);
    withList(m_report, part, [&](auto &list) {
        using List = std::decay_t<decltype(list)>;
        List merged; // one copy, not one shift of the rows below per item
        merged.reserve(list.size() + items.size());
        merged.append(list.mid(0, first));
        for (const ReportItem &item : items)
            merged.append(std::get<typename List::value_type>(item));
        merged.append(list.mid(first));
        list = std::move(merged);
    });
    Q_EMIT rowsInserted(part, first, first + int(items.size()) - 1);
}

void ReportDocument::applyRemoveRun(ReportPart part, int first, int count)
{
    Q_EMIT rowsAboutToBeRemoved(part, first, first + count - 1);
    withList(m_report, part, [&](auto &list) { list.remove(first, count); });
    Q_EMIT rowsRemoved(part, first, first + count - 1);
}

ReportItem ReportDocument::applyRemove(ReportPart part, int index)
{
    Q_EMIT rowsAboutToBeRemoved(part, index, index);
    ReportItem removed =
        withList(m_report, part, [&](auto &list) -> ReportItem { return list.takeAt(index); });
    Q_EMIT rowsRemoved(part, index, index);
    return removed;
}

void ReportDocument::applyMove(ReportPart part, int from, int to)
{
    Q_EMIT rowAboutToBeMoved(part, from, to);
    withList(m_report, part, [&](auto &list) { list.move(from, to); });
    Q_EMIT rowMoved(part, from, to);
}

void ReportDocument::applyReorder(ReportPart part, const QList<int> &order)
{
    Q_EMIT rowsAboutToBeReordered(part);
    withList(m_report, part, [&](auto &list) {
        std::remove_reference_t<decltype(list)> sorted;
        sorted.reserve(list.size());
        for (const int row : order)
            sorted.append(list.at(row));
        list = std::move(sorted);
    });
    Q_EMIT rowsReordered(part, order);
}

ReportItem ReportDocument::applyReplace(int index, const ReportItem &item)
{
    const ReportPart part = partOf(item);
    ReportItem old = withList(m_report, part, [&](auto &list) -> ReportItem {
        using T = typename std::decay_t<decltype(list)>::value_type;
        return std::exchange(list[index], std::get<T>(item));
    });
    Q_EMIT rowChanged(part, index);
    return old;
}

} // namespace debrief
