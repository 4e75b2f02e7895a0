import Foundation
import Testing

@testable import DossierIngest
@testable import DossierKit
@testable import DossierMarkdown
@testable import DossierModel
@testable import DossierExtract

/// Pages as people paste them, written for these tests (a made-up flood in a made-up town).
@Suite("Ingest: pages as pasted")
struct PageReadingTests {
    private func read(_ text: String, file: String = "page.txt") throws -> Article {
        try ArticleIngester.ingest(text: text, sourceFile: file).article
    }

    private let story = """
        The river rose three metres overnight and flooded the lower town, officials said on Tuesday.

        Mayor Ellen Hartwig said 400 homes had been evacuated and two schools would stay closed until Friday.

        "We have never seen water this high," said Tom Reyes, who runs a bakery on the quay.
        """

    // MARK: 1. Chrome in every position; captions kept as captions

    @Test("Menus, skip links, language switchers and share rows before the story are not its title or body")
    func chromeBeforeTheStory() throws {
        let page = """
            Skip to main content
            Home
            News
            Sport
            Weather
            English
            Español
            Sign in
            Subscribe
            Share on Facebook
            Share on Twitter

            Flood forces hundreds from their homes in Riverton

            By Anna Kowalski

            Published Tuesday, 4 March 2025 at 09:21 GMT

            \(story)
            """
        let article = try read(page)
        #expect(article.title == "Flood forces hundreds from their homes in Riverton")
        #expect(article.titleDerived == false)
        #expect(article.authors == ["Anna Kowalski"])
        #expect(article.published?.isoDate == "2025-03-04")
        #expect(article.paragraphs.count == 3)
        #expect(article.paragraphs[0].hasPrefix("The river rose three metres"))
        #expect(!article.paragraphs.joined().contains("Share on"))
    }

    @Test("A whole page copied from a browser: share rows, sponsor lines and reader counts are chrome; the site's name comes from its own furniture")
    func browserCopyOfAWholePage() throws {
        let page = """
            Accessibility help
            Sign In
            Riverton Courier
            News
            Sport
            Weather
            Follow Riverton Courier
            Local is sponsored by
            Flood forces hundreds from their homes in Riverton
            Share on Facebook
            Share on Google Plus
            Share via Email
            Resize Text
            Print Article
            Anna Kowalski - Mar 4, 2025 9:21 am UTC
            214 comments
            From the section Local

            \(story)

            Contact Riverton Courier
            News
            Sport
            Weather
            Riverton Courier
            © 2025 Riverton Courier Media Group Limited. All rights reserved.
            """
        let article = try read(page)
        #expect(article.title == "Flood forces hundreds from their homes in Riverton")
        #expect(article.authors == ["Anna Kowalski"])
        #expect(article.outlet == "Riverton Courier")
        #expect(article.published?.isoDate == "2025-03-04")
        #expect(article.paragraphs.count == 3)
        let cleaner = try read("Storm closes the harbour\n\nBy Erin Walsh March 18 at 3:57 PM Follow @erinwalsh\n\n\(story)")
        #expect(cleaner.authors == ["Erin Walsh"])
        // Furniture after the story: a count label, link headings, a footer row, reply prompts; a byline whose
        // bio names a newsletter is still the byline.
        let footer = try read("""
            Storm closes the harbour

            By Erin Walsh, a deputy editor and author of the Harbour Notes newsletter. She has covered the coast for a decade.

            March 4, 2025

            \(story)

            Comments (10580)
            Sign in to post a reply.
            More harbour news:
            What to Read Next
            Branding · Terms · Privacy · Edit this page on GitHub
            """)
        #expect(footer.authors == ["Erin Walsh"])
        #expect(footer.paragraphs.count == 3)
        // A date without its year takes the year of the same day printed in full in a caption.
        let yearless = try read("""
            Storm closes the harbour

            By Erin Walsh March 4 at 3:57 PM

            March 4, 2025 Rescue crews reach the lower town. Anna Kowalski/Getty Images

            \(story)

            Erin Walsh is on Twitter at erinwalsh.
            """)
        #expect(yearless.published?.isoDate == "2025-03-04")
        #expect(yearless.paragraphs.count == 3)
    }

