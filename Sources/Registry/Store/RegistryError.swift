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
    /// The path given as the registry is not one (missing, a directory, empty, not SQLite, or
    /// SQLite without the registry's tables); it is left as it is.
    case notARegistryFile(path: String, problem: RegistryFileProblem)
    /// A change was asked of a registry this user may not write (the file or its directory).
    case registryReadOnly(path: String)
    /// The registry needs an upgrade (missing migrations) and this user may not write it.
    case registryNeedsUpgrade(path: String)
    /// Another write held the registry longer than this write's wait limit.
    case registryBusy(path: String)
    /// The registry file cannot be read by this user.
    case registryUnreadable(path: String)
    /// A file given to import cannot be read as CSV at all.
    case importFileUnusable(path: String, problem: ImportFileProblem)
    /// The registry signs its audit chain's head and this writer does not hold the signing key.
    case signingKeyRequired(fingerprint: String)

    public var message: LocalizedText {
        switch self {
        case .invalidValue(let what, let value, let reason):
            LocalizedText(zh: "\(what.zh)“\(value)”无效：\(reason.zh)", en: "\(what.en) \"\(value)\": \(reason.en)")
        case .notARegistry(let path, let reason):
            LocalizedText(
                zh: "\(path) 不是普惠登记库（\(reason.zh)）。请用 --db 指定正确的文件，或用 puhui init 新建。",
                en:
                    "\(path) is not a Puhui registry (\(reason.en)). Give the right file with --db, or create one with puhui init."
            )
        case .registryNewerThanProgram(let path, let unknown):
            LocalizedText(
                zh: "\(path) 由更新版本的 puhui 写入（未知迁移：\(unknown.joined(separator: "、"))），请升级 puhui 后再打开。",
                en:
                    "\(path) was written by a newer version of puhui (unknown migrations: \(unknown.joined(separator: ", "))); upgrade puhui to open it"
            )
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
        case .notARegistryFile(let path, let problem):
            LocalizedText(
                zh: "\(path) 不是普惠登记库：\(problem.text.zh)；未作任何改动。请用 --db 指定登记库文件，或用 puhui init --db 新建一个。",
                en:
                    "\(path) is not a Puhui registry: \(problem.text.en); it was left as it is. Give the registry file with --db, or create one with puhui init --db."
            )
        case .registryReadOnly(let path):
            LocalizedText(
                zh: "无法修改 \(path)：当前用户对该文件或其所在文件夹没有写权限；查询命令仍可使用。请由有写权限的用户操作，或调整权限。",
                en:
                    "cannot change \(path): this user may not write the file or its folder; commands that only read still work. Run it as a user who may write, or change the permissions."
            )
        case .registryNeedsUpgrade(let path):
            LocalizedText(
                zh: "\(path) 由旧版 puhui 写入，须先升级，而当前用户没有写权限。请由有写权限的用户运行 puhui init --db \(path)。",
                en:
                    "\(path) was written by an older puhui and needs an upgrade, which this user may not write. Have a user who may write run puhui init --db \(path)."
            )
        case .registryBusy(let path):
            LocalizedText(
                zh: "\(path) 正被另一项写入占用，等待超过上限后放弃，未作任何改动。请稍后重试，或用 --wait 秒数（或 PUHUI_WAIT）延长等待。",
                en:
                    "\(path) is held by another write for longer than this one waits; nothing was changed. Try again later, or wait longer with --wait SECONDS (or PUHUI_WAIT)."
            )
        case .registryUnreadable(let path):
            LocalizedText(zh: "无法读取 \(path)：当前用户没有读权限。", en: "cannot read \(path): this user may not read it.")
        case .importFileUnusable(let path, let problem):
            LocalizedText(
                zh: "无法导入 \(path)：\(problem.text.zh)；未导入任何记录。",
                en: "cannot import \(path): \(problem.text.en); nothing was imported.")
        case .signingKeyRequired(let fingerprint):
            LocalizedText(
                zh:
                    "本登记库用签名密钥（指纹 \(fingerprint)）为审计链头签名，修改须持有该密钥；本机未找到它（PUHUI_SIGNING_KEY，或 ~/.config/puhui/badge-signing.key），未作任何改动。",
                en:
                    "this registry signs its audit chain's head with its signing key (\(fingerprint)), so a change needs that key; it is not here (PUHUI_SIGNING_KEY, or ~/.config/puhui/badge-signing.key), so nothing was changed."
            )
        }
    }

    public var kind: FailureKind {
        switch self {
        case .invalidValue, .registryNewerThanProgram, .importRejected, .auditChainBroken: .invalidData
        case .notARegistry, .cannotRead: .missingInput
        case .cannotCreateDirectory, .database: .io
        case .missingResource, .invalidReferenceData: .internalFault
        // No officer named: a change is not permitted without one (README: 77).
        case .officerRequired: .notPermitted
        case .outletNotFound: .notFound
        case .notARegistryFile: .missingInput
        case .registryReadOnly, .registryNeedsUpgrade, .registryUnreadable, .signingKeyRequired: .notPermitted
        // Another write held the lock past the wait: reading or writing the database failed.
        case .registryBusy: .io
        case .importFileUnusable(_, let problem):
            if case .tooLarge = problem { .invalidData } else { .missingInput }
        }
    }

    public var description: String { message.en }
}
