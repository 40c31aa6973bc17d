// registry-bench: the registry's performance harness, in process (BENCHMARKS.md, "Registry").
//
//   registry-bench import --db FILE --data DIR
//       a fresh registry at FILE (deleted first), then DIR/operators.csv, outlets.csv and
//       prices.csv through `registry.imports.importCSV` (all or nothing, one transaction each,
//       with audit entries), each timed: rows/s.
//   registry-bench search --db FILE --centres FILE [--radii 1000,3000]
//       [--filters all,certified,childcare] [--as-of 2026-11-29] [--limit 20] [--warmup 1]
//       [--rounds 1] [--dump FILE]
//       `registry.directory.search(NearbyQuery)` around every centre (one "lat lon" a line, the file
//       `Benchmarks/c-floor/nearby centres` writes, shared with the C floor), per radius and
//       filter: a warm-up pass, then each query timed (wall, CLOCK_MONOTONIC). Prints one line
//       per case in the C floor's format, so the script can put them side by side; `--dump`
//       writes each answer (total, ids, distances, fees) for comparison with the C floor's.
//
// Filters: `all` (--all-statuses), `certified` (the resident default: recognition valid on the
// day, outlet operating), `childcare` (certified, kind group childcare = kind numbers 5–8).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Registry

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("registry-bench: \(message)\n".utf8))
    exit(2)
}

func nowNanoseconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) * 1e9 + Double(ts.tv_nsec)
}

struct Arguments {
    var values: [String: String] = [:]

    init(_ arguments: ArraySlice<String>) {
        var iterator = arguments.makeIterator()
        while let name = iterator.next() {
            guard name.hasPrefix("--"), let value = iterator.next() else { fail("bad argument \(name)") }
            values[name] = value
        }
    }

    subscript(_ name: String, default fallback: String? = nil) -> String {
        guard let value = values[name] ?? fallback else { fail("\(name) is required") }
        return value
    }
}

/// Process CPU time (all threads), so a query's cost can be told from the machine's load.
func cpuNanoseconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) * 1e9 + Double(ts.tv_nsec)
}

/// p50, p99 (nearest rank), mean and max in milliseconds.
func stats(_ values: [Double]) -> [Double] {
    let sorted = values.sorted()
    let n = sorted.count
    let p99 = max(0, Int((0.99 * Double(n)).rounded(.up)) - 1)
    return [sorted[n / 2], sorted[p99], sorted.reduce(0, +) / Double(n), sorted[n - 1]].map { $0 / 1e6 }
}

/// The same report line as the C floor's `report()`.
func report(label: String, radius: Double, filter: String, wall: [Double], cpu: [Double], meanTotal: Double) {
    let w = stats(wall)
    let c = stats(cpu)
    print("\(label) radius=\(Int(radius)) filter=\(filter) n=\(wall.count) " + String(
        format: "p50_ms=%.4f p99_ms=%.4f mean_ms=%.4f max_ms=%.4f cpu_p50_ms=%.4f cpu_p99_ms=%.4f cpu_mean_ms=%.4f mean_total=%.1f",
        w[0], w[1], w[2], w[3], c[0], c[1], c[2], meanTotal))
    fflush(nil)  // all streams: `stdout` is not concurrency-safe in Swift 6
}

func readCentres(_ path: String) -> [GeoPoint] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
    let centres = text.split(whereSeparator: \.isNewline).compactMap { line -> GeoPoint? in
        let parts = line.split(separator: " ")
        guard parts.count == 2, let lat = Double(parts[0]), let lon = Double(parts[1]) else { return nil }
        return GeoPoint(lat: lat, lon: lon)
    }
    guard !centres.isEmpty else { fail("no centres in \(path)") }
    return centres
}

func query(centre: GeoPoint, radius: Double, filter: String, asOf: String, limit: Int) -> NearbyQuery {
    switch filter {
    case "all": NearbyQuery(centre: centre, radius: radius, allStatuses: true, asOf: asOf, limit: limit)
    case "certified": NearbyQuery(centre: centre, radius: radius, asOf: asOf, limit: limit)
    case "childcare": NearbyQuery(centre: centre, radius: radius, kindNumbers: [5, 6, 7, 8], asOf: asOf, limit: limit)
    default: fail("unknown filter \(filter) (all, certified, childcare)")
    }
}

