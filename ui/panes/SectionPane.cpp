// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "panes/SectionPane.h"

#include "document/ReportDocument.h"
#include "editor/MarkdownEditor.h"
#include "panes/UndoShortcutFilter.h"

#include <QLabel>
#include <QLineEdit>
#include <QToolBar>
#include <QVBoxLayout>

namespace debrief {

SectionPane::SectionPane(ReportDocument *doc, SpellChecker *spelling, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_title(new QLineEdit)
    , m_help(new QLabel)
    , m_editor(new MarkdownEditor(spelling))
    , m_toolbar(new QToolBar)
    , m_words(new QLabel)
{
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setAccessibleName(tr("Section title"));
    m_title->setPlaceholderText(tr("Section title"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setFrame(false);
    m_help->setObjectName(QStringLiteral("sectionHelp"));
    m_help->setWordWrap(true);
    m_help->setForegroundRole(QPalette::PlaceholderText);
    m_editor->setObjectName(QStringLiteral("sectionEditor"));
    m_editor->setAccessibleName(tr("Section text"));
    m_toolbar->setIconSize(QSize(16, 16));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_toolbar->addActions(m_editor->formattingActions());
    m_words->setObjectName(QStringLiteral("wordCount"));

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_toolbar);
    footer->addStretch();
    footer->addWidget(m_words);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_help);
    layout->addWidget(m_editor, 1);
    layout->addLayout(footer);
    UndoShortcutFilter::installOn(this);

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &title) {
        if (section() < 0 || title.trimmed().isEmpty())
            return;
        m_pushing = true;
        m_doc->setSectionTitle(section(), title);
        m_pushing = false;
    });
    connect(m_editor, &MarkdownEditor::userEdited, this, &SectionPane::pushEdit);
    connect(m_editor, &MarkdownEditor::wordCountChanged, this, [this](int n) {
        m_words->setText(MarkdownEditor::wordCountText(n));
        Q_EMIT wordCountChanged(n);
    });
    connect(doc, &ReportDocument::sectionTextChanged, this,
            [this](int index, int position, int removed, int added) {
                if (m_pushing || index != section())
                    return;
                m_editor->applySplice(position, removed,
                                      m_doc->report().sections[index].text.mid(position, added));
            });
    connect(doc, &ReportDocument::rowChanged, this, [this](ReportPart part, int row) {
        if (part == ReportPart::Sections && row == section() && !m_pushing)
            load();
    });
    connect(doc, &ReportDocument::reportReset, this, [this] { m_sectionId.clear(); });
}

int SectionPane::section() const
{
    return m_sectionId.isEmpty() ? -1 : m_doc->report().sectionIndex(m_sectionId);
}

void SectionPane::setSection(int index)
{
    const auto &sections = m_doc->report().sections;
    m_sectionId = index >= 0 && index < sections.size() ? sections[index].id : QString();
    load();
}

void SectionPane::load()
{
    const int index = section();
    if (index < 0) {
        m_title->clear();
        m_editor->setMarkdown({});
        return;
    }
    const Section &s = m_doc->report().sections[index];
    if (m_title->text() != s.title)
        m_title->setText(s.title);
    m_help->setText(s.help);
    m_help->setVisible(!s.help.isEmpty());
    m_editor->setPlaceholderText(s.help.isEmpty() ? tr("Write this section in Markdown.") : s.help);
    if (m_editor->toPlainText() != s.text)
        m_editor->setMarkdown(s.text);
    m_words->setText(MarkdownEditor::wordCountText(m_editor->wordCount()));
}

void SectionPane::pushEdit()
{
    const int index = section();
    if (index < 0)
        return;
    m_pushing = true;
    m_doc->setSectionText(index, m_editor->toPlainText());
    m_pushing = false;
}

} // namespace debrief
