import Foundation
import Testing

@testable import DossierExtract
@testable import DossierKit
@testable import DossierModel
@testable import DossierSite

private let unrelated = """
    Harbour bridge reopens after repair

    By Maria Lopes

    March 3, 2020

    The harbour bridge in Portville reopened on Tuesday after a three-week repair that cost 4.2 million euros, the city council said.

    "We are very happy with the work," said Mayor Ana Costa at a ceremony attended by about 300 people.
    """

@Suite("Scaling: ids from content, pages the size of their subject, cache")
struct ScalingTests {
    private func build(_ seeds: [SeedFile], cache: (any AnalysisCache)? = nil) throws -> BuildResult {
        try DossierBuild.run(
            BuildInput(seeds: seeds, templates: try ProjectFiles.templates(in: Fixtures.templates), assets: [:]), cache: cache)
    }

    @Test("Adding, removing or reordering other seeds moves no article, person or event id")
    func stableIds() throws {
        let seeds = try ProjectFiles.seeds(in: Fixtures.seeds).seeds
        let base = try build(seeds).dossier
        let added = try build(seeds + [SeedFile(name: "000-new.txt", data: Data(unrelated.utf8))]).dossier
        let reordered = try build(seeds.reversed().enumerated().map { SeedFile(name: "x\($0.offset).txt", data: $0.element.data) }).dossier
        for other in [added, reordered] {
            #expect(Set(base.articles.map(\.id)).isSubset(of: other.articles.map(\.id)))
            #expect(Set(base.people.map(\.id)).isSubset(of: other.people.map(\.id)))
            #expect(Set(base.events.map(\.id)).isSubset(of: other.events.map(\.id)))
        }
        #expect(added.people.contains { $0.name == "Ana Costa" })
        // Without one seed, everything not told by it keeps its id.
        let removed = try build(Array(seeds.dropLast())).dossier
        let gone = try #require(base.articles.first { $0.sourceFile == seeds.last?.name }).id
        let kept = base.events.filter { event in !event.citations.contains { $0.article == gone } }
        #expect(!kept.isEmpty)
        #expect(Set(kept.map(\.id)).isSubset(of: removed.events.map(\.id)))
        // dossier.json carries each event's id, the anchor of its timeline entry.
        let json = try Fixtures.text("dossier.json", in: try Fixtures.builtSite())
        let timeline = try Fixtures.text("timeline.html", in: try Fixtures.builtSite())
        for event in base.events {
            #expect(json.contains("\"id\" : \"\(event.id)\""))
            #expect(timeline.contains("id=\"event-\(event.id)\""))
        }
    }

    @Test("Slugs from content: a clash gives every party a digest, so no slug depends on the others' order")
    func slugs() {
        let first = Slug.fromContent([("John Smith", "a"), ("Jane Doe", "b")])
        let second = Slug.fromContent([("Jane Doe", "b"), ("John Smith", "a"), ("John Smith", "c")])
        #expect(first == ["john-smith", "jane-doe"])
        #expect(second[0] == "jane-doe")
        #expect(second[1].hasPrefix("john-smith-") && second[2].hasPrefix("john-smith-") && second[1] != second[2])
        #expect(Slug.fromContent([("Index", "x")], reserved: ["index"])[0].hasPrefix("index-"))
    }

    @Test("An article page shows each event with its own citation and a count of the others")
    func articleEventsBounded() throws {
        let site = try Fixtures.builtSite()
        let event = try #require(site.dossier.events.first { Set($0.citations.map(\.article)).count >= 3 })
        let article = try #require(event.citations.first?.article)
        let page = try Fixtures.text("articles/\(article).html", in: site)
        let others = event.citations.filter { $0.article != article }.count
        #expect(page.contains(">\(others) other source\(others == 1 ? "" : "s")</a>"))
        #expect(page.contains("href=\"../timeline.html#event-\(event.id)\""))
        for citation in event.citations where citation.article != article {
            #expect(!page.contains("href=\"\(citation.article).html#p\(citation.paragraph)\""), "another article's citation")
        }
    }

    @Test("A person page lists mentions by article with counts, folding past a few per article")
    func personPageBounded() throws {
        let site = try Fixtures.builtSite()
        let kim = try #require(site.dossier.people.first { $0.name == "Kim Jong Un" })
        let page = try Fixtures.text("people/\(kim.id).html", in: site)
        let perArticle = Dictionary(grouping: kim.mentions, by: \.article).mapValues(\.count)
        for (_, count) in perArticle where count > PeoplePages.mentionsPerArticle {
            #expect(page.contains("And \(count - PeoplePages.mentionsPerArticle) more mentions"))
        }
        let listed = page.components(separatedBy: "<ul class=\"mentions\">").dropFirst().map { $0.components(separatedBy: "</ul>")[0] }
        #expect(listed.allSatisfy { $0.components(separatedBy: "<li>").count - 1 <= PeoplePages.mentionsPerArticle })
    }

    @Test("Per-article results come from the cache on the next build; a corrupt entry is ignored with a note")
    func cache() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let seeds = try ProjectFiles.seeds(in: Fixtures.seeds).seeds
        let first = try build(seeds, cache: DiskCache(folder: folder))
        #expect(first.cachedSeeds == 0)
        let cache = DiskCache(folder: folder)
        let second = try build(seeds, cache: cache)
        #expect(second.cachedSeeds == seeds.count)
        #expect(second.dossier == first.dossier)
        #expect(cache.notes.isEmpty)
        let entries = try FileManager.default.contentsOfDirectory(at: cache.folder, includingPropertiesForKeys: nil)
        let facts = try #require(entries.first { $0.lastPathComponent.hasPrefix("facts-") })
        try Data("{ not json".utf8).write(to: facts)
        let third = try build(seeds, cache: cache)
        #expect(third.cachedSeeds == seeds.count - 1)
        #expect(third.dossier == first.dossier)
        #expect(cache.notes.count == 1)
    }

    @Test("A rebuild writes only the files whose bytes changed; the others stay the same files")
    func unchangedFilesAreNotRewritten() throws {
        let project = try DossierTool.project()
        defer { try? FileManager.default.removeItem(at: project) }
        #expect(try DossierTool.run(["build"], in: project).status == 0)
        func inode(_ path: String) throws -> UInt64 {
            let attributes = try FileManager.default.attributesOfItem(atPath: project.appendingPathComponent("public/" + path).path)
            return (attributes[.systemFileNumber] as? UInt64) ?? 0
        }
        let before = try inode("assets/style.css")
        let again = try DossierTool.run(["build"], in: project)
        #expect(again.output.contains("0 written"), "\(again.output)")
        #expect(again.output.contains("5 of 5 articles from the cache"))
        #expect(try inode("assets/style.css") == before)
    }
}
