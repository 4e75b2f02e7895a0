struct EventView: Sendable {
    var label: String
    var dateISO: String
    var text: String
    var upcoming: Bool
    var approximate: Bool
    var sources: [CitationView]
    var people: [PersonLink]
    var hasPeople: Bool
}

struct PersonLink: Sendable {
    var href: String
    var name: String
}

struct YearGroup: Sendable {
    var year: String
    var id: String
    var events: [EventView]
}

struct TimelineContext: PageContext {
    var page: PageFrame
    var years: [YearGroup]
    var upcoming: [EventView]
    var hasUpcoming: Bool
    var people: [PersonRow]
    var count: Int
}

/// The dossier's timeline, and the short timelines on person, article and index pages.
enum TimelinePages {
    static func page(for dossier: Dossier, siteTitle: String) -> SitePage {
        let views = dossier.events.map { view($0, dossier: dossier, root: "") }
        var years: [YearGroup] = []
        for (event, view) in zip(dossier.events, views) {
            let year = yearLabel(event)
            if years.last?.year == year {
                years[years.count - 1].events.append(view)
            } else {
                years.append(YearGroup(year: year, id: "y" + Slug.make(year), events: [view]))
            }
        }
        let upcoming = views.filter(\.upcoming)
        let people = dossier.people.filter { person in dossier.events.contains { $0.people.contains(person.id) } }
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

    /// "2019", "1990s", "1950": the year an event is filed under.
    static func yearLabel(_ event: Event) -> String {
        let year = String(event.date.prefix(4))
        return event.precision == .decade ? year + "s" : year
    }

    static func view(_ event: Event, dossier: Dossier, root: String) -> EventView {
        let articles = Dictionary(dossier.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let names = Dictionary(dossier.people.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let sources = event.citations.map { citation in
            CitationView(
                href: root + "articles/\(citation.article).html#p\(citation.paragraph)",
                label: (articles[citation.article].map(SiteModel.sourceLabel) ?? citation.article) + ", ¶\(citation.paragraph)",
                sentence: citation.sentence)
        }
        let people = event.people.compactMap { id in names[id].map { PersonLink(href: root + "people/\(id).html", name: $0) } }
        return EventView(
            label: EventDateLabel.label(for: event), dateISO: event.date, text: event.text, upcoming: event.upcoming,
            approximate: event.approximate, sources: sources, people: people, hasPeople: !people.isEmpty)
    }
}
