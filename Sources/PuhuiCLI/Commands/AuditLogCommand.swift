import ArgumentParser
import PuhuiOutput
import Registry

/// `puhui audit log`: entries, newest last, filtered by record and officer.
struct AuditLogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "List audit entries, newest last (查看审计日志).",
        discussion: """
            Without --from, the newest --limit entries; with --from SEQ, --limit entries from \
            that one on. The table shows each record's before and after as compact JSON (only \
            the members that changed, for an update); --format json gives every field, with the \
            exact canonical JSON texts that are hashed.

            Examples:
              puhui audit log
              puhui audit log --entity outlet:NT-0001
              puhui audit log --entity-type officer --format json
              puhui audit log --officer wang.li --from 1 --limit 100
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json
    }

    @Option(help: ArgumentHelp("Only this record: TYPE:ID, e.g. outlet:NT-0001.", valueName: "type:id"))
    var entity: String?

    @Option(
        name: .customLong("entity-type"),
        help: ArgumentHelp("Only records of this type (outlet, operator, price, officer, file, …).", valueName: "type"))
    var entityType: String?

    @Option(name: .customLong("entity-id"), help: ArgumentHelp("Only the record with this key.", valueName: "id"))
    var entityID: String?

    @Option(help: ArgumentHelp("Only entries by this officer.", valueName: "id"))
    var officer: String?

    @Option(
        parsing: .unconditional, help: ArgumentHelp("Start at this entry (default: show the newest).", valueName: "seq")
    )
    var from: Int64?

    @Option(parsing: .unconditional, help: ArgumentHelp("At most this many entries.", valueName: "n"))
    var limit: Int = 50

    @Option(help: "Output format.")
    var format: Format = .table

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if entity != nil, entityType != nil || entityID != nil {
            throw CLIError.usage(
                "--entity 类型:编号 已包含 --entity-type 和 --entity-id，二者选一",
                "--entity TYPE:ID replaces --entity-type and --entity-id; give one or the other")
        }
        if let entity, !entity.contains(":") {
            throw CLIError.usage(
                "--entity \(entity)：请写成 类型:编号，如 outlet:NT-0001",
                "--entity \(entity): write TYPE:ID, e.g. outlet:NT-0001")
        }
        if limit < 1 { throw CLIError.usage("--limit \(limit)：至少为 1", "--limit \(limit): give 1 or more") }
        if let from, from < 1 { throw CLIError.usage("--from \(from)：至少为 1", "--from \(from): give 1 or more") }
    }

    var query: AuditQuery {
        var type = entityType
        var id = entityID
        if let entity, let colon = entity.firstIndex(of: ":") {
            type = String(entity[..<colon])
            id = String(entity[entity.index(after: colon)...])
        }
        return AuditQuery(entityType: type, entityID: id, officer: officer, fromSeq: from, limit: limit)
    }

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let registry = try RegistrySession(common).openForReading()
            let entries = try await registry.audit.auditEntries(matching: query)
            switch format {
            case .json:
                Console.out(try JSONOutput.encode(entries, snakeCase: true))
            case .table:
                guard !entries.isEmpty else {
                    Console.out(lang.t("没有符合条件的审计记录。", "No audit entries match."))
                    return
                }
                var table = TextTable([
                    .init(title: lang.t("序号", "seq"), rightAligned: true), .init(title: lang.t("时间 (UTC)", "at (UTC)")),
                    .init(title: lang.t("经办人", "officer")), .init(title: lang.t("操作", "action")),
                    .init(title: lang.t("对象", "entity"), maxWidth: 40),
                    .init(title: lang.t("原因", "reason"), maxWidth: 24),
                    .init(title: lang.t("变更", "change"), maxWidth: 100),
                ])
                for entry in entries {
                    table.append([
                        String(entry.seq), entry.at, entry.officer, entry.action,
                        "\(entry.entityType):\(entry.entityID)",
                        entry.reason, AuditChange.summary(before: entry.beforeJSON, after: entry.afterJSON),
                    ])
                }
                Console.out(table.render())
            }
        }
    }
}
