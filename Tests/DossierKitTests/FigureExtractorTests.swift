import Foundation
import Testing

@testable import DossierKit
@testable import DossierModel
@testable import DossierText
@testable import DossierIngest
@testable import DossierMarkdown
@testable import DossierExtract
@testable import DossierTemplates
@testable import DossierSite
@testable import DossierRender

@Suite("Figures: extraction, grouping, table and CSV")
struct FigureExtractorTests {
    private func figures(_ sentence: String, year: Int = 2021) -> [Figure] {
        let article = Article(
            id: "a", sourceFile: "a.txt", title: "a", published: PublicationDate(year: year, month: 6, day: 1),
            blocks: [.paragraph(sentence)])
        return FigureExtractor.figures(in: [article])
    }

    private func seedFigure(_ display: String) throws -> Figure {
        let all = try Fixtures.builtSite().dossier.figures
        return try #require(all.first { $0.display == display }, "no figure \(display) in \(all.map(\.display))")
    }

    @Test("The seeds' figures are in the table with value, unit, time and source")
    func seedFigures() throws {
        let trade = try seedFigure("$34 million")
        #expect(trade.value == 34_000_000 && trade.unit == "USD" && trade.when == "2018")
        #expect(trade.subject == "Russia-North Korean trade")
        let before = try seedFigure("$78 million")
        #expect(before.value == 78_000_000 && before.when == "2017")
        #expect(try seedFigure("56%").unit == "%")
        #expect(try seedFigure("only 1.4%").value == 1.4)
        #expect(try seedFigure("94.8%").subject == "North Korea’s trade")
        let revenue = try seedFigure("some $2 billion annually")
        #expect(revenue.value == 2_000_000_000 && revenue.unit == "USD per year" && revenue.group == "money:revenue")
        #expect(try seedFigure("more than $500 million a year").qualifier == "more than")
        #expect(try seedFigure("about 1.5 percent").subject == "country's economy")
        let border = try seedFigure("17 kilometer (11 mile)")
        #expect(border.value == 17 && border.unit == "km" && border.subject == "border")
        #expect(try seedFigure("an estimated $6 trillion").value == 6e12)
        let wheat = try seedFigure("more than 2,000 tons")
        #expect(wheat.value == 2000 && wheat.unit == "tons" && wheat.subject == "wheat")
        #expect(try seedFigure("$1 billion").when == "2020")
        #expect(try seedFigure("tenfold").value == 10)
        let workers = try Fixtures.builtSite().dossier.figures.filter { $0.group == "count:worker" }.map(\.value)
        #expect(Set(workers).isSuperset(of: [10_000, 11_500, 24_000, 30_000, 50_000]))
        let earlier = try seedFigure("some 24,000 workers")
        #expect(earlier.when == "end of 2017")
        #expect(try seedFigure("as many as 50,000").qualifier == "as many as")
        #expect(try seedFigure("hundreds of millions of dollars").vague)
    }

    @Test("No year, date, time or page number is a figure")
    func notFigures() throws {
        let all = try Fixtures.builtSite().dossier.figures
        for figure in all {
            #expect(!(1900...2100).contains(Int(figure.value)) || figure.display.contains(","), "\(figure.display)")
        }
        let sentence = "On April 24, 2019 at 10:08 p.m. in 2018 on Page 3 of 6, the 1990s and 1950-53 and 24th G20 7Dnews."
        #expect(figures(sentence).isEmpty, "\(figures(sentence).map(\.display))")
    }

    @Test("Money, with scale words, currencies and rates")
    func money() {
        let found = figures("The company lost about €40 million, or nearly $45 million, last year and expects 3 billion euros in sales.")
        #expect(found.contains { $0.display == "nearly $45 million" && $0.value == 45e6 && $0.when == "2020" })
        #expect(found.contains { $0.value == 3e9 && $0.unit == "EUR" && $0.subject == "sales" })
    }

    @Test("Percentages, shares and multipliers")
    func shares() {
        let found = figures("Turnout rose to 67.3 percent, and two-thirds of voters backed the plan, a threefold increase.")
        #expect(found.contains { $0.value == 67.3 && $0.unit == "%" })
        #expect(found.contains { $0.display == "two-thirds" && $0.subject == "voters" })
        #expect(found.contains { $0.unit == "×" && $0.value == 3 })
    }

    @Test("Counts and measures with qualifiers and subjects")
    func counts() {
        let found = figures("At least 1,200 firefighters battled a blaze that burned 5,000 acres near a 40 km highway.")
        let crews = found.first { $0.unit == "firefighters" }
        #expect(crews?.qualifier == "at least" && crews?.value == 1200)
        #expect(found.contains { $0.unit == "acres" && $0.value == 5000 })
        #expect(found.contains { $0.unit == "km" && $0.value == 40 && $0.subject == "highway" })
    }

    @Test("Vague amounts keep a range")
    func vague() {
        let found = figures("The storm displaced tens of thousands of residents and caused billions of dollars in damage.")
        let displaced = found.first { $0.unit == "residents" }
        // The value is the low end a reader can be sure of: "tens of thousands" is at least twenty thousand.
        #expect(displaced?.vague == true && displaced?.value == 20_000 && displaced?.range == [20_000, 200_000])
        #expect(found.contains { $0.unit == "USD" && $0.value == 2e9 && $0.range == [2e9, 2e10] })
    }

    @Test("Figures about the same thing group across spellings; differing sources are noted")
    func grouping() {
        let first = Article(id: "a", sourceFile: "a", title: "a", published: PublicationDate(year: 2020, month: 1, day: 1),
            blocks: [.paragraph("About 3,000 labourers worked on the dam in 2019.")])
        let second = Article(id: "b", sourceFile: "b", title: "b", published: PublicationDate(year: 2020, month: 1, day: 2),
            blocks: [.paragraph("Some 4,500 workers were employed at the dam in 2019.")])
        let found = FigureExtractor.figures(in: [first, second])
        #expect(Set(found.map(\.group)) == ["count:worker"])
        let notes = FigureGroup.disagreements(found)
        #expect(notes.count == 1)
        #expect(notes.first?.when == "2019")
        #expect(Set(notes.first?.items.map(\.article) ?? []) == ["a", "b"])
    }

    @Test("figures.csv is RFC 4180 and the page shows every figure")
    func csvAndPage() throws {
        let site = try Fixtures.builtSite()
        let csv = try Fixtures.text("figures.csv", in: site)
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "group,display,value,unit,qualifier,subject,when,vague,article,paragraph,sentence")
        #expect(lines.count == site.dossier.figures.count + 1)
        #expect(csv.contains(",\"U.N. sanctions have made a dent in Russia-North Korean trade, which"))
        let page = try Fixtures.text("figures.html", in: site)
        #expect(page.contains("<th scope=\"col\">Qualifier</th>"))
        #expect(page.contains("Sources differ for"))
        #expect(page.contains("$34 million"))
    }
}
