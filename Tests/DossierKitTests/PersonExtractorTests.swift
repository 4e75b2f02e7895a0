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

@Suite("People: recognition, merging, roles and quotes")
struct PersonExtractorTests {
    private func article(_ id: String, _ paragraphs: [String], date: PublicationDate? = nil) -> Article {
        Article(id: id, sourceFile: "\(id).txt", title: id, published: date, blocks: paragraphs.map(Article.Block.paragraph))
    }

    private func person(_ name: String, in people: [Person]) throws -> Person {
        try #require(people.first { $0.name == name }, "no person \(name) in \(people.map(\.name))")
    }

    @Test("Every named person in the seeds has exactly one page, and nothing else does")
    func seedPeople() throws {
        let people = try Fixtures.builtSite().dossier.people
        let expected: Set<String> = [
            "Kim Jong Un", "Vladimir Putin", "Donald Trump", "Sergei Lavrov", "Andrei Lankov", "Kim Il Sung",
            "Moon Jae-in", "Artyom Lukin", "Fyodor Lukyanov", "Kim Jong Il", "Nicholas Eberstadt", "Yury Ushakov",
            "Anthony Rinna", "Dmitry Medvedev", "Fedot Tumusov", "Georgy Toloraya", "John Bolton", "Josef Stalin",
            "Stephen E. Biegun", "Xi Jinping",
        ]
        #expect(Set(people.map(\.name)) == expected)
        #expect(people.count == expected.count)
        #expect(Set(people.map(\.id)).count == people.count)
        #expect(people.first?.name == "Kim Jong Un")
        let kim = try person("Kim Jong Un", in: people)
        #expect(kim.aliases.contains("Kim Jong-un"))
        #expect(kim.articles.count == 5)
        for name in ["North Korea", "Security Council", "Kookmin University", "Interfax", "Sekai Nippo", "Getty Images", "Belt and Road"] {
            #expect(!people.contains { $0.name.contains(name) }, "\(name) is not a person")
        }
    }

