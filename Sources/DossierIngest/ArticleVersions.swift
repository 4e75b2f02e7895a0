import DossierModel
import DossierText

/// Finds the seeds that are versions of one story (most of their sentences the same: a wire story on two
/// sites, an update, two captures of one page). The fullest is the story's article and lists the others
/// as its versions; each version stays an article of its own (`versionOf` names the fullest, by source
/// file until ids are given), whose facts count only where it adds to that article.
public enum ArticleVersions {
    /// Sentences shorter than this say too little to tell two stories apart ("He declined to comment.").
    private static let minimumWords = 6
    /// A sentence in more articles than this is boilerplate, not evidence of one story.
    private static let commonLimit = 20

    /// The articles, in input order, with versions marked: in each group the fullest article (most
    /// paragraphs, then the earliest date, then the input order) lists the others as `versions`, and they
    /// name it in `versionOf`.
    public static func group(_ articles: [Article]) -> [Article] {
        let sentences = articles.map(signature)
        var postings: [String: [Int]] = [:]
        for (index, set) in sentences.enumerated() {
            for sentence in set { postings[sentence, default: []].append(index) }
        }
        var shared: [Int: [Int: Int]] = [:]
        for (_, holders) in postings where holders.count > 1 && holders.count <= commonLimit {
            for (position, first) in holders.enumerated() {
                for second in holders[(position + 1)...] { shared[first, default: [:]][second, default: 0] += 1 }
            }
        }
        var parent = Array(articles.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        for (first, others) in shared {
            for (second, count) in others {
                let smaller = min(sentences[first].count, sentences[second].count)
                guard count >= 3, count * 2 >= smaller else { continue }
                let (a, b) = (root(first), root(second))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var groups: [Int: [Int]] = [:]
        for index in articles.indices { groups[root(index), default: []].append(index) }
        var result = articles
        for index in articles.indices where root(index) == index {
            let members = groups[index] ?? [index]
            guard members.count > 1 else { continue }
            let primary = members.min { lhs, rhs in
                let left = (-articles[lhs].paragraphs.count, articles[lhs].published.map { $0.dayNumber } ?? Int.max, lhs)
                let right = (-articles[rhs].paragraphs.count, articles[rhs].published.map { $0.dayNumber } ?? Int.max, rhs)
                return left < right
            } ?? index
            result[primary].versions = members.filter { $0 != primary }.map { Article.Version(of: articles[$0]) }
            for member in members where member != primary { result[member].versionOf = articles[primary].sourceFile }
        }
        return result
    }

    /// The article's sentences of some length, lowercased and stripped of punctuation.
    private static func signature(_ article: Article) -> Set<String> {
        var result = Set<String>()
        for paragraph in article.paragraphs {
            for sentence in SentenceSplitter.sentences(in: paragraph) {
                let words = WordScan.words(sentence.lowercased(), digits: true)
                guard words.count >= minimumWords else { continue }
                result.insert(words.joined(separator: " "))
            }
        }
        return result
    }
}
