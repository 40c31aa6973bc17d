/// Why a file given to import cannot be read as CSV at all (nothing is imported).
public enum ImportFileProblem: Sendable, Equatable {
    /// Nothing is at the path.
    case missing
    /// The path names a directory.
    case directory
    /// The file cannot be read by this user.
    case unreadable
    /// The file is larger than `ImportLimits.maximumFileBytes` (its size in bytes).
    case tooLarge(Int)

    /// The reason in both languages.
    public var text: LocalizedText {
        switch self {
        case .missing: LocalizedText(zh: "找不到该文件，请检查路径", en: "there is no such file; check the path")
        case .directory:
            LocalizedText(zh: "这是一个文件夹，请给出其中的 CSV 文件", en: "it is a directory; give the CSV file inside it")
        case .unreadable: LocalizedText(zh: "当前用户没有读权限", en: "this user may not read it")
        case .tooLarge(let bytes):
            LocalizedText(
                zh: "文件有 \(bytes) 字节，超过上限 \(ImportLimits.maximumFileBytes) 字节（1 GiB，docs/LIMITS.md）；请拆分后分别导入",
                en:
                    "the file has \(bytes) bytes, more than the limit of \(ImportLimits.maximumFileBytes) (1 GiB, docs/LIMITS.md); split it and import the parts"
            )
        }
    }
}
