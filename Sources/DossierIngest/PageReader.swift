import DossierModel
import DossierNames
import DossierText
import Foundation

/// Reads one page: removes its chrome, cuts it into paragraphs, finds where the story starts, and reads
/// the header above it (headline, deck, section, byline, date line, outlet) and the body below it
/// (paragraphs, subheads, captions, contributor credits, dateline).
package struct PageReader {
    private(set) var title: String?
    private(set) var deck: String?
    private(set) var section: String?
    private(set) var authors: [String] = []
    private(set) var agency: String?
    private(set) var outlet: String?
    private(set) var url: String?
    private(set) var date: HeaderDate?
    private(set) var dateProvenance: DateProvenance = .page
    private(set) var dateline: String?
    private(set) var captions: [String] = []
    private(set) var contributors: [String] = []
    /// The reporters a wire story's closing credit names ("Reporting by A in X and B in Y; Editing by C"):
    /// its authors when the page has no byline.
    private(set) var creditedReporters: [String] = []
    private(set) var body: [Article.Block] = []
    /// Why the page is not an article, when it is not.
    private(set) var notArticleReason: String?

    /// Organisations the page names as its own: copyright lines, newsletter prompts, title suffixes.
    private var outletHints: [String] = []
    /// The site's name from its logo, which wins over a byline's credit of the original publisher.
    private var masthead: String?
    /// A publication's name standing alone above the headline ("Riverton Gazette"): the outlet when
    /// nothing says more.
    private var nameplate: String?
    /// The outlet read from a lone name beside the byline or the date line: a guess that the site's
    /// name, repeated across its menus and prompts, overrules.
    private var outletIsGuess = false
    /// The site's name as its own furniture repeats it ("Follow Lifehacker", "Sign in to CNET", a line
    /// "BBC News" in the menu and again in the footer), with how often.
    private var siteNames = SiteNameVotes()
    /// "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET": the page's own statement of
    /// when and where the story was first published, wherever it stands.
    private var firstPublished: (outlet: String?, place: String?, date: HeaderDate)?

    package var hasBody: Bool { body.contains { $0.kind == .paragraph } }

    package init(_ text: String) {
        var lines: [Substring] = []
        var chromeLines = 0
        var cookieLines = 0
        var awaitingURL = false
        for original in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = original
            // "on Feb 244 min": a day and a reading time run together ("Feb 24" and "4 min").
            if line.utf8.count <= 40, line.hasSuffix(" min"), let glued = Self.dayBeforeMinutes(line) { line = Substring(glued) }
            // "Oct 15, 2015 · 18 min read": the date stays, the reading time goes.
            if line.utf8.count <= 120, line.containsText(" read"), line.lowercased().containsText("min read") || line.lowercased().containsText("minute read"),
                let separator = [" · ", " | ", " • ", " - "].compactMap({ line.range(of: $0) }).first,
                !DateLineParser.dates(in: line[..<separator.lowerBound]).isEmpty
            {
                line = line[..<separator.lowerBound]
            }
            let trimmed = line.trimming(.whitespaces)
            if awaitingURL, !trimmed.isEmpty {
                awaitingURL = false
                if let found = Self.bareURL(trimmed) {
                    url = found
                    continue
                }
            }
            let lower = trimmed.lowercased()
            if lower.hasPrefix("original url") || lower.hasPrefix("original link") || lower.hasPrefix("original article")
                || lower.hasPrefix("**original url")
            {
                if let found = Self.bareURL(trimmed) { url = found } else { awaitingURL = true }
                continue
            }
            if !trimmed.isEmpty, let credit = Self.wireCredit(trimmed) {
                creditedReporters += credit.reporters
                contributors += credit.additional
                continue
            }
            if !trimmed.isEmpty, let credit = Self.contributorCredit(trimmed) {
                // "Associated Press writers A and B contributed": the agency's own staff, so the story is the
                // agency's. "The Associated Press contributed to this report": the story is the page's own,
                // with the agency's material in it; the agency is a contributor, not the wire.
                if let agency = credit.agency, credit.agencyStaff { self.agency = self.agency ?? agency }
                contributors += credit.names + (credit.agency.map { credit.agencyStaff ? [] : [$0] } ?? [])
                if let own = credit.outlet { outletHints.append(own) }
                continue
            }
            // "Postindustrial Logo": the site's masthead, as a copied image's text.
            if trimmed.hasSuffix(" Logo") || trimmed.hasSuffix(" logo"), PageChrome.wordCount(trimmed) <= 5 {
                let name = String(trimmed.dropLast(5))
                if Self.isOutletName(name) { masthead = masthead ?? name }
                lines.append("")
                continue
            }
            siteNames.read(trimmed)
            if firstPublished == nil, let credit = Self.firstPublishedCredit(trimmed) {
                firstPublished = credit
                lines.append("")
                continue
            }
            if !trimmed.isEmpty, PageChrome.isChrome(trimmed) {
                chromeLines += 1
                if lower.containsText("cookie") || lower.containsText("consent") { cookieLines += 1 }
                if let hint = Self.outletHint(in: trimmed) { outletHints.append(hint) }
                // Keep a blank in its place, so the lines around it do not run together.
                lines.append("")
                continue
            }
            lines.append(line)
        }
        let blocks = PageLayout.blocks(lines)
        read(blocks)
        // A short body about cookies and consent, around consent buttons, is the site's notice.
        let paragraphs = body.filter { $0.kind == .paragraph }
        let bodyWords = paragraphs.reduce(0) { $0 + PageChrome.wordCount($1.text) }
        let noticeParagraphs = paragraphs.filter { block in
            let lower = block.text.lowercased()
            return ["cookie", "consent", "personal data", "your device"].contains { lower.containsText($0) }
        }.count
        let noticeTitle = ["cookie", "privacy", "consent"].contains { title?.lowercased().contains($0) == true }
        if hasBody, bodyWords < 150, noticeParagraphs * 2 >= paragraphs.count,
            cookieLines + noticeParagraphs + (noticeTitle ? 1 : 0) >= 2
        {
            notArticleReason = "a cookie or privacy notice, not an article"
            body = []
        }
        if !hasBody, notArticleReason == nil {
            let prose = blocks.filter(\.isProse).count
            if cookieLines >= 2 || (cookieLines >= 1 && prose == 0) {
                notArticleReason = "a cookie or privacy notice, not an article"
            } else if blocks.count >= 5, prose == 0 {
                notArticleReason = "a page of links or headlines, with no paragraph of running prose"
            } else if chromeLines > 0, prose == 0 {
                notArticleReason = "only page furniture (menus, prompts), with no paragraph of running prose"
            }
        }
    }

    /// The article the page holds.
    package func article(sourceFile: String) -> Article {
        var blocks = body.map { block in
            var block = block
            block.text = PageChrome.removingLinkWidgets(block.text)
            return block
        }
        var titleText = title
        var derived = false
        if titleText == nil, let first = blocks.first(where: { $0.kind == .paragraph }) {
            titleText = TextCleaner.headline(fromSentence: first.text)
            derived = true
        }
        // The headline is not also the first subhead.
        if let first = blocks.first, first.kind == .heading, first.text == titleText { blocks.removeFirst() }
        let outlets = [outlet, agency].compactMap { $0 }.uniqued()
        var article = Article(
            sourceFile: sourceFile, title: titleText ?? sourceFile, titleDerived: derived, deck: deck, section: section,
            outlet: outlets.isEmpty ? nil : outlets.joined(separator: "/"), agency: agency,
            authors: (authors.isEmpty ? creditedReporters : authors).uniqued(),
            contributors: (contributors + (authors.isEmpty ? [] : creditedReporters)).uniqued().filter { !authors.contains($0) }, published: date?.publicationDate, dateline: dateline, url: url, blocks: blocks,
            captions: captions)
        if article.published != nil { article.publishedProvenance = dateProvenance }
        return article
    }

    // MARK: - Zones

    private mutating func read(_ blocks: [SourceBlock]) {
        let roles = blocks.map(Self.role)
        guard let bodyStart = Self.bodyStart(blocks, roles: roles) else { return }
        readHeader(Array(blocks[..<bodyStart]), roles: Array(roles[..<bodyStart]))
        readBody(Array(blocks[bodyStart...]), roles: Array(roles[bodyStart...]))
        takeBylineFromBody()
        // A copyright or newsletter line names the page's owner; beside a wire credit it is a syndicator.
        for hint in outletHints where WireAgencies.contains(hint) { agency = agency ?? WireAgencies.short(hint) }
        if let firstPublished {
            date = firstPublished.date
            if outlet == nil || outletIsGuess, let own = firstPublished.outlet { outlet = own; outletIsGuess = false }
            if dateline == nil { dateline = firstPublished.place }
        }
        // "By Erin Walsh March 18 at 3:57 PM": a date without its year takes the year of a full date of the
        // same day in the page's own captions or text ("March 18, 2015 Security forces …").
        if var partial = date, partial.year == nil {
            let texts = captions + body.filter { $0.kind == .paragraph }.prefix(12).map(\.text)
            if let year = texts.lazy.flatMap({ DateLineParser.dates(in: $0) }).first(where: {
                $0.date.year != nil && $0.date.month == partial.month && $0.date.day == partial.day
            })?.date.year {
                partial.year = year
                date = partial
            }
        }
        if let masthead { outlet = masthead }
        let voted = siteNames.winner(excluding: [title, authors.first].compactMap { $0 })
        if outletIsGuess, let voted, let guess = outlet, SiteNameVotes.key(guess) != SiteNameVotes.key(voted) { outlet = voted }
        if outlet == nil, let voted, masthead == nil { outlet = voted }
        if outlet == nil { outlet = outletHints.first { !WireAgencies.contains($0) && (agency == nil || $0.hasSuffix("News")) } }
        if outlet == nil { outlet = nameplate }
    }

    /// "Headline / standfirst / Brett Wilkins / story": a writer's name set alone like a subhead at the
    /// top of the story is its byline (the standfirst above it stays the story's first paragraph).
    private mutating func takeBylineFromBody() {
        guard authors.isEmpty,
            let position = body.prefix(3).firstIndex(where: { $0.kind == .heading && Self.namesOnly($0.text).map { (1...3).contains($0.count) } == true }),
            let names = Self.namesOnly(body[position].text),
            body.index(after: position) < body.endIndex, body[body.index(after: position)].kind == .paragraph
        else { return }
        authors = names
        body.remove(at: position)
    }

    /// Section words that a publication noun can follow in a menu ("World News", "Business Daily").
    private static let sectionWords: Set<String> = [
        "world", "local", "national", "international", "business", "sports", "sport", "politics", "breaking", "latest",
        "top", "more", "health", "science", "tech", "technology", "entertainment", "opinion", "live", "video", "us", "u.s.",
        "uk", "europe", "asia", "africa", "americas", "middle", "east", "weather", "money", "markets", "travel", "culture",
        "lifestyle", "style", "food", "climate", "environment", "education", "crime", "daily", "today", "good", "your", "my",
    ]

    /// "Riverton Gazette", "The Daily Courier": a publication's name, not a section of one.
    private static func isNameplate(_ text: String) -> Bool {
        guard Byline.isPublicationName(text), PageChrome.wordCount(text) >= 2 else { return false }
        let words = text.split(separator: " ").map { $0.lowercased() }.filter { $0 != "the" }
        return !words.dropLast().contains { sectionWords.contains($0) } && words.count >= 2
    }

    /// What a block is, as far as the header goes.
    private enum Role: Equatable {
        case date, byline, outletLine, caption, prose, heading, short, other
    }

    private static func role(_ block: SourceBlock) -> Role {
        // "By A and B (Reuters)": an agency credit at the end of a byline does not make it a caption.
        let isByline = Byline.parse(block.text) != nil
        if isByline, !PhotoCaption.hasMarker(block.raw) { return .byline }
        if block.headingLevel == nil, !block.isProse || block.wordCount <= 45, PhotoCaption.isCaption(block.raw) { return .caption }
        if isByline || (!block.isProse && Byline.unmarked(block.text) != nil) { return .byline }
        if !block.isProse, Byline.nameBeforeDate(block.text) != nil { return .byline }
        // Dates and filler alone ("Published: 03/04/2025 - 09:21") before the dash-separated outlet line.
        // The words besides its dates, when the line has any: none for a date line, two at most beside an outlet.
        let besidesDates = DateLineParser.wordsBesidesDates(block.text)
        if besidesDates == 0 { return .date }
        if isOutletLine(block.text) { return .outletLine }
        if let besidesDates, besidesDates <= 2 { return .date }
        // "Published 3 hours ago": a date line that gives no date is still no headline.
        if block.headingLevel == nil, !block.isProse, !block.endsSentence, DateLineParser.isRelative(block.text) { return .date }
        if block.isProse, block.headingLevel == nil { return .prose }
        if block.headingLevel != nil { return .heading }
        if block.wordCount <= 3 { return .short }
        return .other
    }

    /// A line that is a date and nothing more (but "Published", "Updated", a time and a zone).
    static func isDateLine(_ text: String) -> Bool {
        DateLineParser.isDateLine(text)
    }

    /// `- The Washington Times - Wednesday, April 24, 2019` or `7Dnews London - Reuters`: short parts
    /// separated by dashes or bars, one of them a date or a news agency, one a name.
    static func isOutletLine(_ text: String) -> Bool {
        // Parts separated by dashes or bars, short ones: a paragraph of prose never is one.
        guard text.utf8.count <= 400, text.containsText(" - ") || text.containsText(" | ") else { return false }
        let parts = outletParts(text)
        guard parts.count >= 2, parts.allSatisfy({ PageChrome.wordCount($0) <= 6 }) else { return false }
        let hasDate = parts.contains { isDateLine($0) }
        let hasAgency = parts.contains { WireAgencies.contains($0) }
        let named = parts.contains { !isDateLine($0) && ($0.first?.isUppercase == true || $0.first?.isNumber == true) }
        return named && (hasDate || hasAgency || text.hasPrefix("- "))
    }

    private static func outletParts(_ text: String) -> [String] {
        var body = text
        if body.hasPrefix("- ") { body.removeFirst(2) }
        return body.components(separatedBy: " - ").flatMap { $0.components(separatedBy: " | ") }
            .map { $0.trimming(.whitespaces) }.filter { !$0.isEmpty }
    }

    /// Where the story starts: after the last header line (byline, date line, outlet line) that comes
    /// before the first run of prose, at the first prose paragraph; without header lines, at the first
    /// prose paragraph.
    private static func bodyStart(_ blocks: [SourceBlock], roles: [Role]) -> Int? {
        guard let firstProse = roles.firstIndex(of: .prose) else { return nil }
        // The first run of prose: two prose paragraphs with at most furniture between them.
        var runStart = firstProse
        var index = firstProse
        while index < roles.count {
            if roles[index] == .prose {
                let next = roles[(index + 1)...].firstIndex { $0 != .caption && $0 != .short }
                if next.map({ roles[$0] == .prose }) ?? true {
                    runStart = index
                    break
                }
            }
            index += 1
        }
        var lastMetadata = roles[..<runStart].lastIndex { [.date, .byline, .outletLine].contains($0) }
        // "Headline” / standfirst. / posted on April 21 / Name": a headline and a standfirst that read as
        // prose, with the date or byline under them, are the header, not the story's start.
        let lookahead = runStart..<min(roles.count, runStart + 6)
        if let header = lookahead.first(where: { [.date, .byline, .outletLine].contains(roles[$0]) }),
            (runStart..<header).allSatisfy({ blocks[$0].wordCount <= 35 })
        {
            var end = header
            while end + 1 < roles.count, [.date, .byline, .outletLine, .short, .caption].contains(roles[end + 1]) { end += 1 }
            lastMetadata = roles[header...end].lastIndex { [.date, .byline, .outletLine].contains($0) }
        }
        guard let lastMetadata else { return firstProse }
        return roles[(lastMetadata + 1)...].firstIndex(of: .prose) ?? firstProse
    }

    // MARK: - Header

    private mutating func readHeader(_ blocks: [SourceBlock], roles: [Role]) {
        // The block of header lines that holds the byline or date line nearest the story (story
        // highlights may sit between it and the story): the headline stands above it.
        let metadata: [Role] = [.date, .byline, .outletLine, .caption, .short]
        let lastMetadata = roles.lastIndex { $0 == .date || $0 == .byline || $0 == .outletLine }
        var runStart = lastMetadata ?? blocks.count
        while runStart > 0, metadata.contains(roles[runStart - 1]) { runStart -= 1 }
        var runEnd = lastMetadata.map { $0 + 1 } ?? blocks.count
        while runEnd < blocks.count, metadata.contains(roles[runEnd]) { runEnd += 1 }
        var datesInRun: [DateLineParser.Found] = []
        var datesElsewhere: [DateLineParser.Found] = []
        for (index, block) in blocks.enumerated() {
            switch roles[index] {
            case .date:
                if let found = DateLineParser.publicationDate(in: block.text) {
                    if index >= runStart && index < runEnd { datesInRun.append(found) } else { datesElsewhere.append(found) }
                }
                // "Posted on March 4, 2025 by Anna Kowalski": the writer after the date.
                if let by = block.text.range(of: " by ", options: .caseInsensitive), block.wordCount <= 16 {
                    let byline = Byline.names(String(block.text[by.upperBound...]))
                    if authors.isEmpty { authors = byline.authors }
                    agency = agency ?? byline.agency
                }
            case .byline:
                if Byline.parse(block.text) == nil, Byline.unmarked(block.text) == nil, let name = Byline.nameBeforeDate(block.text) {
                    if authors.isEmpty { authors = [name] }
                    if let found = DateLineParser.publicationDate(in: block.text) { datesInRun.append(found) }
                } else if let byline = Byline.parse(block.text) ?? Byline.unmarked(block.text) {
                    authors += byline.authors
                    agency = agency ?? byline.agency
                    if let organization = byline.organization { outlet = outlet ?? organization }
                    if let trailing = DateLineParser.publicationDate(in: block.text) { datesInRun.append(trailing) }
                }
            case .outletLine:
                readOutletLine(block.text, labels: Set(blocks.filter { $0.wordCount <= 3 }.map(\.text)))
            case .caption:
                captions.append(PhotoCaption.text(block.raw))
            default:
                break
            }
        }
        // A letter's sign-off ("Democracy Now!" over "Amy Goodman") and a newsroom's own words
        // ("Democracy Now!'s reporting") name the site: weak hints, used when nothing else does.
        for (index, block) in blocks.enumerated() {
            if let credited = Self.reportingCredit(in: block.text) { outletHints.append(credited) }
            if block.lineCount == 1, index + 1 < blocks.count, blocks[index + 1].lineCount == 1, Self.isOutletName(block.text),
                Byline.isPersonName(blocks[index + 1].text), index > 0, blocks[index - 1].isProse
            {
                outletHints.append(block.text)
            }
        }
        // The first publication date nearest the story: a page date above the menu is not it.
        let chosen = datesInRun.first { !$0.isUpdate } ?? datesInRun.first ?? datesElsewhere.last { !$0.isUpdate } ?? datesElsewhere.last
        date = chosen?.date ?? date
        // The headline: a Markdown heading of the first level, else the last headline-shaped line above
        // the header run, else above the story.
        let candidates = blocks.indices.filter { Self.isHeadline(blocks[$0], role: roles[$0]) }
        let heading = blocks.indices.first { blocks[$0].headingLevel == 1 } ?? blocks.indices.first { blocks[$0].headingLevel != nil && Self.isHeadline(blocks[$0], role: .heading) }
        var titleIndex = heading ?? candidates.last { $0 < runStart } ?? candidates.last
        // "Sunday, Feb 1, 2015 / Headline / standfirst / Writer Name": the date line stands above the
        // headline, and the writer's name below it says so.
        if heading == nil, let last = lastMetadata, roles[last] == .date,
            let below = candidates.first(where: { $0 > last && $0 <= last + 2 && !blocks[$0].isProse }),
            ((below + 1)..<min(blocks.count, below + 4)).contains(where: { Self.namesOnly(blocks[$0].text) != nil || roles[$0] == .byline })
        {
            titleIndex = below
        }
        var standfirst: Int?
        // Two headline-shaped lines together above the byline: the headline, then its standfirst.
        if heading == nil, let found = titleIndex, found > 0, candidates.contains(found - 1), blocks[found - 1].wordCount >= 4,
            !Self.endsWithFullStop(blocks[found - 1].text),
            blocks[found].endsSentence || (blocks[found].wordCount >= blocks[found - 1].wordCount && !Self.isTitleCase(blocks[found].text))
        {
            standfirst = found
            titleIndex = found - 1
        }
        if let titleIndex {
            var headline = blocks[titleIndex].text
            // "Headline | Outlet" or "Headline - Outlet", as browser titles read.
            for separator in [" | ", " - ", " — ", " – "] {
                if let range = headline.range(of: separator, options: .backwards) {
                    let suffix = String(headline[range.upperBound...]).trimming(.whitespaces)
                    if PageChrome.wordCount(suffix) <= 4, Self.isOutletName(suffix), PageChrome.wordCount(String(headline[..<range.lowerBound])) >= 3 {
                        outletHints.append(suffix)
                        headline = String(headline[..<range.lowerBound])
                    }
                }
            }
            // "Headline04/23 06:41": a date glued to the end of the headline.
            if date == nil, let found = DateLineParser.dates(in: headline).last, found.date.hour != nil {
                let words = DateLineParser.words(headline)
                if found.words.upperBound == words.count, let cut = Self.prefixBeforeDate(headline) {
                    date = found.date
                    headline = cut
                }
            }
            title = headline.trimming(.whitespaces)
            // The deck follows the headline; a short label next to it is the section.
            for neighbour in [titleIndex - 1, titleIndex + 1] where blocks.indices.contains(neighbour) {
                let block = blocks[neighbour]
                // A label in a run of short lines is a menu item ("Business", "Innovation", "Culture"), not the section.
                let run = (max(0, neighbour - 2)...min(roles.count - 1, neighbour + 2)).filter { $0 != titleIndex && roles[$0] == .short }
                if section == nil, block.wordCount <= 2, roles[neighbour] == .short, block.text.first?.isUppercase == true, run.count < 3,
                    !WireAgencies.contains(block.text), block.text != outlet, Self.creditedOutlet(block.text) == nil,
                    // A name right above the byline or the date line is the outlet, not a section.
                    !(neighbour + 1 < roles.count && [.date, .byline].contains(roles[neighbour + 1]))
                {
                    section = block.isAllCaps ? TextCleaner.titleCased(block.text) : block.text
                }
            }
            var next = titleIndex + 1
            if let standfirst { deck = blocks[standfirst].text }
            if next < blocks.count, roles[next] == .short { next += 1 }
            if deck == nil, next < blocks.count, next < runStart || roles[next] == .other, blocks[next].wordCount >= 5,
                blocks[next].headingLevel == nil, roles[next] != .caption, roles[next] != .date, roles[next] != .byline,
                Self.namesOnly(blocks[next].text) == nil
            {
                deck = blocks[next].text
            }
        }
        if let titleIndex {
            nameplate = (0..<titleIndex).first { [.short, .other].contains(roles[$0]) && Self.isNameplate(blocks[$0].text) }
                .map { blocks[$0].text }
        }
        // Below the headline: "Special to USA TODAY" credits the outlet; a line of names alone is a
        // byline without its "By"; a lone name next to the byline or the date line is the outlet ("CNN").
        let firstAfterTitle = titleIndex.map { $0 + 1 } ?? runStart
        for index in firstAfterTitle..<blocks.count where (roles[index] == .short || roles[index] == .other) && blocks[index].text != deck {
            let text = blocks[index].text
            if let credited = Self.creditedOutlet(text) {
                outlet = outlet ?? credited
                continue
            }
            let neighbours = [index - 1, index + 1].filter { blocks.indices.contains($0) }.map { roles[$0] }
            // A writer's job on the next line ("Staff Writer") marks a byline as surely as a date line.
            let nextToHeader = neighbours.contains { $0 == .byline || $0 == .date || $0 == .outletLine }
                || (index + 1 < blocks.count && (Byline.isRole(blocks[index + 1].text) || Byline.isJobLine(blocks[index + 1].text)
                    || Byline.staffLine(blocks[index + 1].text) != nil))
            // "BuzzFeed News Reporter" under the writer's name: the outlet the writer works for.
            if let publication = Byline.staffLine(text) {
                if outlet == nil || outletIsGuess { outlet = publication; outletIsGuess = false }
                continue
            }
            if authors.isEmpty, index - firstAfterTitle <= 4 || index >= runStart, let names = Self.namesOnly(text),
                names.count >= 2 || nextToHeader || Self.namesOnly(blocks[index].raw) != nil && index > firstAfterTitle
            {
                authors = names
                continue
            }
            if Byline.isRole(text) { continue }
            // "From: Herald Sun": the label is no part of the name.
            let lone = text.hasPrefix("From: ") || text.hasPrefix("Source: ") ? String(text.drop { $0 != " " }.dropFirst()) : text
            // A lone name beside the byline or the date is the outlet when it has a publication's shape, is an
            // acronym ("CNN") or the page prints it more than once; not a writer's job, a first name or a product.
            let oneWord = !lone.contains(" ") && lone.count >= 3 && NameLexicon.shared.givenName(NameLexicon.key(lone)) == nil
                && NameLexicon.shared.commonRank(lone.lowercased()) == nil
            let everyday = !lone.contains(" ") && NameLexicon.shared.commonRank(lone.lowercased()) != nil
            // Between the byline and the date line ("By Patrick Reis / Politico / 10/5/12"), a rarer word will do.
            let betweenHeaders = neighbours.contains(.byline) && neighbours.contains(.date) && !lone.contains(" ") && lone.count >= 3
                && lone.first?.isUppercase == true && NameLexicon.shared.givenName(NameLexicon.key(lone)) == nil
                && (NameLexicon.shared.commonRank(lone.lowercased()) ?? .max) > 5_000
            // "The Hill", "The Verge" right after the headline and over the date line: a paper's name in its shape.
            let theName = index == firstAfterTitle && index + 1 < roles.count && roles[index + 1] == .date
                && lone.split(separator: " ").count == 2 && lone.hasPrefix("The ")
                && lone.split(separator: " ").last.map { $0.first?.isUppercase == true && !$0.lowercased().hasSuffix("est") } == true
            let shapedLikeOutlet = Byline.isPublicationName(lone) || WireAgencies.contains(lone) || oneWord || betweenHeaders || theName
                || (siteNames.printedAlone(lone) >= 2 && !everyday)
            if outlet == nil, neighbours.contains(where: { $0 == .byline || $0 == .date }), Self.isOutletName(text), shapedLikeOutlet,
                !Byline.isJobLine(lone)
            {
                let name = lone
                outlet = name
                outletIsGuess = !Byline.isPublicationName(name)
            } else if outlet == nil, index == firstAfterTitle || index == firstAfterTitle + 1, Byline.isPublicationName(text) {
                // "VOA News" where the byline stands: the outlet as the byline.
                outlet = text
            }
        }
    }

    private mutating func readOutletLine(_ text: String, labels: Set<String>) {
        for part in Self.outletParts(text) {
            if Self.isDateLine(part) {
                if date == nil { date = DateLineParser.publicationDate(in: part)?.date }
            } else if WireAgencies.contains(part) {
                agency = agency ?? part
            } else if authors.isEmpty, Byline.isPersonName(part), !Byline.isPublicationName(part),
                Self.outletParts(text).contains(where: WireAgencies.contains)
                    || (Byline.startsWithGivenName(part) && Self.outletParts(text).contains(where: Self.isDateLine))
            {
                // "Dan Goodin - Apr 16, 2015 8:02 pm UTC": a writer and the date.
                // "Jane Doe | AFP": a writer credited with an agency.
                authors = [part]
            } else if outlet == nil {
                var words = part.split(separator: " ").map(String.init)
                // "7Dnews London": a trailing bureau that the page's own menu lists is not the outlet's name.
                while words.count > 1, let last = words.last, labels.contains(last) { words.removeLast() }
                outlet = words.joined(separator: " ")
            }
        }
    }

    /// "How to Program Your Mind to Stop Buying Crap": most longer words capitalised, as headlines are set
    /// (a standfirst is written as a sentence).
    private static func isTitleCase(_ text: String) -> Bool {
        let words = text.split(separator: " ").filter { $0.count > 3 }
        guard !words.isEmpty else { return false }
        return words.filter { $0.first?.isUppercase == true }.count * 3 >= words.count * 2
    }

    /// "… over whale strandings.", "…, he said.”": a full stop, a question or an exclamation mark at the
    /// end, quotation marks aside (a headline may end with a quoted phrase: "… From Within”").
    private static func endsWithFullStop(_ text: String) -> Bool {
        let bare = text.trimming(ScalarSet(charactersIn: "\"”’' )"))
        guard let last = bare.last else { return false }
        return ".!?…".contains(last)
    }

    /// A headline: a line of a few words, not a date, byline, caption or menu, not ending like a sentence
    /// fragment; capitalised as headlines are.
    private static func isHeadline(_ block: SourceBlock, role: Role) -> Bool {
        guard role == .other || role == .heading || (role == .prose && block.wordCount <= 30) else { return false }
        let words = block.wordCount
        guard (2...30).contains(words), block.text.first?.isLetter == true || block.text.first?.isNumber == true || "'‘\"“".contains(block.text.first ?? " ")
        else { return false }
        guard let last = block.text.last, last != ":", last != ",", !block.text.containsText("http") else { return false }
        if words == 2, block.text.filter(\.isUppercase).count < 2 { return false }
        return true
    }

    /// "Special to USA TODAY", "Special for The Times": the outlet a writer filed for.
    private static func creditedOutlet(_ text: String) -> String? {
        for opener in ["Special to ", "Special for ", "Exclusive to ", "Written for "] where text.hasPrefix(opener) {
            let name = String(text.dropFirst(opener.count)).trimming(.whitespaces.union(.punctuationCharacters))
            if isOutletName(name) { return name }
        }
        return nil
    }

    /// "Rick Jervis, and John Bacon", "Thomas Maresca and John Bacon": a line of people's names and
    /// nothing else, which pages print as a byline without "By".
    private static func namesOnly(_ text: String) -> [String]? {
        // "Richard (R.J.) Eskow": initials or a nickname in parentheses inside a name; "John C. Welch": an
        // initial; "Devindra Hardawar, @devindra": a handle beside it.
        let handles = text.split(separator: " ").filter { !$0.hasPrefix("@") }.joined(separator: " ").trimming(ScalarSet(charactersIn: " ,"))
        let text = handles
        let bare = withoutNicknames(text).split(separator: " ").filter { !($0.count == 2 && $0.hasSuffix(".") && $0.first?.isUppercase == true) }.joined(separator: " ")
        if Byline.isJobLine(bare) { return nil }
        guard PageChrome.wordCount(bare) <= 14, !bare.contains(where: { ".!?:;\"“”(".contains($0) }) else { return nil }
        let split = { (line: String) in
            line.split(separator: ",").flatMap { $0.components(separatedBy: " and ") }
                .map { $0.trimming(.whitespaces) }.filter { !$0.isEmpty && $0 != "and" }
                .map { $0.hasPrefix("and ") ? String($0.dropFirst(4)) : $0 }
        }
        let parts = split(bare)
        guard !parts.isEmpty, parts.allSatisfy({ Byline.isPersonName($0) && !Byline.isRole($0) && !Byline.isPublicationName($0) }),
            parts.count >= 2 || bare.split(separator: " ").count <= 3
        else { return nil }
        let written = split(text)
        return written.count == parts.count ? written : parts
    }

    /// The text without "(R.J.)"-style parentheses of one or two short words.
    private static func withoutNicknames(_ text: String) -> String {
        guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return text }
        let inside = text[text.index(after: open)..<close]
        guard PageChrome.wordCount(inside) <= 2, inside.count <= 12, inside.first?.isUppercase == true else { return text }
        return (text[..<open] + text[text.index(after: close)...]).split(separator: " ").joined(separator: " ")
    }

    /// One to five words, each capitalised (or a joining word): the shape of an outlet's name.
    static func isOutletName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        // "N.Y.", "D.C.": a place's abbreviation in a menu.
        if words.count == 1, text.contains("."), text.filter(\.isLetter).count <= 4 { return false }
        guard (1...5).contains(words.count), text.first?.isUppercase == true || text.first?.isNumber == true else { return false }
        guard !isDateLine(text), !PageChrome.isChrome(text), CalendarWords.month(String(words[0])) == nil,
            CalendarWords.weekday(String(words[0])) == nil
        else { return false }
        let joining: Set<String> = ["of", "the", "and", "de", "&"]
        return words.allSatisfy { word in
            guard let first = word.first else { return false }
            return first.isUppercase || first.isNumber || joining.contains(word.lowercased())
        }
    }

    private static func prefixBeforeDate(_ text: String) -> String? {
        // The headline is everything before the first digit of the glued date.
        var cut = text.endIndex
        var index = text.endIndex
        var seenDigit = false
        while index > text.startIndex {
            let previous = text.index(before: index)
            let character = text[previous]
            if character.isNumber || character == "/" || character == ":" || character == " " {
                if character.isNumber { seenDigit = true }
                index = previous
                cut = previous
                continue
            }
            break
        }
        guard seenDigit else { return nil }
        let prefix = String(text[..<cut]).trimming(.whitespaces)
        return prefix.isEmpty ? nil : prefix
    }

    // MARK: - Body

    private mutating func readBody(_ blocks: [SourceBlock], roles: [Role]) {
        let indentedParagraphs = blocks.filter { $0.isProse && $0.indented }.count
        let printStyle = indentedParagraphs * 2 > blocks.filter(\.isProse).count
        // Everything after the last paragraph of prose is the page's footer, but for a last short paragraph.
        var lastProse = roles.lastIndex(of: .prose) ?? (blocks.count - 1)
        while lastProse + 1 < blocks.count, roles[lastProse + 1] == .other, blocks[lastProse + 1].endsSentence,
            blocks[lastProse + 1].lowercaseShare > (blocks[lastProse + 1].wordCount >= 7 ? 0.4 : 0.5), blocks[lastProse + 1].wordCount >= 4
        {
            lastProse += 1
        }
        // "Security forces stormed the museum… / CAIRO — Gunmen opened fire…": short lines of prose before
        // a paragraph that opens with a dateline are a gallery's captions; the story starts at the dateline.
        var storyStart = 0
        let opening = roles.indices.filter { roles[$0] == .prose }.prefix(4)
        if let first = opening.first, Dateline.split(blocks[first].text) == nil,
            let datelined = opening.dropFirst().first(where: { Dateline.split(blocks[$0].text) != nil }),
            opening.prefix { $0 < datelined }.allSatisfy({ blocks[$0].wordCount < 45 })
        {
            storyStart = datelined
        }
        var firstParagraph = true
        var index = 0
        while index <= lastProse {
            let block = blocks[index]
            defer { index += 1 }
            if roles[index] == .caption || (index < storyStart && roles[index] == .prose) {
                let caption = PhotoCaption.text(block.raw)
                if !captions.contains(caption) { captions.append(caption) }
                continue
            }
            if index < storyStart { continue }
            if roles[index] == .date || roles[index] == .byline || roles[index] == .outletLine, !block.isProse { continue }
            // A run of three or more short lines without a full stop inside the story is a link list.
            if Self.isLinkRun(blocks, at: index) {
                var end = index
                while end < blocks.count, Self.isListLine(blocks[end]) { end += 1 }
                index = end - 1
                continue
            }
            if let heading = Self.headingText(block, isLast: index == lastProse) {
                body.append(.heading(heading))
                continue
            }
            var text = block.text
            if firstParagraph, let found = Dateline.split(text) {
                dateline = found.place
                if let credit = found.credit {
                    if WireAgencies.contains(credit) { agency = agency ?? credit } else { outlet = outlet ?? credit }
                }
                if date == nil, let printed = found.date {
                    date = printed
                    dateProvenance = .dateline
                }
                text = found.rest
            }
            firstParagraph = false
            if let credited = Self.reportingCredit(in: text) { outletHints.append(credited) }
            if let previous = body.last, previous.kind == .paragraph, Self.continues(previous.text, with: block, printStyle: printStyle) {
                body[body.count - 1].text += " " + text
                continue
            }
            body.append(.paragraph(text))
        }
        // "… the last paragraph. / Workers inspect the bridge on Monday. (AP Photo/Jo Smith)": photo captions
        // right after the story, before the footer, are the story's captions too.
        var after = lastProse + 1
        while after < blocks.count, roles[after] == .caption {
            let caption = PhotoCaption.text(blocks[after].raw)
            if !captions.contains(caption) { captions.append(caption) }
            after += 1
        }
    }

    private static func isListLine(_ block: SourceBlock) -> Bool {
        block.headingLevel == nil && block.wordCount <= 14 && !block.endsSentence && !block.isProse
    }

    private static func isLinkRun(_ blocks: [SourceBlock], at index: Int) -> Bool {
        guard index + 2 < blocks.count else { return false }
        return (index..<(index + 3)).allSatisfy { isListLine(blocks[$0]) }
    }

    /// Markdown headings, ALL-CAPS subheads and short title-case lines without closing punctuation.
    private static func headingText(_ block: SourceBlock, isLast: Bool) -> String? {
        if block.headingLevel != nil { return block.text }
        guard !isLast, block.wordCount <= 8, let first = block.text.first, first.isUppercase || first.isNumber else { return nil }
        if block.isAllCaps, block.text.filter(\.isLetter).count >= 3 { return TextCleaner.titleCased(block.text) }
        guard let last = block.text.last, !".!\"”’:;),".contains(last) else { return nil }
        let words = block.text.split(separator: " ")
        let capitalised = words.filter { $0.first?.isUppercase == true || $0.first?.isNumber == true }.count
        return capitalised * 2 >= words.count ? block.text : nil
    }

    /// A paragraph the page split in two: the first half stops mid-sentence on a lowercase word, and the
    /// second does not open a new paragraph (print pages indent those).
    private static func continues(_ previous: String, with block: SourceBlock, printStyle: Bool) -> Bool {
        guard let last = previous.last, last.isLetter || last == ",",
            let lastWord = previous.split(separator: " ").last, lastWord.first?.isLowercase == true
        else { return false }
        if printStyle { return !block.indented }
        return block.headingLevel == nil
    }

    // MARK: - Lines

    private static func bareURL(_ text: String) -> String? {
        guard let start = text.range(of: "http://") ?? text.range(of: "https://") else { return nil }
        let tail = text[start.lowerBound...]
        let end = tail.firstIndex { $0.isWhitespace || $0 == ">" || $0 == ")" || $0 == "*" } ?? tail.endIndex
        let found = String(tail[..<end])
        return found.count > 10 ? found : nil
    }

    /// "Ann Simmons in Moscow contributed to this article.", "The Associated Press contributed to this report.",
    /// "Associated Press writers A in London and B in Brussels contributed."
    /// The names of a credit line, split at commas and "and", each without the place after it
    /// ("Ann Simmons in Moscow" → "Ann Simmons").
    private static func creditParts(_ text: String) -> [String] {
        text.components(separatedBy: ",").flatMap { $0.components(separatedBy: " and ") }.map { part in
            let name = part.trimming(.whitespaces)
            return name.range(of: " in ").map { String(name[..<$0.lowerBound]) } ?? name
        }
    }

    /// "Reporting by Allison Lampert in Montreal and David Shepardson in Washington; Writing by X; Editing
    /// by Y": the reporters and writers, and who added reporting. Editors are not credited.
    private static func wireCredit(_ line: String) -> (reporters: [String], additional: [String])? {
        let text = line.trimming(ScalarSet(charactersIn: "()[]—–-*_ "))
        let lower = text.lowercased()
        guard text.count <= 400, lower.hasPrefix("reporting by ") || lower.hasPrefix("writing by ")
            || lower.hasPrefix("additional reporting by ")
        else { return nil }
        var reporters: [String] = []
        var additional: [String] = []
        for segment in text.split(separator: ";").map({ $0.trimming(.whitespaces) }) {
            guard let by = segment.range(of: " by ", options: .caseInsensitive) else { continue }
            let role = segment[..<by.lowerBound].lowercased()
            let names = creditParts(String(segment[by.upperBound...])).map { $0.trimming(ScalarSet(charactersIn: ".")) }.filter(Byline.isPersonName)
            if role.hasPrefix("additional") { additional += names } else if role.hasPrefix("reporting") || role.hasPrefix("writing") { reporters += names }
        }
        return reporters.isEmpty && additional.isEmpty ? nil : (reporters, additional)
    }

    private static func contributorCredit(_ line: String) -> (names: [String], agency: String?, agencyStaff: Bool, outlet: String?)? {
        // Most lines say nothing of the kind: a byte search before any cleaning.
        guard line.containsText("ontributed") || line.containsText("ONTRIBUTED") else { return nil }
        var text = TextCleaner.plainText(fromMarkdown: line).trimming(ScalarSet(charactersIn: "—–-*•· "))
        let lower = text.lowercased()
        guard text.count <= 300, let range = lower.range(of: " contributed") else { return nil }
        let after = lower[range.upperBound...].trimming(.whitespaces)
        guard after.isEmpty || after == "." || after.contains("article") || after.contains("report") || after.contains("story")
            || after.hasPrefix("reporting")
        else { return nil }
        text = String(text[..<range.lowerBound])
        var agency: String?
        var agencyStaff = false
        // "Associated Press writers …", "The Associated Press and …": the agency named first.
        for name in WireAgencies.names.sorted(by: { $0.count > $1.count }) where text.hasPrefix(name + " ") || text == name {
            agency = WireAgencies.short(name)
            text = String(text.dropFirst(name.count)).trimming(.whitespaces)
            for word in ["writers ", "writer ", "reporters ", "reporter ", "and "] where text.lowercased().hasPrefix(word) {
                agencyStaff = word != "and "
                text.removeFirst(word.count)
            }
            break
        }
        for prefix in ["Reporting by ", "Writers ", "Writer "] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        var names: [String] = []
        var outlet: String?
        for part in creditParts(text) {
            var name = part
            // "Fox News' Steve Harrigan": the outlet is the page's own.
            if let possessive = name.range(of: "' ") ?? name.range(of: "’ ") ?? name.range(of: "'s ") ?? name.range(of: "’s ") {
                let owner = String(name[..<possessive.lowerBound])
                if isOutletName(owner) { outlet = outlet ?? owner }
                name = String(name[possessive.upperBound...])
            }
            if WireAgencies.contains(name) {
                agency = agency ?? WireAgencies.short(name)
            } else if Byline.isPersonName(name) {
                names.append(name)
            }
        }
        guard !names.isEmpty || agency != nil else { return nil }
        return (names, agency, agencyStaff, outlet)
    }

    /// "Reporting for VOA from Sao Paulo, …", "VOA's Michael Bowman reports": the outlet a broadcast
    /// script names as its own.
    private static func reportingCredit(in text: String) -> String? {
        guard text.containsText("eporting for ") || text.containsText("’s ") || text.containsText("'s ") else { return nil }
        if let range = text.firstTextRange(of: "Reporting for ") ?? text.firstTextRange(of: "reporting for ") {
            let words = text[range.upperBound...].split(separator: " ").prefix(4).map { $0.trimming(.punctuationCharacters) }
            var name: [String] = []
            for word in words {
                guard word.first?.isUppercase == true else { break }
                name.append(word)
            }
            let joined = name.joined(separator: " ")
            if !joined.isEmpty, isOutletName(joined) { return joined }
        }
        let ownNouns: Set<String> = ["reporting", "journalism", "coverage", "newsletter", "daily", "newsroom", "reporters", "work", "mission"]
        for marker in ["'s ", "’s "] {
            var search = text.startIndex..<text.endIndex
            while let possessive = text.firstTextRange(of: marker, from: search.lowerBound) {
                search = possessive.upperBound..<text.endIndex
                // The few words before the possessive (a window, so a long paragraph is not split again for each).
                // The words after it first: only "… reports" or a newsroom's noun make the words before worth reading.
                let windowEnd = text.index(possessive.upperBound, offsetBy: 120, limitedBy: text.endIndex) ?? text.endIndex
                let after = text[possessive.upperBound..<windowEnd].split(separator: " ").prefix(4).map(String.init)
                guard let noun = after.first.map({ $0.lowercased().trimming(.punctuationCharacters) }) else { continue }
                let reports = after.count >= 3 && after[2].trimming(.punctuationCharacters).lowercased().hasPrefix("report")
                let ownNoun = ownNouns.contains(noun)
                guard reports || ownNoun else { continue }
                let windowStart = text.index(possessive.lowerBound, offsetBy: -120, limitedBy: text.startIndex) ?? text.startIndex
                var before = text[windowStart..<possessive.lowerBound].split(separator: " ").map(String.init)
                if windowStart != text.startIndex, !before.isEmpty { before.removeFirst() }
                guard let owner = before.last else { continue }
                // "VOA's Michael Bowman reports": an organisation in capitals, a person, then "reports".
                if reports, owner.count >= 2, owner.allSatisfy({ $0.isUppercase || $0.isNumber }),
                    Byline.isPersonName(after[0...1].joined(separator: " "))
                {
                    return owner
                }
                // "If you think Democracy Now!'s reporting …": a name, then what a newsroom does.
                if ownNoun {
                    var name: [String] = []
                    for word in before.reversed() {
                        guard word.first?.isUppercase == true, name.count < 4 else { break }
                        name.insert(word, at: 0)
                    }
                    let joined = name.joined(separator: " ")
                    if !joined.isEmpty, isOutletName(joined) { return joined }
                }
            }
        }
        return nil
    }

    /// "on Feb 244 min" → "on Feb 24": the day (two digits when they make one) before the minutes.
    static func dayBeforeMinutes(_ line: Substring) -> String? {
        let words = line.split(separator: " ")
        guard words.count >= 3, let number = words.dropLast().last, number.count >= 3, number.allSatisfy(\.isNumber),
            CalendarWords.month(String(words[words.count - 3]).lowercased().trimming(["."])) != nil
        else { return nil }
        let two = Int(number.prefix(2)) ?? 0
        let day = (1...31).contains(two) ? String(number.prefix(2)) : String(number.prefix(1))
        return (words.dropLast(2) + [Substring(day)]).joined(separator: " ")
    }

    /// "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET", "First published on 4 March 2025":
    /// the outlet and its bureau before the words, the first publication's date after them.
    static func firstPublishedCredit(_ line: String) -> (outlet: String?, place: String?, date: HeaderDate)? {
        guard line.utf8.count <= 160, line.containsText("ublished"), let range = line.range(of: "First published", options: .caseInsensitive),
            let found = DateLineParser.publicationDate(in: line[range.upperBound...])
        else { return nil }
        var head = line[..<range.lowerBound].trimming(.whitespaces)
        var place: String?
        if head.hasSuffix(")"), let open = head.lastIndex(of: "(") {
            let inside = head[head.index(after: open)..<head.index(before: head.endIndex)].trimming(.whitespaces)
            if isOutletName(inside) { place = inside }
            head = head[..<open].trimming(.whitespaces)
        }
        let outlet = head.isEmpty ? nil : (isOutletName(head) && !Byline.isPersonName(head) || Byline.isPublicationName(head) ? head : nil)
        guard head.isEmpty || outlet != nil else { return nil }
        return (outlet, place, found.date)
    }

    /// The organisation a chrome line names as the page's own: "© 2019 The Washington Times, LLC",
    /// "Copyright 2013 The Associated Press", "Sign up for Democracy Now!'s Daily Digest".
    private static func outletHint(in line: String) -> String? {
        let text = line.trimming(.whitespaces)
        let lower = text.lowercased()
        if lower.hasPrefix("copyright") || lower.hasPrefix("©") || lower.hasPrefix("(c)") {
            let skipped: Set<String> = ["©", "copyright", "(c)", "-", "–"]
            var words: [String] = text.split(separator: " ").map(String.init).filter { !skipped.contains($0.lowercased()) }
            while let first = words.first, first.first?.isNumber == true || skipped.contains(first) { words.removeFirst() }
            var name: [String] = []
            for word in words {
                let bare = word.trimming(ScalarSet(charactersIn: ",."))
                // "© Telegraph Media Group Limited 2017", "Salon Media Group, Inc.": the owner's name alone.
                if ["all", "rights", "llc", "inc", "ltd", "plc", "corp", "limited", "media", "group", "holdings", "publishing", "company", "co"].contains(bare.lowercased())
                    || bare.first?.isNumber == true
                {
                    break
                }
                name.append(bare)
                if word.hasSuffix(",") || word.hasSuffix(".") { break }
            }
            let joined = name.joined(separator: " ")
            return isOutletName(joined) ? joined : nil
        }
        for opener in ["sign up for ", "subscribe to "] {
            if let range = lower.range(of: opener) {
                let tail = text[range.upperBound...]
                if let possessive = tail.range(of: "'s ") ?? tail.range(of: "’s ") {
                    let name = String(tail[..<possessive.lowerBound])
                    if isOutletName(name) { return name }
                }
            }
        }
        return nil
    }
}

