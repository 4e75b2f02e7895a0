import DossierModel
import DossierText
import DossierExtract
import DossierMarkdown
import DossierTemplates
package struct EventView: Sendable {
    /// `event-3`: the event's anchor, the same on every page that lists it; `nil` where the event is
    /// listed a second time on the page (the timeline's "Upcoming" section).
    package var id: String?
    package var label: String
    package var dateISO: String
    package var text: String
    package var upcoming: Bool
    package var approximate: Bool
    package var sources: [CitationView]
    package var people: [PersonLink]
    package var hasPeople: Bool
}

package struct PersonLink: Sendable {
    package var href: String
    package var name: String
}

package struct YearGroup: Sendable {
    package var year: String
    package var id: String
    package var events: [EventView]
}

package struct TimelineContext: PageContext {
    package var page: PageFrame
    package var years: [YearGroup]
    package var upcoming: [EventView]
    package var hasUpcoming: Bool
    package var people: [PersonRow]
    package var count: Int
}

/// The dossier's timeline, and the short timelines on person, article and index pages.
package enum TimelinePages {
    /// Articles and person names by id, built once per build rather than once per page or event.
    package struct Lookup {
        var articles: [String: Article]
        var names: [String: String]

        package init(_ dossier: Dossier) {
            articles = Dictionary(dossier.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            names = Dictionary(dossier.people.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        }
    }

    package static func page(for dossier: Dossier, lookup: Lookup, siteTitle: String) -> SitePage {
        let views = dossier.events.enumerated().map { view($1, number: $0, lookup: lookup, root: "") }
        var years: [YearGroup] = []
        for (event, view) in zip(dossier.events, views) {
            let year = yearLabel(event)
            if years.last?.year == year {
                years[years.count - 1].events.append(view)
            } else {
                years.append(YearGroup(year: year, id: "y" + Slug.make(year), events: [view]))
            }
        }
        let upcoming = views.filter(\.upcoming).map { view -> EventView in
            var view = view
            view.id = nil
            return view
        }
        let inEvents = Set(dossier.events.flatMap(\.people))
        let people = dossier.people.filter { inEvents.contains($0.id) }
            .map { person -> PersonRow in
                var row = PeoplePages.row(person, root: "people/")
                row.href += "#timeline"
                return row
            }
        let frame = PageFrame(
            root: "", title: "Timeline", description: "Every dated event in the articles, from the earliest to what is still to come.",
            siteTitle: siteTitle, section: "timeline")
        return SitePage(
            path: "timeline.html", template: "timeline",
            context: TimelineContext(
                page: frame, years: years, upcoming: upcoming, hasUpcoming: !upcoming.isEmpty, people: people,
                count: dossier.events.count))
    }

    /// The anchor of the event at `index` in the dossier's events.
    package static func anchor(_ index: Int) -> String {
        "event-\(index + 1)"
    }

    /// "2019", "1990s", "1950": the year an event is filed under.
    package static func yearLabel(_ event: Event) -> String {
        let year = String(event.date.prefix(4))
        return event.precision == .decade ? year + "s" : year
    }

    /// The view of the event at position `number` in the dossier's events (its anchor).
    package static func view(_ event: Event, number: Int, lookup: Lookup, root: String) -> EventView {
        let sources = event.citations.map { source in
            FigurePages.citation(
                Citation(article: source.article, paragraph: source.paragraph, sentence: source.sentence),
                articles: lookup.articles, root: root)
        }
        let people = event.people.compactMap { id in lookup.names[id].map { PersonLink(href: root + "people/\(id).html", name: $0) } }
        return EventView(
            id: anchor(number),
            label: EventDateLabel.label(for: event), dateISO: event.date, text: event.text, upcoming: event.upcoming,
            approximate: event.approximate, sources: sources, people: people, hasPeople: !people.isEmpty)
    }
}
