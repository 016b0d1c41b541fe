// swift-tools-version:6.0
import PackageDescription

// Coverage-guided fuzz targets for PlanPress (libFuzzer). One executable per target, each defining
// `LLVMFuzzerTestOneInput`; build and run them with `scripts/fuzz` (see README.md).
let package = Package(
    name: "PlanPressFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "PlanPress", path: ".."),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // The preview's sources, compiled here under another name: the root package offers PlanPressPreview
        // as a target but not as a product.
        .target(
            name: "PreviewUnderFuzz",
            dependencies: [
                .product(name: "PlanPress", package: "PlanPress"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .target(name: "LibFuzzerDriver"),
        .executableTarget(name: "FuzzRequestHead", dependencies: ["LibFuzzerDriver", "PreviewUnderFuzz"]),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["LibFuzzerDriver", .product(name: "PlanPress", package: "PlanPress")]),
        .executableTarget(name: "FuzzSpreadsheet", dependencies: ["LibFuzzerDriver", .product(name: "PlanPress", package: "PlanPress")]),
    ],
    swiftLanguageModes: [.v6]
)
