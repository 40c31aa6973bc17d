import Foundation

/// `puhui-datagen`: argument parsing (by hand: the package has no dependencies) and the three
/// modes. Returns the process exit status.
public enum DataGenCommand {
    public static let help = """
        puhui-datagen — synthetic registries for Puhui (合成示例数据生成器)

        USAGE
          puhui-datagen --sample [--out DIR] [--seed N]
          puhui-datagen --outlets N [--operators M] [--seed N] --out DIR [--check]
          puhui-datagen --check DIR

        MODES
          --sample          the sample registry (~430 outlets, ~49 operators) with its README,
                            then checks it and compares the rule breaks found with those made
          --outlets N       a large registry of N outlets for benchmarks, streamed to DIR
          --check DIR       re-reads DIR/operators.csv, outlets.csv, prices.csv: format, USCC and
                            badge check characters, references, city box, ids, rule breaks

        OPTIONS
          --out DIR         where to write (default for --sample: Seed/sample)
          --operators M     operators in a large registry (default: outlets / 50, at least 10)
          --seed N          seed of the generator (default 20261129 for --sample, 42 otherwise);
                            the same seed gives byte-identical files
          --as-of DATE      date the data is shaped around (default 2026-11-29)
          --reference DIR   Seed/reference to read (default: the repository's)
          --check           with --outlets: check the files after writing them
          -h, --help        this text

        EXAMPLES
          swift run --package-path Benchmarks -c release puhui-datagen --sample --out Seed/sample
          swift run --package-path Benchmarks -c release puhui-datagen --outlets 1000000 --operators 20000 --seed 42 --out Benchmarks/data/1m
          swift run --package-path Benchmarks -c release puhui-datagen --check Benchmarks/data/1m
        """

    struct Options {
        var sample = false
        var outlets: Int?
        var operators: Int?
        var seed: UInt64?
        var out: String?
        var checkDirectory: String?
        var checkAfter = false
        var asOf = Day(2026, 11, 29)
        var reference: String?
    }

    static func parse(_ arguments: [String]) throws -> Options? {
        var options = Options()
        var i = 0
        func value(_ name: String) throws -> String {
            i += 1
            guard i < arguments.count else { throw DataGenError("\(name) needs a value") }
            return arguments[i]
        }
        func number(_ name: String) throws -> Int {
            let text = try value(name)
            guard let n = Int(text), n > 0 else { throw DataGenError("\(name): \"\(text)\" is not a positive number") }
            return n
        }
        while i < arguments.count {
            let argument = arguments[i]
            switch argument {
            case "-h", "--help": return nil
            case "--sample": options.sample = true
            case "--outlets": options.outlets = try number(argument)
            case "--operators": options.operators = try number(argument)
            case "--seed":
                let text = try value(argument)
                guard let s = UInt64(text) else { throw DataGenError("--seed: \"\(text)\" is not a number ≥ 0") }
                options.seed = s
            case "--out": options.out = try value(argument)
            case "--check":
                if i + 1 < arguments.count, !arguments[i + 1].hasPrefix("-") {
                    options.checkDirectory = try value(argument)
                } else {
                    options.checkAfter = true
                }
            case "--as-of":
                let text = try value(argument)
                guard let d = Day.parse(text) else {
                    throw DataGenError("--as-of: \"\(text)\" is not a date YYYY-MM-DD")
                }
                options.asOf = d
            case "--reference": options.reference = try value(argument)
            default: throw DataGenError("unknown argument \"\(argument)\" (see --help)")
            }
            i += 1
        }
        let modes =
            (options.sample ? 1 : 0) + (options.outlets != nil ? 1 : 0) + (options.checkDirectory != nil ? 1 : 0)
        guard modes == 1 else {
            throw DataGenError("give exactly one of --sample, --outlets N, --check DIR (see --help)")
        }
        if options.outlets != nil && options.out == nil { throw DataGenError("--outlets needs --out DIR") }
        return options
    }

    public static func run(_ arguments: [String]) -> Int32 {
        do {
            guard let options = try parse(arguments) else {
                print(help)
                return 0
            }
            let reference = try Reference.load(directory: options.reference ?? Reference.defaultDirectory())
            if options.sample { return try sample(options, reference) }
            if let n = options.outlets { return try bulk(n, options, reference) }
            if let directory = options.checkDirectory {
                let report = try Checker(reference: reference, asOf: options.asOf, listIds: true).check(
                    directory: directory)
                printReport(report, intended: nil)
                return report.formatErrorCount == 0 ? 0 : 1
            }
            return 0
        } catch {
            FileHandle.standardError.write(Data("puhui-datagen: error: \(error)\n".utf8))
            return 64
        }
    }

