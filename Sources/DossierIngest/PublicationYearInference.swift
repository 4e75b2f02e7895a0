import DossierModel

/// Dates for articles whose pages gave an incomplete one or none, from what the dossier allows, always
/// flagged with their reason: a header date without a year (`04/23 06:41`) takes the year that puts it
/// closest to the other articles' dates; an undated article takes the latest full date its own text
/// mentions, when that date is not after the others'. Otherwise it stays undated.
public enum PublicationYearInference {
    public static func resolve(_ ingested: [IngestedArticle]) -> [Article] {
        let known = ingested.compactMap(\.article.published).map(\.dayNumber).sorted()
        let median = known.isEmpty ? nil : known[known.count / 2]
        let latest = known.last
        return ingested.map { item in
            var article = item.article
            guard article.published == nil else { return article }
            if let partial = item.yearlessDate {
                guard let median else { return article }
                let medianYear = CivilCalendar.date(fromDayNumber: median).year
                let candidates = [medianYear - 1, medianYear, medianYear + 1].filter {
                    partial.day <= CivilCalendar.daysInMonth(year: $0, month: partial.month)
                }
                let best = candidates.min {
                    abs(CivilCalendar.dayNumber(year: $0, month: partial.month, day: partial.day) - median)
                        < abs(CivilCalendar.dayNumber(year: $1, month: partial.month, day: partial.day) - median)
                }
                if let best {
                    article.published = PublicationDate(
                        year: best, month: partial.month, day: partial.day, hour: partial.hour,
                        minute: partial.minute, utcOffset: partial.utcOffset, yearInferred: true)
                    article.publishedProvenance = .yearInferred
                    article.metadataSources["published"] = DateProvenance.yearInferred.rawValue
                }
                return article
            }
            if let mentioned = latestDate(in: article, notAfter: latest.map { $0 + 2 }) {
                article.published = mentioned
                article.publishedProvenance = .inferredFromText
                article.metadataSources["published"] = DateProvenance.inferredFromText.rawValue
            }
            return article
        }
    }

    /// The latest full date (day, month, year) the article's paragraphs and captions mention.
    private static func latestDate(in article: Article, notAfter limit: Int?) -> PublicationDate? {
        var best: PublicationDate?
        for text in article.paragraphs + article.captions {
            for found in DateLineParser.dates(in: text) {
                guard let year = found.date.year else { continue }
                let date = PublicationDate(year: year, month: found.date.month, day: found.date.day)
                if let limit, date.dayNumber > limit { continue }
                if best.map({ date.dayNumber > $0.dayNumber }) ?? true { best = date }
            }
        }
        return best
    }
}
