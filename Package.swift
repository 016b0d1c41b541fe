// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "PlanPress",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "planpress", targets: ["PlanPressCLI"]),
        .library(name: "PlanPress", targets: ["PlanPress"]),
        .library(name: "PlanPressPreview", targets: ["PlanPressPreview"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "CFolderSwap"),
        .target(
            name: "PlanPress",
            dependencies: [
                "CCmarkGFM",
                "CFolderSwap",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "PlanPressPreview",
            dependencies: [
                "PlanPress",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "PlanPressCLI",
            dependencies: [
                "PlanPress",
                "PlanPressPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc (Debian's libmimalloc-dev) replaces the C library's malloc for the whole process: a build
            // makes millions of short-lived strings and arrays on every core, and takes a sixth less CPU time with it.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(
            name: "PlanPressTests",
            // CSV.swift reads well-formed files as the spreadsheet import must: the import's strict reader is
            // tested against it.
            dependencies: ["PlanPress", "PlanPressPreview", .product(name: "CSV", package: "CSV.swift")],
            exclude: ["Golden", "Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
