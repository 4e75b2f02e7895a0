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

@Suite("Ingest: each seed format")
struct IngestTests {
    @Test("Markdown-ish page: headline, deck, byline, ET time, dateline, caption, \\$ escapes")
    func markdownWithDateline() throws {
        let article = try Fixtures.seed("000").article
        #expect(article.title == "North Korea's Kim to Appeal for Economic Relief at Summit With Putin")
        #expect(article.titleDerived == false)
        #expect(article.deck?.hasPrefix("Talks are meant to increase pressure") == true)
        #expect(article.section == "World")
        #expect(article.authors == ["Thomas Grove"])
        #expect(article.contributors == ["Ann Simmons"])
        #expect(article.published?.iso8601 == "2019-04-24T22:08:00-04:00")
        #expect(article.dateline == "Vladivostok, Russia")
        #expect(article.outlet == nil)
        #expect(article.captions.count == 1)
        #expect(article.captions.first?.contains("PHOTO: KCNA") == true)
        let paragraphs = article.paragraphs
        #expect(paragraphs.count == 21)
        #expect(paragraphs[0].hasPrefix("North Korean leader Kim Jong Un is expected to appeal"))
        #expect(paragraphs.contains { $0.contains("amounted to $34 million") })
        #expect(!paragraphs.joined().contains("\\$"))
        #expect(!paragraphs.joined().contains("contributed to this article"))
        #expect(!paragraphs.contains { $0.contains("PHOTO:") })
    }

