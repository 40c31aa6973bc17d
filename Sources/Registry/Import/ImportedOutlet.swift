/// One row of `outlets.csv`: the outlet with its childcare classes and its recognition as it stands.
struct ImportedOutlet: Sendable, Equatable {
    var outlet: Outlet
    var classes: [ChildcareClass]
    var certification: Certification?

    /// The audit log's JSON: the outlet's columns plus `classes` and `certification`.
    var jsonText: String {
        var members = outlet.jsonMembers
        members.append(JSONMember("certification", certification?.jsonValue ?? .null))
        members.append(JSONMember("classes", .array(classes.map(\.jsonValue))))
        return JSONValue.members(members).canonicalText
    }
}
