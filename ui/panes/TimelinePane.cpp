// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "panes/TimelinePane.h"

#include "LocaleFormats.h"
#include "chat/ChatEntries.h"
#include "dialogs/ChatImportDialog.h"
#include "document/ReportDocument.h"
#include "editor/MarkdownEditor.h"
#include "format/ReportJson.h"
#include "models/TimelineDelegate.h"
#include "models/TimelineModel.h"
#include "panes/TimelineTableView.h"
#include "panes/UndoShortcutFilter.h"

#include <QAction>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace debrief {

namespace {
constexpr int kBurstPauseMs = 1500; // typing after a pause this long is a new undo step
}

TimelinePane::TimelinePane(ReportDocument *doc, SpellChecker *spelling, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_model(new TimelineModel(doc, this))
    , m_view(new TimelineTableView)
    , m_editor(new MarkdownEditor(spelling))
    , m_editorLabel(new QLabel)
{
    setObjectName(QStringLiteral("timelinePane"));
    setUpTable();
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("timelineSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(buildEditorArea());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    buildActions();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    layout->addWidget(splitter, 1);
    UndoShortcutFilter::installOn(this);
    connectSignals();
    loadSettings();
    loadEditor();
}

QToolBar *TimelinePane::buildToolbar()
{
    auto *toolbar = new QToolBar;
    toolbar->setObjectName(QStringLiteral("timelineToolbar"));
    toolbar->setAccessibleName(tr("Timeline tools"));
    toolbar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    toolbar->addActions(m_actions);
    toolbar->addSeparator();
    toolbar->addAction(m_utc);
    m_gap = new QSpinBox;
    m_gap->setObjectName(QStringLiteral("timelineGap"));
    m_gap->setAccessibleName(tr("Gap threshold in minutes"));
    m_gap->setToolTip(tr("A silence longer than this between two timed entries is marked as a "
                         "gap"));
    m_gap->setRange(1, ReportMetadata::kMaxGapMinutes);
    m_gap->setPrefix(tr("Gap > "));
    m_gap->setSuffix(tr(" min"));
    m_gap->setKeyboardTracking(false);
    connect(m_gap, &QSpinBox::valueChanged, m_model, &TimelineModel::setGapMinutes);
    toolbar->addWidget(m_gap);
    return toolbar;
}

void TimelinePane::loadSettings()
{
    const ReportMetadata &m = m_doc->report().metadata;
    const QSignalBlocker blockUtc(m_utc);
    m_utc->setChecked(m.timelineInUtc);
    const QSignalBlocker blockGap(m_gap);
    m_gap->setValue(m.gapMinutes);
}

void TimelinePane::setUpTable()
{
    m_view->setObjectName(QStringLiteral("timeline"));
    m_view->setAccessibleName(tr("Timeline"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TimelineDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    // One line per row: a fixed row height spares the hidden header its per-row bookkeeping,
    // which on a long timeline is most of the cost of moving a row.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->installEventFilter(this);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TimelineModel::Description, QHeaderView::Stretch);
    header->setMinimumSectionSize(24);
    header->resizeSection(TimelineModel::KeyMoment, 28);
    fitTimeColumn();
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &TimelinePane::fitTimeColumn);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePane::fitTimeColumn);
    header->resizeSection(TimelineModel::Since, 64);
    header->resizeSection(TimelineModel::Kind, 106);
    header->resizeSection(TimelineModel::Author, 92);
}

// The header names the zone ("Time (America/Argentina/Buenos_Aires)"): never cut it off.
void TimelinePane::fitTimeColumn()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QString text =
        m_model->headerData(TimelineModel::Time, Qt::Horizontal, Qt::DisplayRole).toString();
    const int needed = header->fontMetrics().horizontalAdvance(text) + 24;
    header->resizeSection(TimelineModel::Time, std::max(116, needed));
}

QWidget *TimelinePane::buildEditorArea()
{
    m_editor->setObjectName(QStringLiteral("timelineDescription"));
    m_editor->setAccessibleName(tr("Entry description"));
    m_editor->setPlaceholderText(tr("What happened, in Markdown. Several paragraphs, code and "
                                    "images are fine."));
    m_editorLabel->setObjectName(QStringLiteral("timelineDescriptionLabel"));
    m_editorLabel->setBuddy(m_editor);
    auto *formatting = new QToolBar;
    formatting->setIconSize(QSize(16, 16));
    formatting->addActions(m_editor->formattingActions());
    auto *area = new QWidget;
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editorLabel);
    layout->addWidget(m_editor, 1);
    layout->addWidget(formatting);
    return area;
}