    @Test("Browser copies: a banner of prompts, ellipsis teasers, a headline that reads as prose, a date above the headline, a gallery before the dateline")
    func browserCopyShapes() throws {
        // A headline ending in a quotation and a standfirst that read as prose, with the date and the
        // writer under them; teasers cut short with an ellipsis above; the writer's outlet on a staff line.
        let teasers = try read("""
            This homepage is tailored for our readers in Canada. Make it your default. This homepage is tailored for our readers in Canada. Switch to the US edition now, or come back later to see it!

            Les 23 choses que toutes les filles des années 2000…
            Voici à quoi ressemblent des vêtements de la grande…
            TOP POST
            Flood Leaves Riverton Bakery Owner “Starting From Nothing”
            An inquest into the flooding has been adjourned until July.
            posted on March 4, 2025, at 9:21 a.m.
            Anna Kowalski
            Riverton Courier Reporter

            \(story)
            """)
        #expect(teasers.title == "Flood Leaves Riverton Bakery Owner “Starting From Nothing”")
        #expect(teasers.authors == ["Anna Kowalski"])
        #expect(teasers.outlet == "Riverton Courier")
        #expect(teasers.published?.isoDate == "2025-03-04")
        #expect(teasers.paragraphs.first?.hasPrefix("The river rose") == true)
        // The date line above the headline, the writer (a nickname in parentheses) under the standfirst.
        let dated = try read("""
            The quest to save the old harbour wall Henry Lund

            Log out Sign in

            Sunday, Mar 2, 2025 11:57 AM UTC
            The flood economy is a myth: insurers, councils and the truth about river defences
            Councils talk a good game. The insurers pay
            Richard (R.J.) Moreno
            All Share Services

            \(story)
            """)
        #expect(dated.title == "The flood economy is a myth: insurers, councils and the truth about river defences")
        #expect(dated.authors == ["Richard (R.J.) Moreno"])
        #expect(dated.published?.isoDate == "2025-03-02")
        // A desk credit is no writer; a bullet between the date and the time.
        let desk = try read("Flood closes the lower town\n\nOur Foreign Staff\n4 March 2025 • 2:15pm\n\n\(story)")
        #expect(desk.authors.isEmpty)
        // "The Hill" alone is no writer; "N.Y." in a menu is no outlet; a copyright owner without "Company".
        let owner = try read("Flood closes the lower town\n\nThe Harbour\n\n\(story)\n\nN.Y.\nN.Y.\n© 2025 The Riverton Courier Company")
        #expect(owner.authors.isEmpty)
        #expect(owner.outlet == "The Riverton Courier")
        #expect(desk.published?.iso8601.hasPrefix("2025-03-04T14:15") == true)
        // Gallery captions before the paragraph that opens with the dateline are captions.
        let gallery = try read("""
            Flood closes the lower town

            By Erin Walsh

            March 4, 2025

            Rescue crews in boats reached the lower town, taking families to the school on the hill above it.

            Rescue crews in boats reached the lower town, taking families to the school on the hill above it.

            RIVERTON — \(story)
            """)
        #expect(gallery.dateline == "Riverton")
        #expect(gallery.paragraphs.first?.hasPrefix("The river rose") == true)
        #expect(gallery.captions.count == 1)
        // "Name date [comments]", "Name 1 day ago", a name over its job, a middle initial, a handle.
        for (byline, author) in [
            ("Sarah Lindqvist March 4, 2025 13", "Sarah Lindqvist"), ("Joe Okafor     Tuesday, March 4, 2025 @ 11:10 PM UTC", "Joe Okafor"),
            ("Alex Moreno 1 day ago", "Alex Moreno"), ("John C. Walsh\nFollow\nMar 4, 2025 · 18 min read", "John C. Walsh"),
            ("Ben Hartley\nGames Editor", "Ben Hartley"), ("by Lucas Moreno22 Mar 2025651", "Lucas Moreno"),
            ("Courtney Lund\non Mar 044 min", "Courtney Lund"), ("Devi Rao, @devirao\nMarch 4, 2025", "Devi Rao"),
        ] {
            let page = try read("Flood closes the lower town after the river rises three metres\n\(byline)\n\n\(story)")
            #expect(page.authors == [author], "\(byline)")
            #expect(page.title == "Flood closes the lower town after the river rises three metres", "\(byline)")
        }
    }

