/// 经办人: an officer registered to change the registry, for one county-level district or (with
/// no district) the whole city. Officers are deactivated, never deleted, so the audit log's
/// names stay meaningful.
public struct Officer: Sendable, Equatable, Codable {
    /// The login-like id, e.g. `wang.li`: 1–32 of `a-z 0-9 . _ -`.
    public var id: String
    /// The officer's name, e.g. 王力.
    public var name: String
    /// The county-level division the officer acts for; nil for the whole city (市级).
    public var districtCode: String?
    /// Whether the officer may still make changes.
    public var isActive: Bool
    /// When the officer was registered (UTC `YYYY-MM-DDTHH:MM:SSZ`).
    public var createdAt: String
    /// Who registered the officer (the officer's own id for the first one).
    public var createdBy: String
    /// When and by whom the officer was deactivated.
    public var deactivatedAt: String?
    public var deactivatedBy: String?

    public init(
        id: String, name: String, districtCode: String?, isActive: Bool = true, createdAt: String, createdBy: String,
        deactivatedAt: String? = nil, deactivatedBy: String? = nil
    ) {
        self.id = id
        self.name = name
        self.districtCode = districtCode
        self.isActive = isActive
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.deactivatedAt = deactivatedAt
        self.deactivatedBy = deactivatedBy
    }

    /// Whether the officer acts for the whole city.
    public var isCityLevel: Bool { districtCode == nil }

    /// Whether the officer may act on an outlet of `district`.
    public func mayActOn(district: String) -> Bool {
        districtCode == nil || districtCode == district
    }

    /// Ids the program records for its own writes; never an officer's.
    public static let reservedIDs: Set<String> = ["puhui-init", "system"]

    /// Why `id` cannot be an officer's id (nil when it can).
    public static func problem(withID id: String) -> LocalizedText? {
        if id.isEmpty || id.utf8.count > 32 {
            return LocalizedText(zh: "工号须为 1–32 个字符", en: "an officer id has 1–32 characters")
        }
        let allowed = id.utf8.allSatisfy { byte in
            (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2E || byte == 0x5F || byte == 0x2D
        }
        if !allowed {
            return LocalizedText(
                zh: "工号只能由小写字母、数字和 . _ - 组成（例如 wang.li）",
                en: "an officer id uses only a–z, 0–9, '.', '_' and '-' (e.g. wang.li)")
        }
        if reservedIDs.contains(id) {
            return LocalizedText(zh: "“\(id)”由程序自用，不能作为工号", en: "\"\(id)\" is reserved for the program's own changes")
        }
        return nil
    }

    /// The audit log's JSON for this officer.
    package var jsonText: String {
        JSONValue.members([
            JSONMember("active", .bool(isActive)), JSONMember("created_at", .string(createdAt)),
            JSONMember("created_by", .string(createdBy)), JSONMember("deactivated_at", .optional(deactivatedAt)),
            JSONMember("deactivated_by", .optional(deactivatedBy)),
            JSONMember("district_code", .optional(districtCode)),
            JSONMember("id", .string(id)), JSONMember("name", .string(name)),
        ]).canonicalText
    }
}