    @Test("Roles from title phrases and appositives, with citations")
    func seedRoles() throws {
        let people = try Fixtures.builtSite().dossier.people
        #expect(try person("Vladimir Putin", in: people).roles.first?.text == "Russian President")
        #expect(try person("Stephen E. Biegun", in: people).roles.map(\.text) == ["U.S. Special Envoy for North Korea"])
        #expect(try person("Fedot Tumusov", in: people).roles.map(\.text) == ["Russian lawmaker"])
        #expect(try person("John Bolton", in: people).roles.map(\.text) == ["national security adviser"])
        let lankov = try person("Andrei Lankov", in: people)
        #expect(lankov.roles.contains {
            $0.text == "a Russian expert on North Korea and a professor at Kookmin University in Seoul" && $0.citation.paragraph == 7
        })
        #expect(try person("Kim Jong Il", in: people).roles.map(\.text) == ["Kim's father"])
        #expect(try person("Yury Ushakov", in: people).roles.map(\.text) == ["Putin's foreign-policy aide", "the Kremlin aide"])
    }

    @Test("Quotes are attributed to the analysts who said them")
    func seedQuotes() throws {
        let people = try Fixtures.builtSite().dossier.people
        let counts = ["Fyodor Lukyanov": 2, "Andrei Lankov": 4, "Georgy Toloraya": 2, "Nicholas Eberstadt": 2, "Artyom Lukin": 2, "Sergei Lavrov": 3, "Anthony Rinna": 2]
        for (name, count) in counts {
            #expect(try person(name, in: people).quotes.count == count, "\(name)")
        }
        let lavrov = try person("Sergei Lavrov", in: people).quotes.map(\.text)
        let first = try #require(lavrov.first { $0.hasPrefix("North Korea’s steps on the track of gradual disarmament") })
        let second = try #require(lavrov.first { $0.hasPrefix("Steps by the DPRK towards gradual disarmament") })
        #expect(QuoteSimilarity.isSameRemark(first, second))
        let rinna = try person("Anthony Rinna", in: people).quotes
        #expect(rinna.map(\.citation.paragraph) == [12, 13])
        let attributed = people.reduce(0) { $0 + $1.quotes.count }
        #expect(attributed == 17)
        #expect(try person("Kim Jong Un", in: people).quotes.isEmpty)
    }

    @Test("Titles, honorifics and surname-only mentions in new text")
    func titlesAndSurnames() throws {
        let text = article("a", [
            "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday, officials said.",
            "Mr. Scholz later flew to Berlin. Macron stayed behind.",
            "Dr. Jane Goodall, a primatologist at the Jane Goodall Institute, joined them. Goodall spoke briefly.",
        ])
        let people = PersonExtractor.people(in: [text])
        #expect(Set(people.map(\.name)) == ["Olaf Scholz", "Emmanuel Macron", "Jane Goodall"])
        #expect(try person("Olaf Scholz", in: people).roles.map(\.text) == ["German Chancellor"])
        #expect(try person("Olaf Scholz", in: people).mentions.count == 2)
        #expect(try person("Emmanuel Macron", in: people).roles.map(\.text) == ["French President"])
        #expect(try person("Jane Goodall", in: people).roles.map(\.text) == ["a primatologist at the Jane Goodall Institute"])
        #expect(try person("Jane Goodall", in: people).mentions.count == 2)
    }

    @Test("Hyphen and initial variants merge; plural honorifics resolve each name")
    func variantsMerge() throws {
        let first = article("a", ["South Korean President Moon Jae-in met Joseph R. Biden at the White House on Friday."])
        let second = article("b", [
            "Moon Jae In and Joseph Biden spoke again by phone, the Blue House said.",
            "Talks between Messrs. Biden and Moon went well.",
        ])
        let people = PersonExtractor.people(in: [first, second])
        #expect(Set(people.map(\.name)) == ["Moon Jae In", "Joseph R. Biden"] || Set(people.map(\.name)) == ["Moon Jae-in", "Joseph R. Biden"])
        let biden = try person("Joseph R. Biden", in: people)
        #expect(biden.articles == ["a", "b"])
        #expect(biden.mentions.count == 3)
        #expect(biden.aliases.contains("Joseph Biden"))
    }

    @Test("A quote that runs into the next paragraph keeps its speaker")
    func quoteAcrossParagraphs() throws {
        let text = article("a", [
            "“We will rebuild every school that was lost,” said Anne Hidalgo, the mayor of the city.",
            "“It will take years, but the city will come back stronger than before.”",
            "The council approved the plan on Tuesday.",
        ])
        let hidalgo = try person("Anne Hidalgo", in: PersonExtractor.people(in: [text]))
        #expect(hidalgo.quotes.map(\.citation.paragraph) == [1, 2])
        #expect(hidalgo.quotes.last?.text == "It will take years, but the city will come back stronger than before.")
        #expect(hidalgo.roles.map(\.text) == ["the mayor of the city"])
    }

    @Test("A quotation opening a paragraph with no attribution, right after reported speech, is the reporter's; not when it names them")
    func quoteAfterReportedSpeech() throws {
        let text = article("a", [
            "American Dana Molina, who was watching from a balcony, said the fireworks had just ended.",
            "“People were flooding the streets, just walking away from the show, and then the truck came.” She estimated its speed.",
            "Attorney General Jeff Sessions said he would testify on Tuesday.",
            "“(Sessions) believes it is important for the American people to hear the truth.”",
        ])
        let people = PersonExtractor.people(in: [text])
        #expect(try person("Dana Molina", in: people).quotes.map(\.text) == ["People were flooding the streets, just walking away from the show, and then the truck came."])
        #expect(try person("Jeff Sessions", in: people).quotes.isEmpty)
    }

    @Test("An epithet of state and party ('said the Arkansas Republican') is the person just named")
    func partyEpithet() throws {
        let text = article("a", [
            "Sen. Tom Cotton, a member of the Senate Intelligence Committee, said the sanctions were on target.",
            "“Putin’s cronies should pay for their crimes, not profit off them,” said the Arkansas Republican.",
            "“This is another strong move by the administration,” the Arkansas Republican said.",
        ])
        let cotton = try person("Tom Cotton", in: PersonExtractor.people(in: [text]))
        #expect(cotton.quotes.map(\.text) == ["Putin’s cronies should pay for their crimes, not profit off them", "This is another strong move by the administration"])
        // A paragraph that stops right after its verb of saying attributes nothing (and reads no token past its end).
        let cut = article("b", ["Sen. Ann Lee spoke to reporters on Monday.", "“We will not accept this plan from the council,” said"])
        #expect(PersonExtractor.people(in: [cut]).allSatisfy { $0.quotes.isEmpty })
    }

    @Test("A participle of saying reports the quotation that ends its clause")
    func participleOfSaying() throws {
        let text = article("a", [
            "Connecticut Sen. Ann Lee ended a series of speeches at 2 a.m. after promising at the outset that she would remain on the floor “until we get some signal that we can come together.”",
        ])
        #expect(try person("Ann Lee", in: PersonExtractor.people(in: [text])).quotes.map(\.text) == ["until we get some signal that we can come together."])
    }

    @Test("A possessive written with two apostrophes (a typo) is still the name's possessive")
    func doubledApostrophe() {
        let text = article("a", [
            "Palestinian President Mahmoud Abbas spoke in Ramallah on Monday.",
            "The delegation is led by one of Palestinian President Mahmoud Abbas’' confidants.",
        ])
        #expect(PersonExtractor.people(in: [text]).map(\.name) == ["Mahmoud Abbas"])
    }

    @Test("A long appositive between the speaker and the verb keeps the quote with the speaker, not a name inside it")
    func longAppositive() throws {
        let text = article("a", [
            "The campaign hired the veteran strategist Paul Manafort on Thursday.",
            "Manafort, a veteran strategist who worked on White House campaigns for President Gerald Ford in 1976 and Kansas Sen. Bob Dole in 1996, told reporters that the rival campaign was using an approach in which “they don't care about the party at all.”",
        ])
        let people = PersonExtractor.people(in: [text])
        #expect(try person("Paul Manafort", in: people).quotes.map(\.text) == ["they don't care about the party at all."])
        #expect(people.allSatisfy { $0.name == "Paul Manafort" || $0.quotes.isEmpty })
    }

    @Test("“…,” he said goes to the person named just before")
    func pronounAttribution() throws {
        let text = article("a", [
            "Finance Minister Rishi Sunak spoke to reporters outside the Treasury on Wednesday.",
            "“The budget is balanced and the economy is growing again,” he said.",
            "Opposition leader Keir Starmer said: “This budget leaves working families behind once more.”",
        ])
        let people = PersonExtractor.people(in: [text])
        #expect(try person("Rishi Sunak", in: people).quotes.map(\.text) == ["The budget is balanced and the economy is growing again"])
        #expect(try person("Keir Starmer", in: people).quotes.map(\.text) == ["This budget leaves working families behind once more."])
    }

    @Test("Capitalised phrases that are places, organisations or publications are not people")
    func nonPersons() {
        let text = article("a", [
            "The European Central Bank raised rates, the Financial Times newspaper reported, citing analysts at Goldman Sachs.",
            "Trade through New Zealand fell, according to the Pacific Islands Forum.",
            "Critics called the plan “a recipe for disaster and delay” in a statement.",
        ])
        let people = PersonExtractor.people(in: [text])
        #expect(people.isEmpty, "\(people.map(\.name))")
    }

    @Test("Unattributed quotations stay unattributed")
    func noGuessing() throws {
        let text = article("a", [
            "Prime Minister Jacinda Ardern visited the site on Sunday.",
            "Residents were angry. “Nobody told us anything about the closure until it happened,” one woman shouted.",
        ])
        #expect(try person("Jacinda Ardern", in: PersonExtractor.people(in: [text])).quotes.isEmpty)
    }

    @Test("dossier.yml overrides: extra aliases, non-people, role corrections")
    func overrides() throws {
        let text = article("a", [
            "Acme chief Wile Coyote said on Monday that sales rose. Road Runner Inc disagreed.",
            "Senator Bugs Bunny, a member of the committee, asked questions. Wile E. Coyote left early.",
        ])
        let configuration = DossierConfiguration(
            aliases: ["Wile Coyote": ["Wiley Coyote"]], notPeople: ["Bugs Bunny"], roles: ["Wile E. Coyote": "chief executive of Acme"])
        let people = PersonExtractor.people(in: [text], configuration: configuration)
        #expect(people.map(\.name) == ["Wile E. Coyote"])
        #expect(people.first?.roles.first?.text == "chief executive of Acme")
    }

    @Test("Article pages link names to people pages, and every person has a page")
    func pages() throws {
        let site = try Fixtures.builtSite()
        let article = try Fixtures.article(titled: "Korea’s Kim Enters")
        let html = try Fixtures.text("articles/\(article.id).html", in: site)
        #expect(html.contains("<a href=\"../people/artyom-lukin.html\">Artyom Lukin</a>"))
        for person in site.dossier.people {
            let page = try Fixtures.text("people/\(person.id).html", in: site)
            #expect(page.contains("<h1>\(person.name)</h1>"))
        }
        let index = try Fixtures.text("people/index.html", in: site)
        #expect(index.contains("href=\"vladimir-putin.html\""))
        let json = try JSONSerialization.jsonObject(with: Data(try Fixtures.text("dossier.json", in: site).utf8)) as? [String: Any]
        let people = try #require(json?["people"] as? [[String: Any]])
        let first = try #require(people.first)
        for key in ["id", "name", "aliases", "roles", "quotes", "mentions"] { #expect(first.keys.contains(key)) }
        let mention = try #require((first["mentions"] as? [[String: Any]])?.first?["citation"] as? [String: Any])
        #expect(Set(mention.keys) == ["article", "paragraph", "sentence"])
    }
}