    @Test("Related links, tags, newsletter prompts, copyright and gallery counters after the story are dropped")
    func chromeAfterTheStory() throws {
        let page = """
            Flood forces hundreds from their homes in Riverton

            By Anna Kowalski | March 4, 2025

            \(story)

            1 of 6
            Slideshow (5 Images)
            Tags: Floods, Weather
            Read more:
            More from World
            Sign up for our morning newsletter
            © 2025 Riverton Gazette. All rights reserved.
            """
        let article = try read(page)
        #expect(article.paragraphs.count == 3)
        let body = article.paragraphs.joined(separator: "\n")
        for chrome in ["1 of 6", "Slideshow", "Tags:", "Read more", "More from", "newsletter", "©"] {
            #expect(!body.contains(chrome), "\(chrome) left in the body")
        }
    }

    @Test("A scraped link widget inside a sentence (a formal name run on into other stories' headlines, closed by MORE) is dropped")
    func linkWidgets() throws {
        let text = "Flood forces hundreds from their homes\n\nMarch 4, 2025\n\n" + story
            + "\n\nSen. Ruth Okafor Ruth Ann OkaforLawmakers under pressure to pass benefits fix GOP senators warn against firing official MORE (R-Maine) and Speaker Carl Hoyt Carl Edwin HoytOvernight Health Care: drug prices | House panel advances ban MORE’s (D-Calif.) aides said they would vote for the plan. Read MORE about the vote on YouTube."
        let article = try read(text)
        let last = try #require(article.paragraphs.last)
        #expect(last == "Sen. Ruth Okafor Ruth Ann Okafor (R-Maine) and Speaker Carl Hoyt Carl Edwin Hoyt’s (D-Calif.) aides said they would vote for the plan. Read MORE about the vote on YouTube.")
    }

    @Test("A short last paragraph with several names is the story's end, not its footer")
    func shortLastParagraph() throws {
        let page = """
            Flood forces hundreds from their homes in Riverton

            By Anna Kowalski | March 4, 2025

            \(story)

            The Riverton Harbour Authority closed the quay on Wednesday.
            """
        let article = try read(page)
        #expect(article.paragraphs.count == 4)
        #expect(article.paragraphs.last == "The Riverton Harbour Authority closed the quay on Wednesday.")
    }

    @Test("Photo credits are captions, never the title, an author or a paragraph")
    func photoCredits() throws {
        let page = """
            Flood forces hundreds from their homes in Riverton

            Rescue boats on the flooded quay on Tuesday. (AP Photo/Jane Miller)

            By Anna Kowalski

            March 4, 2025

            \(story)

            Residents carry belongings through the water. Getty Images
            """
        let article = try read(page)
        #expect(article.title == "Flood forces hundreds from their homes in Riverton")
        #expect(article.authors == ["Anna Kowalski"])
        #expect(article.captions.contains { $0.contains("AP Photo/Jane Miller") })
        #expect(!article.paragraphs.contains { $0.contains("AP Photo") || $0.contains("Getty Images") })
        // A caption right after the story's last paragraph is kept too (not dropped with the footer).
        let trailing = try read(page + "\n\nVolunteers fill sandbags on the quay on Monday. (AP Photo/Jo Smith)\n")
        #expect(trailing.captions.contains { $0.contains("Volunteers fill sandbags") }, "\(trailing.captions)")
        #expect(!trailing.paragraphs.contains { $0.contains("Volunteers fill sandbags") })
    }

    // MARK: 2. Paragraph layouts

    @Test("Blank-line paragraphs, one paragraph per line and hard-wrapped lines give the same paragraphs")
    func paragraphLayouts() throws {
        let header = "Flood forces hundreds from their homes in Riverton\n\nMarch 4, 2025\n\n"
        let blank = try read(header + story)
        let perLine = try read(header + story.replacingOccurrences(of: "\n\n", with: "\n"))
        let wrapped = try read(header + """
            The river rose three metres overnight and flooded the lower
            town, officials said on Tuesday.

            Mayor Ellen Hartwig said 400 homes had been evacuated and two
            schools would stay closed until Friday.

            "We have never seen water this high," said Tom Reyes, who runs
            a bakery on the quay.
            """)
        #expect(blank.paragraphs.count == 3)
        #expect(perLine.paragraphs == blank.paragraphs)
        #expect(wrapped.paragraphs == blank.paragraphs)
    }

