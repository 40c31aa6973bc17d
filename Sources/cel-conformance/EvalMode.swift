import CEL
import Foundation

/// `cel-conformance --eval EXPR` and `cel-conformance --jsonl`: evaluate expressions outside the
/// case files, for the differential run against cel-cpp (`Benchmarks/cel-diff/`) and the limit
/// measurements (`Benchmarks/cel-limits.sh`).
enum EvalMode {
    /// One expression: prints the result's typed JSON, the evaluation time and the process's
    /// peak resident memory, so a script can check a limit case's time and memory.
    static func evalOne(_ expr: String) -> Int32 {
        let start = ContinuousClock.now
        let out: [String: Any]
        do {
            let program = try CEL.compile(expr, options: .init(maxSourceLength: 1 << 20))
            out = encode(program.evaluate())
        } catch {
            out = ["compile_error": "\(error)"]
        }
        let took = ContinuousClock.now - start
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)  // Glibc imports RUSAGE_SELF as an enum case
        print(json(out))
        let ms = Double(took.components.seconds) * 1000 + Double(took.components.attoseconds) / 1e15
        print(String(format: "eval_ms %.3f", ms))
        print("max_rss_kib \(usage.ru_maxrss)")
        return 0
    }

    /// Reads one JSON object per line (`{"id": …, "expr": "…"}`) and writes one per line:
    /// `{"id": …, "value": TYPED}`, `{"id": …, "error": KIND, "message": …}` or
    /// `{"id": …, "compile_error": …}`.
    static func jsonLines() -> Int32 {
        while let line = readLine(strippingNewline: true) {
            guard let data = line.data(using: .utf8),
                let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let expr = obj["expr"] as? String
            else {
                print(json(["error": "bad_input", "message": line]))
                continue
            }
            var out: [String: Any]
            do {
                out = encode(try CEL.compile(expr).evaluate())
            } catch let e as CELError {
                out = ["compile_error": e.message]
            } catch {
                out = ["compile_error": "\(error)"]
            }
            out["id"] = obj["id"] ?? NSNull()
            print(json(out))
        }
        return 0
    }

    /// A result as tagged JSON; numbers that JSON cannot carry exactly are strings.
    static func encode(_ v: CELValue) -> [String: Any] {
        if case .error(let e) = v { return ["error": e.kind.rawValue, "message": e.message] }
        return ["value": typed(v)]
    }

    static func typed(_ v: CELValue) -> Any {
        switch v {
        case .null: return ["null": NSNull()]
        case .bool(let b): return ["bool": b]
        case .int(let i): return ["int": String(i)]
        case .uint(let u): return ["uint": String(u)]
        case .double(let d):
            if d.isNaN { return ["double": "NaN"] }
            if d.isInfinite { return ["double": d < 0 ? "-Infinity" : "Infinity"] }
            return ["double": d.description]  // shortest round-trip text
        case .string(let s): return ["string": s]
        case .bytes(let b): return ["bytes": Data(b).base64EncodedString()]
        case .list(let l): return ["list": l.map(typed)]
        case .map(let m): return ["map": zip(m.keys, m.values).map { [typed($0), typed($1)] }]
        case .type(let t): return ["type": t.name]
        case .timestamp(let t): return ["timestamp": "\(t)"]
        case .duration(let d): return ["duration": "\(d)"]
        case .optional(let o): return ["optional": o.map(typed) ?? NSNull()]
        case .object(let o): return ["object": o.typeName]
        case .error(let e): return ["error": e.kind.rawValue]
        }
    }

    static func json(_ o: Any) -> String {
        guard let d = try? JSONSerialization.data(withJSONObject: o, options: [.sortedKeys, .fragmentsAllowed]) else {
            return "{}"
        }
        return String(decoding: d, as: UTF8.self)
    }
}
