/// One row of `outlets.csv`: the outlet with its childcare classes and its recognition as it stands.
struct ImportedOutlet: Sendable, Equatable {
    var outlet: Outlet
    var classes: [ChildcareClass]
    var certification: Certification?

    /// The audit log's JSON: the outlet's columns plus `classes` and `certification`.
    var jsonText: String {
        var members = outlet.jsonObject
        members["classes"] = .array(classes.map(\.jsonValue))
        members["certification"] = certification?.jsonValue ?? .null
        return JSONValue.object(members).canonicalText
    }
}
