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
    /// The YAML of the seed's sidecar (`<stem>.yml` beside it), whose fields win over the seed's.
    public var sidecar: Data?
    /// The sidecar's file name, for diagnostics.
    public var sidecarName: String?
    /// A digest of what is read: the seed's identity, whatever its file is called. A web page and a
    /// sidecar change how the bytes are read, so they are part of it.
    public let digest: String

    public init(name: String, data: Data, sidecar: Data? = nil, sidecarName: String? = nil) {
        self.name = name
        self.data = data
        self.sidecar = sidecar
        self.sidecarName = sidecarName
        let isWebPage = ArticleIngester.isWebPage(name)
        if sidecar == nil, !isWebPage {
            digest = ContentDigest.hex(data)
        } else {
            var salted = Data((isWebPage ? "html\n" : "text\n").utf8)
            salted.append(data)
            if let sidecar {
                salted.append(Data("\nsidecar\n".utf8))
                salted.append(sidecar)
            }
            digest = ContentDigest.hex(salted)
        }
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

/// What a build produces: the dossier, the seeds it had to skip, what it wrote, and what it warns about.
public struct BuildResult: Sendable {
    /// The site's files, when the build kept them in memory (`MemorySink`); empty otherwise.
    public var files: [String: Data]
    public var skipped: [IngestError]
    /// Things worth knowing that are not problems: seeds found to be versions of one story.
    public var notes: [String]
    public var dossier: Dossier
    /// Internal links or anchors of the built pages that lead nowhere (from custom templates, say).
    public var brokenLinks: [LinkProblem]
    /// Names the templates use that no page provides (rendered empty).
    public var templateWarnings: [TemplateWarning]
    public var pageCount: Int
    public var fileCount: Int
    /// Seeds whose analysis came from the cache.
    public var cachedSeeds: Int
    /// Wall time of each stage, in order ("ingest", "analyse", "merge", …), for `--timings`.
    public var stages: [(name: String, seconds: Double)] = []
    /// Bytes of seed text read.
    public var seedBytes: Int = 0
}

/// A named step of the build, reported as it starts ("[2/5] Ingest articles").
public struct BuildStep: Sendable, Hashable {
    public var number: Int
    public var total: Int
    public var name: String
    public var detail: String

    public var line: String { "[\(number)/\(total)] \(name)" + (detail.isEmpty ? "" : ": \(detail)") }
}

/// The pipeline: ingest → analyse each article → merge across the dossier → Markdown → pages → files.
/// Pure apart from the sink it writes to and the cache it may read: same input, same bytes out.
public enum DossierBuild {
    public static let stepNames = ["Ingest articles", "Extract people, events and figures", "Write Markdown", "Render pages"]

    /// Builds the site in memory (for `--check` and tests).
    public static func run(
        _ input: BuildInput, cache: (any AnalysisCache)? = nil, progress: (BuildStep) -> Void = { _ in },
        warning: (String) -> Void = { _ in }
    ) throws(BuildError) -> BuildResult {
        let sink = MemorySink()
        var result = try run(input, into: sink, cache: cache, progress: progress, warning: warning)
        result.files = sink.files
        return result
    }

    /// Builds the site into `sink`, page by page. `progress` hears each step as it starts, `warning` each
    /// seed that had to be skipped (also when none could be read and the build then fails).
    public static func run(
        _ input: BuildInput, into sink: any SiteSink, cache: (any AnalysisCache)?, progress: (BuildStep) -> Void = { _ in },
        warning: (String) -> Void = { _ in }
    ) throws(BuildError) -> BuildResult {
        let total = stepNames.count
        var stages: [(name: String, seconds: Double)] = []
        var lap = ContinuousClock.now
        func stage(_ name: String) {
            let now = ContinuousClock.now
            let elapsed = lap.duration(to: now)
            stages.append((name, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
            lap = now
        }
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
            if var cached = cache?.ingested(seed.digest) {
                cached.article.sourceFile = seed.name
                return .success(cached)
            }
            do throws(IngestError) {
                let ingested = try ArticleIngester.ingest(
                    data: seed.data, sourceFile: seed.name, sidecar: seed.sidecar, sidecarFile: seed.sidecarName)
                cache?.store(ingested, for: seed.digest)
                return .success(ingested)
            } catch {
                return .failure(error)
            }
        }
        stage("ingest")
        var ingested: [IngestedArticle] = []
        var digests: [String] = []
        var skipped: [IngestError] = []
        for (seed, outcome) in zip(seeds, outcomes) {
            switch outcome {
            case .success(let article):
                ingested.append(article)
                digests.append(seed.digest)
            case .failure(let error):
                skipped.append(error)
            }
        }
        for problem in skipped.sorted(by: { $0.file < $1.file }) { warning("skipped \(problem)") }
        guard !ingested.isEmpty else {
            report(1, "0 of \(counted(seeds.count, "seed file")), \(skipped.count) skipped")
            throw .noArticles(seeds: counted(seeds.count, "seed file"))
        }

        // Dates the pages left incomplete, then one article per story (versions folded in); oldest first,
        // then by headline; the content digest (the ingest order) settles the rest.
        let dated = PublicationYearInference.resolve(ingested)
        let digestOf = Dictionary(zip(dated.map(\.sourceFile), digests), uniquingKeysWith: { first, _ in first })
        let resolved = ArticleVersions.group(dated)
        digests = resolved.map { digestOf[$0.sourceFile] ?? ContentDigest.hex(Array($0.sourceFile.utf8)) }
        let versions = resolved.filter { $0.versionOf != nil }.count
        var notes: [String] = []
        for article in resolved where !article.versions.isEmpty {
            notes.append("\(article.versions.map(\.sourceFile).joined(separator: ", ")) and \(article.sourceFile) are versions of one story, counted once")
        }
        report(
            1, "\(ingested.count) of \(counted(seeds.count, "seed file"))" + (skipped.isEmpty ? "" : ", \(skipped.count) skipped")
                + (versions == 0 ? "" : ", \(versions) \(versions == 1 ? "is a version" : "are versions") of another"))
        let order = resolved.indices.sorted { lhs, rhs in
            let left = (resolved[lhs].published.map { $0.dayNumber } ?? Int.max, resolved[lhs].title, lhs)
            let right = (resolved[rhs].published.map { $0.dayNumber } ?? Int.max, resolved[rhs].title, rhs)
            return left < right
        }
        var articles = order.map { resolved[$0] }
        let articleDigests = order.map { digests[$0] }
        // Ids from the headline, with a digest of the content where two headlines are the same.
        let slugs = Slug.fromContent(zip(articles, articleDigests).map { ($0.title, $1) })
        for index in articles.indices { articles[index].id = slugs[index] }
        // Versions refer to one another by id from here on.
        let idOfSource = Dictionary(articles.map { ($0.sourceFile, $0.id) }, uniquingKeysWith: { first, _ in first })
        for index in articles.indices {
            articles[index].versionOf = articles[index].versionOf.flatMap { idOfSource[$0] }
            for version in articles[index].versions.indices {
                articles[index].versions[version].id = idOfSource[articles[index].versions[version].sourceFile] ?? ""
            }
        }

        let analysed = Array(zip(articles, articleDigests)).parallelMap { article, digest -> (ArticleFacts, Bool) in
            let dated = (article.published?.iso8601 ?? "undated") + (article.publishedProvenance == .inferredFromText ? "-inferred" : "")
            if let cached = cache?.facts(digest, published: dated) { return (cached, true) }
            let facts = ArticleAnalyzer.analyze(article)
            cache?.store(facts, for: digest, published: dated)
            return (facts, false)
        }
        stage("analyse")
        let merged = DossierMerger.merge(
            zip(articles, analysed).map { IdentifiedFacts(article: $0.id, facts: $1.0, versionOf: $0.versionOf) },
            configuration: input.configuration)
        let dossier = Dossier(
            title: input.configuration.title ?? DossierSummary.title(for: articles),
            lede: input.configuration.description ?? DossierSummary.lede(for: articles), articles: articles,
            people: merged.people, figures: merged.figures, events: merged.events)
        stage("merge")
        let links = LinkCollector()
        var fileCount = 0
        func put(_ route: SiteRoute, _ bytes: [UInt8]) throws(BuildError) {
            try sink.put(route.path, bytes)
            links.add(route.path, bytes)
            fileCount += 1
        }
        try put(.data, [UInt8](DossierJSON.data(for: dossier, excerpts: input.configuration.excerptsOnly)))
        try put(.figuresCSV, [UInt8](FigurePages.csv(for: dossier.figures)))
        report(
            2, "\(dossier.people.count) \(dossier.people.count == 1 ? "person" : "people"), \(counted(dossier.events.count, "event")), "
                + counted(dossier.figures.count, "figure"))
        stage("data files")

        // `publish: excerpts`: only the paragraphs some fact cites are written, anywhere.
        let excerpts = input.configuration.excerptsOnly ? CitedParagraphs.of(dossier) : nil
        let markdownTexts = articles.parallelMap { article in
            MarkdownWriter.markdown(for: article, links: merged.links[article.id] ?? [], keep: excerpts.map { $0[article.id] ?? [] })
        }
        for (article, text) in zip(articles, markdownTexts) { try put(.articleMarkdown(article.id), Array(text.utf8)) }
        let markdown = Dictionary(zip(articles.map(\.id), markdownTexts), uniquingKeysWith: { first, _ in first })
        report(3, counted(markdown.count, "file"))
        stage("markdown")

        let plan = SitePlan(dossier, markdown: markdown, address: address, excerpts: excerpts)
        let searchJSON = SearchPages.json(SearchPages.entries(plan.lookup))
        try put(.searchJSON, [UInt8](searchJSON))
        try put(.searchScript, [UInt8](SearchPages.script(searchJSON)))
        let descriptions = Dictionary(
            dossier.articles.map { ($0.id, SiteText.description(of: $0)) }, uniquingKeysWith: { first, _ in first })
        try put(.feed, [UInt8](AtomFeed.xml(for: dossier, descriptions: descriptions, address: address)))
        let routes = plan.routes()
        let dates = Dictionary(
            dossier.articles.compactMap { article in article.shownDate.map { (SiteRoute.article(article.id).path, $0.isoDate) } },
            uniquingKeysWith: { first, _ in first })
        try put(.sitemap, [UInt8](Sitemap.xml(routes: routes, dates: dates, address: address)))
        try put(.robots, [UInt8](Sitemap.robots(address: address)))
        for (path, data) in input.assets.sorted(by: { $0.key < $1.key }) { try put(.asset(path), [UInt8](data)) }
        stage("site plan, search, feed")

        // Pages are made, rendered and handed to the sink one at a time on every core; only their
        // links and ids stay, for the link check.
        let rendered = routes.parallelMap { route -> Result<[TemplateWarning], BuildError> in
            guard let page = plan.page(for: route) else { return .success([]) }
            do throws(BuildError) {
                let (bytes, warnings) = try renderer.render(page)
                try sink.put(route.path, bytes)
                links.add(route.path, bytes)
                return .success(warnings)
            } catch {
                return .failure(error)
            }
        }
        var templateWarnings = Set<TemplateWarning>()
        for outcome in rendered {
            switch outcome {
            case .success(let warnings): templateWarnings.formUnion(warnings)
            case .failure(let error): throw error
            }
        }
        fileCount += routes.count
        stage("pages")
        let check = links.report()
        stage("link check")
        report(4, "\(counted(routes.count, "page")), \(counted(check.linksChecked, "internal link")) checked")
        return BuildResult(
            files: [:], skipped: skipped, notes: notes, dossier: dossier, brokenLinks: check.problems,
            templateWarnings: templateWarnings.sorted(), pageCount: routes.count, fileCount: fileCount,
            cachedSeeds: analysed.filter(\.1).count, stages: stages, seedBytes: seeds.reduce(0) { $0 + $1.data.count })
    }
}

/// The tool's version and where its source lives.
public enum DossierVersion {
    public static let string = "0.5.0"
    /// The repository new projects' workflows build the tool from (overridable there).
    public static let repository = "https://github.com/dossier-news/dossier"
}

/// "1 seed file", "2 seed files".
func counted(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
}
