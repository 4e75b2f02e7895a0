import DossierModel
import DossierText
import DossierIngest
import DossierMarkdown
import DossierExtract
import DossierSite
import DossierTemplates
import DossierRender
import Foundation

/// A seed file as read from disk.
public struct SeedFile: Sendable, Hashable {
    public var name: String
    public var data: Data
    /// A digest of the bytes: the seed's identity, whatever its file is called.
    public let digest: String

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
        digest = ContentDigest.hex(data)
    }
}

/// Everything a build reads, already loaded: the build itself does no I/O.
public struct BuildInput: Sendable {
    public var seeds: [SeedFile]
    /// Template name (`layout`, `article`, `partials/source`) → Mustache text.
    public var templates: [String: String]
    /// Static files copied under `assets/`, by path relative to it.
    public var assets: [String: Data]
    public var configuration: DossierConfiguration
    /// Where the site will be published (`--base-url`); overrides `base_url` in the configuration.
    public var baseURL: String?

    public init(
        seeds: [SeedFile], templates: [String: String], assets: [String: Data],
        configuration: DossierConfiguration = DossierConfiguration(), baseURL: String? = nil
    ) {
        self.seeds = seeds
        self.templates = templates
        self.assets = assets
        self.configuration = configuration
        self.baseURL = baseURL
    }
}

/// What a build produces: the site's files by relative path, and the seeds it had to skip.
public struct BuildResult: Sendable {
    public var files: [String: Data]
    public var skipped: [IngestError]
    public var dossier: Dossier
    /// Internal links or anchors of the built pages that lead nowhere (from custom templates, say).
    public var brokenLinks: [LinkProblem]
    /// Names the templates use that no page provides (rendered empty).
    public var templateWarnings: [TemplateWarning]

    public var pageCount: Int { files.keys.filter { $0.hasSuffix(".html") }.count }
}

/// A named step of the build, reported as it starts ("[2/5] Ingest articles").
public struct BuildStep: Sendable, Hashable {
    public var number: Int
    public var total: Int
    public var name: String
    public var detail: String

    public var line: String { "[\(number)/\(total)] \(name)" + (detail.isEmpty ? "" : ": \(detail)") }
}

/// The pipeline: ingest → Markdown → extract → site model → render. Pure: same input, same bytes out.
public enum DossierBuild {
    public static let stepNames = ["Ingest articles", "Extract people, events and figures", "Write Markdown", "Render pages"]

