/// Why a file given as the registry is not one (and is left exactly as it is).
public enum RegistryFileProblem: String, Sendable, Equatable {
    /// Nothing is at the path.
    case missing
    /// The path names a directory.
    case directory
    /// The file holds no bytes (a zero-byte file is never turned into a registry behind the
    /// user's back; `puhui init` may make one of it).
    case empty
    /// The file does not start with SQLite's header.
    case notSQLite
    /// An SQLite database, but not with the registry's tables.
    case foreignDatabase

    /// The reason in both languages.
    public var text: LocalizedText {
        switch self {
        case .missing: LocalizedText(zh: "该处没有文件", en: "there is no file there")
        case .directory: LocalizedText(zh: "这是一个文件夹", en: "it is a directory")
        case .empty: LocalizedText(zh: "这是一个空文件（0 字节）", en: "it is an empty file (0 bytes)")
        case .notSQLite: LocalizedText(zh: "这不是 SQLite 数据库文件", en: "it is not an SQLite database")
        case .foreignDatabase:
            LocalizedText(zh: "这是一个没有登记库数据表的 SQLite 数据库", en: "it is an SQLite database without the registry's tables")
        }
    }
}
