import PostgresNIO
import PuhuiCore

/// Errors of the PostgreSQL store itself (its URL, its server, its schema). Errors of the
/// registry's rules (`RegistryError`, `OfficerError`, …) pass through unchanged.
package enum PostgresStoreError: UserFacingError, Equatable, CustomStringConvertible {
    /// `--db`/`PUHUI_DB` looks like a PostgreSQL URL but is not a usable one.
    case invalidURL(url: String, reason: LocalizedText)
    /// The server could not be reached or refused the connection (the driver's words).
    case unreachable(location: String, reason: String)
    /// The server refused a statement: its SQLSTATE and its own words.
    case server(sqlState: String, message: String)
    /// The database holds migrations this program does not know: a newer `puhui` wrote it.
    case newerThanProgram(location: String, unknownMigrations: [String])
    /// The database has tables but is not a Puhui registry.
    case notARegistry(location: String)
    /// A copy needs an empty registry (opened without reference data); this one holds rows.
    case copyTargetNotEmpty(location: String, table: String)
    /// A copy met a table or column the two stores' schemas do not share, or a value of a type
    /// the column does not take.
    case copySchemaMismatch(table: String, column: String?)

    package var message: LocalizedText {
        switch self {
        case .invalidURL(let url, let reason):
            LocalizedText(
                zh: "PostgreSQL 地址 \(url) 无效：\(reason.zh)", en: "the PostgreSQL URL \(url) is not valid: \(reason.en)")
        case .unreachable(let location, let reason):
            LocalizedText(
                zh: "无法连接 PostgreSQL 服务器 \(location)（驱动提示：\(reason)）",
                en: "cannot connect to the PostgreSQL server \(location): \(reason)")
        case .server(let sqlState, let message):
            LocalizedText(
                zh: "PostgreSQL 服务器拒绝了操作（SQLSTATE \(sqlState)：\(message)）",
                en: "the PostgreSQL server refused the operation (SQLSTATE \(sqlState): \(message))")
        case .newerThanProgram(let location, let unknown):
            LocalizedText(
                zh: "\(location) 由更新版本的 puhui 写入（未知迁移：\(unknown.joined(separator: "、"))），请升级 puhui 后再打开。",
                en:
                    "\(location) was written by a newer version of puhui (unknown migrations: \(unknown.joined(separator: ", "))); upgrade puhui to open it"
            )
        case .notARegistry(let location):
            LocalizedText(
                zh: "\(location) 中已有其他表，不是普惠登记库。请指定空数据库或已有的登记库。",
                en:
                    "\(location) has other tables and is not a Puhui registry; give an empty database or an existing registry"
            )
        case .copyTargetNotEmpty(let location, let table):
            LocalizedText(
                zh: "复制目标 \(location) 不是空登记库（\(table) 已有数据）：请复制到新建的空数据库",
                en:
                    "the copy's target \(location) is not an empty registry (\(table) has rows): copy into a new, empty database"
            )
        case .copySchemaMismatch(let table, let column):
            LocalizedText(
                zh: "两个登记库的结构不一致：表 \(table)\(column.map { " 的列 \($0)" } ?? "")。请先用同一版本的 puhui 升级源登记库",
                en:
                    "the two registries' schemas differ at table \(table)\(column.map { ", column \($0)" } ?? ""); upgrade the source with this version of puhui first"
            )
        }
    }

    package var kind: FailureKind {
        switch self {
        case .invalidURL: .usage
        case .unreachable, .server: .io
        case .newerThanProgram, .notARegistry: .missingInput
        case .copyTargetNotEmpty: .alreadyExists
        case .copySchemaMismatch: .invalidData
        }
    }

    package var description: String { message.en }

    /// A driver error as a user-facing one; errors that speak for themselves pass through.
    static func mapped(_ error: any Error, location: String) -> any Error {
        switch error {
        case let error as any UserFacingError:
            return error
        case let error as PSQLError:
            if let server = error.serverInfo {
                return PostgresStoreError.server(
                    sqlState: server[.sqlState] ?? "?", message: server[.message] ?? String(describing: error.code))
            }
            return PostgresStoreError.unreachable(location: location, reason: String(describing: error.code))
        case let error as PostgresTransactionError:
            if let closure = error.closureError { return mapped(closure, location: location) }
            if let begin = error.beginError { return mapped(begin, location: location) }
            if let commit = error.commitError { return mapped(commit, location: location) }
            return PostgresStoreError.unreachable(location: location, reason: String(describing: error))
        default:
            return error
        }
    }
}
