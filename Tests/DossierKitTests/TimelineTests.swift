import Foundation
import Testing

@testable import DossierKit
@testable import DossierModel
@testable import DossierText
@testable import DossierIngest
@testable import DossierMarkdown
@testable import DossierExtract
@testable import DossierTemplates
@testable import DossierSite
@testable import DossierRender

@Suite("Timeline: temporal expressions, anchoring and events")
struct TimelineTests {
    /// Wednesday 24 April 2019, the seeds' publication date.
    private let wednesday = PublicationDate(year: 2019, month: 4, day: 24)

    private func resolve(_ sentence: String, published: PublicationDate? = PublicationDate(year: 2019, month: 4, day: 24)) -> [String: TimePoint?] {
        Dictionary(TemporalResolver.expressions(in: sentence, published: published).map { ($0.text, $0.point) }, uniquingKeysWith: { first, _ in first })
    }

    private func point(_ sentence: String, _ expression: String, published: PublicationDate? = PublicationDate(year: 2019, month: 4, day: 24)) -> TimePoint? {
        resolve(sentence, published: published)[expression] ?? nil
    }

    @Test("Full dates in common news formats")
    func fullDates() {
        #expect(point("It happened on April 24, 2019, officials said.", "April 24, 2019")?.date == "2019-04-24")
        #expect(point("Filed Wed, 24 Apr 2019 in London.", "Wed, 24 Apr 2019")?.date == "2019-04-24")
        #expect(point("The wall fell on Nov. 10, 2009 after talks.", "Nov. 10, 2009")?.date == "2009-11-10")
        #expect(point("The ceasefire began on 23 December and held.", "23 December")?.date == "2018-12-23")
        #expect(point("Reuters reported on April 24th.", "April 24th")?.precision == .day)
    }

    @Test("Years, ranges, decades and named periods")
    func yearsAndRanges() {
        #expect(point("He visited in 2011 and left.", "2011")?.precision == .year)
        let war = point("After the 1950-53 Korean War the country was rebuilt.", "1950-53")
        #expect(war?.date == "1950" && war?.end == "1953")
        let span = point("The tanker made transfers between October 2017 and May 2018, it said.", "between October 2017 and May 2018")
        #expect(span?.date == "2017-10" && span?.end == "2018-05" && span?.precision == .month)
        let decades = point("Ties grew throughout the 1990s and 2000s.", "the 1990s and 2000s")
        #expect(decades?.precision == .decade && decades?.end == "2009")
        #expect(point("In the aftermath of World War II, borders moved.", "World War II")?.end == "1945")
        #expect(point("By March 2020 the plan had stalled.", "March 2020")?.date == "2020-03")
    }

    @Test("Numbers that are not years")
    func notYears() {
        let found = TemporalResolver.expressions(in: "Trade fell to $34 million, or 1.4%, along a 17 kilometer border with 2019 workers.", published: wednesday)
        #expect(found.map(\.text) == [])
        #expect(resolve("It cost $2015 and 2016 percent.").isEmpty)
    }

    @Test("Relative expressions resolve against the publication date")
    func relative() {
        #expect(point("Trade fell last year, data showed.", "last year")?.date == "2018")
        #expect(point("He spoke late last year at the U.N.", "late last year")?.label == "late 2018")
        #expect(point("The report came last month.", "last month")?.date == "2019-03")
        #expect(point("He visited earlier this month.", "earlier this month")?.date == "2019-04")
        #expect(point("The deal fell apart two months ago.", "two months ago")?.date == "2019-02")
        let bridge = point("A bridge was built nearly 60 years ago.", "nearly 60 years ago")
        #expect(bridge?.date == "1959" && bridge?.approximate == true)
        #expect(point("The summit comes eight weeks after the last one.", "eight weeks after")?.date == "2019-02-27")
        let deadline = point("Workers must leave by the end of this year.", "by the end of this year")
        #expect(deadline?.label == "end of 2019" && deadline?.date == "2019-12-31")
        #expect(point("A shortage is feared this summer.", "this summer")?.date == "2019-06")
        #expect(point("The talks collapsed in February.", "in February")?.date == "2019-02")
        #expect(point("Lavrov said in December that talks should resume.", "in December")?.date == "2018-12")
    }

