// swift-tools-version:6.0
import PackageDescription

// One target per stage, so the compiler keeps the direction of the pipeline:
// model ← text ← (html) ← ingest ← markdown ← extract ← site ← render ← kit (build, write, serve) ← CLI.
// DossierMarkdown is the only importer of the cmark-gfm C library, DossierHTML of gumbo.
let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .executable(name: "dossier-fuzz", targets: ["dossier-fuzz"]),
        .library(name: "DossierKit", targets: ["DossierKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        // An HTML5 parser for saved web pages; DossierHTML is its only importer.
        .systemLibrary(
            name: "CGumbo",
            pkgConfig: "gumbo",
            providers: [.apt(["libgumbo-dev"]), .brew(["gumbo-parser"])]
        ),
        .target(name: "DossierModel"),
        .target(name: "DossierText", dependencies: ["DossierModel"]),
        // Name resources built from open data by Scripts/build-name-data.py (sources: DATA.md).
        .target(name: "DossierNames", exclude: ["DATA.md"]),
        .target(name: "DossierHTML", dependencies: ["DossierModel", "CGumbo"]),
        .target(name: "DossierIngest", dependencies: ["DossierModel", "DossierText", "DossierNames", "DossierHTML", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "DossierMarkdown",
            dependencies: ["DossierModel", "DossierText", "CCmarkGFM", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "DossierExtract", dependencies: ["DossierModel", "DossierText", "DossierNames"]),
        .target(name: "DossierTemplates"),
        // Templates/ built into the tool (Scripts/embed-theme.py); a project's Templates/ overrides it.
        .target(name: "DossierTheme"),
        .target(
            name: "DossierSite",
            dependencies: ["DossierModel", "DossierText", "DossierExtract", "DossierMarkdown", "DossierTemplates"]
        ),
        .target(name: "DossierRender", dependencies: ["DossierModel", "DossierSite", "DossierTemplates"]),
        .target(
            name: "DossierKit",
            dependencies: [
                "DossierModel", "DossierText", "DossierIngest", "DossierMarkdown", "DossierExtract", "DossierSite",
                "DossierTemplates", "DossierRender", "DossierTheme", .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .target(name: "DossierFuzzing", dependencies: ["DossierModel", "DossierIngest", "DossierMarkdown", "DossierExtract"]),
        .executableTarget(name: "dossier-fuzz", dependencies: ["DossierFuzzing"]),
        .testTarget(
            name: "DossierKitTests",
            dependencies: [
                "DossierKit", "DossierModel", "DossierText", "DossierIngest", "DossierMarkdown", "DossierExtract",
                "DossierSite", "DossierTemplates", "DossierRender", "DossierFuzzing", "DossierHTML",
            ]
        ),
    ]
)
