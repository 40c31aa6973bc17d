import ArgumentParser
import Foundation
import PuhuiOutput
import Registry

/// `puhui officer list [--format table|json]`.
struct OfficerListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the registered officers and their scope (经办人列表).",
        discussion: """
            Examples:
              puhui officer list
              puhui officer list --format json
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json
    }

    @Option(help: "Output format.")
    var format: Format = .table

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let registry = try RegistrySession(common).openForReading()
            let officers = try await registry.officers.officers()
            switch format {
            case .json:
                Console.out(try JSONOutput.encode(officers.map(JSONOfficer.init)))
            case .table:
                guard !officers.isEmpty else {
                    Console.out(
                        lang.t(
                            "尚未登记经办人。用 puhui officer add 工号 --name 姓名 --district city 登记第一位（市级）经办人。",
                            "No officers are registered. Register the first (city-level) one with: puhui officer add ID --name NAME --district city"
                        ))
                    return
                }
                var table = TextTable([
                    .init(title: lang.t("工号", "id")), .init(title: lang.t("姓名", "name")),
                    .init(title: lang.t("范围", "scope")), .init(title: lang.t("状态", "status")),
                    .init(title: lang.t("登记时间 (UTC)", "registered (UTC)")), .init(title: lang.t("登记人", "by")),
                ])
                for officer in officers {
                    await table.append([
                        officer.id, officer.name, try OfficerText.scope(officer, registry, lang),
                        officer.isActive ? lang.t("在职", "active") : lang.t("已停用", "inactive"), officer.createdAt,
                        officer.createdBy,
                    ])
                }
                Console.out(table.render())
            }
        }
    }

    /// One officer in `--format json`: every member present (`null` when absent).
    struct JSONOfficer: Encodable {
        var officer: Officer

        init(_ officer: Officer) { self.officer = officer }

        func encode(to encoder: any Encoder) throws {
            enum Keys: String, CodingKey {
                case id
                case name
                case districtCode = "district_code"
                case active
                case createdAt = "created_at"
                case createdBy = "created_by"
                case deactivatedAt = "deactivated_at"
                case deactivatedBy = "deactivated_by"
            }
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(officer.id, forKey: .id)
            try container.encode(officer.name, forKey: .name)
            try container.encode(officer.districtCode, forKey: .districtCode)
            try container.encode(officer.isActive, forKey: .active)
            try container.encode(officer.createdAt, forKey: .createdAt)
            try container.encode(officer.createdBy, forKey: .createdBy)
            try container.encode(officer.deactivatedAt, forKey: .deactivatedAt)
            try container.encode(officer.deactivatedBy, forKey: .deactivatedBy)
        }
    }
}

/// Words about officers shared by the officer commands.
enum OfficerText {
    /// `全市` / `the whole city`, or `320613 崇川区` / `320613 Chongchuan District`.
    static func scope(_ officer: Officer, _ registry: any RegistryStore, _ lang: Language) async throws -> String {
        guard let code = officer.districtCode else { return lang.t("全市", "the whole city") }
        guard let division = try await registry.outlets.divisions().first(where: { $0.code == code }) else {
            return code
        }
        return "\(code) " + lang.t(division.name, division.nameEN)
    }
}
