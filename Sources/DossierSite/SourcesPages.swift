import DossierExtract
import DossierModel
import DossierTemplates

/// `sources.html`: who reports what. A matrix of the sources (rows) against the key people, events and
/// figures (columns), each cell a link to the paragraph where that source reports it; then, for each
/// source, what it alone reports. Its size is the articles times a fixed number of columns.
package struct SourcesPages: PageGenerator {
    package let lookup: SiteLookup

    /// Columns of each kind.
    static let keyPeople = 8
    static let keyEvents = 6
    static let keyFigures = 6
    /// Items listed under "only here", per kind and source.
    static let onlyLimit = 10

    package func routes() -> [SiteRoute] { [.sources] }

    package func page(for route: SiteRoute) -> SitePage? {
        guard route == .sources else { return nil }
        let links = Linker(page: route, address: lookup.address)
        let dossier = lookup.dossier
        // What each source reports: its first paragraph for each person, event and figure group.
        var personAt: [String: [String: Int]] = [:]
        for person in dossier.people {
            for mention in person.mentions where personAt[mention.article]?[person.id] == nil {
                personAt[mention.article, default: [:]][person.id] = mention.paragraph
            }
        }
        var eventAt: [String: [String: Int]] = [:]
        for event in dossier.events {
            for source in event.citations where eventAt[source.article]?[event.id] == nil {
                eventAt[source.article, default: [:]][event.id] = source.paragraph
            }
        }
        var groupAt: [String: [String: Int]] = [:]
        var groupSources: [String: Set<String>] = [:]
        for group in lookup.figureGroups {
            for figure in group.figures {
                groupSources[group.id, default: []].insert(figure.citation.article)
                if groupAt[figure.citation.article]?[group.id] == nil {
                    groupAt[figure.citation.article, default: [:]][group.id] = figure.citation.paragraph
                }
            }
        }
        let people = Array(dossier.people.prefix(Self.keyPeople))
        let events = dossier.events.filter { Set($0.citations.map(\.article)).count > 1 }
            .sorted { (Set($0.citations.map(\.article)).count, $1.id) > (Set($1.citations.map(\.article)).count, $0.id) }
            .prefix(Self.keyEvents)
        let groups = lookup.figureGroups.prefix(Self.keyFigures)
        var columns: [SourceColumn] = []
        columns += people.map { SourceColumn(label: $0.name, href: links.href(.person($0.id)), kind: "person") }
        columns += events.map {
            SourceColumn(label: EventDateLabel.label(for: $0), href: links.href(.timeline, fragment: Anchor.event($0.id)), kind: "event")
        }
        columns += groups.map { SourceColumn(label: $0.label, href: links.href(.figures, fragment: $0.id), kind: "figures") }
        // What one source alone reports, gathered once (not one scan of the dossier per source).
        var onlyPeopleOf: [String: [Person]] = [:]
        for person in dossier.people where person.articles.count == 1 { onlyPeopleOf[person.articles[0], default: []].append(person) }
        var onlyEventsOf: [String: [Event]] = [:]
        for event in dossier.events {
            let sources = Set(event.citations.map(\.article))
            if sources.count == 1, let only = sources.first { onlyEventsOf[only, default: []].append(event) }
        }
        var onlyGroupsOf: [String: [FigureGroup]] = [:]
        for group in lookup.figureGroups {
            if let sources = groupSources[group.id], sources.count == 1, let only = sources.first { onlyGroupsOf[only, default: []].append(group) }
        }
        let rows = dossier.articles.map { article -> SourceMatrixRow in
            func cell(_ paragraph: Int?) -> SourceCell {
                guard let paragraph else { return SourceCell(href: nil, label: "not reported") }
                return SourceCell(href: links.href(.article(article.id), fragment: Anchor.paragraph(paragraph)), label: lookup.placeLabel(paragraph, in: article.id))
            }
            var cells: [SourceCell] = people.map { cell(personAt[article.id]?[$0.id]) }
            cells += events.map { cell(eventAt[article.id]?[$0.id]) }
            cells += groups.map { cell(groupAt[article.id]?[$0.id]) }
            // What this source alone reports.
            let onlyPeople = (onlyPeopleOf[article.id] ?? []).prefix(Self.onlyLimit)
                .map { SourceItem(label: $0.name, href: links.href(.person($0.id))) }
            let onlyEvents = (onlyEventsOf[article.id] ?? []).prefix(Self.onlyLimit)
                .map { SourceItem(label: EventDateLabel.label(for: $0) + ": " + String($0.text.prefix(90)), href: links.href(.timeline, fragment: Anchor.event($0.id))) }
            let onlyFigures = (onlyGroupsOf[article.id] ?? []).prefix(Self.onlyLimit)
                .map { SourceItem(label: $0.label, href: links.href(.figures, fragment: $0.id)) }
            let onlyCount = onlyPeople.count + onlyEvents.count + onlyFigures.count
            return SourceMatrixRow(
                id: Anchor.source(article.id), title: article.title, label: lookup.sourceLabel(article.id),
                href: links.href(.article(article.id)), cells: cells, onlyCount: onlyCount,
                onlyPeople: onlyPeople, hasOnlyPeople: !onlyPeople.isEmpty, onlyEvents: onlyEvents, hasOnlyEvents: !onlyEvents.isEmpty,
                onlyFigures: onlyFigures, hasOnlyFigures: !onlyFigures.isEmpty, hasOnly: onlyCount > 0)
        }
        let frame = PageFrame(
            links: links, title: "Sources", description: "Who reports what: each source against the key people, events and figures, and what each source alone reports.",
            siteTitle: dossier.title, section: "sources", address: lookup.address)
        return SitePage(route: route, template: "sources", context: SourcesContext(page: frame, columns: columns, rows: rows, count: rows.count))
    }
}

