import Foundation
import GRDB

extension SQLiteAuditStore {
    /// The records whose current state is not what their last audit entry says it is: every
    /// operator, outlet (with its classes), price and officer is rendered as its audit entries
    /// render it and compared with the `after` of the last entry about it. An outlet's
    /// recognition is left out (the recognition steps keep their own entries and events).
    /// Records are named in the order of the tables, then of their keys.
    public func auditDataMismatches() throws -> [RecordMismatch] {
        try database.read { db in
            let last = try Self.lastAuditStates(db)
            var mismatches: [RecordMismatch] = []
            for type in AuditedTable.allCases {
                let current = try type.currentStates(db)
                let logged = last[type.rawValue] ?? [:]
                for (id, state) in current.sorted(by: { $0.key < $1.key }) {
                    guard let entry = logged[id], let after = entry.after else {
                        mismatches.append(
                            RecordMismatch(
                                entityType: type.rawValue, entityID: id, kind: .added, lastSeq: logged[id]?.seq))
                        continue
                    }
                    if !type.sameState(state, after) {
                        mismatches.append(
                            RecordMismatch(entityType: type.rawValue, entityID: id, kind: .changed, lastSeq: entry.seq))
                    }
                }
                for (id, entry) in logged.sorted(by: { $0.key < $1.key }) where entry.after != nil && current[id] == nil
                {
                    mismatches.append(
                        RecordMismatch(entityType: type.rawValue, entityID: id, kind: .deleted, lastSeq: entry.seq))
                }
            }
            return mismatches
        }
    }

    /// The last audit entry's `after` (nil: deleted) per entity type and id, for the audited tables.
    static func lastAuditStates(_ db: Database) throws -> [String: [String: (seq: Int64, after: String?)]] {
        var states: [String: [String: (seq: Int64, after: String?)]] = [:]
        let types = AuditedTable.allCases.map(\.rawValue)
        typealias Columns = AuditEntryRecord.Columns
        let cursor = try Row.fetchCursor(
            db,
            AuditEntryRecord.select(Columns.entityType, Columns.entityID, Columns.seq, Columns.afterJSON)
                .filter(types.contains(Columns.entityType)).order(Columns.seq))
        while let row = try cursor.next() {
            let type: String = row[Columns.entityType]
            let id: String = row[Columns.entityID]
            states[type, default: [:]][id] = (row[Columns.seq], row[Columns.afterJSON])
        }
        return states
    }
}

/// The tables whose every change is an audit entry carrying the record's whole state.
enum AuditedTable: String, CaseIterable {
    case `operator`, outlet, price, officer

    /// Each record's state, keyed as the audit log names it, as its audit entries render it.
    /// A record that cannot be read (a value no puhui writes) renders as its raw columns, which
    /// never equal a logged state.
    func currentStates(_ db: Database) throws -> [String: String] {
        var states: [String: String] = [:]
        switch self {
        case .operator:
            for record in try OperatorRecord.fetchAll(db) {
                states[record.uscc] =
                    (try? JSONValue.members(record.operator().jsonMembers).canonicalText)
                    ?? "unreadable operator \(record.uscc)"
            }
        case .outlet:
            for row in try Row.fetchAll(db, SQLRequest(literal: "SELECT rid, id FROM outlet")) {
                let rid: Int64 = row["rid"]
                let outlet = try? ImportedOutlet.fetch(db, rid: rid)
                states[row["id"]] =
                    outlet.map { Self.withoutRecognition($0.jsonText) } ?? "unreadable outlet rid \(rid)"
            }
        case .price:
            for row in try PriceRecord.withOutletID(orderedBy: "p.id").fetchAll(db) {
                guard let price = try? row.price() else {
                    let unreadable = "unreadable price id \(row.record.id.map(String.init) ?? "?")"
                    states[unreadable] = unreadable
                    continue
                }
                states[price.key] = JSONValue.members(price.jsonMembers).canonicalText
            }
        case .officer:
            for record in try OfficerRecord.fetchAll(db) {
                let officer = record.officer
                states[officer.id] = officer.jsonText
            }
        }
        return states
    }

    /// Whether a current state equals a logged one (the same JSON values; an outlet's
    /// recognition left out of both).
    func sameState(_ current: String, _ logged: String) -> Bool {
        let logged = self == .outlet ? Self.withoutRecognition(logged) : logged
        if current == logged { return true }
        guard let a = Self.parse(current), let b = Self.parse(logged) else { return false }
        return a.isEqual(b)
    }

    static func parse(_ text: String) -> NSObject? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) as? NSObject
    }

    /// An outlet's audit JSON without its `certification` member, re-rendered canonically.
    static func withoutRecognition(_ text: String) -> String {
        guard var object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else {
            return text
        }
        object.removeValue(forKey: "certification")
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else {
            return text
        }
        return String(decoding: data, as: UTF8.self)
    }
}
