import DossierModel
import DossierText
/// Gives a year to header dates that printed none (`04/23 06:41`), from the other articles in the dossier:
/// the year that puts the date closest to their median date. Marked as inferred; never guessed alone.
public enum PublicationYearInference {
    public static func resolve(_ ingested: [IngestedArticle]) -> [Article] {
        let known = ingested.compactMap(\.article.published).map(\.dayNumber).sorted()
        let median = known.isEmpty ? nil : known[known.count / 2]
        return ingested.map { item in
            var article = item.article
            guard article.published == nil, let partial = item.yearlessDate, let median else { return article }
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
            }
            return article
        }
    }
}
