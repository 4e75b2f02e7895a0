import DossierModel
import DossierText

/// Extraction in one call: each article analysed on its own (in parallel), then merged across the
/// dossier. The build does the same in two steps so that it can cache the analysis of each seed.
public enum Extraction {
    public static func run(_ articles: [Article], configuration: DossierConfiguration = DossierConfiguration()) -> MergedFacts {
        let facts = articles.parallelMap(ArticleAnalyzer.analyze)
        return DossierMerger.merge(
            zip(articles, facts).map { IdentifiedFacts(article: $0.id, facts: $1, versionOf: $0.versionOf) },
            configuration: configuration)
    }
}

/// The people of a set of articles, most prominent first (articles, then mentions).
public enum PersonExtractor {
    public static func people(in articles: [Article], configuration: DossierConfiguration = DossierConfiguration()) -> [Person] {
        Extraction.run(articles, configuration: configuration).people
    }
}
