import Foundation

/// A one-line view of an audit entry's before and after: the after record for an insert, the
/// before for a removal, and for an update only the members that changed (`{"x":1→2}`).
enum AuditChange {
    static func summary(before: String?, after: String?) -> String {
        switch (before, after) {
        case (nil, nil): return ""
        case (nil, let after?): return after
        case (let before?, nil): return "− " + before
        case (let before?, let after?):
            guard let old = members(before), let new = members(after) else { return before + " → " + after }
            let keys = Set(old.keys).union(new.keys).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            let changed = keys.filter { old[$0] != new[$0] }
            guard !changed.isEmpty else { return "(=)" }
            let parts = changed.map { key in
                "\"\(key)\":\(old[key] ?? "∅")→\(new[key] ?? "∅")"
            }
            return "{" + parts.joined(separator: ",") + "}"
        }
    }

    /// A JSON object's top-level members as compact JSON texts, or nil if it is not an object.
    static func members(_ text: String) -> [String: String]? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]),
            let dictionary = object as? [String: Any]
        else { return nil }
        var out: [String: String] = [:]
        for (key, value) in dictionary {
            guard
                let data = try? JSONSerialization.data(
                    withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes])
            else { return nil }
            out[key] = String(decoding: data, as: UTF8.self)
        }
        return out
    }
}
