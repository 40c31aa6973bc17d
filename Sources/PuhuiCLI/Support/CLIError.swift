import Foundation
import Registry

/// Errors the command layer itself raises.
enum CLIError: UserFacingError {
    case fileNotFound(String)
    /// A folder where a file was asked for.
    case isFolder(String)
    case cannotRead(String, String)
    case cannotWrite(String, String)
    /// The file's folder does not exist: (file, folder).
    case missingFolder(String, String)
    case noRegistry(String)
    /// A value the parser accepted but the command cannot use: (Chinese, English).
    case usage(String, String)

    var message: LocalizedText {
        switch self {
        case .fileNotFound(let path): LocalizedText(zh: "找不到文件 \(path)", en: "no such file: \(path)")
        case .isFolder(let path):
            LocalizedText(zh: "\(path) 是文件夹，不是文件；请给出文件的路径", en: "\(path) is a folder, not a file; give the file's path")
        case .cannotRead(let path, let why):
            LocalizedText(zh: "无法读取 \(path)（\(why)）", en: "cannot read \(path): \(why)")
        case .cannotWrite(let path, let why):
            LocalizedText(zh: "无法写入 \(path)（\(why)）", en: "cannot write \(path): \(why)")
        case .missingFolder(let path, let folder):
            LocalizedText(
                zh: "无法写入 \(path)：文件夹 \(folder) 不存在，请先创建或换一个路径",
                en: "cannot write \(path): the folder \(folder) does not exist; create it or choose another path")
        case .usage(let zh, let en): LocalizedText(zh: zh, en: en)
        case .noRegistry(let path):
            LocalizedText(
                zh: "\(path) 处没有登记库。用 puhui init --db \(path) 新建（加 --sample 载入示例数据）。",
                en:
                    "there is no registry at \(path). Create one with: puhui init --db \(path) (add --sample for the sample data)."
            )
        }
    }

    var kind: FailureKind {
        switch self {
        case .usage: .usage
        case .fileNotFound, .isFolder, .noRegistry: .missingInput
        case .cannotRead, .cannotWrite, .missingFolder: .io
        }
    }
}

extension CLIError {
    /// Why `path` could not be written, in words one can act on: a missing folder is named.
    static func writing(_ path: String, _ reason: String) -> CLIError {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) { return .missingFolder(path, folder) }
        return .cannotWrite(path, reason)
    }
}

extension CLIError {
    /// Throws `fileNotFound` or `isFolder` unless `path` names an existing file.
    static func requireFile(_ path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError.fileNotFound(path)
        }
        if isDirectory.boolValue { throw CLIError.isFolder(path) }
    }
}
