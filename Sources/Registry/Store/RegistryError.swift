/// Errors about the registry itself: its file, its database, values it was given. Each speaks
/// for itself in both languages (`UserFacingError`); `description` is the English message.
public enum RegistryError: UserFacingError, Equatable, CustomStringConvertible {
    /// A value that is not what it should be (an amount, an enum identifier, …): what it is,
    /// the value as given, and why it is refused.
    case invalidValue(what: LocalizedText, value: String, reason: LocalizedText)
    /// The file exists but is not a Puhui registry (not SQLite, or SQLite without our tables).
    case notARegistry(path: String, reason: LocalizedText)
    /// The registry was written by a newer `puhui`: it has migrations this program does not know.
    case registryNewerThanProgram(path: String, unknownMigrations: [String])
    /// The registry's directory could not be created (the system's words as `reason`).
    case cannotCreateDirectory(path: String, reason: String)
    /// An input file could not be read (the system's words as `reason`).
    case cannotRead(path: String, reason: String)
    /// SQLite refused an operation: its result code and its own words.
    case database(String)
    /// A file that should be embedded in the binary is missing.
    case missingResource(String)
    /// A reference-data file is malformed.
    case invalidReferenceData(file: String, line: Int, reason: String)
    /// An import was refused: nothing was written. Every problem is listed.
    case importRejected(file: String, problems: [ImportProblem])
    /// A write needs the officer's name.
    case officerRequired
    /// No outlet has this id.
    case outletNotFound(String)
    /// The audit log does not verify (see `AuditVerification`).
    case auditChainBroken(seq: Int64, reason: String)

    public var message: LocalizedText {
        switch self {
        case .invalidValue(let what, let value, let reason):
            LocalizedText(zh: "\(what.zh)“\(value)”无效：\(reason.zh)", en: "\(what.en) \"\(value)\": \(reason.en)")
        case .notARegistry(let path, let reason):
            LocalizedText(
                zh: "\(path) 不是普惠登记库（\(reason.zh)）。请用 --db 指定正确的文件，或用 puhui init 新建。",
                en: "\(path) is not a Puhui registry (\(reason.en)). Give the right file with --db, or create one with puhui init.")
        case .registryNewerThanProgram(let path, let unknown):
            LocalizedText(
                zh: "\(path) 由更新版本的 puhui 写入（未知迁移：\(unknown.joined(separator: "、"))），请升级 puhui 后再打开。",
                en: "\(path) was written by a newer version of puhui (unknown migrations: \(unknown.joined(separator: ", "))); upgrade puhui to open it")
        case .cannotCreateDirectory(let path, let reason):
            LocalizedText(zh: "无法创建目录 \(path)（系统提示：\(reason)）", en: "cannot create the directory \(path): \(reason)")
        case .cannotRead(let path, let reason):
            LocalizedText(zh: "无法读取 \(path)（系统提示：\(reason)）", en: "cannot read \(path): \(reason)")
        case .database(let detail):
            LocalizedText(zh: "数据库出错（SQLite 提示：\(detail)）", en: "database error: \(detail)")
        case .missingResource(let path):
            LocalizedText(zh: "程序缺少内置文件 \(path)，请重新构建。", en: "the embedded file \(path) is missing from this build")
        case .invalidReferenceData(let file, let line, let reason):
            LocalizedText(zh: "参考数据 \(file) 第 \(line) 行有误：\(reason)", en: "\(file):\(line): \(reason)")
        case .importRejected(let file, let problems):
            LocalizedText(
                zh: "\(file)：未导入任何记录，共 \(problems.count) 处问题（改正后重新导入）：\n"
                    + problems.map { $0.description(.zh) }.joined(separator: "\n"),
                en: "\(file): nothing imported, \(problems.count) problem\(problems.count == 1 ? "" : "s"):\n"
                    + problems.map { $0.description(.en) }.joined(separator: "\n"))
        case .officerRequired:
            LocalizedText(
                zh: "修改登记库须写明经办人：--officer 工号，或设置 PUHUI_OFFICER。",
                en: "a change to the registry needs the officer: --officer ID, or set PUHUI_OFFICER.")
        case .outletNotFound(let id):
            LocalizedText(
                zh: "没有编号为 \(id) 的网点。可用 puhui search --keyword 查找。",
                en: "no outlet with id \(id). Find one with puhui search --keyword.")
        case .auditChainBroken(let seq, let reason):
            LocalizedText(zh: "审计链在第 \(seq) 条断开：\(reason)", en: "the audit log is broken at entry \(seq): \(reason)")
        }
    }

    public var kind: FailureKind {
        switch self {
        case .invalidValue, .registryNewerThanProgram, .importRejected, .auditChainBroken: .invalidData
        case .notARegistry, .cannotRead: .missingInput
        case .cannotCreateDirectory, .database: .io
        case .missingResource, .invalidReferenceData: .internalFault
        case .officerRequired: .usage
        case .outletNotFound: .notFound
        }
    }

    public var description: String { message.en }
}
