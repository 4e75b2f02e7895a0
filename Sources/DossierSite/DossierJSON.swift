import DossierModel
import DossierText
import DossierExtract
import DossierMarkdown
import DossierTemplates
import Foundation

/// `dossier.json`: the dossier as data, with sorted keys so that every build writes the same bytes.
package enum DossierJSON {
    package struct ArticleRecord: Encodable {
        var id: String
        var title: String
        var titleDerived: Bool
        var deck: String?
        var section: String?
        var outlet: String?
        var agency: String?
        var authors: [String]
        var contributors: [String]
        var published: String?
        var publishedDate: String?
        var publishedInferred: Bool
        var publishedProvenance: String?
        var dateline: String?
        var url: String?
        /// Where each metadata field was read: "page text", "byline", "front matter", "sidecar", a web
        /// page's "json-ld", "open graph", "meta", "time element" or "heading".
        var metadataSources: [String: String]
        var html: String
        var markdown: String
        var paragraphs: Int
        var captions: [String]
        var source: String
        var versions: [VersionRecord]
        var versionOf: String?
        /// `publish: excerpts`: the article's page and Markdown hold only its cited paragraphs.
        var excerpts: Bool

        enum CodingKeys: String, CodingKey {
            case id, title, titleDerived, deck, section, outlet, agency, authors, contributors, published
            case publishedDate, publishedInferred, publishedProvenance, dateline, url, metadataSources, html, markdown, paragraphs, captions
            case source, versions, versionOf, excerpts
        }

        /// Absent values are written as `null` so every record has the same fields.
        package func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(titleDerived, forKey: .titleDerived)
            try container.encode(deck, forKey: .deck)
            try container.encode(section, forKey: .section)
            try container.encode(outlet, forKey: .outlet)
            try container.encode(agency, forKey: .agency)
            try container.encode(authors, forKey: .authors)
            try container.encode(contributors, forKey: .contributors)
            try container.encode(published, forKey: .published)
            try container.encode(publishedDate, forKey: .publishedDate)
            try container.encode(publishedInferred, forKey: .publishedInferred)
            try container.encode(publishedProvenance, forKey: .publishedProvenance)
            try container.encode(dateline, forKey: .dateline)
            try container.encode(url, forKey: .url)
            try container.encode(metadataSources, forKey: .metadataSources)
            try container.encode(html, forKey: .html)
            try container.encode(markdown, forKey: .markdown)
            try container.encode(paragraphs, forKey: .paragraphs)
            try container.encode(captions, forKey: .captions)
            try container.encode(source, forKey: .source)
            try container.encode(versions, forKey: .versions)
            try container.encode(versionOf, forKey: .versionOf)
            try container.encode(excerpts, forKey: .excerpts)
        }
    }

    /// Another printing of the article's story, merged into it (its facts counted once).
    package struct VersionRecord: Encodable {
        var id: String
        var source: String
        var title: String
        var outlet: String?
        var agency: String?
        var authors: [String]
        var published: String?
        var publishedProvenance: String?
        var url: String?

        init(_ version: Article.Version) {
            id = version.id
            source = version.sourceFile
            title = version.title
            outlet = version.outlet
            agency = version.agency
            authors = version.authors
            published = version.published?.iso8601
            publishedProvenance = version.publishedProvenance?.rawValue
            url = version.url
        }

        package func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(source, forKey: .source)
            try container.encode(title, forKey: .title)
            try container.encode(outlet, forKey: .outlet)
            try container.encode(agency, forKey: .agency)
            try container.encode(authors, forKey: .authors)
            try container.encode(published, forKey: .published)
            try container.encode(publishedProvenance, forKey: .publishedProvenance)
            try container.encode(url, forKey: .url)
        }

        enum CodingKeys: String, CodingKey { case id, source, title, outlet, agency, authors, published, publishedProvenance, url }
    }

    package struct Document: Encodable {
        var title: String
        var lede: String
        var articles: [ArticleRecord]
        var people: [PersonRecord]
        var figures: [Figure]
        var events: [Event]
        var disagreements: [DisagreementRecord]
    }

    /// Independent sources giving different values for the same quantity, subject, place and time.
    package struct DisagreementRecord: Encodable {
        var when: String
        var unit: String
        var subject: String
        var displays: [String]
        var citations: [Citation]
    }

    package struct PersonRecord: Encodable {
        var id: String
        var name: String
        var aliases: [String]
        var roles: [Person.Sourced]
        var quotes: [Person.Sourced]
        var mentions: [MentionRecord]
        var articles: [String]
    }

    package struct MentionRecord: Encodable {
        var citation: Citation
    }

    package static func data(for dossier: Dossier, excerpts: Bool = false) -> Data {
        let articles = dossier.articles.map { article in
            ArticleRecord(
                id: article.id, title: article.title, titleDerived: article.titleDerived, deck: article.deck,
                section: article.section, outlet: article.outlet, agency: article.agency, authors: article.authors,
                contributors: article.contributors, published: article.published?.iso8601,
                publishedDate: article.published?.isoDate, publishedInferred: article.published?.yearInferred ?? false,
                publishedProvenance: article.publishedProvenance?.rawValue,
                dateline: article.dateline, url: article.url, metadataSources: article.metadataSources, html: SiteRoute.article(article.id).path,
                markdown: SiteRoute.articleMarkdown(article.id).path, paragraphs: article.paragraphs.count,
                captions: article.captions, source: article.sourceFile, versions: article.versions.map(VersionRecord.init),
                versionOf: article.versionOf, excerpts: excerpts)
        }
        let people = dossier.people.map { person in
            PersonRecord(
                id: person.id, name: person.name, aliases: person.aliases, roles: person.roles, quotes: person.quotes,
                mentions: person.mentions.map(MentionRecord.init), articles: person.articles)
        }
        let disagreements = FigureDisagreements.notes(in: dossier.figures, sameStory: DossierStories(dossier).same).map { note in
            DisagreementRecord(
                when: note.when, unit: note.unit, subject: note.subject, displays: note.figures.map(\.display),
                citations: note.figures.map(\.citation))
        }
        let document = Document(
            title: dossier.title, lede: dossier.lede, articles: articles, people: people, figures: dossier.figures,
            events: dossier.events, disagreements: disagreements)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail.
        var data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        data.append(0x0A)
        return data
    }
}

/// The paragraphs some fact cites, per article: people's mentions, roles and quotes, events, figures.
public enum CitedParagraphs {
    public static func of(_ dossier: Dossier) -> [String: Set<Int>] {
        var cited: [String: Set<Int>] = [:]
        for person in dossier.people {
            for citation in person.mentions { cited[citation.article, default: []].insert(citation.paragraph) }
            for item in person.roles + person.quotes { cited[item.citation.article, default: []].insert(item.citation.paragraph) }
        }
        for event in dossier.events {
            for source in event.citations { cited[source.article, default: []].insert(source.paragraph) }
        }
        for figure in dossier.figures { cited[figure.citation.article, default: []].insert(figure.citation.paragraph) }
        // Numbers past an article's paragraphs are its captions' (shown in full either way): no paragraph.
        for article in dossier.articles {
            let count = article.paragraphCount
            if let numbers = cited[article.id], numbers.contains(where: { $0 > count }) { cited[article.id] = numbers.filter { $0 <= count } }
        }
        return cited
    }
}