package struct SourceColumn: Sendable {
    package var label: String
    package var href: String
    package var kind: String
}

package struct SourceCell: Sendable {
    package var href: String?
    package var label: String
}

package struct SourceItem: Sendable {
    package var label: String
    package var href: String
}

package struct SourceMatrixRow: Sendable {
    package var id: String
    package var title: String
    package var label: String
    package var href: String
    package var cells: [SourceCell]
    package var onlyCount: Int
    package var onlyPeople: [SourceItem]
    package var hasOnlyPeople: Bool
    package var onlyEvents: [SourceItem]
    package var hasOnlyEvents: Bool
    package var onlyFigures: [SourceItem]
    package var hasOnlyFigures: Bool
    package var hasOnly: Bool
}

package struct SourcesContext: PageContext {
    package var page: PageFrame
    package var columns: [SourceColumn]
    package var rows: [SourceMatrixRow]
    package var count: Int
}

extension SourceColumn: TemplateObject {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "label": label.templateValue
        case "href": href.templateValue
        case "kind": kind.templateValue
        default: nil
        }
    }
}

extension SourceCell: TemplateObject {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "href": href.templateValue
        case "label": label.templateValue
        default: nil
        }
    }
}

extension SourceItem: TemplateObject {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "label": label.templateValue
        case "href": href.templateValue
        default: nil
        }
    }
}

extension SourceMatrixRow: TemplateObject {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "id": id.templateValue
        case "title": title.templateValue
        case "label": label.templateValue
        case "href": href.templateValue
        case "cells": cells.templateValue
        case "onlyCount": onlyCount.templateValue
        case "onlyPeople": onlyPeople.templateValue
        case "hasOnlyPeople": hasOnlyPeople.templateValue
        case "onlyEvents": onlyEvents.templateValue
        case "hasOnlyEvents": hasOnlyEvents.templateValue
        case "onlyFigures": onlyFigures.templateValue
        case "hasOnlyFigures": hasOnlyFigures.templateValue
        case "hasOnly": hasOnly.templateValue
        default: nil
        }
    }
}

extension SourcesContext {
    public func templateValue(for key: String) -> TemplateValue? {
        switch key {
        case "page": page.templateValue
        case "columns": columns.templateValue
        case "rows": rows.templateValue
        case "count": count.templateValue
        default: nil
        }
    }
}
