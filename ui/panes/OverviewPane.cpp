// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "panes/OverviewPane.h"

#include "ClearButton.h"
#include "document/ReportDocument.h"
#include "model/IncidentMetrics.h"
#include "model/Vocabulary.h"
#include "panes/InstantEdit.h"
#include "panes/UndoShortcutFilter.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

namespace debrief {

namespace {
QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}
} // namespace

OverviewPane::OverviewPane(ReportDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_form(new QFormLayout)
    , m_severity(new QComboBox)
    , m_status(new QComboBox)
    , m_zone(new QComboBox)
    , m_metrics(new QLabel)
{
    auto *inner = new QWidget;
    inner->setLayout(m_form);
    inner->setMaximumWidth(860); // long lines of form fields are hard to scan
    auto *centred = new QWidget;
    auto *row = new QHBoxLayout(centred);
    row->addWidget(inner, 1);
    row->addStretch(0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto *scroll = new QScrollArea;
    scroll->setWidget(centred);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: the fields are, and the area scrolls to the focused one.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setAccessibleName(tr("Incident overview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_title = addLine(QStringLiteral("title"), tr("&Title:"),
                      tr("What broke, for whom — e.g. Checkout errors after cache failover"),
                      nullptr, &ReportMetadata::title);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_title->setFont(big);
    addLine(QStringLiteral("incidentId"), tr("&Incident id:"), tr("e.g. INC-2041"), nullptr,
            &ReportMetadata::incidentId);

    m_severity->setObjectName(QStringLiteral("severity"));
    m_severity->addItem(tr("Not set"), QString());
    for (const QString &s : Vocabulary::severities())
        m_severity->addItem(s, s);
    m_severity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *severityRow = new QHBoxLayout;
    severityRow->addWidget(m_severity);
    severityRow->addSpacing(16);
    auto *statusLabel = new QLabel(tr("Stat&us:"));
    statusLabel->setBuddy(m_status);
    severityRow->addWidget(statusLabel);
    severityRow->addWidget(m_status);
    severityRow->addStretch();
    auto *severityLabel = new QLabel(tr("&Severity:"));
    severityLabel->setBuddy(m_severity);
    m_form->addRow(severityLabel, severityRow);
    connect(m_severity, &QComboBox::activated, this, [this] {
        edit(QString(),
             [this](ReportMetadata &m) { m.severity = m_severity->currentData().toString(); });
    });
    m_status->setObjectName(QStringLiteral("status"));
    for (const QString &s : Vocabulary::statuses())
        m_status->addItem(Vocabulary::statusLabel(s), s);
    connect(m_status, &QComboBox::activated, this, [this] {
        edit(QString(),
             [this](ReportMetadata &m) { m.status = m_status->currentData().toString(); });
    });

    addLine(QStringLiteral("authors"), tr("&Authors:"), tr("Names, separated by commas"),
            &ReportMetadata::authors);
    addLine(QStringLiteral("reviewers"), tr("&Reviewers:"), tr("Names, separated by commas"),
            &ReportMetadata::reviewers);

    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromLatin1(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->setToolTip(tr("The IANA time zone the report's times are shown in"));
    m_form->addRow(tr("Time &zone:"), m_zone);
    connect(m_zone, &QComboBox::activated, this, [this] {
        const QByteArray id = m_zone->currentText().toLatin1();
        if (QTimeZone::isTimeZoneIdAvailable(id)) {
            edit(QString(), [id](ReportMetadata &m) { m.timeZone = id; });
            refresh(); // show the instants in the new zone
        }
    });

    addInstant(QStringLiteral("started"), tr("S&tarted:"), &ReportMetadata::started,
               &ReportMetadata::startedClock);
    addInstant(QStringLiteral("detected"), tr("&Detected:"), &ReportMetadata::detected,
               &ReportMetadata::detectedClock);
    addInstant(QStringLiteral("mitigated"), tr("&Mitigated:"), &ReportMetadata::mitigated,
               &ReportMetadata::mitigatedClock);
    addInstant(QStringLiteral("resolved"), tr("Res&olved:"), &ReportMetadata::resolved,
               &ReportMetadata::resolvedClock);
    m_metrics->setObjectName(QStringLiteral("metrics"));
    m_metrics->setWordWrap(true);
    m_form->addRow(tr("Durations:"), m_metrics);

    addLine(QStringLiteral("services"), tr("Ser&vices:"),
            tr("Affected services, separated by commas"), &ReportMetadata::services);
    addLine(QStringLiteral("tags"), tr("Ta&gs:"), tr("Tags, separated by commas"),
            &ReportMetadata::tags);

    UndoShortcutFilter::installOn(this);
    connect(doc, &ReportDocument::metadataChanged, this, &OverviewPane::refresh);
    connect(doc, &ReportDocument::reportReset, this, &OverviewPane::refresh);
    // Figures fall back on the timeline's entries where the overview has no instant.
    auto timelineChanged = [this](ReportPart part) {
        if (part == ReportPart::Timeline)
            refreshMetrics();
    };
    connect(doc, &ReportDocument::rowsInserted, this, timelineChanged);
    connect(doc, &ReportDocument::rowsRemoved, this, timelineChanged);
    connect(doc, &ReportDocument::rowMoved, this, timelineChanged);
    connect(doc, &ReportDocument::rowsReordered, this, timelineChanged);
    connect(doc, &ReportDocument::rowChanged, this, timelineChanged);
    refresh();
}

QLineEdit *OverviewPane::addLine(const QString &field, const QString &label,
                                 const QString &placeholder, QStringList ReportMetadata::*list,
                                 QString ReportMetadata::*text)
{
    auto *line = new QLineEdit;
    line->setObjectName(field);
    line->setPlaceholderText(placeholder);
    ClearButton::enable(line);
    m_form->addRow(label, line);
    connect(line, &QLineEdit::textEdited, this, [this, field, line, list, text] {
        edit(field, [&](ReportMetadata &m) {
            if (list)
                m.*list = splitList(line->text());
            else
                m.*text = line->text();
        });
    });
    m_refreshers.push_back([this, line, list, text] {
        const ReportMetadata &m = m_doc->report().metadata;
        // Leave what the user is typing alone when it already means the same.
        if (list ? splitList(line->text()) != m.*list : line->text() != m.*text)
            line->setText(list ? (m.*list).join(QStringLiteral(", ")) : m.*text);
    });
    return line;
}

InstantEdit *OverviewPane::addInstant(const QString &field, const QString &label,
                                      QDateTime ReportMetadata::*member,
                                      QTime ReportMetadata::*clock)
{
    auto *instant = new InstantEdit;
    instant->setObjectName(field);
    instant->setFieldName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_form->addRow(label, instant);
    // A full instant, or none, replaces a time that had no date.
    connect(instant, &InstantEdit::instantEdited, this,
            [this, field, member, clock](const QDateTime &dt) {
                edit(field, [&](ReportMetadata &m) {
                    m.*member = dt;
                    m.*clock = QTime();
                });
            });
    connect(instant, &InstantEdit::clockEdited, this, [this, field, clock](const QTime &t) {
        edit(field, [&](ReportMetadata &m) { m.*clock = t; });
    });
    m_refreshers.push_back([this, instant, member, clock] {
        const ReportMetadata &m = m_doc->report().metadata;
        instant->setTimeZone(m.timeZone.isEmpty() ? QTimeZone::systemTimeZone()
                                                  : QTimeZone(m.timeZone));
        instant->setInstant(m.*member, m.*clock);
    });
    return instant;
}

void OverviewPane::edit(const QString &field, const std::function<void(ReportMetadata &)> &change)
{
    if (m_updating)
        return;
    ReportMetadata m = m_doc->report().metadata;
    change(m);
    m_updating = true;
    m_doc->setMetadata(m, field);
    m_updating = false;
}

void OverviewPane::refresh()
{
    const ReportMetadata &m = m_doc->report().metadata;
    const bool wasUpdating = m_updating;
    m_updating = true;
    if (!wasUpdating) {
        for (const auto &refresher : m_refreshers)
            refresher();
        m_severity->setCurrentIndex(std::max(0, m_severity->findData(m.severity)));
        m_status->setCurrentIndex(std::max(0, m_status->findData(m.status)));
        m_zone->setCurrentText(QString::fromLatin1(m.timeZone));
    }
    m_updating = wasUpdating;
    refreshMetrics();
}

void OverviewPane::refreshMetrics()
{
    const IncidentMetrics metrics(m_doc->report());
    auto shown = [](const IncidentMetrics::Figure &f) {
        if (!f.error.isEmpty())
            return QStringLiteral("<span style=\"color:#d03030\">⚠ %1</span>")
                .arg(f.error.toHtmlEscaped());
        const QString note = f.note();
        return f.text().toHtmlEscaped() +
               (note.isEmpty() ? QString()
                               : QStringLiteral(" <i>(%1)</i>").arg(note.toHtmlEscaped()));
    };
    QString text = tr("to detect %1 · to mitigate %2 · to resolve %3 · duration %4")
                       .arg(shown(metrics.timeToDetect()), shown(metrics.timeToMitigate()),
                            shown(metrics.timeToResolve()), shown(metrics.duration()));
    for (const QString &p : metrics.problems())
        text +=
            QStringLiteral("<br><span style=\"color:#d03030\">⚠ %1</span>").arg(p.toHtmlEscaped());
    m_metrics->setText(text);
}

} // namespace debrief
