// cel-bench: one representative rule, compiled once, evaluated over generated fact records by
// Puhui's CEL engine (BENCHMARKS.md, "CEL engine"; the Python peers are in Benchmarks/cel-peers).
//
//   cel-bench RECORDS.csv [--rounds N] [--version TEXT] [--only VARIANT,...]
//
// RECORDS.csv comes from Benchmarks/cel-peers/gen_records.py (header
// `price,median,staff,infants,pledge_signed`). Everything runs on one thread. What is timed:
//   slots       evaluate(slots:) over prebuilt [CELValue] arrays — evaluation only
//   dict        evaluate(_:) over prebuilt [String: CELValue] dictionaries — evaluation only
//   slots+build building the [CELValue] array from the parsed record, then evaluate(slots:)
//   dict+build  building the dictionary from the parsed record, then evaluate(_:)
// plus, separately, the one-off cost of converting all records to slots / dictionaries.
// Each variant prints a `RESULT {json}` line for run-cel-bench.sh.
import CEL
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

let rule = "price <= median * 0.85 && staff * 3 >= infants && pledge_signed"
let variables = ["price", "median", "staff", "infants", "pledge_signed"]

struct Record {
    var price: Double
    var median: Double
    var staff: Int64
    var infants: Int64
    var pledge: Bool
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("cel-bench: \(message)\n".utf8))
    exit(1)
}

// MARK: arguments

var path: String?
var rounds = 20
var version = "unknown"
var only: Set<String>? = nil
var argIterator = CommandLine.arguments.dropFirst().makeIterator()
while let arg = argIterator.next() {
    switch arg {
    case "--rounds":
        guard let v = argIterator.next().flatMap({ Int($0) }) else { fail("--rounds needs a number") }
        rounds = v
    case "--version":
        guard let v = argIterator.next() else { fail("--version needs text") }
        version = v
    case "--only":
        guard let v = argIterator.next() else { fail("--only needs variant names (slots,dict,slots+build,dict+build)") }
        only = Set(v.split(separator: ",").map(String.init))
    case "-h", "--help":
        print("usage: cel-bench RECORDS.csv [--rounds N] [--version TEXT] [--only VARIANT,...]")
        exit(0)
    default:
        if path != nil { fail("unexpected argument \(arg)") }
        path = arg
    }
}
guard let path else { fail("usage: cel-bench RECORDS.csv [--rounds N] [--version TEXT] [--only VARIANT,...]") }
if rounds < 1 { fail("--rounds must be at least 1") }

// MARK: clocks

