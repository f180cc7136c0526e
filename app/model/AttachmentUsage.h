// SPDX-FileCopyrightText: 2026 The Debrief authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace debrief {

struct Report;

// Where a report's text refers to its attachments ("![…](attachment:<sha256>)"): which
// sections and timeline entries use each image, which attachments nothing uses (a warning:
// they still travel with the file), and which references point at no attachment (an error:
// the reader sees a hole).
class AttachmentUsage
{
public:
    struct Use
    {
        enum class Place { Section, TimelineEntry };
        Place place = Place::Section;
        int index = 0; // the section's or the entry's row

        bool operator==(const Use &) const = default;
    };
    struct Missing
    {
        Use use;
        QString id;
    };
    struct Remote
    {
        Use use;
        QString url; // http(s): never fetched unless the user asks
    };

    explicit AttachmentUsage(const Report &report);

    // The attachment ids a Markdown text refers to, each once, in order of first use.
    static QStringList referencedIds(const QString &markdown);
    // The destinations of a Markdown text's images, each once, in order (cmark's reading).
    static QStringList imageUrls(const QString &markdown);
    static bool isRemote(const QString &url);

    QList<Use> usesOf(const QString &id) const { return m_uses.value(id); }
    bool isUsed(const QString &id) const { return m_uses.contains(id); }
    QStringList unusedIds() const { return m_unused; } // in the attachment table's order
    QList<Missing> missing() const { return m_missing; }
    QList<Remote> remote() const { return m_remote; }
    QStringList remoteUrls() const; // each once, in order of first use
    // "Section “Impact”", "Timeline entry 4", for lists and messages.
    static QString placeText(const Report &report, const Use &use);

private:
    void scan(const QString &markdown, const Use &use, const Report &report);

    QHash<QString, QList<Use>> m_uses;
    QStringList m_unused;
    QList<Missing> m_missing;
    QList<Remote> m_remote;
};

} // namespace debrief