    // MARK: 3. Headline position

    @Test("The headline stands before the byline and date block; a date is never the title")
    func headlinePosition() throws {
        let dateFirst = try read("March 4, 2025\n\nFlood forces hundreds from their homes in Riverton\n\nBy Anna Kowalski\n\n" + story)
        #expect(dateFirst.title == "Flood forces hundreds from their homes in Riverton")
        #expect(dateFirst.published?.isoDate == "2025-03-04")
        let none = try read(story)
        #expect(none.titleDerived == true)
        #expect(none.title.hasPrefix("The river rose"))
    }

    // MARK: 4. Date lines

    @Test("Date lines in their common forms", arguments: [
        ("Tuesday, March 4, 2025 9:21 AM EST", "2025-03-04T09:21:00-05:00"),
        ("Published 4 March 2025, 14:05 GMT", "2025-03-04T14:05:00Z"),
        ("Published: 03/04/2025 - 09:21", "2025-03-04T09:21:00"),
        ("2025-03-04T09:21:00+01:00", "2025-03-04T09:21:00+01:00"),
        ("Published March 4, 2025 Updated March 5, 2025", "2025-03-04"),
        ("Last update on: 5 March 2025 - Published on: 4 March 2025", "2025-03-04"),
        ("Tue 4 Mar 2025 09.21 GMT", "2025-03-04T09:21:00Z"),
        ("March 4, 2025 9:21 PM GMT+1 Updated 2 hours ago", "2025-03-04T21:21:00+01:00"),
        ("March 4, 20259:21 PM GMT+1Updated 2 hours ago", "2025-03-04T21:21:00+01:00"),
    ])
    func dateLines(line: String, expected: String) throws {
        let article = try read("Flood forces hundreds from their homes in Riverton\n\n\(line)\n\n" + story)
        #expect(article.published?.iso8601 == expected, "\(line)")
    }

    @Test("A dateline with a state's abbreviation keeps it; a sentence with a full stop is no dateline", arguments: [
        ("RIVERTON, Md. (Reuters) - The river rose", "Riverton, Md.", "Reuters"),
        ("ST. ALBANS (AP) — The river rose", "St. Albans", "AP"),
        ("WASHINGTON, D.C. — The river rose", "Washington, D.C.", nil),
    ])
    func abbreviatedDateline(opening: String, place: String, credit: String?) throws {
        let article = try read("Flood closes the lower town\n\nBy Jane Roe\nMarch 3, 2026\n\n\(opening) three metres overnight, officials said.\n\nThe schools stay closed.\n")
        #expect(article.dateline == place)
        #expect(article.paragraphs.first?.hasPrefix("The river rose") == true)
        let split = Dateline.split("Dr. Reyes, the baker - said the water was high.")
        #expect(split == nil)
        // A party and state after a senator's name are no credit; nor is a parenthesis the sentence runs on from.
        #expect(Dateline.split("Sen. Mara Quint (D-Conn.) and fellow Democrats left the floor early Thursday.") == nil)
        #expect(Dateline.split("Mara Quint (the mayor) said the river rose.") == nil)
        _ = credit
    }

    @Test("A label in a run of menu lines is not the section")
    func menuIsNoSection() throws {
        let page = "Home\n\nBusiness\n\nInnovation\n\nCulture\n\nFlood forces hundreds from their homes in Riverton\n\nMarch 4, 2025\n\n" + story
        let article = try read(page)
        #expect(article.title == "Flood forces hundreds from their homes in Riverton")
        #expect(article.section == nil)
        let labelled = try read("Weather\n\nFlood forces hundreds from their homes in Riverton\n\nMarch 4, 2025\n\n" + story)
        #expect(labelled.section == "Weather")
    }

