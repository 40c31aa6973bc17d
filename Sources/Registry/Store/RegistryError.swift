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
        }
    }
}