    @Test("Markdown with links to #, related-article lines and an Original url trailer")
    func markdownWithTrailer() throws {
        let article = try Fixtures.seed("001").article
        #expect(article.title == "Kim Jong Un Looks to Putin for Help Dealing With Trump Whiplash")
        #expect(article.outlet == "Bloomberg")
        #expect(article.authors.isEmpty)
        #expect(
            article.url
                == "https://www.themoscowtimes.com/2019/04/24/kim-jong-un-looks-to-putin-for-help-dealing-with-trump-whiplash-a65364"
        )
        #expect(article.published?.iso8601 == "2019-04-24")
        #expect(article.captions == ["Kim Jong Un (Bloomberg)"])
        let headings = article.blocks.filter { $0.kind == .heading }.map(\.text)
        #expect(headings == [
            "1. Diplomatic lifeline", "2. Sanctions relief", "3. Guest worker exceptions", "4. Transportation links",
            "5. Barter system",
        ])
        let body = article.paragraphs.joined(separator: "\n")
        #expect(!body.contains("Related article"))
        #expect(!body.contains("Original url"))
        #expect(!body.contains("](#)"))
        #expect(!body.contains("**"))
        // The page broke this paragraph in two mid-sentence; it is joined again.
        #expect(body.contains("is the Security Council requirement that countries expel"))
    }

    @Test("Plain text with no headline and trailing comment-policy chrome")
    func plainTextWithoutHeadline() throws {
        let article = try Fixtures.seed("002").article
        #expect(article.titleDerived)
        #expect(article.title.hasPrefix("Kim Jong-un’s summit with Russian President Vladimir Putin"))
        #expect(article.title.hasSuffix("…"))
        #expect(article.outlet == "The Washington Times")
        #expect(article.published?.iso8601 == "2019-04-24")
        let body = article.paragraphs.joined(separator: "\n")
        for chrome in ["Copyright", "Comment Policy", "Click to", "welcomes your comments", "Spot.im"] {
            #expect(!body.contains(chrome), "chrome left in body: \(chrome)")
        }
        #expect(article.paragraphs.last?.hasPrefix("Unpublished reports by Russia and China") == true)
    }

    @Test("Site chrome first, a page date that is not the publication date, trailing tags")
    func chromeFirst() throws {
        let article = try Fixtures.seed("003").article
        #expect(article.title == "Korea’s Kim Enters Russia for Summit with Putin")
        #expect(article.section == "Politics")
        #expect(article.outlet == "7Dnews/Reuters")
        #expect(article.agency == "Reuters")
        #expect(article.published?.iso8601 == "2019-04-24T17:44:00Z")
        #expect(article.paragraphs.first?.hasPrefix("North Korean leader Kim Jong Un is set to meet") == true)
        #expect(article.paragraphs.last?.hasSuffix("fell to about 11,500.") == true)
        #expect(article.blocks.contains(.heading("Sanctions Relief")))
        let body = article.paragraphs.joined(separator: "\n")
        for chrome in ["THE STORIES BEHIND", "Abu Dhabi", "Asia Russia", "06 Dec 2019"] {
            #expect(!body.contains(chrome), "chrome left in body: \(chrome)")
        }
    }

    @Test("Printed wire page: hard-wrapped lines, --- dashes, year-less date, ALL-CAPS subheads")
    func printedWirePage() throws {
        let ingested = try Fixtures.seed("004")
        let article = ingested.article
        #expect(article.title == "NKorea's Kim Needs a Win in Putin Talks")
        #expect(article.published == nil)
        #expect(ingested.yearlessDate == HeaderDate(year: nil, month: 4, day: 23, hour: 6, minute: 41))
        #expect(article.outlet == "AP")
        #expect(article.dateline == "Tokyo")
        #expect(article.paragraphs.first?.hasPrefix("When North Korean leader Kim Jong Un meets with Russian President Vladimir Putin for their first one-on-one meeting") == true)
        #expect(article.blocks.contains(.heading("Why Now?")))
        let body = article.paragraphs.joined(separator: "\n")
        #expect(body.contains("boost trade with Russia tenfold — to $1 billion — by 2020"))
        #expect(!body.contains("---"))
        #expect(!body.contains("Printable Page"))
        #expect(!body.contains("Copyright DTN"))
        #expect(!body.contains("Powered By"))
        #expect(!article.paragraphs.contains { $0.contains("  ") || $0.hasPrefix(" ") })
    }

    @Test("A year-less date takes its year from the other articles and says so")
    func inferredYear() throws {
        let articles = PublicationYearInference.resolve([try Fixtures.seed("000"), try Fixtures.seed("004")])
        let wire = try #require(articles.last?.published)
        #expect(wire.iso8601 == "2019-04-23T06:41:00")
        #expect(wire.yearInferred)
        #expect(articles.first?.published?.yearInferred == false)
    }

    @Test("A year-less date stays unknown when no other article is dated")
    func yearlessAlone() throws {
        let articles = PublicationYearInference.resolve([try Fixtures.seed("004")])
        #expect(articles.first?.published == nil)
    }

    @Test("Hand-written article: Reuters dateline, byline pair, BST time, chrome lines")
    func handWritten() throws {
        let text = """
            Home | World | Business

            # Ferry operator cuts routes after storm damage

            By Jane Doe and Sam Roe

            Updated March 3, 2021 4:15 p.m. BST

            DOVER, England (Reuters) - A ferry operator said on Tuesday it would cut three routes after a storm \
            damaged two of its ships, leaving hundreds of passengers stranded in the port overnight.

            The company said repairs would take weeks.

            Share this article

            Copyright 2021 Example News. All rights reserved.
            """
        let article = try ArticleIngester.ingest(text: text, sourceFile: "ferry.txt").article
        #expect(article.title == "Ferry operator cuts routes after storm damage")
        #expect(article.authors == ["Jane Doe", "Sam Roe"])
        #expect(article.published?.iso8601 == "2021-03-03T16:15:00+01:00")
        #expect(article.dateline == "Dover, England")
        #expect(article.outlet == "Example News/Reuters")
        #expect(article.agency == "Reuters")
        #expect(article.paragraphs == [
            "A ferry operator said on Tuesday it would cut three routes after a storm damaged two of its ships, leaving hundreds of passengers stranded in the port overnight.",
            "The company said repairs would take weeks.",
        ])
    }

    @Test("Empty, binary and prose-less files are refused with the file named")
    func badFiles() {
        #expect(throws: IngestError.empty(file: "blank.txt")) {
            try ArticleIngester.ingest(text: "  \n\n ", sourceFile: "blank.txt")
        }
        #expect(throws: IngestError.unreadable(file: "image.txt", reason: "binary data (NUL bytes), not text")) {
            try ArticleIngester.ingest(data: Data([0x89, 0x50, 0x00, 0x47]), sourceFile: "image.txt")
        }
        #expect(throws: IngestError.notArticle(file: "menu.txt", reason: "only page furniture (menus, prompts), with no paragraph of running prose")) {
            try ArticleIngester.ingest(text: "Home\n\nWorld\n\nCopyright 2020", sourceFile: "menu.txt")
        }
        #expect(IngestError.empty(file: "blank.txt").description == "blank.txt: the file is empty")
    }

    @Test("Header dates in the formats news pages print")
    func headerDates() {
        func iso(_ text: String) -> String? { DateLineParser.publicationDate(in: text)?.date.publicationDate?.iso8601 }
        #expect(iso("April 24, 2019 10:08 p.m. ET") == "2019-04-24T22:08:00-04:00")
        #expect(iso("Jan. 5, 2020 9 a.m. ET") == "2020-01-05T09:00:00-05:00")
        #expect(iso("Wed, 24 Apr 2019 17:44 GMT") == "2019-04-24T17:44:00Z")
        #expect(iso("Wednesday, April 24, 2019") == "2019-04-24")
        #expect(iso("Published 2019-04-24T17:44:00+03:00") == "2019-04-24T17:44:00+03:00")
        #expect(iso("12 September 2023") == "2023-09-12")
        #expect(DateLineParser.publicationDate(in: "04/23 06:41")?.date.year == nil)
        #expect(DateLineParser.publicationDate(in: "February 30, 2019") == nil)
    }

    @Test("Slugs are ASCII, lowercase, hyphenated, unique and cannot be paths")
    func slugs() {
        #expect(Slug.make("Korea’s Kim Enters Russia") == "koreas-kim-enters-russia")
        #expect(Slug.make("Zürich: café ../../etc/passwd") == "zurich-cafe-etc-passwd")
        #expect(Slug.make("???") == "untitled")
        #expect(Slug.unique(["A b", "A  b", "a-b"]) == ["a-b", "a-b-2", "a-b-3"])
    }
}
