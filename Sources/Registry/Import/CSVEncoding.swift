/// The character encoding of a CSV file (`--encoding`).
public enum CSVEncoding: String, Sendable, CaseIterable, Codable {
    /// UTF-8 unless the file is not UTF-8 but is valid GB18030 (then read as GB18030, and the
    /// summary says so).
    case automatic = "auto"
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "utf-8"
    /// GB18030, the Chinese national standard, which contains GBK and GB2312: what "save as
    /// CSV" writes on a Chinese Windows machine.
    case gb18030
}