    @Test("A relative date line is no headline; a wire story's closing credit names its reporters")
    func relativeLineAndWireCredit() throws {
        let page = "Flood forces hundreds from their homes in Riverton\n\nPublished 3 hours ago\n\n" + story
            + "\n\nReporting by Anna Kowalski in Riverton and Piotr Nowak in Warsaw; Additional reporting by Lena Ortiz; Editing by Mark Hale\n"
        let article = try read(page)
        #expect(article.title == "Flood forces hundreds from their homes in Riverton")
        #expect(article.published == nil)
        #expect(article.authors == ["Anna Kowalski", "Piotr Nowak"])
        #expect(article.contributors == ["Lena Ortiz"])
        #expect(article.paragraphs.count == 3)
    }

    @Test("A day-first numeric date is read day-first when the day cannot be a month")
    func dayFirstNumeric() throws {
        let article = try read("Flood forces hundreds from their homes in Riverton\n\n24/03/2025 09:21\n\n" + story)
        #expect(article.published?.isoDate == "2025-03-24")
    }

    @Test("A relative date line gives no date")
    func relativeDateLine() throws {
        let article = try read("Flood forces hundreds from their homes in Riverton\n\n2 hours ago\n\n" + story)
        #expect(article.published == nil)
        #expect(!article.paragraphs.contains { $0.contains("hours ago") })
    }

    // MARK: 5. Bylines

    @Test("Bylines with several authors, an agency, a place and a relative time")
    func bylines() throws {
        func authors(_ byline: String) throws -> Article {
            try read("Flood forces hundreds from their homes in Riverton\n\n\(byline)\n\nMarch 4, 2025\n\n" + story)
        }
        #expect(try authors("By Anna Kowalski and Ben Okafor").authors == ["Anna Kowalski", "Ben Okafor"])
        #expect(try authors("By Anna Kowalski, Ben Okafor and Carla Diaz").authors == ["Anna Kowalski", "Ben Okafor", "Carla Diaz"])
        let agency = try authors("By Anna Kowalski and Ben Okafor (Reuters) 1 hour ago in World")
        #expect(agency.authors == ["Anna Kowalski", "Ben Okafor"])
        #expect(agency.agency == "Reuters")
        let bar = try authors("Anna Kowalski | AFP")
        #expect(bar.authors == ["Anna Kowalski"])
        #expect(bar.agency == "AFP")
        // An agency's own writers credited at the foot make the story the agency's; the agency named as a
        // contributor to an outlet's own report does not.
        let staff = try read("Flood forces hundreds from their homes\n\nMarch 4, 2025\n\n" + story + "\n\nAssociated Press writers Ben Okafor in Riverton and Carla Diaz in Lakeside contributed.")
        #expect(staff.agency == "AP")
        #expect(staff.contributors == ["Ben Okafor", "Carla Diaz"])
        let own = try read("Flood forces hundreds from their homes\n\nMarch 4, 2025\n\n" + story + "\n\nThe Associated Press contributed to this report.")
        #expect(own.agency == nil)
        #expect(own.contributors == ["AP"])
        let place = try authors("By Anna Kowalski, Riverton")
        #expect(place.authors == ["Anna Kowalski"])
        // Without "By": a name, then the writer's job, above the date line; the headline stays the headline.
        let unmarked = try authors("Anna Kowalski Europe correspondent")
        #expect(unmarked.authors == ["Anna Kowalski"])
        #expect(unmarked.title == "Flood forces hundreds from their homes in Riverton")
        #expect(try authors("Anna Kowalski, staff writer").authors == ["Anna Kowalski"])
        #expect(try authors("By ANNA KOWALSKI").authors == ["Anna Kowalski"])
        #expect(try authors("ByAnna Kowalski").authors == ["Anna Kowalski"])
        let job = try authors("Anna Kowalski\nStaff Writer")
        #expect(job.authors == ["Anna Kowalski"] && job.outlet == nil)
    }