void TimelinePane::connectSignals()
{
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TimelinePane::loadEditor);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TimelinePane::updateActions);
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == TimelineModel::KeyMoment)
            m_model->toggleKeyMoment(index.row());
    });
    connect(m_editor, &MarkdownEditor::userEdited, this, &TimelinePane::pushDescription);
    connect(m_view, &TimelineTableView::moveRequested, this, &TimelinePane::moveDropped);
    connect(m_view, &TimelineTableView::imagesDropped, this, &TimelinePane::imagesDropped);
    // Queued: the dialog opens once the drop is over, not inside the drag's event loop.
    connect(
        m_view, &TimelineTableView::chatLogDropped, this,
        [this](const QString &path) {
            if (!m_doc->isReadOnly())
                importChat(path);
        },
        Qt::QueuedConnection);
    connect(m_doc, &ReportDocument::rowChanged, this, [this](ReportPart part, int row) {
        if (part == ReportPart::Timeline)
            followEntry(row);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePane::loadEditor);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimelinePane::loadEditor);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelinePane::updateActions);
    connect(m_doc, &ReportDocument::readOnlyChanged, this, &TimelinePane::updateActions);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &TimelinePane::updateActions);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &TimelinePane::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelinePane::updateActions);
    connect(m_doc, &ReportDocument::metadataChanged, this, &TimelinePane::loadSettings);
    connect(m_doc, &ReportDocument::metadataChanged, this, &TimelinePane::updateActions);
    connect(m_doc, &ReportDocument::reportReset, this, &TimelinePane::loadSettings);
}

QAction *TimelinePane::addEntryAction(const QString &text, const QString &icon,
                                      const QList<QKeySequence> &keys, void (TimelinePane::*slot)())
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, this);
    action->setShortcuts(keys);
    // Only while the table has the focus: the editor below keeps Del, Ctrl+K and friends.
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(
        QString(text).remove(QLatin1Char('&')), keys.value(0).toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    m_view->addAction(action);
    m_actions << action;
    return action;
}

void TimelinePane::buildActions()
{
    addEntryAction(tr("&Add Entry After"), QStringLiteral("list-add"),
                   {QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_Return)},
                   &TimelinePane::addAfter)
        ->setObjectName(QStringLiteral("timelineAdd"));
    addEntryAction(tr("&Insert Entry Before"), QStringLiteral("go-previous"),
                   {QKeySequence(Qt::SHIFT | Qt::Key_Insert)}, &TimelinePane::insertBefore)
        ->setObjectName(QStringLiteral("timelineInsertBefore"));
    addEntryAction(tr("D&uplicate Entry"), QStringLiteral("edit-copy"),
                   {QKeySequence(Qt::CTRL | Qt::Key_D)}, &TimelinePane::duplicate)
        ->setObjectName(QStringLiteral("timelineDuplicate"));
    addEntryAction(tr("&Delete Entries"), QStringLiteral("list-remove"),
                   {QKeySequence(QKeySequence::Delete)}, &TimelinePane::removeSelected)
        ->setObjectName(QStringLiteral("timelineDelete"));
    addEntryAction(tr("Toggle &Key Moment"), QStringLiteral("debrief-key-moment"),
                   {QKeySequence(Qt::CTRL | Qt::Key_K)}, &TimelinePane::toggleKeyMoment)
        ->setObjectName(QStringLiteral("timelineKeyMoment"));
    addEntryAction(tr("Move &Up"), QStringLiteral("go-up"), {QKeySequence(Qt::ALT | Qt::Key_Up)},
                   &TimelinePane::moveUp)
        ->setObjectName(QStringLiteral("timelineUp"));
    addEntryAction(tr("Move &Down"), QStringLiteral("go-down"),
                   {QKeySequence(Qt::ALT | Qt::Key_Down)}, &TimelinePane::moveDown)
        ->setObjectName(QStringLiteral("timelineDown"));
    buildTimeActions();
}

