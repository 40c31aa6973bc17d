import PuhuiOutput

/// The OpenAPI 3.1 document of the service: every route of `RouteCatalogue` with its query
/// parameters, its answers (JSON, or problem+json for errors) and whether it needs an officer's
/// bearer token.
package enum OpenAPIDocument {
    static let reasons: [Int: String] = [
        200: "OK", 201: "Created", 304: "Not modified (If-None-Match)", 400: "Bad request (problem+json)",
        401: "No or bad officer token (problem+json)", 403: "Outside the officer's scope (problem+json)",
        404: "Not found (problem+json)", 413: "Body too large (problem+json)", 422: "Refused or invalid (problem+json)",
        429: "Rate limited, with Retry-After (problem+json)", 500: "Internal error (problem+json)",
    ]

    package static func build(baseURL: String) -> JSONField {
        var paths: [String: [String: JSONField]] = [:]
        for entry in RouteCatalogue.entries {
            var responses: [String: JSONField] = [:]
            for code in Set(entry.statuses + [400, 429, 500] + (entry.method == "get" ? [304] : [])) {
                var response: [String: JSONField] = ["description": .text(reasons[code] ?? "")]
                if code < 300 {
                    let type =
                        entry.path.hasPrefix("/hsds/") && entry.query.contains("format")
                        ? ["application/json", "application/x-ndjson"] : ["application/json"]
                    response["content"] = .object(
                        Dictionary(uniqueKeysWithValues: type.map { ($0, JSONField.object(["schema": .object([:])])) }))
                } else if code >= 400 {
                    response["content"] = .object([
                        "application/problem+json": .object([
                            "schema": .object(["$ref": .text("#/components/schemas/Problem")])
                        ])
                    ])
                }
                responses[String(code)] = .object(response)
            }
            var parameters: [JSONField] = entry.query.map { name in
                .object([
                    "name": .text(name), "in": .text("query"), "required": .bool(false),
                    "schema": .object(["type": .text("string")]),
                ])
            }
            for piece in entry.path.split(separator: "/") where piece.hasPrefix("{") {
                let name = String(piece.dropFirst().dropLast())
                parameters.append(
                    .object([
                        "name": .text(name), "in": .text("path"), "required": .bool(true),
                        "schema": .object(["type": .text("string")]),
                    ]))
            }
            parameters.append(
                .object([
                    "name": .text("Accept-Language"), "in": .text("header"), "required": .bool(false),
                    "schema": .object(["type": .text("string")]),
                ]))
            var operation: [String: JSONField] = [
                "summary": .text(entry.summary), "operationId": .text(operationID(entry)),
                "responses": .object(responses),
                "parameters": .array(parameters),
            ]
            if entry.officer { operation["security"] = .array([.object(["officerToken": .array([])])]) }
            if let body = entry.body {
                operation["requestBody"] = .object([
                    "required": .bool(body == "text/csv"),
                    "content": .object([body: .object(["schema": .object([:])])]),
                ])
            }
            paths[entry.path, default: [:]][entry.method] = .object(operation)
        }
        return .object([
            "openapi": .text("3.1.0"),
            "info": .object([
                "title": .text("Puhui 普惠 registry"), "version": .text("1"),
                "description": .text(
                    "Inclusive elder-care and childcare outlets: public reads (the CLI's --format json), HSDS 3.0 under /hsds/, the change feed, officers' writes with bearer tokens. Errors are RFC 9457 problem+json in the language of Accept-Language."
                ),
            ]),
            "servers": .array([.object(["url": .text(baseURL)])]),
            "paths": .object(paths.mapValues { JSONField.object($0) }),
            "components": .object([
                "securitySchemes": .object([
                    "officerToken": .object([
                        "type": .text("http"), "scheme": .text("bearer"),
                        "description": .text("puhui officer token issue ID"),
                    ])
                ]),
                "schemas": .object([
                    "Problem": .object([
                        "type": .text("object"), "required": .array([.text("type"), .text("title"), .text("status")]),
                        "properties": .object([
                            "type": .object(["type": .text("string")]), "title": .object(["type": .text("string")]),
                            "status": .object(["type": .text("integer")]), "detail": .object(["type": .text("string")]),
                            "instance": .object(["type": .text("string")]),
                        ]),
                    ])
                ]),
            ]),
        ])
    }

    static func operationID(_ entry: RouteCatalogue.Entry) -> String {
        entry.method
            + entry.path.split(separator: "/").map { piece in
                let clean = piece.filter { $0.isLetter || $0.isNumber }
                return clean.prefix(1).uppercased() + clean.dropFirst()
            }.joined()
    }
}