    private static func makeDirectory(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    private static func sample(_ options: Options, _ reference: Reference) throws -> Int32 {
        let out = options.out ?? "Seed/sample"
        let seed = options.seed ?? 20_261_129
        try makeDirectory(out)
        let registry = try SampleGenerator(reference: reference, asOf: options.asOf, seed: seed).generate()
        var operators = try CSVWriter(path: out + "/operators.csv", header: Columns.operators)
        for o in registry.operators { operators.write(o) }
        try operators.close()
        var outlets = try CSVWriter(path: out + "/outlets.csv", header: Columns.outlets)
        for o in registry.outlets { outlets.write(o) }
        try outlets.close()
        var prices = try CSVWriter(path: out + "/prices.csv", header: Columns.prices)
        for p in registry.prices { prices.write(p) }
        try prices.close()
        print(
            "wrote \(out)/operators.csv (\(registry.operators.count)), outlets.csv (\(registry.outlets.count)), prices.csv (\(registry.prices.count))"
        )

        let report = try Checker(reference: reference, asOf: options.asOf, listIds: true).check(directory: out)
        let agrees = printReport(report, intended: registry.defects)
        let readme = SampleReadme.render(
            registry: registry, report: report, seed: seed, asOf: options.asOf, seedIsDefault: options.seed == nil)
        try readme.write(toFile: out + "/README.md", atomically: true, encoding: .utf8)
        print("wrote \(out)/README.md")
        return report.formatErrorCount == 0 && agrees ? 0 : 1
    }

    private static func bulk(_ n: Int, _ options: Options, _ reference: Reference) throws -> Int32 {
        guard let out = options.out else { return 64 }
        try makeDirectory(out)
        let operators = options.operators ?? max(10, n / 50)
        let clock = ContinuousClock()
        let start = clock.now
        let stats = try BulkGenerator(
            reference: reference, asOf: options.asOf, seed: options.seed ?? 42, outletCount: n, operatorCount: operators
        )
        .write(to: out)
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(
            String(
                format: "wrote %@: %d operators, %d outlets, %d prices in %.2f s (%.0f outlets/s)",
                out, stats.operators, stats.outlets, stats.prices, seconds, Double(stats.outlets) / seconds))
        if stats.badgeOverflows > 0 {
            print("note: \(stats.badgeOverflows) recognitions left as applied: badge serials of a year exhausted")
        }
        if options.checkAfter {
            let checkStart = clock.now
            let report = try Checker(reference: reference, asOf: options.asOf, listIds: false).check(directory: out)
            printReport(report, intended: nil)
            print("checked in \(clock.now - checkStart)")
            return report.formatErrorCount == 0 ? 0 : 1
        }
        return 0
    }

    /// Prints the check; with `intended`, compares the rule breaks found with those made and
    /// returns whether they agree exactly (and nothing else breaks a rule).
    @discardableResult
    static func printReport(_ report: Checker.Report, intended: [(defect: Defect, ids: [String])]?) -> Bool {
        for line in report.lines { print(line) }
        print("format errors: \(report.formatErrorCount)")
        for e in report.formatErrors { print("  " + e) }
        var agrees = true
        var union = Set<String>()
        print("rule breaks found in the data:")
        for defect in Defect.allCases {
            let found = report.found[defect] ?? []
            union.formUnion(found)
            var line = "  " + defect.id.padding(40) + String(found.count)
            if let intended {
                let made = intended.first { $0.defect == defect }?.ids ?? []
                let same = Set(made) == Set(found)
                if !same { agrees = false }
                line += same ? "  (= made)" : "  MISMATCH: made \(made.sorted()), found \(found.sorted())"
            }
            if intended != nil || found.count <= 12 { line += "  " + found.sorted().joined(separator: " ") }
            print(line)
        }
        print(
            "outlets breaking at least one rule: \(union.count) of \(report.outletCount) (\(percent(union.count, report.outletCount)))"
        )
        if intended != nil {
            print(
                agrees ? "rule breaks agree with those made; every other outlet is clean" : "RULE BREAKS DO NOT AGREE")
        }
        return agrees
    }
}