    @Test("Weekdays follow the tense: met Wednesday is past, will meet Thursday is future")
    func weekdays() {
        #expect(point("North Korea's leader will meet Putin on Thursday.", "Thursday")?.date == "2019-04-25")
        #expect(point("Lawmakers met Wednesday in Moscow.", "Wednesday")?.date == "2019-04-24")
        #expect(point("The newspaper reported Tuesday that talks were under way.", "Tuesday")?.date == "2019-04-23")
        #expect(point("Officials met on Friday to prepare.", "Friday")?.date == "2019-04-19")
        #expect(point("Officials will gather on Friday to prepare.", "Friday")?.date == "2019-04-26")
    }

    @Test("An undated article leaves relative dates unresolved")
    func undated() {
        let found = TemporalResolver.expressions(in: "Talks failed last year and resume on Thursday, 30 years after 1990.", published: nil)
        #expect(found.first { $0.text == "last year" }?.point == nil)
        #expect(found.first { $0.text == "Thursday" }?.point == nil)
        #expect(found.first { $0.text == "1990" }?.point?.date == "1990")
        let article = Article(id: "u", sourceFile: "u.txt", title: "u", blocks: [.paragraph("The ministers met last week and will meet again next month.")])
        #expect(EventExtractor.events(in: [article], people: []).isEmpty)
    }

    @Test("Seed timeline: from the Korean War to the 2020 trade goal, with the right dates")
    func seedTimeline() throws {
        let events = try Fixtures.builtSite().dossier.events
        func event(_ date: String, containing words: String) -> Event? {
            events.first { $0.date == date && $0.citations.contains { $0.sentence.contains(words) } }
        }
        #expect(event("1950", containing: "Korean War")?.end == "1953")
        #expect(event("1939", containing: "World War II") != nil)
        for year in ["2000", "2001", "2002"] { #expect(event(year, containing: "Kim Jong Il") != nil, "\(year)") }
        #expect(event("2011", containing: "Medvedev") != nil)
        #expect(event("2017", containing: "resolution") != nil)
        #expect(event("2018", containing: "$34 million") != nil)
        let hanoi = try #require(event("2019-02", containing: "Hanoi"))
        #expect(Set(hanoi.citations.map(\.article)).count >= 3)
        #expect(hanoi.precision == .month)
        #expect(event("2019-03", containing: "wheat") != nil)
        let arrival = try #require(event("2019-04-24", containing: "crossed into Russia"))
        #expect(arrival.citations.count >= 2 && !arrival.upcoming)
        let summit = try #require(event("2019-04-25", containing: "Thursday"))
        #expect(summit.upcoming && Set(summit.citations.map(\.article)).count >= 3)
        #expect(summit.people.contains("vladimir-putin"))
        let deadline = try #require(events.first { $0.label == "end of 2019" })
        #expect(deadline.upcoming && Set(deadline.citations.map(\.article)).count == 5)
        #expect(event("2020", containing: "$1 billion")?.upcoming == true)
        #expect(events.first { $0.citations.contains { $0.expression == "last year" } }?.date == "2018")
        // "this week" is the article's week, Monday to Sunday.
        let week = events.first { $0.citations.contains { $0.article.hasPrefix("nkoreas") && $0.expression == "this week" } }
        #expect(week.map { $0.date == "2019-04-22" && $0.end == "2019-04-28" } ?? true)
    }

    @Test("Date labels show their precision")
    func labels() {
        func label(_ date: String, _ end: String? = nil, _ precision: DatePrecision, approximate: Bool = false) -> String {
            EventDateLabel.label(for: Event(id: "", date: date, end: end, precision: precision, approximate: approximate, upcoming: false, label: nil, text: "", people: [], citations: []))
        }
        #expect(label("2019-04-25", nil, .day) == "25 April 2019")
        #expect(label("2019-02", nil, .month) == "February 2019")
        #expect(label("2011", nil, .year) == "2011")
        #expect(label("1959", nil, .year, approximate: true) == "c. 1959")
        #expect(label("1950", "1953", .year) == "1950–1953")
    }

    @Test("The timeline page: years, upcoming, person filters; person and article timelines")
    func pages() throws {
        let site = try Fixtures.builtSite()
        let page = try Fixtures.text("timeline.html", in: site)
        #expect(page.contains("expected, as of"))
        #expect(page.contains("id=\"y2019\""))
        #expect(page.contains("href=\"people/vladimir-putin.html#timeline\""))
        #expect(page.contains("25 April 2019"))
        let putin = try Fixtures.text("people/vladimir-putin.html", in: site)
        #expect(putin.contains("id=\"timeline\""))
        let article = try Fixtures.article(titled: "NKorea")
        #expect(try Fixtures.text("articles/\(article.id).html", in: site).contains("Dates in this article"))
    }
}
