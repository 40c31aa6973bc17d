import ArgumentParser
import Registry

/// `puhui officer add ID --name NAME --district CODE|city [--officer WHO]`.
struct OfficerAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Register an officer for a district or the whole city (登记经办人).",
        discussion: """
            ID is 1–32 of a–z, 0–9, '.', '_' and '-' (e.g. wang.li). --district is a county-level \
            code (e.g. 320613 崇川区) or `city` for the whole city. The registry's first officer \
            must be city-level and needs no --officer; after that --officer (or $PUHUI_OFFICER) \
            must be an active city-level officer.

            Examples:
              puhui officer add wang.li --name 王力 --district city
              puhui officer add zhao.min --name 赵敏 --district 崇川区 --officer wang.li
            """)

    @Argument(help: ArgumentHelp("The new officer's id, e.g. wang.li.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("The officer's name.", valueName: "name"))
    var name: String

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "The officer's district, by code (320613) or name (崇川区), or city (市级) for the whole city.",
            valueName: "district"), completion: DistrictSelector.completion, transform: DistrictSelector.transform)
    var district: DistrictSelector

    @OptionGroup var common: CommonOptions
    @OptionGroup var officer: OfficerOptions

    /// nil for the whole city.
    var districtCode: String? { district.code }

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let registry = try RegistrySession(common).openForWriting()
            let added = try await registry.officers.addOfficer(
                id: id, name: name, districtCode: districtCode, by: officer.resolvedOfficer(), reason: officer.reason)
            let scope = try await OfficerText.scope(added, registry, lang)
            Console.out(
                lang.t(
                    "已登记经办人 \(added.id)（\(added.name)），范围：\(scope)；登记人 \(added.createdBy)。",
                    "Registered officer \(added.id) (\(added.name)) for \(scope), by \(added.createdBy)."))
        }
    }
}
