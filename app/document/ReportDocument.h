// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "document/ReportItem.h"
#include "format/AttachmentStore.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QUndoCommand;
class QUndoStack;

namespace debrief {

// One open report: its content, its file, and the undo stack every edit goes through.
// Views change the report only through the edit functions below, each of which pushes one
// undo command, and follow it through the fine-grained signals.
class ReportDocument : public QObject
{
    Q_OBJECT
public:
    explicit ReportDocument(QObject *parent = nullptr);
    ~ReportDocument() override;

    const Report &report() const { return m_report; }
    QUndoStack *undoStack() const { return m_undo; }
    const AttachmentStore &attachments() const { return m_attachments; }
    QString filePath() const { return m_filePath; }
    bool isModified() const;
    QStringList loadWarnings() const { return m_loadWarnings; }

    // Replaces everything (a new report from a template, an import); no undo across this.
    // `attachmentBytes` (id -> bytes) hold the images of a report that has no archive yet.
    void reset(const Report &report, const QHash<QString, QByteArray> &attachmentBytes = {});
    // The same for a report that is in no file yet and holds the user's content (an import):
    // modified from the start, so closing asks before it is lost.
    void resetUnsaved(const Report &report, const QHash<QString, QByteArray> &attachmentBytes);
    bool load(const QString &path, QString *error);
    bool save(const QString &path, QString *error);
    // The report just loaded is a recovery snapshot of the file at `originalPath` (empty when
    // it was never saved): it takes that path and is modified, so Save writes the user's file.
    void markRecovered(const QString &originalPath);
    // A report open for review: every edit is refused (and the window offers none).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // --- edits: each is one undoable step --------------------------------------------------
    // mergeKey: consecutive edits with the same non-empty key (typing in one field) merge.
    // `text` names the undo step ("Edit Overview" when empty).
    void setMetadata(const ReportMetadata &metadata, const QString &mergeKey = {},
                     const QString &text = {});
    void editSectionText(int section, int position, int removed, const QString &inserted);
    void setSectionText(int section, const QString &text);
    void setSectionTitle(int section, const QString &title);

    void insertItem(int index, const ReportItem &item);
    // Inserts items[k] at rows[k] (ascending: the row each takes once the ones before it are
    // in), all of one part. One undo step named `text`.
    void insertItems(const QList<int> &rows, const QList<ReportItem> &items, const QString &text);
    void removeItem(ReportPart part, int index);
    void moveItem(ReportPart part, int from, int to);
    // Moves `rows` (any, also non-adjacent, in any order) to just before row `before` in the
    // old numbering (the row count for the end), keeping their order: one undo step.
    void moveItems(ReportPart part, const QList<int> &rows, int before);
    // Puts the part's rows in a new order (order[i] = the old row that ends up at i); `rows`
    // is how many rows the user moved, for the undo text, unless `text` names the step.
    // One undo step.
    void reorderItems(ReportPart part, const QList<int> &order, int rows, const QString &text = {});
    // Removes several rows in one undo step.
    void removeItems(ReportPart part, const QList<int> &rows);
    // `text` names the undo step ("Edit Timeline Entry" when empty).
    void replaceItem(int index, const ReportItem &item, const QString &mergeKey = {},
                     const QString &text = {});
    // Replaces several rows (items[i] at rows[i]) in one undo step named `text`.
    void replaceItems(const QList<int> &rows, const QList<ReportItem> &items, const QString &text);
    // Embeds a file; the same bytes twice give the same id and one attachment.
    QString addAttachment(const QByteArray &bytes, const QString &fileName,
                          const QString &caption = {});

    // Puts `bytes` in the place of attachment `id` everywhere: the table row keeps its name,
    // caption and alt text, and every reference in the text points at the new image. One undo
    // step named `text`; once saved, the old bytes are nowhere in the file. Returns the new
    // id (empty when `id` is not an attachment).
    QString replaceAttachment(const QString &id, const QByteArray &bytes, const QString &text);

    // Embeds `bytes` downloaded from `url` and points every image that shows `url` at the new
    // attachment instead. Returns its id. Call inside an undo macro to make several one step.
    QString embedRemoteImage(const QString &url, const QByteArray &bytes, const QString &fileName);

    ReportItem itemAt(ReportPart part, int index) const;
    int itemCount(ReportPart part) const;

Q_SIGNALS:
    void reportAboutToBeReset();
    void reportReset();
    void metadataChanged();
    void sectionTextChanged(int section, int position, int removed, int added);
    // The about-to signals come before the report changes, for item models' begin* calls.
    void rowsAboutToBeInserted(debrief::ReportPart part, int first, int last);
    void rowsAboutToBeRemoved(debrief::ReportPart part, int first, int last);
    void rowAboutToBeMoved(debrief::ReportPart part, int from, int to);
    void rowsInserted(debrief::ReportPart part, int first, int last);
    void rowsRemoved(debrief::ReportPart part, int first, int last);
    void rowMoved(debrief::ReportPart part, int from, int to);
    // Many rows of a part put in a new order at once (a sort): order[i] = the old row now at i.
    void rowsAboutToBeReordered(debrief::ReportPart part);
    void rowsReordered(debrief::ReportPart part, const QList<int> &order);
    void rowChanged(debrief::ReportPart part, int row);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void readOnlyChanged(bool readOnly);

private:
    // The only functions that change the report. Private so that every change goes through
    // an undo command: the compiler holds views and controllers to the edit functions above.
    friend class EditMetadataCommand;
    friend class EditSectionTextCommand;
    friend class InsertItemCommand;
    friend class InsertItemsCommand;
    friend class RemoveItemCommand;
    friend class MoveItemCommand;
    friend class MoveItemsCommand;
    friend class ReplaceItemCommand;
    void applyMetadata(const ReportMetadata &metadata);
    void applySectionEdit(int section, int position, int removed, const QString &inserted);
    void applyInsert(int index, const ReportItem &item);
    ReportItem applyRemove(ReportPart part, int index);
    void applyInsertRun(int first, const QList<ReportItem> &items);
    void applyRemoveRun(ReportPart part, int first, int count);
    void applyMove(ReportPart part, int from, int to);
    void applyReorder(ReportPart part, const QList<int> &order);
    ReportItem applyReplace(int index, const ReportItem &item);

    void setFilePath(const QString &path);
    bool push(QUndoCommand *command); // every edit goes through here; refused when read-only
    // Rewrites every section and timeline description with `rewrite` (one edit each where
    // it changes anything), named `text`.
    void rewriteTexts(const std::function<QString(const QString &)> &rewrite, const QString &text);

    Report m_report;
    AttachmentStore m_attachments;
    QUndoStack *m_undo;
    QString m_filePath;
    bool m_readOnly = false;
    QStringList m_loadWarnings;
};

} // namespace debrief
