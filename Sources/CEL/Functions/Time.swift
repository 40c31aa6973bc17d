/// Timestamp and duration accessors (`getFullYear`, `getHours`, ...), with an
/// optional time zone argument: IANA names via Foundation, or fixed offsets.
enum TimeFunctions {
    enum Field: CaseIterable {
        case fullYear, month, date, dayOfMonth, dayOfYear, dayOfWeek, hours, minutes, seconds, milliseconds
        var name: String {
            switch self {
            case .fullYear: return "getFullYear"
            case .month: return "getMonth"
            case .date: return "getDate"
            case .dayOfMonth: return "getDayOfMonth"
            case .dayOfYear: return "getDayOfYear"
            case .dayOfWeek: return "getDayOfWeek"
            case .hours: return "getHours"
            case .minutes: return "getMinutes"
            case .seconds: return "getSeconds"
            case .milliseconds: return "getMilliseconds"
            }
        }
    }

    static func register(_ t: inout [String: [Int: Fn]]) {
        for f in Field.allCases {
            t.add(f.name) { v in get(f, v, zone: nil) }
            t.add(f.name) { v, z in
                guard case .string(let zone) = z else { return Library.noOverload(f.name, [v, z]) }
                return get(f, v, zone: zone)
            }
        }
    }

    static func get(_ f: Field, _ v: CELValue, zone: String?) -> CELValue {
        switch v {
        case .timestamp(let ts):
            var secs = ts.seconds
            if let zone {
                guard let off = TimeMath.offset(zone: zone, at: ts.seconds) else {
                    return .error(CELError(.invalidArgument, "invalid time zone '\(zone)'"))
                }
                secs += off
            }
            let days = TimeMath.floorDiv(secs, 86400)
            let rem = secs - days * 86400
            let (y, m, d) = TimeMath.civilFromDays(days)
            switch f {
            case .fullYear: return .int(y)
            case .month: return .int(m - 1)
            case .date: return .int(d)
            case .dayOfMonth: return .int(d - 1)
            case .dayOfYear: return .int(days - TimeMath.daysFromCivil(y, 1, 1))
            case .dayOfWeek: return .int(((days % 7) + 11) % 7)  // 1970-01-01 was a Thursday (4)
            case .hours: return .int(rem / 3600)
            case .minutes: return .int(rem / 60 % 60)
            case .seconds: return .int(rem % 60)
            case .milliseconds: return .int(Int64(ts.nanos) / 1_000_000)
            }
        case .duration(let d) where zone == nil:
            let n = d.nanoseconds
            switch f {
            case .hours: return .int(n / 3_600_000_000_000)
            case .minutes: return .int(n / 60_000_000_000)
            case .seconds: return .int(n / 1_000_000_000)
            case .milliseconds: return .int((n % 1_000_000_000) / 1_000_000)  // the component, per the spec tests
            default: return Library.noOverload(f.name, [v])
            }
        default:
            return Library.noOverload(f.name, zone.map { [v, .string($0)] } ?? [v])
        }
    }
}
