import Foundation
import Registry

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
//   registry-bench throughput --db FILE --centres FILE [--radius 1000] [--filter childcare]
//       [--threads 2] [--seconds 20] [--as-of 2026-11-29] [--limit 20]
//       searches as `GET /v1/outlets` runs them (with the market comparison), the centres in
//       turn, on `--threads` threads at once for `--seconds` after a warm-up pass: searches/s
//       and the per-search wall percentiles, the in-process figure the service is measured
//       against (BENCHMARKS.md, "The service").
//
// Filters: `all` (--all-statuses), `certified` (the resident default: recognition valid on the
// day, outlet operating), `childcare` (certified, kind group childcare = kind numbers 5–8).
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
    print(
        "\(label) radius=\(Int(radius)) filter=\(filter) n=\(wall.count) "
            + String(
                format:
                    "p50_ms=%.4f p99_ms=%.4f mean_ms=%.4f max_ms=%.4f cpu_p50_ms=%.4f cpu_p99_ms=%.4f cpu_mean_ms=%.4f mean_total=%.1f",
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
                            line +=
                                " \(hit.id):" + String(format: "%.3f", hit.distanceMetres ?? -1)
                                + ":\(hit.monthlyPriceFen ?? -1)"
                        }
                        dump.write(Data((line + "\n").utf8))
                    }
                }
            }
            report(
                label: "swift", radius: radius, filter: filter, wall: nanoseconds, cpu: cpu,
                meanTotal: totals / Double(nanoseconds.count))
            if zeroTotals * 2 > nanoseconds.count {
                FileHandle.standardError.write(
                    Data(
                        "registry-bench: warning: \(zeroTotals) of \(nanoseconds.count) \(filter) searches found nothing\n"
                            .utf8))
            }
        }
    }
    try dump?.close()
}

/// Searches/s on `--threads` threads for `--seconds`: each thread walks the centres from its
/// own starting point, so the threads do not ask the same question at the same moment.
func throughput(_ arguments: Arguments) throws {
    let registry = try RegistryDatabase.open(path: arguments["--db"])
    let centres = readCentres(arguments["--centres"])
    let asOf = arguments["--as-of", default: "2026-11-29"]
    let limit = Int(arguments["--limit", default: "20"]) ?? 20
    guard let radius = Double(arguments["--radius", default: "1000"]) else { fail("bad --radius") }
    guard let threads = Int(arguments["--threads", default: "2"]), threads > 0 else { fail("bad --threads") }
    guard let seconds = Double(arguments["--seconds", default: "20"]), seconds > 0 else { fail("bad --seconds") }
    let queries = centres.map { centre in
        var query = query(
            centre: centre, radius: radius, filter: arguments["--filter", default: "childcare"], asOf: asOf,
            limit: limit)
        query.compareWithMarket = true
        return query
    }
    for query in queries { _ = try registry.directory.search(query) }
    let perThread = ThreadResults(count: threads)
    let start = nowNanoseconds()
    let deadline = start + seconds * 1e9
    DispatchQueue.concurrentPerform(iterations: threads) { thread in
        var latencies: [Double] = []
        var index = thread * queries.count / threads
        var failures = 0
        while nowNanoseconds() < deadline {
            let begin = nowNanoseconds()
            do { _ = try registry.directory.search(queries[index % queries.count]) } catch { failures += 1 }
            latencies.append(nowNanoseconds() - begin)
            index += 1
        }
        perThread.store(thread, latencies: latencies, failures: failures)
    }
    let elapsed = (nowNanoseconds() - start) / 1e9
    let latencies = perThread.allLatencies.sorted()
    func percentile(_ p: Double) -> Double {
        latencies.isEmpty
            ? 0 : latencies[min(latencies.count - 1, Int((p * Double(latencies.count)).rounded(.up)) - 1)] / 1e6
    }
    print(
        "throughput filter=\(arguments["--filter", default: "childcare"]) radius=\(Int(radius)) threads=\(threads) "
            + "searches=\(latencies.count) failures=\(perThread.failures) "
            + String(
                format: "seconds=%.1f searches_per_s=%.1f p50_ms=%.2f p99_ms=%.2f", elapsed,
                Double(latencies.count) / elapsed, percentile(0.50), percentile(0.99)))
}

/// What each throughput thread measured, collected under a lock.
final class ThreadResults: @unchecked Sendable {
    private let lock = NSLock()
    private var latencies: [[Double]]
    private var failureCount = 0

    init(count: Int) { latencies = Array(repeating: [], count: count) }

    func store(_ thread: Int, latencies values: [Double], failures: Int) {
        lock.withLock {
            latencies[thread] = values
            failureCount += failures
        }
    }

    var allLatencies: [Double] { lock.withLock { latencies.flatMap { $0 } } }
    var failures: Int { lock.withLock { failureCount } }
}

func importRegistry(_ arguments: Arguments) throws {
    let path = arguments["--db"]
    let directory = arguments["--data"]
    for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: path + suffix)
    }
    var start = nowNanoseconds()
    let registry = try RegistryDatabase.open(path: path)
    print(
        String(
            format: "import open: %.3f s (new registry: migrations, reference data)", (nowNanoseconds() - start) / 1e9))
    for table in [RegistryTable.operators, .outlets, .prices] {
        let file = "\(directory)/\(table.rawValue).csv"
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        start = nowNanoseconds()
        let cpuStart = cpuNanoseconds()
        let summary = try registry.imports.importFile(
            table, path: file, options: ImportOptions(officer: "bench", reason: "benchmark"), progress: nil)
        let seconds = (nowNanoseconds() - start) / 1e9
        let cpuSeconds = (cpuNanoseconds() - cpuStart) / 1e9
        print(
            "import \(table.rawValue) rows=\(summary.rows) "
                + String(
                    format: "seconds=%.2f rows_per_s=%.0f mb_per_s=%.2f cpu_seconds=%.2f rows_per_cpu_s=%.0f", seconds,
                    Double(summary.rows) / seconds, Double(size) / 1e6 / seconds, cpuSeconds,
                    Double(summary.rows) / cpuSeconds))
        fflush(nil)  // all streams: `stdout` is not concurrency-safe in Swift 6
    }
}

let commandLine = CommandLine.arguments
guard commandLine.count >= 2 else { fail("usage: registry-bench import|search|throughput --help in the file's header") }
let arguments = Arguments(commandLine.dropFirst(2))
do {
    switch commandLine[1] {
    case "search": try search(arguments)
    case "import": try importRegistry(arguments)
    case "throughput": try throughput(arguments)
    default: fail("unknown command \(commandLine[1]) (import, search, throughput)")
    }
} catch {
    fail("\(error)")
}
