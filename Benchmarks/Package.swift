// swift-tools-version: 6.1
// Puhui benchmarks: the synthetic data generator (`puhui-datagen`) and, later, the performance
// harness. A separate package so that the product's manifest stays free of benchmark code.
import PackageDescription

let package = Package(
    name: "PuhuiBenchmarks",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "puhui-datagen", targets: ["puhui-datagen"])
    ],
    targets: [
        // Generation and checking of synthetic registries (sample and bulk); no dependencies.
        .target(name: "DataGen"),
        // The command: parses arguments and delegates to DataGen.
        .executableTarget(name: "puhui-datagen", dependencies: ["DataGen"]),
    ],
    swiftLanguageModes: [.v6]
)
