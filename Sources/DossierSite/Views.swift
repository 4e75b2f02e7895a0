/// The values templates show. Plain strings only; templates escape them (`{{…}}`) except cmark-gfm's
/// HTML and Dossier's own JSON-LD (`{{{…}}}`). Each answers its fields by name (`TemplateLookup.swift`).

package struct CitationView: Sendable {
    package var href: String
    package var label: String
    package var sentence: String
}

package struct SourcedView: Sendable {
    package var text: String
    package var source: CitationView
    /// Set on a quote that other outlets report in different words: "also reported as".
    package var variants: [SourcedView]
    package var hasVariants: Bool
    /// Other outlets that print the same words: their citations, after the first one.
    package var alsoIn: [CitationView] = []
}

package struct PersonRow: Sendable {
    package var href: String
    package var name: String
    package var role: String?
    package var articleCount: Int
    package var mentionCount: Int
    package var quoteCount: Int
    /// "3 articles · 12 mentions · 2 quotes"
    package var counts: String
}

package struct PersonLink: Sendable {
    package var href: String
    package var name: String
}

/// The mentions of a person in one article: the first few sentences, and how many more.
package struct MentionGroup: Sendable {
    package var articleTitle: String
    package var articleHref: String
    package var outlet: String?
    package var count: Int
    package var mentions: [CitationView]
    /// Mentions in this article beyond those shown ("and 4 more").
    package var more: Int
}

package struct EventView: Sendable {
    /// `event-2019-04-25-3fa2c1`: the event's anchor, the same on every page that lists it; `nil` where the
    /// event is listed a second time on the page (the timeline's "Upcoming" section).
    package var id: String?
    package var label: String
    package var dateISO: String
    package var text: String
    package var upcoming: Bool
    package var approximate: Bool
    package var sources: [CitationView]
    /// Sources not listed here (on pages that show only their own article's), with a link to the entry.
    package var otherSources: Int
    package var otherSourcesLabel: String?
    package var timelineHref: String
    package var people: [PersonLink]
    package var hasPeople: Bool
    /// "and 190 more", linking to the timeline entry, when the event names more people than are listed.
    package var morePeopleLabel: String?
    /// "expected, as of 24 April 2019": an event still to come when its sources were written.
    package var expectedLabel: String?
}

package struct YearGroup: Sendable {
    package var year: String
    package var id: String
    package var events: [EventView]
}

package struct FigureRow: Sendable {
    package var display: String
    package var subject: String
    package var when: String?
    package var qualifier: String?
    package var vague: Bool
    package var source: CitationView
}

package struct FigureGroupView: Sendable {
    package var id: String
    package var label: String
    package var rows: [FigureRow]
    /// "Sources differ for 2018: 30,000 (The Washington Times) · about 11,500 (7Dnews/Reuters)"
    package var disagreements: [String]
    package var hasDisagreements: Bool
    package var href: String
    /// The group as bars (inline SVG), where several sources or times give it.
    package var chart: String = ""
}

package struct SourceRow: Sendable {
    package var href: String
    package var title: String
    package var titleDerived: Bool
    /// "AP · Jane Doe": outlet and authors, whichever the source names.
    package var credit: String?
    package var date: String?
    package var dateISO: String?
    package var dateInferred: Bool
}

/// Another printing of an article's story: "Reuters · 24 April 2019 · Headline as printed there".
package struct VersionRow: Sendable {
    package var credit: String
    package var title: String
    package var date: String?
    package var dateISO: String?
    /// The version's own page.
    package var href: String?
}

/// A photo caption on its article's page, with the id citations of what it tells link to.
package struct CaptionView: Sendable {
    package var id: String
    package var text: String
}

package struct BlockView: Sendable {
    package var isParagraph = false
    package var isHeading = false
    package var isOther = false
    package var id: String?
    package var html: String
    /// "¶7", shown in excerpts, where numbers skip.
    package var number: String?
}

package struct SearchItem: Sendable {
    package var entry: Int
    package var title: String
    package var detail: String
    package var href: String
}

package struct SearchGroup: Sendable {
    package var id: String
    package var label: String
    package var items: [SearchItem]
    package var count: Int
}

package struct IndexContext: PageContext {
    package var page: PageFrame
    package var title: String
    package var lede: String
    package var sources: [SourceRow]
    package var keyPeople: [PersonRow]
    package var hasPeople: Bool
    package var peopleCount: Int
    package var peopleHref: String
    package var keyFigures: [FigureGroupView]
    package var hasFigures: Bool
    package var figuresHref: String
    package var keyEvents: [EventView]
    package var hasEvents: Bool
    package var timelineHref: String
}

package struct ArticleContext: PageContext {
    package var page: PageFrame
    package var title: String
    package var titleDerived: Bool
    package var deck: String?
    package var section: String?
    package var outlet: String?
    package var authors: String?
    package var contributors: String?
    package var date: String?
    package var dateISO: String?
    package var dateInferred: Bool
    /// "Not stated by the source" when the page gave no date (one inferred from its text is not shown).
    package var dateNote: String?
    package var dateline: String?
    package var url: String?
    package var markdownHref: String
    /// This source's row on sources.html: what it alone reports.
    package var sourceHref: String
    /// `publish: excerpts`: only the cited paragraphs are shown.
    package var excerpts: Bool
    package var excerptCount: Int
    package var paragraphCount: Int
    /// Other printings of this story, merged into this article.
    package var versions: [VersionRow]
    package var hasVersions: Bool
    /// On a version's page: the fuller printing its shared facts are counted with.
    package var versionOfTitle: String?
    package var versionOfHref: String?
    package var blocks: [BlockView]
    package var captions: [CaptionView]
    package var hasCaptions: Bool
    package var people: [PersonRow]
    package var hasPeople: Bool
    package var events: [EventView]
    package var hasEvents: Bool
}

package struct PeopleIndexContext: PageContext {
    package var page: PageFrame
    package var people: [PersonRow]
}

package struct PersonContext: PageContext {
    package var page: PageFrame
    package var name: String
    package var aliases: String?
    package var role: String?
    package var roles: [SourcedView]
    package var hasRoles: Bool
    package var quotes: [SourcedView]
    package var hasQuotes: Bool
    package var mentionGroups: [MentionGroup]
    /// "Named in 5 articles · 62 mentions"
    package var summary: String
    package var alongside: [PersonRow]
    package var hasAlongside: Bool
    package var events: [EventView]
    package var hasEvents: Bool
}

package struct TimelineContext: PageContext {
    package var page: PageFrame
    package var years: [YearGroup]
    /// The timeline drawn to scale (inline SVG, escaped when built).
    package var chart: String
    package var hasChart: Bool
    package var people: [PersonRow]
    package var count: Int
}

package struct FiguresContext: PageContext {
    package var page: PageFrame
    package var groups: [FigureGroupView]
    package var count: Int
    package var csvHref: String
    package var dataHref: String
}

package struct SearchContext: PageContext {
    package var page: PageFrame
    package var groups: [SearchGroup]
    package var total: Int
    package var indexScriptHref: String
    package var searchScriptHref: String
}

package struct NotFoundContext: PageContext {
    package var page: PageFrame
}
