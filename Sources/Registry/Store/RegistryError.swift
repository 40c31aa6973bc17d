/// Every error the registry reports. `description` is English; `code` is a stable identifier the
/// CLI maps to a Chinese message.
public enum RegistryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A value that is not what it should be (a date, an amount, an enum identifier, …).
    case invalidValue(what: String, value: String, reason: String)
    /// The file exists but is not a Puhui registry (not SQLite, or SQLite without our tables).
    case notARegistry(path: String, reason: String)
    /// The registry was written by a newer `puhui`: it has migrations this program does not know.
    case registryNewerThanProgram(path: String, unknownMigrations: [String])
    /// The registry's directory could not be created.
    case cannotCreateDirectory(path: String, reason: String)
    /// SQLite refused an operation.
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

    /// A stable identifier for the case, for the CLI's translations.
    public var code: String {
        switch self {
        case .invalidValue: "invalid_value"
        case .notARegistry: "not_a_registry"
        case .registryNewerThanProgram: "registry_newer_than_program"
        case .cannotCreateDirectory: "cannot_create_directory"
        case .database: "database"
        case .missingResource: "missing_resource"
        case .invalidReferenceData: "invalid_reference_data"
        case .importRejected: "import_rejected"
        case .officerRequired: "officer_required"
        case .outletNotFound: "outlet_not_found"
        case .auditChainBroken: "audit_chain_broken"
        case .notARegistryFile: "not_a_registry_file"
        case .registryReadOnly: "registry_read_only"
        case .registryNeedsUpgrade: "registry_needs_upgrade"
        case .registryBusy: "registry_busy"
        case .registryUnreadable: "registry_unreadable"
        case .importFileUnusable: "import_file_unusable"
        case .signingKeyRequired: "signing_key_required"
        }
    }

    public var description: String {
        switch self {
        case .invalidValue(let what, let value, let reason):
            "\(what) \"\(value)\": \(reason)"
        case .notARegistry(let path, let reason):
            "\(path) is not a Puhui registry: \(reason)"
        case .registryNewerThanProgram(let path, let unknown):
            "\(path) was written by a newer version of puhui (unknown migrations: \(unknown.joined(separator: ", "))); upgrade puhui to open it"
        case .cannotCreateDirectory(let path, let reason):
            "cannot create the directory \(path): \(reason)"
        case .database(let message):
            "database error: \(message)"
        case .missingResource(let path):
            "the embedded file \(path) is missing from this build"
        case .invalidReferenceData(let file, let line, let reason):
            "\(file):\(line): \(reason)"
        case .importRejected(let file, let problems):
            "\(file): nothing imported, \(problems.count) problem\(problems.count == 1 ? "" : "s"):\n"
                + problems.map(\.description).joined(separator: "\n")
        case .officerRequired:
            "the officer's name is required for a change to the registry"
        case .outletNotFound(let id):
            "no outlet with id \(id)"
        case .auditChainBroken(let seq, let reason):
            "the audit log is broken at entry \(seq): \(reason)"
        case .notARegistryFile, .registryReadOnly, .registryNeedsUpgrade, .registryBusy, .registryUnreadable,
            .importFileUnusable, .signingKeyRequired:
            fileMessage.en
        }
    }
}

extension RegistryError {
    /// The words, in both languages, for the cases about the registry file itself (nil for the
    /// others, whose Chinese the CLI holds).
    public var fileText: LocalizedText? {
        switch self {
        case .notARegistryFile, .registryReadOnly, .registryNeedsUpgrade, .registryBusy, .registryUnreadable,
            .importFileUnusable, .signingKeyRequired:
            fileMessage
        default: nil
        }
    }

    var fileMessage: LocalizedText {
        switch self {
        case .notARegistryFile(let path, let problem):
            LocalizedText(
                zh: "\(path) 不是普惠登记库：\(problem.text.zh)；未作任何改动。请用 --db 指定登记库文件，或用 puhui init --db 新建一个。",
                en: "\(path) is not a Puhui registry: \(problem.text.en); it was left as it is. Give the registry file with --db, or create one with puhui init --db.")
        case .registryReadOnly(let path):
            LocalizedText(
                zh: "无法修改 \(path)：当前用户对该文件或其所在文件夹没有写权限；查询命令仍可使用。请由有写权限的用户操作，或调整权限。",
                en: "cannot change \(path): this user may not write the file or its folder; commands that only read still work. Run it as a user who may write, or change the permissions.")
        case .registryNeedsUpgrade(let path):
            LocalizedText(
                zh: "\(path) 由旧版 puhui 写入，须先升级，而当前用户没有写权限。请由有写权限的用户运行 puhui init --db \(path)。",
                en: "\(path) was written by an older puhui and needs an upgrade, which this user may not write. Have a user who may write run puhui init --db \(path).")
        case .registryBusy(let path):
            LocalizedText(
                zh: "\(path) 正被另一项写入占用，等待超过上限后放弃，未作任何改动。请稍后重试，或用 --wait 秒数（或 PUHUI_WAIT）延长等待。",
                en: "\(path) is held by another write for longer than this one waits; nothing was changed. Try again later, or wait longer with --wait SECONDS (or PUHUI_WAIT).")
        case .registryUnreadable(let path):
            LocalizedText(
                zh: "无法读取 \(path)：当前用户没有读权限。",
                en: "cannot read \(path): this user may not read it.")
        case .importFileUnusable(let path, let problem):
            LocalizedText(zh: "无法导入 \(path)：\(problem.text.zh)；未导入任何记录。", en: "cannot import \(path): \(problem.text.en); nothing was imported.")
        case .signingKeyRequired(let fingerprint):
            LocalizedText(
                zh: "本登记库用签名密钥（指纹 \(fingerprint)）为审计链头签名，修改须持有该密钥；本机未找到它（PUHUI_SIGNING_KEY，或 ~/.config/puhui/badge-signing.key），未作任何改动。",
                en: "this registry signs its audit chain's head with its signing key (\(fingerprint)), so a change needs that key; it is not here (PUHUI_SIGNING_KEY, or ~/.config/puhui/badge-signing.key), so nothing was changed.")
        default:
            LocalizedText(zh: description, en: description)
        }
    }
}
