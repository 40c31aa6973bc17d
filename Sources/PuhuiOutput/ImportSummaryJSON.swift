import Registry

/// What an import did (or would do, on a dry run), as JSON.
package enum ImportSummaryJSON {
    package static func field(_ summary: ImportSummary) -> JSONField {
        .object([
            "table": .text(summary.table.rawValue), "file": .text(summary.file), "sha256": .text(summary.sha256),
            "rows": .number(Int64(summary.rows)), "inserted": .number(Int64(summary.inserted)),
            "updated": .number(Int64(summary.updated)), "dry_run": .bool(summary.dryRun),
            "warnings": .array(summary.warnings.map(ImportProblemJSON.field)),
        ])
    }
}
