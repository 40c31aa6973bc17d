/// Why a change by or to an officer was refused. Nothing was changed. `message` is in both
/// languages; `description` is English.
public enum OfficerError: UserFacingError, Equatable, CustomStringConvertible {
    /// The registry has officers and this id is not one of them.
    case unknownOfficer(String)
    /// The officer was deactivated.
    case inactiveOfficer(String)
    /// The registry has officers; a change needs one (`--officer`).
    case officerRequired
    /// Only a city-level officer may do this (register or deactivate officers).
    case cityLevelRequired(officer: String, action: String)
    /// The first officer of a registry must act for the whole city.
    case firstOfficerMustBeCityLevel
    /// An officer with this id exists.
    case duplicateOfficer(String)
    /// The id cannot be an officer's.
    case invalidID(String, LocalizedText)
    /// The name is empty.
    case emptyName
    /// The code is not a county-level division of the city.
    case unknownDistrict(String)
    /// Deactivating this officer would leave no active city-level officer.
    case lastCityOfficer(String)
    /// A district officer asked for a city-wide task (`CityWideTask`).
    case cityWideTask(officer: String, district: String, task: CityWideTask)
    /// A district officer's import holds rows about other districts: nothing was imported;
    /// every problem is listed (those rows, and any other problem of the file).
    case importOutsideDistrict(file: String, problems: [ImportProblem])

    /// The message in both languages.
    public var message: LocalizedText {
        switch self {
        case .unknownOfficer(let id):
            LocalizedText(
                zh: "“\(id)”不是本登记库登记的经办人（用 puhui officer list 查看，由市级经办人用 puhui officer add 登记）",
                en:
                    "\"\(id)\" is not a registered officer of this registry (see puhui officer list; a city-level officer registers officers with puhui officer add)"
            )
        case .inactiveOfficer(let id):
            LocalizedText(
                zh: "经办人 \(id) 已停用，不能再修改登记库", en: "officer \(id) is deactivated and can no longer change the registry")
        case .officerRequired:
            LocalizedText(
                zh: "本登记库已登记经办人，修改须写明经办人：--officer 工号，或设置 PUHUI_OFFICER",
                en: "this registry has registered officers: a change needs one (--officer ID, or set PUHUI_OFFICER)")
        case .cityLevelRequired(let officer, let action):
            LocalizedText(
                zh: "只有市级经办人可以\(action == "add" ? "登记" : "停用")经办人；\(officer) 是区县经办人",
                en: "only a city-level officer may \(action) officers; \(officer) acts for one district")
        case .firstOfficerMustBeCityLevel:
            LocalizedText(
                zh: "登记库的第一位经办人须为市级（--district city），以便登记其他经办人",
                en: "a registry's first officer must be city-level (--district city), to register the others")
        case .duplicateOfficer(let id):
            LocalizedText(zh: "工号 \(id) 已登记", en: "officer \(id) is already registered")
        case .invalidID(let id, let why):
            LocalizedText(zh: "工号“\(id)”无效：\(why.zh)", en: "officer id \"\(id)\": \(why.en)")
        case .emptyName:
            LocalizedText(zh: "经办人姓名不能为空", en: "the officer's name is empty")
        case .unknownDistrict(let code):
            LocalizedText(
                zh: "\(code) 不是本市的区县代码（写区县代码，如 320613，或 city 表示全市）",
                en: "\(code) is not a county-level division of the city (give a district code such as 320613, or city)")
        case .lastCityOfficer(let id):
            LocalizedText(
                zh: "\(id) 是最后一位在职的市级经办人，停用后将无人能登记经办人",
                en: "\(id) is the last active city-level officer; without one nobody could register officers")
        case .cityWideTask(let officer, let district, let task):
            LocalizedText(
                zh: "只有市级经办人可以\(task.text.zh)；\(officer) 是区县经办人（\(district)），只办理本区事务。请由市级经办人操作。",
                en:
                    "only a city-level officer may \(task.text.en); \(officer) acts for one district (\(district)). Ask a city-level officer."
            )
        case .importOutsideDistrict(let file, let problems):
            LocalizedText(
                zh: "\(file)：含本区以外的记录，未导入任何记录，共 \(problems.count) 处问题：\n"
                    + problems.map { $0.description(.zh) }.joined(separator: "\n"),
                en:
                    "\(file): rows outside the officer's district, nothing imported, \(problems.count) problem\(problems.count == 1 ? "" : "s"):\n"
                    + problems.map { $0.description(.en) }.joined(separator: "\n"))
        }
    }

    /// Refusals about who may change the registry are not permitted (77); bad officer data 65.
    public var kind: FailureKind {
        switch self {
        case .unknownOfficer, .inactiveOfficer, .officerRequired, .cityLevelRequired, .cityWideTask,
            .importOutsideDistrict:
            .notPermitted
        case .firstOfficerMustBeCityLevel, .duplicateOfficer, .invalidID, .emptyName, .unknownDistrict,
            .lastCityOfficer:
            .invalidData
        }
    }

    public var description: String { message.en }
}
