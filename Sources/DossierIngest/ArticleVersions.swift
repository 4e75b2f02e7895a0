import DossierModel
import DossierText

/// Finds the seeds that are versions of one story (most of their sentences the same: a wire story on two
/// sites, an update, two captures of one page) and keeps one article per story, listing the others as its
/// versions, so that every fact is counted once.
public enum ArticleVersions {
    /// Sentences shorter than this say too little to tell two stories apart ("He declined to comment.").
    private static let minimumWords = 6
    /// A sentence in more articles than this is boilerplate, not evidence of one story.
    private static let commonLimit = 20

    /// The articles with versions folded in: each group keeps its fullest article (most paragraphs, then
    /// the earliest date, then the input order), with the others as `versions`.
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
        var result: [Article] = []
        for index in articles.indices where root(index) == index {
            let members = groups[index] ?? [index]
            let primary = members.min { lhs, rhs in
                let left = (-articles[lhs].paragraphs.count, articles[lhs].published.map { $0.dayNumber } ?? Int.max, lhs)
                let right = (-articles[rhs].paragraphs.count, articles[rhs].published.map { $0.dayNumber } ?? Int.max, rhs)
                return left < right
            } ?? index
            var article = articles[primary]
            article.versions = members.filter { $0 != primary }.map { Article.Version(of: articles[$0]) }
            result.append(article)
        }
        return result
    }

    /// The article's sentences of some length, lowercased and stripped of punctuation.
    private static func signature(_ article: Article) -> Set<String> {
        var result = Set<String>()
        for paragraph in article.paragraphs {
            for sentence in SentenceSplitter.sentences(in: paragraph) {
                let words = sentence.lowercased().split { !$0.isLetter && !$0.isNumber }
                guard words.count >= minimumWords else { continue }
                result.insert(words.joined(separator: " "))
            }
        }
        return result
    }
}