func search(_ arguments: Arguments) throws {
    let registry = try RegistryDatabase.open(path: arguments["--db"])
    let centres = readCentres(arguments["--centres"])
    let asOf = arguments["--as-of", default: "2026-11-29"]
    let limit = Int(arguments["--limit", default: "20"]) ?? 20
    let warmup = Int(arguments["--warmup", default: "1"]) ?? 1
    let rounds = Int(arguments["--rounds", default: "1"]) ?? 1
    var dump: FileHandle?
    if let path = arguments.values["--dump"] {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        dump = FileHandle(forWritingAtPath: path)
    }
    for radiusText in arguments["--radii", default: "1000,3000"].split(separator: ",") {
        guard let radius = Double(radiusText) else { fail("bad radius \(radiusText)") }
        for filterName in arguments["--filters", default: "all,certified,childcare"].split(separator: ",") {
            let filter = String(filterName)
            let queries = centres.map { query(centre: $0, radius: radius, filter: filter, asOf: asOf, limit: limit) }
            for _ in 0..<warmup {
                for query in queries { _ = try registry.directory.search(query) }
            }
            var nanoseconds: [Double] = []
            nanoseconds.reserveCapacity(queries.count * rounds)
            var cpu: [Double] = []
            cpu.reserveCapacity(queries.count * rounds)
            var totals = 0.0
            var zeroTotals = 0
            for round in 0..<rounds {
                for (index, query) in queries.enumerated() {
                    let start = nowNanoseconds()
                    let cpuStart = cpuNanoseconds()
                    let result = try registry.directory.search(query)
                    cpu.append(cpuNanoseconds() - cpuStart)
                    nanoseconds.append(nowNanoseconds() - start)
                    totals += Double(result.total)
                    if result.total == 0 { zeroTotals += 1 }
                    if let dump, round == 0 {
                        var line = "\(filter) \(Int(radius)) \(index) total=\(result.total)"
                        for hit in result.results {
                            line += " \(hit.id):" + String(format: "%.3f", hit.distanceMetres ?? -1)
                                + ":\(hit.monthlyPriceFen ?? -1)"
                        }
                        dump.write(Data((line + "\n").utf8))
                    }
                }
            }
            report(label: "swift", radius: radius, filter: filter, wall: nanoseconds, cpu: cpu,
                   meanTotal: totals / Double(nanoseconds.count))
            if zeroTotals * 2 > nanoseconds.count {
                FileHandle.standardError.write(Data(
                    "registry-bench: warning: \(zeroTotals) of \(nanoseconds.count) \(filter) searches found nothing\n".utf8))
            }
        }
    }
    try dump?.close()
}

func importRegistry(_ arguments: Arguments) throws {
    let path = arguments["--db"]
    let directory = arguments["--data"]
    for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: path + suffix)
    }
    var start = nowNanoseconds()
    let registry = try RegistryDatabase.open(path: path)
    print(String(format: "import open: %.3f s (new registry: migrations, reference data)", (nowNanoseconds() - start) / 1e9))
    for table in [RegistryTable.operators, .outlets, .prices] {
        let file = "\(directory)/\(table.rawValue).csv"
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        start = nowNanoseconds()
        let cpuStart = cpuNanoseconds()
        let summary = try registry.imports.importCSV(table, path: file, options: ImportOptions(officer: "bench", reason: "benchmark"))
        let seconds = (nowNanoseconds() - start) / 1e9
        let cpuSeconds = (cpuNanoseconds() - cpuStart) / 1e9
        print("import \(table.rawValue) rows=\(summary.rows) " + String(
            format: "seconds=%.2f rows_per_s=%.0f mb_per_s=%.2f cpu_seconds=%.2f rows_per_cpu_s=%.0f", seconds,
            Double(summary.rows) / seconds, Double(size) / 1e6 / seconds, cpuSeconds, Double(summary.rows) / cpuSeconds))
        fflush(nil)  // all streams: `stdout` is not concurrency-safe in Swift 6
    }
}

let commandLine = CommandLine.arguments
guard commandLine.count >= 2 else { fail("usage: registry-bench import|search --help in the file's header") }
let arguments = Arguments(commandLine.dropFirst(2))
do {
    switch commandLine[1] {
    case "search": try search(arguments)
    case "import": try importRegistry(arguments)
    default: fail("unknown command \(commandLine[1]) (import, search)")
    }
} catch {
    fail("\(error)")
}
