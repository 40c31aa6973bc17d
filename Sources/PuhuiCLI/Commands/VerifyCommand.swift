import ArgumentParser
import CEL
import Foundation
import Registry
import Rules

/// `puhui verify`: run the verification rules on one outlet, or on every outlet (a stored run).
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify outlets against the recognition rules, with explained verdicts (认定核验).",
        discussion: """
            One outlet: every rule's verdict (pass, fail, not applicable, error) with its legal \
            basis, the facts and parameter values it read (parameters with the day they took \
            effect), and which part of a condition failed. Nothing is stored.

            --all: every outlet (or those of --kind/--district), facts loaded in bulk and \
            evaluated on every core; the run — rule-set content hash, as-of date, time, officer, \
            outcomes and the failing verdicts with explanations — is stored in the registry and \
            its id printed, so a recognition decision can cite it. An outlet is eligible only if \
            no block rule fails or errs.

            The default rule set is the built-in Seed/rules/nantong-inclusive.yaml.

            Examples:
              puhui verify NT-0001
              puhui verify NT-0001 --as-of 2024-12-31 --format json
              puhui verify NT-0001 --ruleset my-rules.yaml
              puhui verify --all --officer wang.li
              puhui verify --all --kind childcare --district 320613 --format csv
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json, csv
    }

    @Argument(help: ArgumentHelp("The outlet's id, e.g. NT-0001 (or --all).", valueName: "id"))
    var id: String?

    @Flag(help: "Verify every outlet (filtered by --kind and --district) and store the run.")
    var all = false

    @Option(
        name: .customLong("kind"),
        help: ArgumentHelp("With --all: a kind or a group (elder, childcare); repeatable.", valueName: "kind"))
    var kinds: [String] = []

    @Option(
        name: .customLong("district"), parsing: .unconditionalSingleValue,
        help: ArgumentHelp(
            "With --all: a district by code (320613) or name (崇川区), or city; repeatable.", valueName: "district"),
        completion: DistrictSelector.completion, transform: DistrictSelector.transform)
    var districts: [DistrictSelector] = []

    @Option(help: ArgumentHelp("A rule file to use instead of the built-in default rule set.", valueName: "file"))
    var ruleset: String?

    @Option(help: ArgumentHelp("Output: table, json or csv (csv with --all only).", valueName: "format"))
    var format: Format = .table

    @Option(
        help: ArgumentHelp(
            "With --all: the officer running the verification (else $PUHUI_OFFICER); recorded with the run.",
            valueName: "id"))
    var officer: String?

    @Flag(
        name: .customLong("store-all"),
        help: "With --all: store every verdict, not only failures and errors (much larger).")
    var storeAll = false

    @Flag(help: "With --all: print where the time went (facts, engine, store) on stderr.")
    var timing = false

    @OptionGroup var common: CommonOptions
    @OptionGroup var progress: ProgressOptions
    @OptionGroup var asOf: AsOfOption

    func validate() throws {
        if all == (id != nil) { throw CLIError.usage("请给网点编号或 --all，二者选一", "give an outlet id, or --all (not both)") }
        if !all, !kinds.isEmpty || !districts.isEmpty || officer != nil || storeAll || timing {
            throw CLIError.usage(
                "--kind、--district、--officer、--store-all 和 --timing 须与 --all 一起使用",
                "--kind, --district, --officer, --store-all and --timing go with --all")
        }
        if !all, format == .csv {
            throw CLIError.usage(
                "--format csv 须与 --all 一起使用；单个网点请用 table 或 json",
                "--format csv goes with --all; use table or json for one outlet")
        }
        for text in kinds {
            do { _ = try KindSelector.parse(text) } catch {
                throw CLIError.usage("--kind \(text)：\(error.message.zh)", "--kind \(text): \(error.message.en)")
            }
        }
    }

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let day = asOf.resolve()
            let ruleSet = try RulesFile.load(ruleset, lang)
            if all {
                try await verifyAll(ruleSet, day, lang)
            } else if let id {
                try await verifyOne(id.trimmingCharacters(in: .whitespaces), ruleSet, day, lang)
            }
        }
    }

    func verifyOne(_ id: String, _ ruleSet: CompiledRuleSet, _ day: LocalDate, _ lang: Language) async throws {
        let registry = try RegistrySession(common).openForReading()
        let facts = try await registry.verification.facts(outletID: id, asOf: day)
        let outcome = ruleSet.evaluate(facts, asOf: day, detail: .full)
        switch format {
        case .json:
            Console.out(try VerdictJSON.document(ruleSet, asOf: day, outlets: [outcome]))
        case .table, .csv:
            let name = facts.roots["outlet"]?.mapValue?[.string("name")]?.stringValue
            Console.out(VerdictText.outlet(outcome, name: name, ruleSet: ruleSet, asOf: day, lang: lang))
        }
    }

    func verifyAll(_ ruleSet: CompiledRuleSet, _ day: LocalDate, _ lang: Language) async throws {
        let registry = try RegistrySession(common).openForWriting()
        let scope = try await makeScope(registry)
        let officerID = (officer ?? ProcessInfo.processInfo.environment["PUHUI_OFFICER"])?.trimmingCharacters(
            in: .whitespaces)
        try await OfficerOptions.checkWriter(officerID, on: registry, lang)
        var summary = VerdictSummary()
        var first = true
        if format == .json { Console.out(VerdictJSON.streamHead(asOf: day), terminator: "") }
        if format == .csv {
            Console.out(Self.csvLine(["outlet_id", "eligible", "rule", "result", "severity", "message"]))
        }
        func emit(_ batch: [OutletVerdicts]) throws {
            switch format {
            case .table:
                summary.add(batch)
            case .json:
                var text = ""
                for outcome in batch {
                    text += (first ? "" : ",\n") + (try VerdictJSON.line(outcome))
                    first = false
                }
                Console.out(text, terminator: "")
            case .csv:
                var text = ""
                for outcome in batch {
                    for verdict in outcome.verdicts {
                        text +=
                            Self.csvLine([
                                outcome.subject, outcome.eligible ? "yes" : "no", verdict.rule, verdict.result.rawValue,
                                verdict.severity.rawValue, verdict.message,
                            ]) + "\n"
                    }
                }
                Console.out(text, terminator: "")
            }
        }
        // Verdicts streamed to a terminal would break the progress line: progress only with the
        // table (printed at the end) or when the verdicts go elsewhere.
        let reporter = format == .table || !Console.outIsTerminal ? progress.reporter(lang) : nil
        defer { reporter?.finish() }
        let run = try await registry.verification.verifyAll(
            ruleSet: ruleSet, asOf: day, scope: scope, officer: officerID, storage: storeAll ? .all : .failures,
            detail: .failuresOnly, batchSize: VerificationRun.defaultBatchSize, onBatch: emit,
            timings: timing ? { Console.err(Self.describe($0)) } : nil, progress: reporter?.handler)
        reporter?.finish()
        let stored = lang.t(
            "已保存核验记录 #\(run.id)：规则集 \(run.rulesetID) \(run.rulesetVersion)，哈希 \(run.rulesetHash)，核验日期 \(run.asOf)，网点 \(run.outlets) 个，符合 \(run.eligible) 个。",
            "Stored verification run #\(run.id): rule set \(run.rulesetID) \(run.rulesetVersion), hash \(run.rulesetHash), as of \(run.asOf), \(run.outlets) outlets, \(run.eligible) eligible."
        )
        switch format {
        case .table:
            Console.out(summary.render(ruleSet, lang: lang))
            Console.out("")
            Console.out(stored)
        case .json:
            Console.out(try VerdictJSON.streamTail(ruleSet))
            Console.err(stored)
        case .csv:
            Console.err(stored)
        }
    }

    static func describe(_ t: VerificationTimings) -> String {
        func rate(_ count: Int, _ seconds: Double) -> String {
            seconds > 0 ? String(Int(Double(count) / seconds)) : "-"
        }
        func secs(_ value: Double) -> String { String(format: "%.2f s", value) }
        return "timing: \(t.outlets) outlets, \(t.evaluations) rule evaluations; facts \(secs(t.factsSeconds)), "
            + "engine \(secs(t.engineSeconds)) (\(rate(t.outlets, t.engineSeconds)) outlets/s, "
            + "\(rate(t.evaluations, t.engineSeconds)) evaluations/s), store \(secs(t.storeSeconds)); "
            + "whole run \(secs(t.totalSeconds)) (\(rate(t.outlets, t.totalSeconds)) outlets/s)"
    }

    static func csvLine(_ fields: [String]) -> String {
        CSVText.line(fields)
    }

    func makeScope(_ registry: any RegistryStore) async throws -> VerificationScope {
        var kindSet = Set<OutletKind>()
        for text in kinds { kindSet.formUnion(try KindSelector.parse(text).kinds) }
        // `--district city` is the whole city: no district filter.
        let codes = districts.contains(.city) ? [] : Set(districts.compactMap(\.code))
        return VerificationScope(kinds: kindSet, districts: codes)
    }
}