void TimelinePane::buildTimeActions()
{
    m_approximate = addEntryAction(tr("Appro&ximate Time"), QStringLiteral("debrief-approximate"),
                                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)},
                                   &TimelinePane::toggleApproximate);
    m_approximate->setObjectName(QStringLiteral("timelineApproximate"));
    m_approximate->setCheckable(true);
    m_sort =
        addEntryAction(tr("&Sort by Time"), QStringLiteral("view-sort"),
                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)}, &TimelinePane::sortByTime);
    m_sort->setObjectName(QStringLiteral("timelineSort"));
    m_setDate =
        addEntryAction(tr("Set &Date…"), QStringLiteral("view-calendar-timeline"),
                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}, &TimelinePane::setDate);
    m_setDate->setObjectName(QStringLiteral("timelineSetDate"));
    m_importChat = addEntryAction(
        tr("Import from &Chat or Log…"), QStringLiteral("document-import"),
        {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I)}, &TimelinePane::importChatFromMenu);
    m_importChat->setObjectName(QStringLiteral("timelineImportChat"));
    // Reachable from the menu and the toolbar wherever the focus is.
    m_importChat->setShortcutContext(Qt::WindowShortcut);
    m_utc = new QAction(tr("UTC"), this);
    m_utc->setObjectName(QStringLiteral("timelineUtc"));
    m_utc->setCheckable(true);
    m_utc->setToolTip(tr("Show the timeline's times in UTC instead of the report's time zone"));
    connect(m_utc, &QAction::toggled, m_model, &TimelineModel::setShowUtc);
}

