/// A message value built by `Type{field: value}`: the type name and its set fields.
public final class CELObject: Sendable {
    public let typeName: String
    public let fields: [String: CELValue]
    public init(typeName: String, fields: [String: CELValue]) {
        self.typeName = typeName
        self.fields = fields
    }
}
