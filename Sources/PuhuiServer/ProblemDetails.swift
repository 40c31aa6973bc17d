import Foundation
import Hummingbird
import PuhuiOutput
import Registry

/// An error answer as RFC 9457 problem details (`application/problem+json`), its words in the
/// language the request asked for (`Accept-Language`). Extra members carry what a client can act
/// on: every import problem, a mistyped badge's suggestion.
package struct ProblemDetails: Error, Sendable {
    package var status: HTTPResponse.Status
    /// A short, stable name for the kind of problem (`badge-mistyped`): the `type` URI's tail.
    package var kind: String
    package var title: LocalizedText
    package var detail: LocalizedText?
    package var members: [String: JSONField]
    /// Headers to send with it (`Retry-After`, `WWW-Authenticate`).
    package var headers: HTTPFields

    package init(
        _ status: HTTPResponse.Status, kind: String, title: LocalizedText, detail: LocalizedText? = nil,
        members: [String: JSONField] = [:], headers: HTTPFields = [:]
    ) {
        self.status = status
        self.kind = kind
        self.title = title
        self.detail = detail
        self.members = members
        self.headers = headers
    }

    /// The problem's JSON document in `language`, for the request's path.
    package func document(_ language: Language, instance: String) -> [String: JSONField] {
        var out = members
        out["type"] = .text("https://puhui.example/problems/\(kind)")
        out["title"] = .text(title.text(language))
        out["status"] = .number(Int64(status.code))
        if let detail { out["detail"] = .text(detail.text(language)) }
        out["instance"] = .text(instance)
        return out
    }

    package func response(language: Language, instance: String) -> Response {
        let body = (try? JSONOutput.encode(document(language, instance: instance))) ?? "{}"
        var fields = headers
        fields[.contentType] = "application/problem+json; charset=utf-8"
        fields[.contentLanguage] = language.rawValue
        fields[.cacheControl] = "no-store"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}

extension ProblemDetails {
    /// An error as a problem: one that speaks for itself (`UserFacingError`) with its message in
    /// both languages and the HTTP status of its `FailureKind` — the same kind from which the CLI
    /// takes its exit status, so both front ends agree; Hummingbird's own errors by their status;
    /// anything else 500.
    package static func from(_ error: any Error) -> ProblemDetails {
        if let problem = error as? ProblemDetails { return problem }
        if let error = error as? any HTTPResponseError { return http(error.status) }
        guard let error = error as? any UserFacingError else {
            return ProblemDetails(
                .internalServerError, kind: "internal",
                title: LocalizedText(zh: "服务内部错误", en: "Internal server error"))
        }
        var members: [String: JSONField] = [:]
        if case RegistryError.importRejected(let file, let problems) = error {
            members["file"] = .text(file)
            members["problems"] = .array(problems.map(ImportProblemJSON.field))
        }
        if let input = error as? InputProblem { members["parameter"] = .text(input.parameter) }
        return ProblemDetails(
            HTTPResponse.Status(code: error.kind.httpStatus), kind: error.kind.rawValue, title: title(error.kind),
            detail: error.message, members: members)
    }

    /// The title of a kind of failure.
    static func title(_ kind: FailureKind) -> LocalizedText {
        switch kind {
        case .usage: LocalizedText(zh: "请求有误", en: "Bad request")
        case .invalidData: LocalizedText(zh: "数据无效或操作被拒绝", en: "Invalid data or step refused")
        case .missingInput, .notFound: LocalizedText(zh: "未找到", en: "Not found")
        case .notPermitted: LocalizedText(zh: "无权进行此操作", en: "Not permitted")
        case .alreadyExists: LocalizedText(zh: "已存在", en: "Already exists")
        case .io: LocalizedText(zh: "存储暂时不可用", en: "Storage unavailable")
        case .internalFault: LocalizedText(zh: "服务内部错误", en: "Internal server error")
        }
    }

    /// A protocol-level error (no such route, body too large, wrong method) in both languages.
    package static func http(_ status: HTTPResponse.Status) -> ProblemDetails {
        let title: LocalizedText =
            switch status.code {
            case 404: LocalizedText(zh: "没有这个地址", en: "No such resource")
            case 405: LocalizedText(zh: "不支持此请求方法", en: "Method not allowed")
            case 413: LocalizedText(zh: "请求体过大", en: "Request body too large")
            case 400: LocalizedText(zh: "请求有误", en: "Bad request")
            case 401: LocalizedText(zh: "需要有效的经办人令牌", en: "A valid officer token is needed")
            default: LocalizedText(zh: "请求失败", en: status.reasonPhrase)
            }
        return ProblemDetails(status, kind: "http-\(status.code)", title: title)
    }

    /// A bad query parameter or body member.
    package static func badRequest(_ parameter: String, zh: String, en: String) -> ProblemDetails {
        ProblemDetails(
            .badRequest, kind: "bad-request", title: LocalizedText(zh: "请求有误", en: "Bad request"),
            detail: LocalizedText(zh: zh, en: en), members: ["parameter": .text(parameter)])
    }

    /// 401: no token where one is needed, or a token that is not valid.
    package static func unauthorized(_ detail: LocalizedText) -> ProblemDetails {
        var headers = HTTPFields()
        headers[.wwwAuthenticate] = "Bearer realm=\"puhui\""
        return ProblemDetails(
            .unauthorized, kind: "unauthorized",
            title: LocalizedText(zh: "需要有效的经办人令牌", en: "A valid officer token is needed"),
            detail: detail, headers: headers)
    }
}