int TimelinePane::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QList<int> TimelinePane::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows.append(i.row());
    if (rows.isEmpty() && currentRow() >= 0)
        rows.append(currentRow());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void TimelinePane::selectRows(const QList<int> &rows, int current)
{
    if (current < 0 || current >= m_model->rowCount())
        return;
    QItemSelectionModel *selection = m_view->selectionModel();
    const QModelIndex index = m_model->index(current, std::max(0, m_view->currentIndex().column()));
    selection->setCurrentIndex(index,
                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    for (const int row : rows) {
        if (row >= 0 && row < m_model->rowCount())
            selection->select(m_model->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    m_view->scrollTo(index);
}

void TimelinePane::addEntry(int offset)
{
    const int current = currentRow();
    TimelineEntry e;
    e.id = ReportJson::newId();
    // While the incident is live (started in the last day, not resolved) the new entry is
    // now; otherwise the current entry's time is the best guess; with none, no time rather
    // than an invented one.
    const ReportMetadata &m = m_doc->report().metadata;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 sinceStart = m.started.isValid() ? m.started.secsTo(now) : -1;
    if (!m.resolved.isValid() && sinceStart >= 0 && sinceStart < 24 * 3600) {
        const QDateTime minute = now.addSecs(-now.time().second()).addMSecs(-now.time().msec());
        e.at = minute.toOffsetFromUtc(m_model->recordingZone().offsetFromUtc(minute));
    } else if (current >= 0) {
        e.at = m_doc->report().timeline.at(current).at;
        e.clock = m_doc->report().timeline.at(current).clock;
    }
    const int row = current >= 0 ? current + offset : (offset > 0 ? m_model->rowCount() : 0);
    m_doc->insertItem(row, e);
    selectRows({row}, row);
    m_editor->setFocus();
}

void TimelinePane::duplicate()
{
    const int current = currentRow();
    if (current < 0)
        return;
    TimelineEntry copy = m_doc->report().timeline.at(current);
    copy.id = ReportJson::newId();
    m_doc->insertItem(current + 1, copy);
    selectRows({current + 1}, current + 1);
}

void TimelinePane::removeSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    m_doc->removeItems(ReportPart::Timeline, rows);
    const int next = std::min(rows.front(), m_model->rowCount() - 1);
    selectRows({next}, next);
}

void TimelinePane::toggleKeyMoment()
{
    m_model->toggleKeyMoments(selectedRows());
}

void TimelinePane::toggleApproximate()
{
    const QList<int> rows = selectedRows();
    const bool allApproximate = std::all_of(rows.cbegin(), rows.cend(), [this](int row) {
        return m_doc->report().timeline.at(row).approximate;
    });
    m_model->setApproximate(rows, !allApproximate);
    updateActions();
}

void TimelinePane::sortByTime()
{
    if (!m_model->sortByTime())
        return;
    const int row = entryRow();
    selectRows({row}, row); // the entry being written stays the current one
}

void TimelinePane::setDate()
{
    const int count = m_model->dateLessCount();
    if (count == 0)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Set Date"));
    auto *label = new QLabel(
        tr("%n times in the timeline and the overview have no date. The date to give them, "
           "in %1:",
           nullptr, count)
            .arg(QString::fromUtf8(m_model->recordingZone().id())));
    label->setWordWrap(true);
    auto *edit = new QDateEdit(QDate::currentDate());
    edit->setObjectName(QStringLiteral("timelineDate"));
    edit->setAccessibleName(tr("Date"));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(LocaleFormats::date());
    label->setBuddy(edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDate date = edit->date();
    m_model->setDateOfDateLessTimes(date);
}

void TimelinePane::importChat(const QString &path)
{
    ChatImportDialog dialog(m_doc->report(), m_model->recordingZone(), this);
    if (path.isEmpty())
        QTimer::singleShot(0, &dialog, &ChatImportDialog::chooseFile);
    else
        dialog.setSource(path);
    if (dialog.exec() == QDialog::Accepted)
        addEntries(dialog.chosenEntries());
}

void TimelinePane::addEntries(const QList<TimelineEntry> &chosen)
{
    if (chosen.isEmpty() || m_doc->isReadOnly())
        return;
    const QList<TimelineEntry> entries = ChatEntries::inTimeOrder(chosen, m_model->recordingZone());
    const QList<int> rows =
        ChatEntries::insertionRows(m_doc->report().timeline, entries, m_model->recordingZone());
    const QList<ReportItem> items(entries.cbegin(), entries.cend());
    m_doc->insertItems(rows, items, tr("Import %n Timeline Entries", nullptr, int(entries.size())));
    selectRows(rows, rows.value(0, -1));
    m_view->setFocus(); // the next Ctrl+Z is the timeline's
}

void TimelinePane::shift(int delta)
{
    QList<int> rows = selectedRows();
    const int current = currentRow();
    if (!m_model->shiftEntries(rows, delta))
        return;
    for (int &row : rows)
        row += delta;
    selectRows(rows, current + delta);
}

// The dropped rows stay selected where they landed, the current entry with them.
void TimelinePane::moveDropped(const QList<int> &rows, int before)
{
    const QString current = m_entryId;
    QStringList ids;
    for (const int row : rows)
        ids << m_doc->report().timeline.at(row).id;
    m_model->moveEntries(rows, before);
    QList<int> moved;
    int currentRow = -1;
    const QList<TimelineEntry> &timeline = m_doc->report().timeline;
    for (int row = 0; row < timeline.size(); ++row) {
        if (ids.contains(timeline[row].id))
            moved << row;
        if (timeline[row].id == current)
            currentRow = row;
    }
    selectRows(moved, currentRow >= 0 ? currentRow : moved.value(0, -1));
}

void TimelinePane::updateActions()
{
    const QList<int> rows = selectedRows();
    const bool any = !rows.isEmpty();
    for (QAction *a : std::as_const(m_actions)) {
        const QString name = a->objectName();
        if (a == m_sort || a == m_setDate)
            continue;
        if (name == QLatin1String("timelineUp"))
            a->setEnabled(any && rows.front() > 0);
        else if (name == QLatin1String("timelineDown"))
            a->setEnabled(any && rows.back() < m_model->rowCount() - 1);
        else if (name != QLatin1String("timelineAdd") &&
                 name != QLatin1String("timelineInsertBefore") &&
                 name != QLatin1String("timelineImportChat"))
            a->setEnabled(any);
    }
    const QList<TimelineEntry> &timeline = m_doc->report().timeline;
    m_approximate->setEnabled(std::any_of(rows.cbegin(), rows.cend(),
                                          [&](int row) { return timeline.at(row).hasTime(); }));
    m_approximate->setChecked(any && std::all_of(rows.cbegin(), rows.cend(), [&](int row) {
                                  return timeline.at(row).approximate;
                              }));
    m_sort->setEnabled(timeline.size() > 1);
    m_setDate->setEnabled(m_model->dateLessCount() > 0);
    if (m_doc->isReadOnly()) { // review: nothing that edits
        for (QAction *a : std::as_const(m_actions))
            a->setEnabled(false);
        for (QAction *a : {m_approximate, m_sort, m_setDate})
            a->setEnabled(false);
    }
}

bool TimelinePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier &&
            m_view->currentIndex().column() == TimelineModel::KeyMoment) {
            toggleKeyMoment();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TimelinePane::loadEditor()
{
    updateActions();
    const int row = currentRow();
    const QString id = row >= 0 ? m_doc->report().timeline.at(row).id : QString();
    if (id == m_entryId && !id.isEmpty())
        return;
    m_entryId = id;
    ++m_burst;
    m_editor->setEnabled(row >= 0);
    m_editor->setMarkdown(row >= 0 ? m_doc->report().timeline.at(row).description : QString());
    m_editorLabel->setText(
        row >= 0 ? tr("&Description of the entry at %1")
                       .arg(m_model->index(row, TimelineModel::Time).data().toString())
                 : tr("Select an entry to write its description."));
}

int TimelinePane::entryRow() const
{
    const QList<TimelineEntry> &timeline = m_doc->report().timeline;
    for (int row = 0; row < timeline.size(); ++row) {
        if (timeline[row].id == m_entryId)
            return row;
    }
    return -1;
}

void TimelinePane::setThumbnails(ThumbnailCache *thumbnails)
{
    m_model->setThumbnails(thumbnails);
}

void TimelinePane::appendToDescription(int row, const QString &markdown)
{
    if (row < 0 || row >= m_model->rowCount() || markdown.isEmpty())
        return;
    TimelineEntry e = m_doc->report().timeline.at(row);
    const QString text = e.description.trimmed();
    e.description = text.isEmpty() ? markdown : text + QStringLiteral("\n\n") + markdown;
    m_doc->replaceItem(row, e, {}, tr("Add Image to Entry"));
    selectRows({row}, row);
}

void TimelinePane::pushDescription()
{
    const int row = entryRow();
    if (row < 0)
        return;
    if (!m_typing.isValid() || m_typing.elapsed() > kBurstPauseMs)
        ++m_burst;
    m_typing.restart();
    TimelineEntry e = m_doc->report().timeline.at(row);
    e.description = m_editor->toPlainText();
    m_pushing = true;
    m_doc->replaceItem(row, e, QStringLiteral("timeline-description:%1:%2").arg(e.id).arg(m_burst));
    m_pushing = false;
}

void TimelinePane::followEntry(int row)
{
    if (m_pushing || m_doc->report().timeline.at(row).id != m_entryId)
        return;
    // A change from elsewhere (undo, redo): splice it in so the editor keeps its place.
    const QString now = m_doc->report().timeline.at(row).description;
    const QString shown = m_editor->toPlainText();
    if (now == shown)
        return;
    qsizetype prefix = 0;
    const qsizetype common = std::min(now.size(), shown.size());
    while (prefix < common && now[prefix] == shown[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < common - prefix &&
           now[now.size() - 1 - suffix] == shown[shown.size() - 1 - suffix])
        ++suffix;
    m_editor->applySplice(int(prefix), int(shown.size() - prefix - suffix),
                          now.mid(prefix, now.size() - prefix - suffix));
    ++m_burst;
}

} // namespace debrief
