import Foundation

/// Where the registry file is: `--db`, else the environment variable `PUHUI_DB`, else the per-user
/// data directory (`$XDG_DATA_HOME/puhui/registry.sqlite`, else `~/.local/share/puhui/registry.sqlite`).
public struct RegistryLocation: Sendable, Equatable, CustomStringConvertible {
    /// Which rule chose the path.
    public enum Source: String, Sendable, Equatable {
        /// The `--db` option.
        case option
        /// The `PUHUI_DB` environment variable.
        case environment
        /// The per-user data directory.
        case userDataDirectory
    }

    public let path: String
    public let source: Source

    public init(path: String, source: Source) {
        self.path = path
        self.source = source
    }

    /// Resolves the path from an explicit option, else `PUHUI_DB`, else the data directory.
    /// Empty values count as absent.
    public static func resolve(
        option: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> RegistryLocation {
        if let option, !option.isEmpty {
            return RegistryLocation(path: option, source: .option)
        }
        if let path = environment["PUHUI_DB"], !path.isEmpty {
            return RegistryLocation(path: path, source: .environment)
        }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            dataHome = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = (home as NSString).appendingPathComponent(".local/share")
        }
        return RegistryLocation(
            path: (dataHome as NSString).appendingPathComponent("puhui/registry.sqlite"), source: .userDataDirectory)
    }

    /// Whether a file exists at the path.
    public var exists: Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// How the path was chosen, in English: "--db", "PUHUI_DB" or "the per-user data directory".
    public var sourceDescription: String {
        switch source {
        case .option: "--db"
        case .environment: "PUHUI_DB"
        case .userDataDirectory: "the per-user data directory"
        }
    }

    public var description: String { "\(path) (from \(sourceDescription))" }
}
