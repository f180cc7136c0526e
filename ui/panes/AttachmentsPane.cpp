// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "panes/AttachmentsPane.h"

#include "controllers/AttachmentController.h"
#include "document/ReportDocument.h"
#include "format/ImageDownscale.h"
#include "models/AttachmentsModel.h"
#include "models/ThumbnailCache.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace debrief {

namespace {
QAction *makeAction(QToolBar *toolbar, const char *icon, const QString &text,
                    const QKeySequence &key = {})
{
    QAction *a = toolbar->addAction(QIcon::fromTheme(QLatin1String(icon)), text);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return a;
}
} // namespace

AttachmentsPane::AttachmentsPane(ReportDocument *doc, ThumbnailCache *thumbnails,
                                 AttachmentController *controller, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_controller(controller)
    , m_model(new AttachmentsModel(doc, thumbnails, this))
    , m_view(new QTableView)
    , m_empty(new QLabel)
{
    setAcceptDrops(true);
    m_view->setObjectName(QStringLiteral("attachments"));
    m_view->setAccessibleName(tr("Attachments"));
    m_view->setAccessibleDescription(tr("The images this report carries"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setIconSize(QSize(ThumbnailCache::kSide, ThumbnailCache::kSide));
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(ThumbnailCache::kSide + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(AttachmentsModel::Name, ThumbnailCache::kSide + 190);
    header->resizeSection(AttachmentsModel::Caption, 150);
    header->resizeSection(AttachmentsModel::AltText, 150);
    header->setStretchLastSection(true);

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add = makeAction(toolbar, "list-add", tr("&Add…"), QKeySequence(Qt::Key_Insert));
    m_remove = makeAction(toolbar, "list-remove", tr("&Remove"), QKeySequence::Delete);
    m_insert =
        makeAction(toolbar, "insert-image", tr("&Insert"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_redact =
        makeAction(toolbar, "transform-crop", tr("Re&dact…"), QKeySequence(Qt::CTRL | Qt::Key_R));
    m_saveCopy = makeAction(toolbar, "document-save-as", tr("Save &Copy…"));
    m_download = makeAction(toolbar, "download", tr("Do&wnload Remote…"));
    m_show = makeAction(toolbar, "go-jump", tr("&Where Used"), QKeySequence(Qt::CTRL | Qt::Key_G));
    m_removeMetadata = makeAction(toolbar, "tag-delete", tr("Remove &Metadata"));
    m_downscale = makeAction(toolbar, "transform-scale", tr("S&hrink Large on Add"));
    m_downscale->setCheckable(true);
    m_downscale->setChecked(controller->downscalesLargeImages());
    m_add->setToolTip(tr("Add images from files (Ins)"));
    m_remove->setToolTip(tr("Remove the selected images (Undo brings them back)"));
    m_redact->setToolTip(tr("Crop the selected image and cover what must not be seen (Ctrl+R)"));
    m_download->setToolTip(tr("Download the images the text shows from the web and embed them "
                              "(asks first, naming the sites)"));
    m_saveCopy->setToolTip(tr("Save a copy of the selected image to a file"));
    m_show->setToolTip(tr("Go to the first place that shows the selected image (Ctrl+G)"));
    m_insert->setToolTip(tr("Show the selected images at the cursor of the section last edited"));
    m_removeMetadata->setToolTip(tr("Remove the camera data, GPS position and comments the "
                                    "selected images carry, leaving their pixels as they are"));
    m_downscale->setToolTip(tr("When on, images larger than %1 pixels on a side are scaled down "
                               "as they are added (their original is not kept)")
                                .arg(ImageDownscale::kLongSide));
    for (QAction *a : {m_add, m_remove, m_insert, m_redact, m_saveCopy, m_show, m_download,
                       m_removeMetadata, m_downscale})
        QWidget::addAction(a);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_insert, m_show, m_redact, m_removeMetadata, m_saveCopy, m_remove});

    m_empty->setText(tr("No images yet. Add them with “Add…”, drop image files here, or "
                        "paste a screenshot into a section."));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_add, &QAction::triggered, controller, &AttachmentController::chooseAndAdd);
    connect(m_remove, &QAction::triggered, this, &AttachmentsPane::removeSelected);
    connect(m_insert, &QAction::triggered, this, [this] {
        if (const QStringList ids = selectedIds(); !ids.isEmpty())
            Q_EMIT insertRequested(ids);
    });
    connect(m_redact, &QAction::triggered, this, [this] {
        if (const QStringList ids = selectedIds(); ids.size() == 1)
            m_controller->redact(ids.first());
    });
    connect(m_download, &QAction::triggered, this, &AttachmentsPane::downloadRequested);
    connect(m_removeMetadata, &QAction::triggered, this,
            [this] { m_controller->removeMetadata(selectedIds()); });
    connect(m_downscale, &QAction::toggled, controller,
            &AttachmentController::setDownscalesLargeImages);
    connect(m_saveCopy, &QAction::triggered, this, [this] {
        for (const QString &id : selectedIds())
            m_controller->saveCopy(id);
    });
    connect(m_show, &QAction::triggered, this, [this] {
        if (const QList<int> rows = selectedRows(); !rows.isEmpty())
            showFirstUse(rows.first());
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == AttachmentsModel::UsedIn)
            showFirstUse(index.row());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttachmentsPane::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &AttachmentsPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttachmentsPane::updateActions);
    connect(m_doc, &ReportDocument::readOnlyChanged, this, &AttachmentsPane::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AttachmentsPane::updateActions);
    updateActions();
}

QList<int> AttachmentsPane::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QStringList AttachmentsPane::selectedIds() const
{
    QStringList ids;
    for (const int row : selectedRows())
        ids << m_model->attachment(row).id;
    return ids;
}

void AttachmentsPane::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->setCurrentIndex(m_model->index(row, AttachmentsModel::Name));
    m_view->selectRow(row);
}

void AttachmentsPane::removeSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    int shown = 0;
    for (const int row : rows)
        shown += int(m_model->usage().usesOf(m_model->attachment(row).id).size());
    m_doc->removeItems(ReportPart::Attachments, rows);
    if (shown > 0)
        Q_EMIT message(tr("Removed. %1 in the text now show a missing image; Undo brings the "
                          "images back.")
                           .arg(shown == 1 ? tr("1 reference") : tr("%1 references").arg(shown)),
                       8000);
    selectRow(std::min(rows.first(), m_model->rowCount() - 1));
}

void AttachmentsPane::showFirstUse(int row)
{
    const QList<AttachmentUsage::Use> uses = m_model->usage().usesOf(m_model->attachment(row).id);
    if (uses.isEmpty()) {
        Q_EMIT message(tr("Nothing in the report shows this image."), 5000);
        return;
    }
    const AttachmentUsage::Use &use = uses.first();
    if (use.place == AttachmentUsage::Use::Place::Section)
        Q_EMIT sectionRequested(use.index);
    else
        Q_EMIT timelineEntryRequested(use.index);
}

void AttachmentsPane::updateActions()
{
    const bool any = !selectedRows().isEmpty();
    for (QAction *a : {m_remove, m_insert, m_saveCopy, m_show})
        a->setEnabled(any);
    m_redact->setEnabled(selectedRows().size() == 1);
    const QStringList ids = selectedIds();
    m_removeMetadata->setEnabled(std::any_of(ids.cbegin(), ids.cend(), [this](const QString &id) {
        return m_model->metadata(id) != ImageMetadata::Kinds();
    }));
    // Only while shown: the text changes with every keystroke elsewhere.
    const qsizetype remote = isVisible() ? m_model->usage().remoteUrls().size() : 0;
    m_download->setEnabled(remote > 0);
    m_download->setText(remote > 0 ? tr("Do&wnload %1 Remote…").arg(remote)
                                   : tr("Do&wnload Remote…"));
    m_empty->setVisible(m_model->rowCount() == 0 && remote == 0);
    if (m_doc->isReadOnly()) { // review: only saving a copy and finding uses remain
        for (QAction *a : {m_add, m_remove, m_insert, m_redact, m_download, m_removeMetadata})
            a->setEnabled(false);
    } else {
        m_add->setEnabled(true);
    }
}

void AttachmentsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->prefetchThumbnails();
    updateActions();
}

void AttachmentsPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_doc->isReadOnly() && AttachmentController::hasImages(event->mimeData()))
        event->acceptProposedAction();
}

void AttachmentsPane::dragMoveEvent(QDragMoveEvent *event)
{
    if (!m_doc->isReadOnly() && AttachmentController::hasImages(event->mimeData()))
        event->acceptProposedAction();
}

void AttachmentsPane::dropEvent(QDropEvent *event)
{
    const QStringList ids = m_controller->addFromMimeData(event->mimeData());
    if (ids.isEmpty())
        return;
    event->acceptProposedAction();
    selectRow(m_doc->report().attachmentIndex(ids.last()));
}

} // namespace debrief
