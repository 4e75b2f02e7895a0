import Foundation
import DossierModel
import DossierText

/// Recognises what web and print pages wrap around an article: menus, "Skip to main content", share
/// rows, sign-in and subscription prompts, newsletter sign-ups, related-link headers, tag lists, copyright
/// lines, gallery counters, cookie notices. General phrases and shapes only, never outlet names.
package enum PageChrome {
    /// Lines that are chrome when they are the whole line (case and trailing punctuation aside).
    private static let wholeLines: Set<String> = [
        "menu", "search", "sign in", "sign up", "log in", "login", "register", "subscribe", "subscribe now", "share",
        "share this", "share this article", "share this story", "share on facebook", "share on twitter", "tweet",
        "facebook", "twitter", "x", "email", "e-mail", "print", "copy link", "copy url", "whatsapp", "linkedin",
        "reddit", "pinterest", "messenger", "telegram", "comments", "comment", "advertisement", "ad", "sponsored",
        "continue reading", "read more", "read more below", "related", "related stories", "related articles",
        "related content", "related coverage", "recommended", "most read", "most popular", "trending", "trending now",
        "more stories", "more news", "top stories", "latest news", "latest", "newsletter", "newsletters", "home",
        "back to top", "close", "open", "watch", "listen", "play", "video", "image", "photo", "photos", "gallery",
        "enlarge this image", "toggle caption", "hide caption", "show caption", "image caption", "image copyright",
        "expand", "collapse", "next", "previous", "prev", "accept", "accept all", "reject all", "manage preferences",
        "cookie settings", "cookies", "privacy", "privacy policy", "terms", "terms of use", "terms of service",
        "contact us", "about us", "donate", "support us", "skip", "skip to content", "skip to main content",
        "skip to navigation", "skip navigation", "jump to", "main menu", "navigation", "sections", "edition",
        "listen to this article", "follow", "follow us", "save", "bookmark", "get the app", "download the app",
        "advertise", "careers", "site map", "sitemap", "rss", "podcasts", "live", "live tv", "audio", "opinion",
        "more", "show more", "load more", "see more", "view comments", "leave a comment", "join the conversation",
        "this article is more than 5 months old", "please wait", "loading", "breaking news", "accessibility links",
        "no media source currently available", "embed", "download", "share on", "print this page", "text size",
        "resize text", "print article", "print story", "email article", "more options", "full screen", "fullscreen",
        "autoplay", "skip ad", "view photos", "view gallery", "caption", "buy photo", "username", "password",
        "accessibility help", "accessibility for screenreader", "reader comments", "loading comments", "edit",
        "get our app", "view this image", "hide", "show", "replay", "mute", "unmute", "pause", "up next", "log out",
        "all share services", "bookmark it", "reblog", "responses", "claps",
    ]

    /// Phrases that make a short line chrome wherever they appear in it.
    private static let phrases = [
        "skip to content", "skip to main content", "printable page", "return to menu", "click to ", "click here",
        "comment policy", "welcomes your comments", "all rights reserved", "powered by", "related article",
        "sign up for", "subscribe to", "share this article", "share this story", "follow us on", "terms of use",
        "privacy policy", "reprint permission", "view comments", "leave a comment", "newsletter", "story continues below",
        "continue reading", "read more", "we use cookies", "uses cookies", "cookie policy", "accept cookies",
        "you turn to us", "support independent", "donate now", "make a donation", "your inbox", "get our latest",
        "this article is more than", "min read", "minute read", "listen to this article", "download the app",
        "is licensed under a creative commons", "story highlights", "have a news tip", "send us a tip",
        "a version of this story", "this story has been updated", "editor's note:", "editor’s note:",
        "contributed to this report", "contributed reporting", "chat with us", "report an error", "more from",
        "most read", "recommended for you", "you may also like", "don't miss", "don’t miss", "trending now",
        "is sponsored by", "is supported by", "sponsored by", "paid content", "paid for by", "in partnership with",
        "create an account", "to comment", "loading comments", "check out more", "member for free",
        "second to continue", "seconds to continue", "make it your default", "tailored for our readers",
        "make a post", "you can skip this ad", "skip this ad", "ad in 5 seconds", "our app", "what's trending", "what’s trending",
        "view photo", "view this image", "to post a reply", "logged in to", "more for you", "found the story interesting",
        "what to read next", "read next", "retweet this", "share it!", "share by email", "interested in your feedback",
        "tell us what you think", "in this article:", "slide shows", "comment count", "become part of our", "enjoyed reading",
        "edit this page", "story unlisted", "licensed under", "approved author", "report a comment", "post a comment",
        "is on twitter", "follow him on", "follow her on", "follow them on", "just watched", "must watch", "more videos",
    ]

    /// Line starts that mark chrome: copyright and tag lines, related-link headers.
    private static let starts = [
        "copyright", "©", "(c) ", "related:", "see also:", "also read:", "read more:", "read also:", "more from",
        "tags:", "tag:", "topics:", "filed under:", "categories:", "follow ", "image source", "image caption",
        "image copyright", "media caption", "getty images", "subscribe ", "sign up ", "watch:", "listen:",
        "click ", "advertisement", "story continues", "this article was", "this story was", "originally published",
        "share on ", "share via ", "share to ", "share with ", "email to ", "send to ", "post to ",
    ]

    /// True for a line or block that is page furniture rather than article text.
    package static func isChrome(_ line: String) -> Bool {
        let trimmed = trim(line)
        guard !trimmed.isEmpty else { return false }
        let words = wordCount(trimmed)
        // A paragraph of prose is none of the short shapes below; only a run of timecodes can be that long.
        guard words <= 30 else { return isTimecodes(trimmed) || words <= 80 && isMostlyChrome(trimmed) }
        let lower = trimmed.lowercased()
        // "By Alex Heath, … author of the Command Line newsletter": a byline, whatever its bio mentions.
        if lower.hasPrefix("by "), trimmed.dropFirst(3).first?.isUppercase == true,
            trimmed.dropFirst(3).split(separator: " ").prefix(2).allSatisfy({ $0.first?.isUppercase == true })
        {
            return false
        }
        if wholeLines.contains(lower.trimming(.punctuationCharacters)) { return true }
        if words <= 3, isCounter(lower) { return true }
        if words <= 3, isTally(lower) { return true }
        // "Comments (10580)", "Replies (3)": a label with its count.
        if words <= 2, lower.hasSuffix(")"), let open = lower.lastIndex(of: "("), lower[lower.index(after: open)...].dropLast().allSatisfy(\.isNumber),
            ["comments", "replies", "reactions", "shares", "responses"].contains(lower[..<open].trimming(.whitespaces))
        {
            return true
        }
        // "More games news:", "More from the author:": a heading over a list of links.
        if words <= 4, lower.hasPrefix("more "), lower.hasSuffix(":") { return true }
        if isTimecodes(trimmed) { return true }
        if starts.contains(where: { lower.hasPrefix($0) }) { return true }
        if lower.containsText("©") { return true }
        if lower.containsAnyText(phrases) { return true }
        if isForeignScript(trimmed) { return true }
        if words <= 8, isRunOfButtons(lower) { return true }
        if isBreadcrumb(trimmed) { return true }
        return false
    }

    /// "This homepage is tailored for our readers in the USA. Make it your default. …": a banner of
    /// several short sentences, most of them prompts.
    private static func isMostlyChrome(_ text: String) -> Bool {
        // Cheap first: a banner has short sentences, three or more; running prose does not.
        let stops = text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: ".") || $1 == UInt8(ascii: "!") || $1 == UInt8(ascii: "?") ? 1 : 0) }
        guard stops >= 3, wordCount(text) <= stops * 9 else { return false }
        var sentences: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if ".!?".contains(character) {
                sentences.append(current)
                current = ""
            }
        }
        if !current.trimming(.whitespaces).isEmpty { sentences.append(current) }
        guard sentences.count >= 3, sentences.allSatisfy({ wordCount($0) <= 30 }) else { return false }
        return sentences.filter { isChrome($0) }.count * 2 > sentences.count
    }

    /// "Log out Sign in", "Share Tweet Email": two or more whole-line chrome items run together.
    /// The first words of the whole-line chrome items, to rule out most lines at once.
    private static let buttonFirstWords: Set<Substring> = Set(wholeLines.compactMap { $0.split(separator: " ").first } + ["log"])

    private static func isRunOfButtons(_ lower: String) -> Bool {
        guard let head = lower.split(separator: " ", maxSplits: 1).first, buttonFirstWords.contains(head) else { return false }
        let words = lower.split(separator: " ").map { String($0).trimming(.punctuationCharacters) }.filter { !$0.isEmpty }
        var index = 0
        var items = 0
        while index < words.count {
            var matched = 0
            for length in stride(from: min(4, words.count - index), through: 1, by: -1)
            where wholeLines.contains(words[index..<(index + length)].joined(separator: " ")) || words[index..<(index + length)].joined(separator: " ") == "log out" {
                matched = length
                break
            }
            guard matched > 0 else { return false }
            index += matched
            items += 1
        }
        return items >= 2
    }

    /// "Home > World > Europe", "News › Politics": a trail of short section names.
    private static func isBreadcrumb(_ text: String) -> Bool {
        // Most lines have no separator at all: one pass over the bytes first (">", "|", and the last byte
        // of "›", "»", "·").
        guard text.utf8.contains(where: { $0 == 0x3E || $0 == 0x7C || $0 == 0xBA || $0 == 0xBB || $0 == 0xB7 }) else { return false }
        let parts = text.split(whereSeparator: { ">›»".contains($0) }).map { $0.trimming(.whitespaces) }
        if parts.count >= 2 && parts.allSatisfy({ !$0.isEmpty && wordCount($0) <= 4 && $0.first?.isUppercase == true }) { return true }
        // "Branding · Terms · Privacy · Twitter": a footer's links in a row.
        let items = text.split(whereSeparator: { "·|".contains($0) }).map { $0.trimming(.whitespaces) }
        return items.count >= 3 && items.allSatisfy { !$0.isEmpty && wordCount($0) <= 5 && $0.first?.isUppercase == true }
    }

    /// Gallery and page counters: "1 of 6", "Slideshow (5 Images)", "Image 3 of 10", "Page 2".
    private static func isCounter(_ lower: String) -> Bool {
        let words = lower.split { !$0.isLetter && !$0.isNumber }
        if words.count == 3, Int(words[0]) != nil, words[1] == "of", Int(words[2]) != nil { return true }
        if words.count >= 2, ["slideshow", "gallery", "photos", "images", "image", "page"].contains(String(words[0])),
            words.dropFirst().contains(where: { Int($0) != nil })
        {
            return true
        }
        return false
    }

    /// A page's counts of its own readers: "941 comments", "653,817 VIEWS", "12 shares".
    private static func isTally(_ lower: String) -> Bool {
        let words = lower.split(separator: " ")
        guard words.count == 2, words[0].allSatisfy({ $0.isNumber || $0 == "," || $0 == "." || $0 == "k" || $0 == "m" }),
            words[0].first?.isNumber == true
        else { return false }
        return ["comments", "comment", "views", "view", "shares", "share", "likes", "reactions", "responses", "replies"].contains(String(words[1]))
    }

    /// A media player's times: "0:00 0:02:47 0:00".
    private static func isTimecodes(_ text: String) -> Bool {
        guard text.first?.isNumber == true else { return false }
        let words = text.split(separator: " ")
        return !words.isEmpty && words.allSatisfy { word in word.contains(":") && word.allSatisfy { $0.isNumber || $0 == ":" } }
    }

    /// Mostly letters of other scripts: a language switcher ("Español Français Русский 中文").
    private static func isForeignScript(_ text: String) -> Bool {
        // Only scalars past Latin count as another script: an ASCII line has none.
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return false }
        var latin = 0
        var other = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.value < 0x0250 { latin += 1 } else { other += 1 }
        }
        return other > 0 && other >= latin
    }

    static func trim(_ line: String) -> String {
        line.trimming(.whitespaces).trimming(ScalarSet(charactersIn: "*_#>•·|–—-/ "))
    }

    /// Runs of non-space scalars (what `split(whereSeparator: \.isWhitespace)` counts, without walking
    /// `Character`s).
    static func wordCount(_ text: some StringProtocol) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if UTF8Scan.isWhitespace(scalar) {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}

