// swift-tools-version: 6.2
// Puhui (普惠): the registry of inclusive elder-care and childcare outlets.
// Module map: see docs/ARCHITECTURE.md.
import PackageDescription

let grdb = Target.Dependency.product(name: "GRDB", package: "GRDB.swift")
let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")
let crypto = Target.Dependency.product(name: "Crypto", package: "swift-crypto")
let yams = Target.Dependency.product(name: "Yams", package: "Yams")
let hummingbird = Target.Dependency.product(name: "Hummingbird", package: "hummingbird")
let hummingbirdAuth = Target.Dependency.product(name: "HummingbirdAuth", package: "hummingbird-auth")
let hummingbirdTesting = Target.Dependency.product(name: "HummingbirdTesting", package: "hummingbird")
let logging = Target.Dependency.product(name: "Logging", package: "swift-log")
let zipFoundation = Target.Dependency.product(name: "ZIPFoundation", package: "ZIPFoundation")
let postgresNIO = Target.Dependency.product(name: "PostgresNIO", package: "postgres-nio")

let package = Package(
    name: "Puhui",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "puhui", targets: ["puhui"]),
        .executable(name: "cel-conformance", targets: ["cel-conformance"]),
        .library(name: "CEL", targets: ["CEL"]),
        .library(name: "Rules", targets: ["Rules"]),
        .library(name: "Registry", targets: ["Registry"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        // The HTTP service (`puhui serve`). No default traits: swift-configuration is not needed.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", exact: "2.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // Excel/WPS workbooks (.xlsx) are zip archives: read and written through ZIPFoundation.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // The second store: the same registry on a PostgreSQL 15 server (docs/ARCHITECTURE.md).
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        // The vocabulary every module shares: civil dates, text in both languages, the error
        // protocol (`UserFacingError`) with its kinds. No dependencies.
        .target(name: "PuhuiCore"),

        // The Common Expression Language: no dependencies but RE2 (a system library, like
        // SQLite), reached through a small C shim, for `matches`.
        .target(name: "CRE2", linkerSettings: [.linkedLibrary("re2")]),
        .target(name: "CEL", dependencies: ["CRE2"]),
        .executableTarget(name: "cel-conformance", dependencies: ["CEL"]),

        // Rule sets: YAML with dated parameters, compiled once into CEL programs; verdicts
        // with explanations. No database.
        .target(name: "Rules", dependencies: ["PuhuiCore", "CEL", yams, crypto]),

        // Schema/ and Seed/ compiled into the binary, so `puhui` works from any directory.
        .executableTarget(name: "puhui-embed"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["puhui-embed"]),
        .target(name: "PuhuiResources", plugins: ["EmbedResources"]),

        // Office Open XML workbooks (.xlsx): a sheet's rows of cell text read by streaming its
        // XML (Foundation's XMLParser), and small workbooks written. No registry knowledge.
        .target(name: "Workbook", dependencies: ["PuhuiCore", zipFoundation]),

        // The domain and its store.
        .target(name: "Registry", dependencies: ["PuhuiCore", "PuhuiResources", "Rules", "Workbook", grdb, crypto]),

        // The same store boundary on PostgreSQL (Schema/postgresql/): the registry on a database
        // server, for a province, many offices and several service instances.
        .target(
            name: "RegistryPostgres",
            dependencies: ["Registry", "PuhuiCore", "PuhuiResources", postgresNIO, logging, crypto]),

        // The JSON shapes and encoder shared by the CLI's `--format json` and the service.
        .target(name: "PuhuiOutput", dependencies: ["Registry"]),

        // QR codes for printed badges: libqrencode (a system library, like SQLite and RE2) through
        // a small C shim; the modules drawn as SVG, or as a PNG by our own small encoder.
        .target(name: "CQREncode", linkerSettings: [.linkedLibrary("qrencode")]),
        .target(name: "PuhuiQR", dependencies: ["CQREncode"]),

        // The HTTP service: public reads, HSDS 3.0, the change feed, the officer API, and the
        // residents' pages (server-rendered HTML, `ResidentPages/`).
        .target(name: "PuhuiServer", dependencies: ["Registry", "PuhuiOutput", hummingbird, hummingbirdAuth, logging]),

        // The command tree and rendering; `puhui` is its few-line main.
        .target(name: "PuhuiCLI", dependencies: ["Registry", "PuhuiOutput", "PuhuiServer", "PuhuiQR", argumentParser]),
        .executableTarget(name: "puhui", dependencies: ["PuhuiCLI"]),

        .testTarget(name: "CELTests", dependencies: ["CEL"], exclude: ["known-failures.txt"]),
        .testTarget(name: "PuhuiCoreTests", dependencies: ["PuhuiCore"]),
        .testTarget(name: "RulesTests", dependencies: ["Rules"]),
        // The store contract runs on SQLite always and on PostgreSQL when PUHUI_TEST_POSTGRES_URL
        // names a server (Scripts/test-postgres.sh starts a throw-away one).
        .testTarget(name: "RegistryTests", dependencies: ["Registry", "RegistryPostgres", postgresNIO]),
        .testTarget(name: "PuhuiQRTests", dependencies: ["PuhuiQR"]),
        // The workbook reader and writer; its fixtures are small LibreOffice-made workbooks.
        .testTarget(name: "WorkbookTests", dependencies: ["Workbook", zipFoundation], exclude: ["Fixtures"]),
        .testTarget(name: "PuhuiCLITests", dependencies: ["PuhuiCLI", "Registry", "puhui"]),
        .testTarget(
            name: "PuhuiServerTests",
            dependencies: ["PuhuiServer", "PuhuiOutput", "Registry", "puhui", hummingbirdTesting],
            exclude: ["Support/validate_json.py", "Support/validate_openapi.py", "Support/resident_pages_browser.py"]),

        // Fuzzing (docs/FUZZING.md): the targets; PuhuiFuzz is libFuzzer's entry point when
        // Scripts/fuzz.sh builds it with -sanitize=fuzzer (else it replays files); the test
        // suite replays the corpus and runs a short seeded mutation run.
        .target(name: "PuhuiFuzzTargets", dependencies: ["PuhuiCore", "Registry", "Rules", "CEL"]),
        .executableTarget(name: "PuhuiFuzz", dependencies: ["PuhuiFuzzTargets"]),
        .testTarget(name: "PuhuiFuzzTests", dependencies: ["PuhuiFuzzTargets"], exclude: ["Corpus"]),
    ]
)

// Strict settings for every Swift target, in the spirit of swift-log's manifest: existentials
// spelled `any`, a module's members visible only where it is imported, and no warning left
// standing. The C shims and the build plugin take no Swift settings.
let strictSwiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .treatAllWarnings(as: .error),
]
let cTargets: Set<String> = ["CRE2", "CQREncode"]
for target in package.targets where target.type != .plugin && !cTargets.contains(target.name) {
    target.swiftSettings = (target.swiftSettings ?? []) + strictSwiftSettings
}