/// The site's name as a page's own furniture repeats it: "Follow Lifehacker", "Sign in to CNET",
/// "Subscribe now to access Herald Sun.", "© 2017 Telegraph Media Group Limited", and a short name-shaped
/// line that the page prints more than once ("BBC News" in the menu and the footer).
struct SiteNameVotes {
    private var votes: [String: (name: String, count: Int, first: Int)] = [:]
    private var lines: [String: (name: String, count: Int, first: Int)] = [:]
    private var seen = 0

    private static let openers = [
        "follow ", "join ", "sign in to ", "log in to ", "subscribe to ", "subscribe now to access ", "work at ", "next on ",
        "back to ", "more from ", "channel ", "from: ", "block for ", "welcome to ", "about ", "contact ", "download the ",
    ]
    private static let closers = [" app", " homepage", " newsletter", " newsletters", " podcasts", " - back to home", " sponsors"]
    private static let corporate: Set<String> = ["media", "group", "limited", "ltd", "inc", "llc", "plc", "corp", "corporation", "company", "co", "holdings", "enterprises", "publishing", "digital", "ventures"]

    static func key(_ name: String) -> String {
        var lower = name.lowercased()
        if lower.hasPrefix("the ") { lower.removeFirst(4) }
        for suffix in [".com", ".co.uk", ".org", ".net"] where lower.hasSuffix(suffix) { lower.removeLast(suffix.count) }
        return lower
    }

