import Foundation

/// What is at a registry path, found without opening it through SQLite (which would turn an
/// empty file into a new database): missing, a directory, empty, not SQLite, or an SQLite file;
/// and whether this process may write it (the file, its directory for the `-wal`/`-shm` files,
/// and those files when they exist). `access(2)` answers for the real user, so root sees every
/// file as writable and a user without write permission sees the truth.
struct RegistryFile {
    let path: String

    /// SQLite's 16-byte file header ("SQLite format 3" and a NUL).
    static let sqliteHeader: [UInt8] = Array("SQLite format 3".utf8) + [0]

    var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// Nil for a file that starts like an SQLite database, else why it is not a registry.
    /// Throws `fileUnreadable` when the file cannot be read at all.
    func problem() throws -> RegistryFileProblem? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { return .directory }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw RegistryError.registryUnreadable(path: path)
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: Self.sqliteHeader.count)) ?? Data()
        if head.isEmpty { return .empty }
        return [UInt8](head) == Self.sqliteHeader ? nil : .notSQLite
    }

    /// The `-wal` file beside the database.
    var walPath: String { path + "-wal" }
    /// The `-shm` file beside the database.
    var shmPath: String { path + "-shm" }

    /// Whether SQLite can write here: the file, its directory (journal, `-wal`, `-shm`), and
    /// the `-wal`/`-shm` files that already exist.
    var isWritable: Bool {
        let directory = (path as NSString).deletingLastPathComponent
        let folder = directory.isEmpty ? "." : directory
        guard access(path, W_OK) == 0, access(folder, W_OK) == 0 else { return false }
        for side in [walPath, shmPath] where FileManager.default.fileExists(atPath: side) {
            guard access(side, W_OK) == 0 else { return false }
        }
        return true
    }

    /// Whether the write-ahead log and its index are both there: while any connection has the
    /// registry open they exist, and a reader without write permission can use them.
    var hasWALFiles: Bool {
        FileManager.default.fileExists(atPath: walPath) && FileManager.default.fileExists(atPath: shmPath)
    }

    /// The path as an SQLite URI that opens the file read-only and `immutable=1` (no locks, no
    /// `-shm`): how a reader without write permission reads a registry nobody has open.
    var immutableURI: String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let encoded = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        return "file:\(encoded)?mode=ro&immutable=1"
    }
}
