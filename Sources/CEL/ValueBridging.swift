import Foundation

extension CELValue {
    /// Converts common Swift/Foundation values (as found in decoded JSON, database rows
    /// or `[String: Any]` records) to CEL values: integers → `int` (unsigned → `uint`),
    /// floating point → `double`, `Bool`, `String`, `Data`/`[UInt8]` → `bytes`,
    /// `Date` → `timestamp`, arrays → `list`, string-keyed dictionaries → `map`,
    /// `nil`/`NSNull` → `null`. Returns nil for anything else.
    public init?(any value: Any?) {
        guard let value else {
            self = .null
            return
        }
        switch value {
        case let v as CELValue: self = v
        case is NSNull: self = .null
        case let v as Bool: self = .bool(v)
        case let v as Int: self = .int(Int64(v))
        case let v as Int64: self = .int(v)
        case let v as Int32: self = .int(Int64(v))
        case let v as UInt64: self = .uint(v)
        case let v as UInt: self = .uint(UInt64(v))
        case let v as UInt32: self = .uint(UInt64(v))
        case let v as Double: self = .double(v)
        case let v as Float: self = .double(Double(v))
        case let v as String: self = .string(v)
        case let v as Substring: self = .string(String(v))
        case let v as Data: self = .bytes(Array(v))
        case let v as [UInt8]: self = .bytes(v)
        case let v as Date:
            let t = v.timeIntervalSince1970
            guard t.isFinite, abs(t) < 1e15 else { return nil }
            let secs = t.rounded(.down)
            let nanos = Int32(((t - secs) * 1e9).rounded())
            guard let ts = CELTimestamp(seconds: Int64(secs), nanos: nanos) else { return nil }
            self = .timestamp(ts)
        case let v as [Any?]:
            var out: [CELValue] = []
            out.reserveCapacity(v.count)
            for e in v {
                guard let c = CELValue(any: e) else { return nil }
                out.append(c)
            }
            self = .list(out)
        case let v as [String: Any?]:
            var pairs: [(CELValue, CELValue)] = []
            pairs.reserveCapacity(v.count)
            for (k, e) in v.sorted(by: { $0.key < $1.key }) {
                guard let c = CELValue(any: e) else { return nil }
                pairs.append((.string(k), c))
            }
            self = .map(CELMap(pairs: pairs))
        default:
            return nil
        }
    }
}