    mutating func read(_ line: String) {
        seen += 1
        // Site furniture is short: a paragraph of prose is skipped before any other work.
        guard !line.isEmpty, line.utf8.count <= 90 else { return }
        let text = line.trimming(.whitespaces.union(ScalarSet(charactersIn: "›»>!.")))
        guard !text.isEmpty, PageChrome.wordCount(text) <= 8 else { return }
        let lower = text.lowercased()
        for opener in Self.openers where lower.hasPrefix(opener) {
            vote(String(text.dropFirst(opener.count)), weight: 1)
        }
        for closer in Self.closers where lower.hasSuffix(closer) {
            vote(String(text.dropLast(closer.count)), weight: 1)
        }
        if lower.hasPrefix("©") || lower.hasPrefix("copyright") {
            var words = text.split(separator: " ").map { String($0).trimming(ScalarSet(charactersIn: ",.")) }
            while let first = words.first, first == "©" || first.lowercased() == "copyright" || first.first?.isNumber == true || first.contains("-") && first.first?.isNumber == true {
                words.removeFirst()
            }
            var name: [String] = []
            for word in words {
                if Self.corporate.contains(word.lowercased()) || word.first?.isNumber == true || word.lowercased() == "all" { break }
                name.append(word)
            }
            vote(name.joined(separator: " "), weight: 1)
        }
        // A short name-shaped line, counted; short lines kept to find such names inside them later.
        let words = PageChrome.wordCount(text)
        if words <= 4, text.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true || $0 == "&" || $0 == "of" || $0 == "the" }),
            PageReader.isOutletName(text)
        {
            let key = Self.key(text)
            var entry = lines[key] ?? (text, 0, seen)
            entry.count += 1
            lines[key] = entry
        }
        if (2...8).contains(words), shortLines.count < 4000 { shortLines.append(text) }
    }

    private var shortLines: [String] = []

    /// How often the page prints `name` as a line of its own.
    func printedAlone(_ name: String) -> Int { lines[Self.key(name)]?.count ?? 0 }

    /// A name the page prints alone more than once ("BBC News" in the menu and the footer) gains a vote
    /// for each short line that holds it among other words ("Contact BBC News", "BBC News Services"):
    /// a menu item repeated by a duplicated menu ("UK", "World") is rarely inside other lines.
    private mutating func countRepeatedNames() {
        let repeated = lines.values.filter { $0.count >= 2 }.sorted { $0.first < $1.first }.prefix(200)
        for entry in repeated {
            let inside = shortLines.filter { line in line != entry.name && line.containsText(entry.name) && Self.wholeWord(entry.name, in: line) }.count
            if inside > 0 { vote(entry.name, weight: inside) }
        }
    }

    private static func wholeWord(_ name: String, in line: String) -> Bool {
        guard let range = line.range(of: name) else { return false }
        let before = range.lowerBound == line.startIndex ? " " : line[line.index(before: range.lowerBound)]
        let after = range.upperBound == line.endIndex ? " " : line[range.upperBound]
        return !before.isLetter && !after.isLetter
    }

    private mutating func vote(_ raw: String, weight: Int) {
        var words = raw.split(separator: " ").map(String.init)
        // "Follow Lifehacker Followed": the button's state is no part of the name.
        while let last = words.last, ["followed", "following", "unfollow", "now", "today", "free"].contains(last.lowercased()) { words.removeLast() }
        let name = words.joined(separator: " ").trimming(.whitespaces.union(ScalarSet(charactersIn: ",.:;!›»")))
        guard PageReader.isOutletName(name), !Byline.isRole(name), PageChrome.wordCount(name) <= 4,
            !name.contains("("), !name.contains(":"), name.filter(\.isLetter).count >= 2
        else { return }
        // "Store", "Premium": a menu's everyday word is no site's name.
        if words.count == 1, NameLexicon.shared.commonRank(name.lowercased()) != nil, name.dropFirst().allSatisfy(\.isLowercase) { return }
        let key = Self.key(name)
        var entry = votes[key] ?? (name, 0, seen)
        entry.count += weight
        votes[key] = entry
    }

    /// The name with the most votes, when at least three agree; names that are the headline or the
    /// writer are not the site.
    func winner(excluding: [String]) -> String? {
        var all = self
        all.countRepeatedNames()
        return all.best(excluding: excluding)
    }

    private func best(excluding: [String]) -> String? {
        let excluded = Set(excluding.map(Self.key))
        let best = votes.filter { !excluded.contains($0.key) && !Byline.isPersonName($0.value.name) || Byline.isPublicationName($0.value.name) }
            .max { ($0.value.count, -$0.value.first) < ($1.value.count, -$1.value.first) }
        guard let best, best.value.count >= 2 else { return nil }
        return best.value.name
    }
}