    @Test("A nameplate above the headline is the outlet; a writer after the date; a name set alone atop the story")
    func nameplateAndLateBylines() throws {
        let nameplate = try read("Riverton Gazette\n\nLocal\n\nFlood forces hundreds from their homes\n\nBy Anna Kowalski\n\nMarch 4, 2025\n\n" + story)
        #expect(nameplate.outlet == "Riverton Gazette")
        let section = try read("World News\n\nFlood forces hundreds from their homes\n\nMarch 4, 2025\n\n" + story)
        #expect(section.outlet == nil)
        let posted = try read("Flood forces hundreds from their homes\n\nPosted on March 4, 2025 by Anna Kowalski\n\n" + story)
        #expect(posted.authors == ["Anna Kowalski"])
        let paper = try read("Flood forces hundreds from their homes\n\nThe Riverton Gazette\nMarch 4, 2025\n\n" + story)
        #expect(paper.authors.isEmpty && paper.outlet == "The Riverton Gazette")
        let alone = try read(
            "Flood forces hundreds from their homes\n\nWater levels reached a record overnight as the rain kept falling on the town.\n\nAnna Kowalski\n\n" + story)
        #expect(alone.authors == ["Anna Kowalski"])
        #expect(!alone.paragraphs.contains("Anna Kowalski"))
        // A rare word between the byline and the date line is the outlet; an everyday word is not.
        let between = try read("Flood forces hundreds from their homes\n\nBy Anna Kowalski\nRiverbeacon\n3/4/25\n\n" + story)
        #expect(between.outlet == "Riverbeacon" && between.authors == ["Anna Kowalski"])
        let everyday = try read("Flood forces hundreds from their homes\n\nBy Anna Kowalski\nWeather\n3/4/25\n\n" + story)
        #expect(everyday.outlet == nil)
        // "The Hill" under the headline and over the date line is the outlet; "The Latest" is a label.
        let theName = try read("Flood forces hundreds from their homes\n\nThe Riverbeacon\n3/4/25\n\n" + story)
        #expect(theName.outlet == "The Riverbeacon")
        let latest = try read("Flood forces hundreds from their homes\n\nThe Latest\n3/4/25\n\n" + story)
        #expect(latest.outlet == nil)
    }

    @Test("A breadcrumb trail is chrome, never the headline")
    func breadcrumb() throws {
        let article = try read("Home > World > Europe\n\nFlood forces hundreds from their homes in Riverton\n\nMarch 4, 2025\n\n" + story)
        #expect(article.title == "Flood forces hundreds from their homes in Riverton")
        #expect(article.deck == nil)
    }

    // MARK: 6. Front matter and the round trip

    @Test("YAML front matter overrides what the text says")
    func frontMatter() throws {
        let page = """
            ---
            title: River floods lower Riverton
            deck: Hundreds leave their homes
            outlet: Riverton Gazette
            agency: AP
            authors: [Anna Kowalski, Ben Okafor]
            published: 2025-03-04T09:21:00+01:00
            dateline: RIVERTON
            url: https://example.org/flood
            ---

            \(story)
            """
        let article = try read(page, file: "flood.md")
        #expect(article.title == "River floods lower Riverton")
        #expect(article.deck == "Hundreds leave their homes")
        #expect(article.outlet == "Riverton Gazette")
        #expect(article.agency == "AP")
        #expect(article.authors == ["Anna Kowalski", "Ben Okafor"])
        #expect(article.published?.iso8601 == "2025-03-04T09:21:00+01:00")
        #expect(article.publishedProvenance == .frontMatter)
        #expect(article.dateline == "RIVERTON")
        #expect(article.url == "https://example.org/flood")
        #expect(article.paragraphs.count == 3)
        #expect(!article.paragraphs.joined().contains("title:"))
    }

    @Test("Dossier's own articles/<slug>.md fed back as a seed gives the same metadata")
    func roundTrip() throws {
        let page = """
            Flood forces hundreds from their homes in Riverton

            Hundreds leave as the river rises

            By Anna Kowalski and Ben Okafor (Reuters)

            Tuesday, March 4, 2025 9:21 AM EST

            RIVERTON, Oregon — \(story)
            """
        let first = try read(page)
        let markdown = MarkdownWriter.markdown(for: first)
        let second = try read(markdown, file: "flood.md")
        #expect(second.title == first.title)
        #expect(second.deck == first.deck)
        #expect(second.outlet == first.outlet)
        #expect(second.agency == first.agency)
        #expect(second.authors == first.authors)
        #expect(second.published == first.published)
        #expect(second.dateline == first.dateline)
        #expect(second.url == first.url)
        #expect(second.paragraphs == first.paragraphs)
    }

    // MARK: 7. Undated articles

