import CEL
import Foundation
import PuhuiCore
import Registry
import Rules

/// The code the fuzzers drive (docs/FUZZING.md): each target takes any bytes, runs one part of
/// the program on them, and checks what must hold whatever the input. A broken invariant is
/// a `FuzzFailure` (libFuzzer's entry point turns it into a crash it keeps); a crash, a hang or
/// unbounded memory is found by the fuzzer itself.
package enum FuzzTarget: String, Sendable, CaseIterable {
    /// The CSV reader, then a dry-run import of the bytes as each table.
    case csv
    /// The rule-file loader and compiler, then the file's own tests.
    case rules
    /// The CEL parser, checker and evaluator.
    case cel

    /// Runs the target on `bytes`.
    package func run(_ bytes: [UInt8]) throws(FuzzFailure) {
        switch self {
        case .csv: try Self.csv(bytes)
        case .rules: try Self.rules(bytes)
        case .cel: try Self.cel(bytes)
        }
    }

    /// One in-memory registry for every input (a dry run writes nothing to it).
    nonisolated(unsafe) static var registry: RegistryDatabase? = try? RegistryDatabase.inMemory()

    static func csv(_ bytes: [UInt8]) throws(FuzzFailure) {
        var reader = CSVReader(bytes: bytes)
        var lastLine = 0
        do {
            while let record = try reader.next() {
                guard !record.fields.isEmpty, record.fields.count <= ImportLimits.maximumFieldsPerRecord else {
                    throw FuzzFailure("a record with \(record.fields.count) fields")
                }
                guard record.line > lastLine else { throw FuzzFailure("record lines go backwards at \(record.line)") }
                lastLine = record.line
            }
        } catch let error as CSVError {
            guard error.line >= 1, error.column >= 1 else { throw FuzzFailure("an unpositioned CSV error: \(error)") }
        } catch let failure as FuzzFailure {
            throw failure
        } catch {
            throw FuzzFailure("the CSV reader threw \(type(of: error))")
        }
        guard let registry else { throw FuzzFailure("no in-memory registry") }
        for table in RegistryTable.allCases {
            do {
                _ = try registry.imports.importCSV(
                    table, bytes: bytes, fileName: "fuzz.csv", options: ImportOptions(officer: "fuzz", dryRun: true))
            } catch let error as any UserFacingError {
                // A refusal must speak both languages and name no empty reason.
                guard !error.message.zh.isEmpty, !error.message.en.isEmpty else {
                    throw FuzzFailure("a refusal without words: \(error)")
                }
            } catch {
                throw FuzzFailure("the import threw \(type(of: error)): \(error)")
            }
        }
        let counts = try? registry.outlets.counts()
        guard counts?.operators == 0, counts?.outlets == 0, counts?.prices == 0 else {
            throw FuzzFailure("a dry run wrote to the registry")
        }
    }

    static func rules(_ bytes: [UInt8]) throws(FuzzFailure) {
        do {
            let ruleSet = try CompiledRuleSet.compile(data: Data(bytes), fileName: "fuzz.yaml")
            _ = ruleSet.runTests()
        } catch {
            guard !error.diagnostics.isEmpty else { throw FuzzFailure("a refused rule file without a diagnostic") }
            for diagnostic in error.diagnostics where diagnostic.line < 1 || diagnostic.column < 1 {
                throw FuzzFailure("an unpositioned diagnostic: \(diagnostic)")
            }
        }
    }

    static func cel(_ bytes: [UInt8]) throws(FuzzFailure) {
        let source = String(decoding: bytes, as: UTF8.self)
        let program: CELProgram
        do {
            program = try CEL.compile(source)
        } catch is CELError {
            return
        } catch {
            throw FuzzFailure("CEL.compile threw \(type(of: error))")
        }
        _ = program.evaluate(["x": .int(1), "y": .string("a"), "m": .map(CELMap(pairs: [(.string("k"), .int(2))]))])
    }
}

/// An invariant a fuzz target found broken.
package struct FuzzFailure: Error, CustomStringConvertible {
    package let description: String
    init(_ description: String) { self.description = description }
}