/// Photo captions and credits: "PHOTO: …", "(AP Photo/Name)", "… Getty Images", "Name/Reuters",
/// "Enlarge this image toggle caption Kin Cheung/AP". Kept as captions, never as title, author or text.
package enum PhotoCaption {
    /// Words that only captions and credits use.
    private static let markers = [
        "photo:", "photo by", "photograph:", "photographer:", "picture:", "image:", "credit:", "photos:", "(photo:", "(photo/", "(photo ", "(photo)",
        "(ap photo", "ap photo/", "/getty images", "getty images", "via getty", "/shutterstock", "shutterstock",
        "toggle caption", "hide caption", "enlarge this image", "file photo", "image caption", "image copyright",
        "photo illustration", "/ap)", "/ap photo",
    ]
    /// Agency credits, which also open datelines ("LONDON (Reuters) -"): a caption's only at its end.
    private static let credits = ["/afp", "/reuters", "reuters/", "(afp)", "(reuters)", "(epa)", "/epa", "epa-efe", "/bloomberg", "(ap)"]

    /// True when the line holds a word that only captions and credits use ("Getty Images", "AP Photo/").
    package static func hasMarker(_ line: String) -> Bool {
        let lower = line.lowercased()
        return lower.containsAnyText(markers)
    }

    /// True when the line is a caption or a credit.
    package static func isCaption(_ line: String) -> Bool {
        let words = PageChrome.wordCount(line)
        guard words <= 70 else { return false }
        let lower = line.lowercased()
        if lower.containsAnyText(markers) { return true }
        if words <= 45, credits.contains(where: { lower.suffix(40).containsText($0) }), !lower.hasSuffix("said."), Dateline.split(line) == nil {
            return true
        }
        return isCreditOnly(line) || hasTrailingBoldCredit(line) || hasTrailingSlashCredit(line)
    }

    /// "… on Tuesday. (Joao Laet/Getty Images)": a line that ends with a photographer and an
    /// organisation in parentheses, as photo credits are written.
    static func hasTrailingSlashCredit(_ line: String) -> Bool {
        let trimmed = line.trimming(.whitespaces)
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return false }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        guard let slash = inside.firstIndex(of: "/"), PageChrome.wordCount(String(inside)) <= 9 else { return false }
        let before = inside[..<slash]
        let after = inside[inside.index(after: slash)...]
        return before.last?.isLetter == true && after.first?.isLetter == true && before.first?.isUppercase == true
    }

    /// "Kim Jong Un **Bloomberg**": a short line ending in a credit set in bold.
    static func hasTrailingBoldCredit(_ line: String) -> Bool {
        let trimmed = line.trimming(.whitespaces)
        guard trimmed.hasSuffix("**"), PageChrome.wordCount(trimmed) <= 14 else { return false }
        let inner = trimmed.dropLast(2)
        guard let open = inner.range(of: "**", options: .backwards) else { return false }
        let credit = inner[open.upperBound...]
        return !credit.isEmpty && credit.count <= 60 && !inner[..<open.lowerBound].trimming(.whitespaces).isEmpty
    }

    /// "Name Name/Agency", "NAME NAME/AFP VIA GETTY IMAGES", "Name Name, AFP": a credit line on its own.
    static func isCreditOnly(_ line: String) -> Bool {
        let trimmed = line.trimming(.whitespaces)
        guard PageChrome.wordCount(trimmed) <= 8, let slash = trimmed.lastIndex(of: "/") else { return false }
        let after = trimmed[trimmed.index(after: slash)...].trimming(.whitespaces)
        return WireAgencies.contains(String(after.split(separator: " ").first ?? ""))
    }

    /// The caption as readers see it, without the toggles a browser copy brings along; a trailing bold
    /// credit goes in parentheses: `Kim Jong Un **Bloomberg**` reads `Kim Jong Un (Bloomberg)`.
    package static func text(_ line: String) -> String {
        var text = line
        if hasTrailingBoldCredit(line), let open = line.dropLast(2).range(of: "**", options: .backwards) {
            let subject = TextCleaner.plainText(fromMarkdown: String(line[..<open.lowerBound]))
            return subject + " (" + line[open.upperBound..<line.index(line.endIndex, offsetBy: -2)] + ")"
        }
        text = TextCleaner.plainText(fromMarkdown: text)
        for toggle in ["Enlarge this image", "toggle caption", "hide caption", "Image caption", "Image copyright"] {
            text = text.replacingOccurrences(of: toggle, with: " ")
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension PageChrome {
    /// "Sen. Chuck Grassley Charles (Chuck) Ernest GrassleyIntel community watchdog … GOP senator: Trump has
    /// changed presidency MORE (R-Iowa) told reporters": a scraped link widget — the person's formal name run
    /// on, with no space, into the headlines of other stories, closed by "MORE". The headlines go, from the
    /// run-on capital to "MORE"; the widget starts only where the word before the capital is a surname the
    /// text printed just before it.
    package static func removingLinkWidgets(_ text: String) -> String {
        guard text.containsText(" MORE") else { return text }
        var result = text
        var searchEnd = result.endIndex
        while let more = result.range(of: " MORE", options: .backwards, range: result.startIndex..<searchEnd) {
            searchEnd = more.lowerBound
            // "MORE" standing alone: the end of the text, a space, or punctuation after it.
            if more.upperBound < result.endIndex, let next = result[more.upperBound...].first, next.isLetter { continue }
            var windowStart = result.index(more.lowerBound, offsetBy: -600, limitedBy: result.startIndex) ?? result.startIndex
            // Not into the widget before this one.
            if let earlier = result.range(of: " MORE", options: .backwards, range: windowStart..<more.lowerBound) { windowStart = earlier.upperBound }
            guard let start = widgetStart(in: result[windowStart..<more.lowerBound]) else { continue }
            // Indices do not survive the edit: go on from the same offset, in the text before it.
            let offset = result.utf8.distance(from: result.startIndex, to: start)
            result.replaceSubrange(start..<more.upperBound, with: "")
            searchEnd = result.utf8.index(result.startIndex, offsetBy: offset)
        }
        return result
    }

    /// The first capital run on to a surname ("GrassleyIntel") that the text printed alone a few words before.
    private static func widgetStart(in window: Substring) -> String.Index? {
        var previous: Character?
        var wordStart = window.startIndex
        var index = window.startIndex
        while index < window.endIndex {
            let character = window[index]
            if !character.isLetter && character != "'" && character != "’" {
                wordStart = window.index(after: index)
            } else if character.isUppercase, let previous, previous.isLowercase {
                let left = window[wordStart..<index]
                if left.count >= 4 {
                    let before = window[window.startIndex..<wordStart]
                    let recent = before.split(separator: " ").suffix(8).map { $0.trimmingCharacters(in: .punctuationCharacters) }
                    if recent.contains(String(left)) { return index }
                }
            }
            previous = character
            index = window.index(after: index)
        }
        return nil
    }
}