func now(_ clock: clockid_t) -> Double {
    var ts = timespec()
    clock_gettime(clock, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

/// Runs `body` `rounds` times; returns wall and process-CPU seconds per round and the last result.
func measure<T>(rounds: Int, _ body: () -> T) -> (wall: [Double], cpu: [Double], result: T) {
    var wall: [Double] = []
    var cpu: [Double] = []
    var result: T? = nil
    for _ in 0..<rounds {
        let w0 = now(CLOCK_MONOTONIC)
        let c0 = now(CLOCK_PROCESS_CPUTIME_ID)
        let r = body()
        let c1 = now(CLOCK_PROCESS_CPUTIME_ID)
        let w1 = now(CLOCK_MONOTONIC)
        wall.append(w1 - w0)
        cpu.append(c1 - c0)
        result = r
    }
    return (wall, cpu, result!)
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

func fmtRate(_ x: Double) -> String {
    x >= 1e6 ? String(format: "%.2f M/s", x / 1e6) : String(format: "%.1f k/s", x / 1e3)
}

// MARK: records

let loadStart = now(CLOCK_MONOTONIC)
guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
    fail("cannot read \(path)")
}
var records: [Record] = []
records.reserveCapacity(100_000)
for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
    if i == 0 {
        if line != "price,median,staff,infants,pledge_signed" { fail("unexpected header: \(line)") }
        continue
    }
    let f = line.split(separator: ",", omittingEmptySubsequences: false)
    guard f.count == 5, let price = Double(f[0]), let med = Double(f[1]), let staff = Int64(f[2]),
        let infants = Int64(f[3]), f[4] == "true" || f[4] == "false"
    else { fail("bad record on line \(i + 1): \(line)") }
    records.append(Record(price: price, median: med, staff: staff, infants: infants, pledge: f[4] == "true"))
}
let loadSeconds = now(CLOCK_MONOTONIC) - loadStart
let n = records.count
if n == 0 { fail("no records in \(path)") }

// MARK: compile (once)

let compileStart = now(CLOCK_MONOTONIC)
let program: CELProgram
do {
    program = try CEL.compile(rule, options: CELOptions(variables: variables))
} catch {
    fail("compile failed: \(error)")
}
let compileSeconds = now(CLOCK_MONOTONIC) - compileStart

@inline(__always) func slots(_ r: Record) -> [CELValue] {
    [.double(r.price), .double(r.median), .int(r.staff), .int(r.infants), .bool(r.pledge)]
}

@inline(__always) func bindings(_ r: Record) -> [String: CELValue] {
    [
        "price": .double(r.price), "median": .double(r.median), "staff": .int(r.staff),
        "infants": .int(r.infants), "pledge_signed": .bool(r.pledge),
    ]
}

struct Tally: Equatable {
    var passes = 0
    var errors = 0
}

@inline(__always) func tally(_ v: CELValue, _ t: inout Tally) {
    switch v {
    case .bool(true): t.passes += 1
    case .bool(false): break
    default: t.errors += 1
    }
}

// MARK: conversion to activations (timed separately, best of 5)

let slotBuild = measure(rounds: 5) { records.map(slots) }
let allSlots = slotBuild.result
let dictBuild = measure(rounds: 5) { records.map(bindings) }
let allDicts = dictBuild.result

print("cel-bench: Puhui CEL \(version); \(n) records from \(path) (parsed in \(String(format: "%.3f", loadSeconds)) s)")
print("rule: \(rule)")
print(String(format: "compile: %.1f µs (once)", compileSeconds * 1e6))
print(
    String(
        format: "convert all records to [CELValue] slots: %.2f ms (%.0f ns/record, best of 5; not timed below)",
        slotBuild.wall.min()! * 1e3, slotBuild.wall.min()! / Double(n) * 1e9))
print(
    String(
        format: "convert all records to [String: CELValue]: %.2f ms (%.0f ns/record, best of 5; not timed below)",
        dictBuild.wall.min()! * 1e3, dictBuild.wall.min()! / Double(n) * 1e9))

// MARK: evaluation

var expected: Tally? = nil

@MainActor func report(
    _ variant: String, _ rounds: Int, _ m: (wall: [Double], cpu: [Double], result: Tally), prepSeconds: Double?,
    note: String
) {
    let t = m.result
    if t.errors != 0 { fail("\(variant): \(t.errors) records evaluated to a non-bool") }
    if let e = expected, e != t { fail("\(variant): \(t.passes) passes, other variants \(e.passes)") }
    expected = t
    let best = Double(n) / m.wall.min()!
    let med = Double(n) / median(m.wall)
    let bestCPU = Double(n) / m.cpu.min()!
    print(
        "\(variant.padding(toLength: 12, withPad: " ", startingAt: 0)) best \(fmtRate(best)) (\(String(format: "%.0f", 1e9 / best)) ns/eval), "
            + "median \(fmtRate(med)), best by process CPU time \(fmtRate(bestCPU)); \(rounds) rounds of \(n); passes \(t.passes) — \(note)"
    )
    var json =
        "{\"engine\":\"puhui\",\"variant\":\"\(variant)\",\"version\":\"\(version)\",\"records\":\(n),\"rounds\":\(rounds),"
    json += "\"best_eps\":\(best),\"median_eps\":\(med),\"best_cpu_eps\":\(bestCPU),\"passes\":\(t.passes)"
    if let p = prepSeconds { json += ",\"prep_s\":\(p)" }
    json += ",\"note\":\"\(note)\"}"
    print("RESULT \(json)")
}

// Warm-up (page in, caches), not reported.
_ = measure(rounds: 1) { () -> Tally in
    var t = Tally()
    for s in allSlots { tally(program.evaluate(slots: s), &t) }
    return t
}

@MainActor func selected(_ variant: String) -> Bool { only?.contains(variant) ?? true }

if selected("slots") {
    let slotRun = measure(rounds: rounds) { () -> Tally in
        var t = Tally()
        for s in allSlots { tally(program.evaluate(slots: s), &t) }
        return t
    }
    report(
        "slots", rounds, slotRun, prepSeconds: slotBuild.wall.min()!, note: "evaluate(slots:) on prebuilt [CELValue]")
}

let dictRounds = max(1, rounds / 2)
if selected("dict") {
    let dictRun = measure(rounds: dictRounds) { () -> Tally in
        var t = Tally()
        for d in allDicts { tally(program.evaluate(d), &t) }
        return t
    }
    report(
        "dict", dictRounds, dictRun, prepSeconds: dictBuild.wall.min()!,
        note: "evaluate(_:) on prebuilt [String: CELValue]")
}

if selected("slots+build") {
    let slotBuildRun = measure(rounds: dictRounds) { () -> Tally in
        var t = Tally()
        for r in records { tally(program.evaluate(slots: slots(r)), &t) }
        return t
    }
    report(
        "slots+build", dictRounds, slotBuildRun, prepSeconds: nil,
        note: "[CELValue] built per record, then evaluate(slots:)")
}

if selected("dict+build") {
    let dictBuildRun = measure(rounds: dictRounds) { () -> Tally in
        var t = Tally()
        for r in records { tally(program.evaluate(bindings(r)), &t) }
        return t
    }
    report(
        "dict+build", dictRounds, dictBuildRun, prepSeconds: nil,
        note: "[String: CELValue] built per record, then evaluate(_:)")
}

guard let agreed = expected else { fail("no variant selected") }
print("passing records: \(agreed.passes) of \(n)")