    @Test("An undated article takes the latest full date of its text, flagged, and no page shows it")
    func undatedInference() throws {
        let dated = try ArticleIngester.ingest(
            text: "Flood forces hundreds from their homes\n\nMarch 5, 2025\n\n" + story, sourceFile: "a.txt")
        let undated = try ArticleIngester.ingest(
            text: "Riverton counts the cost\n\nThe flood of March 4, 2025 closed two schools. On March 3, 2025 the river was normal.",
            sourceFile: "b.txt")
        let articles = PublicationYearInference.resolve([dated, undated])
        #expect(articles[1].published?.isoDate == "2025-03-04")
        #expect(articles[1].publishedProvenance == .inferredFromText)
        #expect(articles[1].shownDate == nil)
        #expect(articles[0].shownDate?.isoDate == "2025-03-05")
        let none = PublicationYearInference.resolve([
            try ArticleIngester.ingest(text: "Riverton counts the cost\n\n" + story, sourceFile: "c.txt")
        ])
        #expect(none[0].published == nil)
    }

    // MARK: 8. Versions

    @Test("Two printings of one story become one article listing both; a different story stays apart")
    func versions() throws {
        let wire = try read("Flood forces hundreds from their homes\n\nBy Anna Kowalski (AP)\n\nMarch 4, 2025\n\n" + story, file: "a.txt")
        let reprint = try read(
            "Riverton flood: hundreds leave homes\n\nThe Valley Times\n\nMarch 4, 2025\n\n" + story
                + "\n\nThe Valley Times contributed to this report.", file: "b.txt")
        let other = try read(
            "Bridge reopens after repairs\n\nMarch 9, 2025\n\nThe old bridge reopened on Sunday after two months of repairs, the council said. Traffic was light.",
            file: "c.txt")
        let grouped = ArticleVersions.group([wire, reprint, other])
        #expect(grouped.count == 3)
        let primary = try #require(grouped.first { !$0.versions.isEmpty })
        #expect(primary.versions.count == 1)
        let version = try #require(grouped.first { $0.versionOf != nil })
        #expect(version.versionOf == primary.sourceFile)
        #expect(Set([primary.sourceFile, version.sourceFile]) == ["a.txt", "b.txt"])
        #expect(primary.versions.map(\.sourceFile) == [version.sourceFile])
        #expect(grouped.contains { $0.sourceFile == "c.txt" && $0.versions.isEmpty && $0.versionOf == nil })
    }

    @Test("A version's facts count only where it adds to the article it is a version of")
    func versionFactsCountOnce() throws {
        var primary = try read(
            "Flood forces hundreds from their homes\n\nBy Anna Kowalski (AP)\n\nMarch 4, 2025\n\n" + story, file: "a.txt")
        var version = try read(
            "Riverton flood: hundreds leave homes\n\nMarch 4, 2025\n\n" + story
                + "\n\n\"The bridge held through the night,\" said engineer Paul Brandt, who inspected it on Wednesday.", file: "b.txt")
        primary.id = "flood"
        version.id = "flood-2"
        version.versionOf = "flood"
        let merged = Extraction.run([primary, version])
        let hartwig = try #require(merged.people.first { $0.name == "Ellen Hartwig" })
        #expect(hartwig.mentions.map(\.article) == ["flood"])
        let brandt = try #require(merged.people.first { $0.name == "Paul Brandt" })
        #expect(brandt.mentions.map(\.article) == ["flood-2"])
        #expect(brandt.quotes.map(\.text) == ["The bridge held through the night"])
    }

    // MARK: 9. Not articles

    @Test("A cookie notice or a page of links is not an article, and says why", arguments: [
        """
        We value your privacy
        We and our partners use cookies to store and access information on your device.
        Accept all cookies
        Manage preferences
        """,
        """
        Home
        News
        Sport
        Weather
        Contact us
        Terms of use
        Privacy policy
        """,
    ])
    func notArticles(text: String) throws {
        #expect {
            try ArticleIngester.ingest(text: text, sourceFile: "notice.txt")
        } throws: { error in
            guard case IngestError.notArticle(let file, let reason) = error else { return false }
            return file == "notice.txt" && !reason.isEmpty
        }
    }
}
