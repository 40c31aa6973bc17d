import Foundation
import Registry

/// The words and exit status for every error a command can meet.
enum ErrorMessages {
    static func describe(_ error: any Error, _ lang: Language) -> (String, Int32) {
        switch error {
        case let error as RegistryError: return registry(error, lang)
        case let error as SearchError: return search(error, lang)
        case let error as OfficerError: return officer(error, lang)
        case let error as CreditError:
            return (error.message.text(lang), error.isPermission ? 77 : error.isNotFound ? 69 : error.isUsage ? 64 : 65)
        case let error as RecognitionError: return recognition(error, lang)
        case let error as BadgeKeyError: return badgeKey(error, lang)
        case let error as CLIError: return (error.message(lang), error.exitCode)
        default: return ("\(error)", 1)
        }
    }

    static func registry(_ error: RegistryError, _ lang: Language) -> (String, Int32) {
        switch error {
        case .invalidValue(let what, let value, let reason):
            return (lang.t("\(what) “\(value)” 无效：\(reason)", error.description), 65)
        case .notARegistry(let path, let reason):
            return (lang.t("\(path) 不是普惠登记库（\(reason)）。请用 --db 指定正确的文件，或用 puhui init 新建。", error.description), 66)
        case .registryNewerThanProgram(let path, let unknown):
            return (lang.t("\(path) 由更新版本的 puhui 写入（未知迁移：\(unknown.joined(separator: "、"))），请升级 puhui 后再打开。", error.description), 65)
        case .cannotCreateDirectory(let path, let reason):
            return (lang.t("无法创建目录 \(path)：\(reason)", error.description), 74)
        case .database(let message):
            return (lang.t("数据库错误：\(message)", error.description), 74)
        case .missingResource(let path):
            return (lang.t("程序缺少内置文件 \(path)，请重新构建。", error.description), 70)
        case .invalidReferenceData(let file, let line, let reason):
            return (lang.t("参考数据 \(file) 第 \(line) 行有误：\(reason)", error.description), 70)
        case .importRejected(let file, let problems):
            let list = problems.map { $0.description(lang) }.joined(separator: "\n")
            return (lang.t("\(file)：未导入任何记录，共 \(problems.count) 处问题（改正后重新导入）：\n\(list)", error.description), 65)
        case .officerRequired:
            return (lang.t("修改登记库须写明经办人：--officer 工号，或设置 PUHUI_OFFICER。", "a change to the registry needs the officer: --officer ID, or set PUHUI_OFFICER."), 64)
        case .outletNotFound(let id):
            return (lang.t("没有编号为 \(id) 的网点。可用 puhui search --keyword 查找。", "no outlet with id \(id). Find one with puhui search --keyword."), 69)
        case .auditChainBroken(let seq, let reason):
            return (lang.t("审计链在第 \(seq) 条断开：\(reason)", error.description), 65)
        case .notARegistryFile:
            return (error.fileMessage(lang), 66)
        case .registryReadOnly, .registryNeedsUpgrade, .registryUnreadable, .signingKeyRequired:
            return (error.fileMessage(lang), 77)
        case .registryBusy:
            return (error.fileMessage(lang), 75)
        case .importFileUnusable(_, let problem):
            if case .tooLarge = problem { return (error.fileMessage(lang), 65) }
            return (error.fileMessage(lang), 66)
        }
    }

    /// Refusals about who may change the registry exit 77 (EX_NOPERM); bad officer data 65.
    static func officer(_ error: OfficerError, _ lang: Language) -> (String, Int32) {
        switch error {
        case .unknownOfficer, .inactiveOfficer, .officerRequired, .cityLevelRequired:
            return (error.message.text(lang), 77)
        case .firstOfficerMustBeCityLevel, .duplicateOfficer, .invalidID, .emptyName, .unknownDistrict, .lastCityOfficer:
            return (error.message.text(lang), 65)
        }
    }

    /// A refused recognition step: 77 outside the officer's district, 64 a future day or a
    /// missing text, 69 no such badge, 70 a parameter missing from the rule set, else 65.
    static func recognition(_ error: RecognitionError, _ lang: Language) -> (String, Int32) {
        let code: Int32 =
            switch error {
            case .outsideDistrict: 77
            case .futureDate, .missingText: 64
            case .badgeNotFound: 69
            case .parameterMissing: 70
            default: 65
            }
        return (error.message.text(lang), code)
    }

    /// Badge keys: 66 no key, 73 a key already there, 74 I/O, 65 a malformed or wrong key.
    static func badgeKey(_ error: BadgeKeyError, _ lang: Language) -> (String, Int32) {
        let code: Int32 =
            switch error {
            case .noKey: 66
            case .keyExists: 73
            case .io: 74
            case .malformed, .wrongKey: 65
            }
        return (error.message.text(lang), code)
    }

    static func search(_ error: SearchError, _ lang: Language) -> (String, Int32) {
        switch error {
        case .placeNotFound(let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : lang.t("；您是不是要找：\(suggestions.joined(separator: "、"))", "")
            return (lang.t("没有叫“\(name)”的街道、镇或区县\(hint)", error.description), 69)
        case .placeAmbiguous(let name, let candidates):
            let list = candidates.map(\.qualifiedName).joined(separator: "、")
            return (lang.t("“\(name)”有多处：\(list)。请写全称，或用 --near。", error.description), 64)
        default:
            return (error.description, 64)
        }
    }
}

/// Errors the command layer itself raises.
enum CLIError: Error {
    case fileNotFound(String)
    case cannotRead(String, String)
    case cannotWrite(String, String)
    /// The file's folder does not exist: (file, folder).
    case missingFolder(String, String)
    case noRegistry(String)
    /// A value the parser accepted but the command cannot use: (Chinese, English).
    case usage(String, String)

    func message(_ lang: Language) -> String {
        switch self {
        case .fileNotFound(let path): lang.t("找不到文件 \(path)", "no such file: \(path)")
        case .cannotRead(let path, let why): lang.t("无法读取 \(path)：\(why)", "cannot read \(path): \(why)")
        case .cannotWrite(let path, let why): lang.t("无法写入 \(path)：\(why)", "cannot write \(path): \(why)")
        case .missingFolder(let path, let folder):
            lang.t("无法写入 \(path)：文件夹 \(folder) 不存在，请先创建或换一个路径",
                   "cannot write \(path): the folder \(folder) does not exist; create it or choose another path")
        case .usage(let zh, let en): lang.t(zh, en)
        case .noRegistry(let path):
            lang.t("\(path) 处没有登记库。用 puhui init --db \(path) 新建（加 --sample 载入示例数据）。",
                   "there is no registry at \(path). Create one with: puhui init --db \(path) (add --sample for the sample data).")
        }
    }

    var exitCode: Int32 {
        switch self {
        case .usage: 64
        case .fileNotFound, .noRegistry: 66
        case .cannotRead, .cannotWrite, .missingFolder: 74
        }
    }
}

extension CLIError {
    /// Why `path` could not be written, in words one can act on: a missing folder is named.
    static func writing(_ path: String, _ reason: String) -> CLIError {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) { return .missingFolder(path, folder) }
        return .cannotWrite(path, reason)
    }
}
