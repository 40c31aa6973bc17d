import Foundation

/// The files of `Schema/` and `Seed/`, compiled into the binary by the EmbedResources plugin.
public enum Resources {
    /// Every embedded path, sorted ("Schema/001_registry.sql", "Seed/reference/divisions.csv", ...).
    public static var paths: [String] { EmbeddedFiles.base64.keys.sorted() }

    /// The bytes of one embedded file, or nil if there is no such file.
    public static func data(_ path: String) -> Data? {
        EmbeddedFiles.base64[path].flatMap { Data(base64Encoded: $0) }
    }

    /// The UTF-8 text of one embedded file, or nil if there is no such file.
    public static func text(_ path: String) -> String? {
        data(path).flatMap { String(data: $0, encoding: .utf8) }
    }

    /// The embedded paths under a folder ("Schema/"), sorted.
    public static func paths(under folder: String) -> [String] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return paths.filter { $0.hasPrefix(prefix) }
    }
}