    /// Builds the site in memory. `progress` hears each step as it starts, `warning` each seed that had
    /// to be skipped (also when none could be read and the build then fails).
    public static func run(
        _ input: BuildInput, progress: (BuildStep) -> Void = { _ in }, warning: (String) -> Void = { _ in }
    ) throws(BuildError) -> BuildResult {
        let total = stepNames.count
        func report(_ number: Int, _ detail: String) {
            progress(BuildStep(number: number, total: total, name: stepNames[number - 1], detail: detail))
        }
        let renderer = try TemplateRenderer(templates: input.templates)
        let address = try SiteAddress.validated(
            input.baseURL ?? input.configuration.baseURL, origin: input.baseURL == nil ? "dossier.yml" : "--base-url")

        // Facts must not depend on file names or their order: articles are taken in the order of their
        // content (digest), and names only break ties between identical files.
        let seeds = input.seeds.sorted { ($0.digest, $0.name) < ($1.digest, $1.name) }
        let outcomes = seeds.parallelMap { seed -> Result<IngestedArticle, IngestError> in
            do throws(IngestError) {
                return .success(try ArticleIngester.ingest(data: seed.data, sourceFile: seed.name))
            } catch {
                return .failure(error)
            }
        }
        let ingested = outcomes.compactMap { try? $0.get() }
        let skipped = outcomes.compactMap { outcome -> IngestError? in
            if case .failure(let error) = outcome { return error }
            return nil
        }
        for problem in skipped.sorted(by: { $0.file < $1.file }) { warning("skipped \(problem)") }
        report(1, "\(ingested.count) of \(seeds.count) seed files" + (skipped.isEmpty ? "" : ", \(skipped.count) skipped"))
        guard !ingested.isEmpty else { throw .noArticles(seeds: "\(seeds.count) seed files") }

        // Oldest first, then by headline; the content digest (the ingest order) settles the rest.
        var articles = PublicationYearInference.resolve(ingested).enumerated().sorted { lhs, rhs in
            let left = (lhs.element.published.map { $0.dayNumber } ?? Int.max, lhs.element.title, lhs.offset)
            let right = (rhs.element.published.map { $0.dayNumber } ?? Int.max, rhs.element.title, rhs.offset)
            return left < right
        }.map(\.element)
        let slugs = Slug.unique(articles.map(\.title))
        for index in articles.indices { articles[index].id = slugs[index] }

        let extraction = PersonExtractor.extract(from: articles, configuration: input.configuration)
        let dossier = Dossier(
            title: input.configuration.title ?? DossierSummary.title(for: articles),
            lede: input.configuration.description ?? DossierSummary.lede(for: articles), articles: articles,
            people: extraction.people, figures: FigureExtractor.figures(in: articles),
            events: EventExtractor.events(in: articles, people: extraction.people))
        var files: [String: Data] = [:]
        files["dossier.json"] = DossierJSON.data(for: dossier)
        files["figures.csv"] = FigurePages.csv(for: dossier.figures)
        report(2, "\(dossier.people.count) people, \(dossier.events.count) events, \(dossier.figures.count) figures")

        let markdownTexts = articles.parallelMap { MarkdownWriter.markdown(for: $0, links: extraction.links[$0.id] ?? []) }
        let markdown = Dictionary(uniqueKeysWithValues: zip(articles.map(\.id), markdownTexts))
        for (id, text) in markdown { files["articles/\(id).md"] = Data(text.utf8) }
        report(3, "\(markdown.count) files")

        let lookup = TimelinePages.Lookup(dossier)
        let search = SearchPages.entries(for: dossier, lookup: lookup)
        let pages = SiteModel.pages(for: dossier, markdown: markdown, address: address, search: search, lookup: lookup)
        let searchJSON = SearchPages.json(search)
        files["search.json"] = searchJSON
        files["search-index.js"] = SearchPages.script(searchJSON)
        let descriptions = Dictionary(
            dossier.articles.map { ($0.id, SiteModel.description(of: $0)) }, uniquingKeysWith: { first, _ in first })
        files["feed.xml"] = AtomFeed.xml(for: dossier, descriptions: descriptions, address: address)
        let dates = Dictionary(
            dossier.articles.compactMap { article in article.published.map { ("articles/\(article.id).html", $0.isoDate) } },
            uniquingKeysWith: { first, _ in first })
        files["sitemap.xml"] = Sitemap.xml(pages: pages, dates: dates, address: address)
        files["robots.txt"] = Sitemap.robots(address: address)
        let rendered = pages.parallelMap { page -> Result<(String, [UInt8], [TemplateWarning]), BuildError> in
            do throws(BuildError) {
                let (bytes, warnings) = try renderer.render(page)
                return .success((page.path, bytes, warnings))
            } catch {
                return .failure(error)
            }
        }
        var templateWarnings = Set<TemplateWarning>()
        for outcome in rendered {
            switch outcome {
            case .success(let (path, bytes, warnings)):
                files[path] = Data(bytes)
                templateWarnings.formUnion(warnings)
            case .failure(let error): throw error
            }
        }
        for (path, data) in input.assets { files["assets/" + path] = data }
        let links = SiteLinks.check(files)
        report(4, "\(pages.count) pages, \(links.linksChecked) internal links checked")
        return BuildResult(
            files: files, skipped: skipped, dossier: dossier, brokenLinks: links.problems,
            templateWarnings: templateWarnings.sorted())
    }
}
