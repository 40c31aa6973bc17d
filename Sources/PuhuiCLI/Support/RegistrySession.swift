import Registry

/// Opens the registry a command works on, by the rules in docs/ARCHITECTURE.md: `--db`, else
/// `PUHUI_DB`, else the per-user data directory. Only the default location is ever created
/// behind the user's back (with the sample data, said on stderr), so the README's first command
/// works on a fresh machine; an explicit path that does not exist is an error, never a new file
/// behind a typo, and a file there that is not a registry (an empty file included) is refused
/// and left as it is. Read commands open read-only connections (a user without write
/// permission can read); a change waits for another in progress (`--wait`).
struct RegistrySession {
    let location: RegistryLocation
    let language: Language
    let wait: WriteWait

    init(_ common: CommonOptions) {
        location = common.location
        language = common.language
        wait = common.writeWait
    }

    /// For commands that only read: creates the default registry with the sample on first use.
    func openForReading() throws -> any RegistryStore {
        if !location.exists {
            guard location.source == .userDataDirectory else { throw CLIError.noRegistry(location.path) }
            let registry = try RegistryDatabase.open(location, wait: wait)
            try registry.initialise(sample: true)
            Console.err(
                language.t(
                    "已在 \(location.path) 新建登记库，并载入合成示例数据（非真实机构）。",
                    "Created a registry at \(location.path) with the synthetic sample data (invented outlets)."))
            return registry
        }
        return try RegistryDatabase.openExisting(path: location.path, access: .read, wait: wait)
    }

    /// For commands that change the registry: it must exist (`puhui init` makes one).
    /// Once the registry records a signing key, the key file (PUHUI_SIGNING_KEY, else the
    /// config directory) signs the audit chain's head at every commit; without it a change is
    /// refused.
    func openForWriting() throws -> any RegistryStore {
        guard location.exists else { throw CLIError.noRegistry(location.path) }
        var registry = try RegistryDatabase.openExisting(path: location.path, access: .write, wait: wait)
        if let fingerprint = try registry.badges.badgeKeyFingerprint() {
            let path = BadgeSigningKey.path(option: nil)
            if let key = try? BadgeSigningKey.load(from: path), key.fingerprint == fingerprint {
                registry.auditSigner = AuditHeadSigner(privateKey: key.privateKey)
            }
        }
        return registry
    }
}
