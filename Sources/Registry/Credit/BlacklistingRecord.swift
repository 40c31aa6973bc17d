import GRDB

/// A row of `credit_blacklisting` (inserted, then only ever ended by repair), days as the
/// stored text; `blacklisting()` turns it into the public `Blacklisting` through `StoredValue`.
struct BlacklistingRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "credit_blacklisting"

    var id: Int64?
    var operatorUSCC: String
    var breachID: Int64
    var listedOn: String
    var minimumEnd: String
    var maximumEnd: String
    var basis: String
    var endedOn: String?
    var endedHow: String?
    var repairPledgeID: Int64?

    enum CodingKeys: String, CodingKey {
        case id
        case operatorUSCC = "operator_uscc"
        case breachID = "breach_id"
        case listedOn = "listed_on"
        case minimumEnd = "minimum_end"
        case maximumEnd = "maximum_end"
        case basis
        case endedOn = "ended_on"
        case endedHow = "ended_how"
        case repairPledgeID = "repair_pledge_id"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let operatorUSCC = Column(CodingKeys.operatorUSCC)
        static let listedOn = Column(CodingKeys.listedOn)
        static let endedOn = Column(CodingKeys.endedOn)
        static let endedHow = Column(CodingKeys.endedHow)
        static let repairPledgeID = Column(CodingKeys.repairPledgeID)
    }

    init(_ listing: Blacklisting) {
        id = nil
        operatorUSCC = listing.operatorUSCC
        breachID = listing.breachID
        listedOn = listing.listedOn.description
        minimumEnd = listing.minimumEnd.description
        maximumEnd = listing.maximumEnd.description
        basis = listing.basis
        endedOn = listing.endedOn?.description
        endedHow = listing.endedHow
        repairPledgeID = listing.repairPledgeID
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The blacklisting as callers see it.
    func blacklisting() throws -> Blacklisting {
        Blacklisting(
            id: id ?? 0, operatorUSCC: operatorUSCC, breachID: breachID,
            listedOn: try StoredValue.date(listedOn, "listed_on"),
            minimumEnd: try StoredValue.date(minimumEnd, "minimum_end"),
            maximumEnd: try StoredValue.date(maximumEnd, "maximum_end"), basis: basis,
            endedOn: try StoredValue.optionalDate(endedOn, "ended_on"), endedHow: endedHow,
            repairPledgeID: repairPledgeID)
    }
}

extension Blacklisting {
    /// From a row holding `credit_blacklisting`'s columns, by name.
    init(row: Row) throws {
        self = try BlacklistingRecord(row: row).blacklisting()
    }
}
