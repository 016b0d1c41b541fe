// swift-tools-version:6.0
import PackageDescription

// Coverage-guided fuzz targets for PlanPress (libFuzzer). One executable per target, each defining
// `LLVMFuzzerTestOneInput`; build and run them with `scripts/fuzz` (see README.md).
let package = Package(
    name: "PlanPressFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "PlanPress", path: ".."),
    ],
    targets: [
        .target(name: "LibFuzzerDriver"),
        .executableTarget(
            name: "FuzzRequestHead",
            dependencies: [
                "LibFuzzerDriver", .product(name: "PlanPress", package: "PlanPress"),
                .product(name: "PlanPressPreview", package: "PlanPress"),
            ]),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["LibFuzzerDriver", .product(name: "PlanPress", package: "PlanPress")]),
        .executableTarget(name: "FuzzSpreadsheet", dependencies: ["LibFuzzerDriver", .product(name: "PlanPress", package: "PlanPress")]),
    ],
    swiftLanguageModes: [.v6]
)
