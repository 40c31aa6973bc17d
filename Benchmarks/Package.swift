// swift-tools-version: 6.1
// Puhui benchmarks: the synthetic data generator (`puhui-datagen`) and the performance harness.
// A separate package so that the product's manifest stays free of benchmark code; it uses the
// product's modules through a path dependency on the repository root.
import PackageDescription

let package = Package(
    name: "PuhuiBenchmarks",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "puhui-datagen", targets: ["puhui-datagen"]),
        .executable(name: "registry-bench", targets: ["registry-bench"]),
        .executable(name: "cel-bench", targets: ["cel-bench"]),
    ],
    dependencies: [
        .package(name: "Puhui", path: "..")
    ],
    targets: [
        // Generation and checking of synthetic registries (sample and bulk); no dependencies.
        .target(name: "DataGen"),
        // The command: parses arguments and delegates to DataGen.
        .executableTarget(name: "puhui-datagen", dependencies: ["DataGen"]),
        // Nearby search and import against a large registry, in process (BENCHMARKS.md).
        .executableTarget(name: "registry-bench", dependencies: [.product(name: "Registry", package: "Puhui")]),
        // One compiled rule over generated fact records (BENCHMARKS.md; Python peers in cel-peers/).
        .executableTarget(name: "cel-bench", dependencies: [.product(name: "CEL", package: "Puhui")]),
    ],
    swiftLanguageModes: [.v6]
)
