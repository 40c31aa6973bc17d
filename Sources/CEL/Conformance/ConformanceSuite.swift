import Foundation

/// Runs the cel-spec conformance cases stored as JSON (see the suite's README):
/// each test has `expr`, optional `bindings`, and an expected `value`, `eval_error`,
/// or (neither) `true`. Used by the `cel-conformance` executable and the test suite.
public enum Conformance {
    public struct Failure: Sendable, CustomStringConvertible {
        public let file: String
        public let section: String
        public let test: String
        public let expression: String
        public let expected: String
        public let got: String
        /// `file/section/test`, the key used in known-failures lists.
        public var key: String { "\(file)/\(section)/\(test)" }
        public var description: String {
            "FAIL \(key)\n  expr:     \(expression)\n  expected: \(expected)\n  got:      \(got)"
        }
    }

    public struct FileResult: Sendable {
        public let file: String
        public var passed = 0
        public var failures: [Failure] = []
    }

    /// All `.json` files under `directory`, recursively, sorted by path.
    public static func files(in directory: String) -> [String] {
        let fm = FileManager.default
        guard let e = fm.enumerator(atPath: directory) else { return [] }
        var out: [String] = []
        while let p = e.nextObject() as? String {
            if p.hasSuffix(".json") { out.append(p) }
        }
        return out.sorted()
    }

    /// Runs every file under `directory`.
    public static func run(directory: String) -> [FileResult] {
        files(in: directory).map { rel in
            runFile(path: (directory as NSString).appendingPathComponent(rel), name: String(rel.dropLast(5)))
        }
    }

    public static func runFile(path: String, name: String) -> FileResult {
        var result = FileResult(file: name)
        guard let data = FileManager.default.contents(atPath: path),
            let doc = try? JSONDecoder().decode(JSON.self, from: data)
        else {
            result.failures.append(
                Failure(
                    file: name, section: "", test: "", expression: "",
                    expected: "a readable JSON file", got: "unreadable"))
            return result
        }
        for section in doc["section"]?.array ?? [] {
            let sname = section["name"]?.string ?? ""
            for test in section["test"]?.array ?? [] {
                if let f = runCase(test, file: name, section: sname) {
                    result.failures.append(f)
                } else {
                    result.passed += 1
                }
            }
        }
        return result
    }

    /// Runs one case; nil when it passes.
    public static func runCase(_ test: JSON, file: String, section: String) -> Failure? {
        let tname = test["name"]?.string ?? ""
        let expr = test["expr"]?.string ?? ""
        func fail(_ expected: String, _ got: String) -> Failure {
            Failure(file: file, section: section, test: tname, expression: expr, expected: expected, got: got)
        }
        var bindings: [String: CELValue] = [:]
        if case .object(let b)? = test["bindings"] {
            for (k, v) in b {
                guard let inner = v["value"], let value = celValue(inner) else {
                    return fail("a supported binding", "unsupported binding for \(k)")
                }
                bindings[k] = value
            }
        }
        let wantError = test["eval_error"] != nil
        var expected: CELValue = .bool(true)
        if let v = test["value"] {
            guard let ev = celValue(v) else { return fail("a supported expected value", "unsupported value") }
            expected = ev
        }
        // Declarations become slot variables, and (unless checking is disabled) typed
        // declarations feed the static checker.
        var options = CELOptions()
        if let container = test["container"]?.string { options.container = container }
        for decl in test["type_env"]?.array ?? [] {
            guard let name = decl["name"]?.string else { continue }
            options.variables.append(name)
            if test["disable_check"]?.bool != true, let t = decl["ident"]?["type"].flatMap(declaredType) {
                options.types[name] = t
            }
        }
        let got: CELValue
        do {
            let program = try CEL.compile(expr, options: options)
            got = program.evaluate(bindings)
            // The traced program is compiled without constant folding, so comparing the
            // two checks the folded and the runtime paths against each other.
            let traced = program.evaluateWithTrace(bindings).result
            if got.isError != traced.isError || (!got.isError && !matches(got, traced)) {
                return fail(got.debugText, "traced evaluation differs: \(traced.debugText)")
            }
        } catch let e as CELError {
            return wantError ? nil : fail(expected.debugText, "compile error: \(e.message)")
        } catch {
            return fail(expected.debugText, "compile error: \(error)")
        }
        if wantError {
            if case .error = got { return nil }
            return fail("an evaluation error", got.debugText)
        }
        if case .error(let e) = got { return fail(expected.debugText, "error: \(e.message)") }
        return matches(expected, got) ? nil : fail(expected.debugText, got.debugText)
    }

