import Registry

/// Opens the registry a command works on, by the rules in docs/ARCHITECTURE.md: `--db`, else
/// `PUHUI_DB`, else the per-user data directory. Only the default location is ever created
/// behind the user's back (with the sample data, said on stderr), so the README's first command
/// works on a fresh machine; an explicit path that does not exist is an error, never a new file
/// behind a typo.
struct RegistrySession {
    let location: RegistryLocation
    let language: Language

    init(_ common: CommonOptions) {
        location = common.location
        language = common.language
    }

    /// For commands that only read: creates the default registry with the sample on first use.
    func openForReading() throws -> any RegistryStore {
        if !location.exists {
            guard location.source == .userDataDirectory else { throw CLIError.noRegistry(location.path) }
            let registry = try RegistryDatabase.open(location)
            try registry.initialise(sample: true)
            Console.err(language.t(
                "已在 \(location.path) 新建登记库，并载入合成示例数据（非真实机构）。",
                "Created a registry at \(location.path) with the synthetic sample data (invented outlets)."))
            return registry
        }
        return try RegistryDatabase.open(location)
    }

    /// For commands that change the registry: it must exist (`puhui init` makes one).
    func openForWriting() throws -> any RegistryStore {
        guard location.exists else { throw CLIError.noRegistry(location.path) }
        return try RegistryDatabase.open(location)
    }
}
