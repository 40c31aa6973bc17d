import Registry

/// One row of the public blacklist in `credit list --blacklist --format json` (and `GET /v1/blacklist`).
package struct BlacklistEntryJSON: Encodable {
    package let id: Int64
    package let operatorUSCC: String
    package let operatorName: String
    package let category: BreachCategory
    package let listedOn: LocalDate
    package let minimumEnd: LocalDate
    package let publicUntil: LocalDate
    package let outletID: String

    package init(_ entry: BlacklistEntry) {
        id = entry.blacklisting.id
        operatorUSCC = entry.blacklisting.operatorUSCC
        operatorName = entry.operatorName
        category = entry.breach.category
        listedOn = entry.blacklisting.listedOn
        minimumEnd = entry.blacklisting.minimumEnd
        publicUntil = entry.publicUntil
        outletID = entry.breach.outletID
    }
}

/// A breach in JSON, with its blacklisting and that one's state on the day.
