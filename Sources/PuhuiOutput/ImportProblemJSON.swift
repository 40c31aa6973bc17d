import Registry

/// An import problem as JSON: where (line, column), the value and why, in both languages.
package enum ImportProblemJSON {
    package static func field(_ problem: ImportProblem) -> JSONField {
        .object([
            "file": .text(problem.file), "line": .number(Int64(problem.line)),
            "column": problem.column.map(JSONField.text) ?? .null, "value": problem.value.map(JSONField.text) ?? .null,
            "reason": .text(problem.reason), "reason_zh": .text(problem.reasonZH),
        ])
    }
}