    /// CEL equality, except that an expected NaN matches an actual NaN, and the kinds
    /// must agree (an expected `1u` is not matched by `1`).
    public static func matches(_ a: CELValue, _ b: CELValue) -> Bool {
        switch (a, b) {
        case (.double(let x), .double(let y)): return (x.isNaN && y.isNaN) || (x == y && x.sign == y.sign) || x == y
        case (.list(let x), .list(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { matches($0, $1) }
        case (.map(let x), .map(let y)):
            guard x.count == y.count else { return false }
            for (k, v) in zip(x.keys, x.values) {
                guard let w = y[k], matches(v, w) else { return false }
            }
            return true
        default:
            return a.celType == b.celType && CELValue.celEquals(a, b)
        }
    }

    /// The CEL type of a `type_env` declaration's `type`, when it is one the checker models.
    static func declaredType(_ t: JSON) -> CELType? {
        if let p = t["primitive"]?.string {
            switch p {
            case "INT64": return .int
            case "UINT64": return .uint
            case "DOUBLE": return .double
            case "BOOL": return .bool
            case "STRING": return .string
            case "BYTES": return .bytes
            default: return nil
            }
        }
        if t["list_type"] != nil { return .list }
        if t["map_type"] != nil { return .map }
        if let m = t["message_type"]?.string {
            if m == "google.protobuf.Timestamp" { return .timestamp }
            if m == "google.protobuf.Duration" { return .duration }
        }
        return nil
    }

    /// Converts the JSON form of a `google.api.expr.Value` to a CEL value.
    public static func celValue(_ j: JSON) -> CELValue? {
        guard case .object(let o) = j, let (kind, v) = o.first else { return nil }
        switch kind {
        case "null_value": return .null
        case "bool_value": return v.bool.map { .bool($0) }
        case "int64_value":
            if let s = v.string { return Int64(s).map { .int($0) } }
            if case .number(let d) = v { return Int64(exactly: d).map { .int($0) } }
            return nil
        case "uint64_value":
            if let s = v.string { return UInt64(s).map { .uint($0) } }
            if case .number(let d) = v { return UInt64(exactly: d).map { .uint($0) } }
            return nil
        case "double_value":
            switch v {
            case .number(let d): return .double(d)
            case .string(let s):
                switch s {
                case "NaN": return .double(.nan)
                case "Infinity": return .double(.infinity)
                case "-Infinity": return .double(-.infinity)
                default: return Double(s).map { .double($0) }
                }
            default: return nil
            }
        case "string_value": return v.string.map { .string($0) }
        case "bytes_value":
            guard let s = v.string, let d = Data(base64Encoded: s) else { return nil }
            return .bytes(Array(d))
        case "list_value":
            var out: [CELValue] = []
            for e in v["values"]?.array ?? [] {
                guard let x = celValue(e) else { return nil }
                out.append(x)
            }
            return .list(out)
        case "map_value":
            var pairs: [(CELValue, CELValue)] = []
            for e in v["entries"]?.array ?? [] {
                guard let k = e["key"].flatMap(celValue), let x = e["value"].flatMap(celValue) else { return nil }
                pairs.append((k, x))
            }
            return .map(CELMap(pairs: pairs))
        case "type_value": return v.string.map { .type(CELType($0)) }
        case "object_value":
            guard let t = v["@type"]?.string, let text = v["value"]?.string else { return nil }
            if t.hasSuffix("google.protobuf.Timestamp") {
                return TimeMath.parseTimestamp(text).map { .timestamp($0) }
            }
            if t.hasSuffix("google.protobuf.Duration") {
                return TimeMath.parseDuration(text).map { .duration($0) }
            }
            return nil
        default: return nil
        }
    }
}
