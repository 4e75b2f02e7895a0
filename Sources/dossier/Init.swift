import ArgumentParser
import DossierKit
import DossierModel
import Foundation

/// `dossier init [folder]`: a new project, ready to build, with a workflow that publishes it.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new dossier project: seeds/ with an example article, dossier.yml, .gitignore, a GitHub Pages workflow and a README.")

    @Argument(help: "The folder to create the project in (default: the current folder).")
    var folder = "."

    @Flag(help: "Also copy the built-in templates and assets into Templates/, to customise them (each file you keep overrides the built-in one).")
    var templates = false

    func run() throws {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        var files = ProjectTemplate.files
        if templates {
            for (path, text) in ProjectFiles.builtInThemeFiles { files["Templates/" + path] = text }
        }
        // Nothing is overwritten: a file already there stops the whole init before anything is written.
        let existing = files.keys.sorted().filter { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }
        guard existing.isEmpty else {
            warn("error: \(ProjectOptions.shown(root)) already has \(existing.joined(separator: ", ")); nothing was written")
            throw ExitCode(2)
        }
        do {
            for path in files.keys.sorted() {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data((files[path] ?? "").utf8).write(to: url, options: .withoutOverwriting)
            }
        } catch {
            warn("error: \(ProjectOptions.shown(root)): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        let shown = ProjectOptions.shown(root)
        say("Created a dossier in \(shown)/: seeds/ (one example article), dossier.yml, .gitignore, .github/workflows/pages.yml, README.md"
            + (templates ? ", Templates/" : ""))
        say("Next: put your articles in \(shown == "." ? "" : shown + "/")seeds/, then run `dossier build\(shown == "." ? "" : " --project " + shown)`.")
    }
}

/// The files of a new project.
enum ProjectTemplate {
    static var files: [String: String] {
        [
            "seeds/example-article.txt": exampleArticle,
            "dossier.yml": configuration,
            ".gitignore": "public/\n.dossier-cache/\n",
            ".github/workflows/pages.yml": workflow,
            "README.md": readme,
        ]
    }

    /// An article written for this template (no real event): replace it with your own.
    static let exampleArticle = """
        Harbour bridge closes after storm damage

        By Jo Example

        Published Monday, 2 March 2026

        PORT EXAMPLE — The harbour bridge was closed on Sunday after a storm damaged two of its supports, the \
        town council said on Monday.

        Engineer Maria Lindqvist said repairs would take about six weeks and cost some $4 million. "The bridge \
        is safe to look at, not to cross," she said.

        About 12,000 people use the bridge every day. A ferry will run every 20 minutes until it reopens.

        """

    static let configuration = """
        # dossier.yml: what the articles cannot say themselves. Every key is optional.

        # The dossier's title (default: made from the headlines).
        # title: The harbour bridge closure

        # One paragraph for the front page (default: how many articles, from which outlets, when).
        # description: Every article about the storm that closed the bridge, with who said what and when.

        # Where the site will be published: absolute links in sitemap.xml, feed.xml and canonical links.
        # The Pages workflow passes this itself.
        # base_url: https://example.org/bridge/

        # Other spellings of one person (name as shown: [other forms]).
        # aliases:
        #   Maria Lindqvist: [M. Lindqvist]

        # Capitalised phrases that are not people, whatever the rules say.
        # not_people: [Harbour Master]

        # The role to show first for a person.
        # roles:
        #   Maria Lindqvist: town engineer

        """

    static let workflow = """
        # Builds this dossier with the dossier tool and publishes it to GitHub Pages on every push to main.
        # Set the repository variable DOSSIER_TOOL_REPOSITORY to use another copy of the tool.
        name: Publish dossier
        on:
          push:
            branches: [main]
          workflow_dispatch:
        permissions:
          contents: read
          pages: write
          id-token: write
        concurrency:
          group: pages
          cancel-in-progress: true
        jobs:
          build:
            runs-on: ubuntu-latest
            container: swift:6.1
            env:
              DOSSIER_TOOL_REPOSITORY: ${{ vars.DOSSIER_TOOL_REPOSITORY || '\(DossierVersion.repository)' }}
            steps:
              - uses: actions/checkout@v4
              - name: Install the cmark-gfm C library and git
                run: apt-get update -qq && apt-get install -y -qq libcmark-gfm-dev libcmark-gfm-extensions-dev libgumbo-dev pkg-config git
              - name: Install the dossier tool
                run: |
                  git clone --depth 1 "$DOSSIER_TOOL_REPOSITORY" /tmp/dossier-tool
                  swift build -c release --product dossier --package-path /tmp/dossier-tool
              - id: pages
                uses: actions/configure-pages@v5
              - name: Build the site
                run: /tmp/dossier-tool/.build/release/dossier build --strict --base-url "${{ steps.pages.outputs.base_url }}/"
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: public
          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """

    static let readme = """
        # A news dossier

        Made with [dossier](\(DossierVersion.repository)): the raw text of the articles about one story in
        `seeds/`, and a site built from them in `public/`.

        ```sh
        dossier build          # writes public/
        dossier serve          # builds, serves http://127.0.0.1:8000/ and rebuilds on every change
        ```

        - `seeds/`: one file per article, as text or Markdown, pasted as it comes (menus and all).
        - `dossier.yml`: the title, a description, and corrections (other spellings, not-people, roles).
        - `Templates/` (optional): your versions of the built-in templates; `dossier init --templates`
          copies them out. Each file you keep replaces the built-in one.
        - `.github/workflows/pages.yml`: publishes the site to GitHub Pages on every push to main.

        """
}
