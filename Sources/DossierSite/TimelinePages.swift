import DossierExtract
import DossierModel

/// The dossier's timeline: every dated event by year, what is still to come, filters by person.
package struct TimelinePages: PageGenerator {
    package let lookup: SiteLookup

    package func routes() -> [SiteRoute] { [.timeline] }

    package func page(for route: SiteRoute) -> SitePage? {
        guard route == .timeline else { return nil }
        let links = Linker(page: route, address: lookup.address)
        let dossier = lookup.dossier
        let views = dossier.events.indices.map { lookup.eventView($0, links: links) }
        var years: [YearGroup] = []
        for (event, view) in zip(dossier.events, views) {
            let year = Self.yearLabel(event)
            if years.last?.year == year {
                years[years.count - 1].events.append(view)
            } else {
                years.append(YearGroup(year: year, id: "y" + Slug.make(year), events: [view]))
            }
        }
        // Drawn to scale: the years, then the days of the story (its articles' dates and a week around them).
        let marks = dossier.events.map { event in
            Charts.Mark(
                id: event.id, label: EventDateLabel.label(for: event), text: event.text, position: Charts.position(of: event),
                day: Charts.dayNumber(of: event), expected: event.upcoming, href: "#" + Anchor.event(event.id))
        }
        let articleDays = dossier.articles.compactMap { $0.shownDate?.dayNumber }
        var storyDays: ClosedRange<Int>?
        if let first = articleDays.min(), let last = articleDays.max(), last - first <= 60 {
            storyDays = (first - 7)...(last + 7)
        }
        let chart = Charts.timeline(marks, storyDays: storyDays, storyLabel: "The days of the story")
        let inEvents = Set(dossier.events.flatMap(\.people))
        let people = dossier.people.filter { inEvents.contains($0.id) }.map { person -> PersonRow in
            var row = lookup.personRow(person, links: links)
            row.href = links.href(.person(person.id), fragment: Anchor.personTimeline)
            return row
        }
        let frame = PageFrame(
            links: links, title: "Timeline", description: "Every dated event in the articles, from the earliest to what is still to come.",
            siteTitle: dossier.title, section: "timeline", address: lookup.address)
        return SitePage(
            route: route, template: "timeline",
            context: TimelineContext(
                page: frame, years: years, chart: chart, hasChart: !chart.isEmpty, people: people,
                count: dossier.events.count))
    }

    /// "2019", "1990s", "1950": the year an event is filed under.
    package static func yearLabel(_ event: Event) -> String {
        let year = String(event.date.prefix(4))
        return event.precision == .decade ? year + "s" : year
    }
}

/// Human labels for event dates at their precision: "25 April 2019", "February 2019", "2011", "c. 1959",
/// "1950–1953", "1990s–2000s", "end of 2019".
package enum EventDateLabel {
    package static func label(for event: Event) -> String {
        var text = event.label.map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? ""
        if text.isEmpty {
            text = single(event.date, precision: event.precision)
            if let end = event.end { text += (event.precision == .month ? " – " : "–") + single(end, precision: event.precision) }
        }
        if let time = event.time { text += ", " + time }
        return event.approximate && event.label == nil ? "c. " + text : text
    }

    private static func single(_ date: String, precision: DatePrecision) -> String {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        let month = parts.count >= 2 && (1...12).contains(parts[1]) ? CivilCalendar.monthNames[parts[1] - 1] : nil
        switch (precision, parts.count) {
        case (.day, 3): if let month { return "\(parts[2]) \(month) \(parts[0])" }
        case (.month, 2...): if let month { return "\(month) \(parts[0])" }
        case (.decade, _): return "\(parts.first ?? 0)s"
        case (.century, _): return "\((parts.first ?? 0) / 100 + 1)th century"
        default: break
        }
        return String(parts.first ?? 0)
    }
}
