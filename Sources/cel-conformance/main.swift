import CEL
import Foundation

// cel-conformance DIR [--verbose] [--known-failures FILE]
// Runs every JSON case file under DIR and ends with "N passed, M failed".
// cel-conformance --eval EXPR | --jsonl: see EvalMode.swift.
var args = Array(CommandLine.arguments.dropFirst())
if args.first == "--jsonl" { exit(EvalMode.jsonLines()) }
if args.first == "--eval", args.count == 2 { exit(EvalMode.evalOne(args[1])) }
var verbose = false
var knownFile: String?
var dirs: [String] = []
var i = 0
while i < args.count {
    switch args[i] {
    case "--verbose", "-v": verbose = true
    case "--known-failures":
        i += 1
        if i < args.count { knownFile = args[i] }
    default: dirs.append(args[i])
    }
    i += 1
}
guard let dir = dirs.first else {
    FileHandle.standardError.write(
        "usage: cel-conformance DIR [--verbose] [--known-failures FILE]\n".data(using: .utf8) ?? Data())
    exit(2)
}
var known: Set<String> = []
if let knownFile, let text = try? String(contentsOfFile: knownFile, encoding: .utf8) {
    for line in text.split(whereSeparator: \.isNewline) {
        let entry = line.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
        if !entry.isEmpty, !entry.hasPrefix("#") { known.insert(entry) }
    }
}
let results = Conformance.run(directory: dir)
if results.isEmpty {
    FileHandle.standardError.write("cel-conformance: no .json case files under \(dir)\n".data(using: .utf8) ?? Data())
    exit(2)
}
var passed = 0
var failed = 0
var knownCount = 0
for result in results {
    let unknown = result.failures.filter { !known.contains($0.key) }
    knownCount += result.failures.count - unknown.count
    print("\(result.file): \(result.passed) passed, \(result.failures.count) failed")
    for f in result.failures {
        if verbose || !known.contains(f.key) { print(f.description) }
    }
    passed += result.passed
    failed += unknown.count
}
if knownCount > 0 { print("(\(knownCount) known failures not counted)") }
print("\(passed) passed, \(failed) failed")
exit(failed == 0 ? 0 : 1)
