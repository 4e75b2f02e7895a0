// swift-tools-version:6.0
import PackageDescription

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
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "DossierKit",
            dependencies: [
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
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
        .target(
            name: "DossierFuzzing",
            dependencies: ["DossierKit"]
        ),
        .executableTarget(
            name: "dossier-fuzz",
            dependencies: ["DossierFuzzing"]
        ),
        .testTarget(
            name: "DossierKitTests",
            dependencies: ["DossierKit", "DossierFuzzing"]
        ),
    ]
)
