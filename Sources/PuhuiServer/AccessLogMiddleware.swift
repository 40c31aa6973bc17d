import Foundation
import HTTPTypes
import Hummingbird
import PuhuiOutput
import Registry

/// One JSON line per request on stderr: time, client, method, path and query, status, bytes,
/// milliseconds, and the officer a token stood for. Never the headers: tokens stay out of logs.
struct AccessLogMiddleware: RouterMiddleware {
    typealias Context = ServiceRequestContext
    let sink: @Sendable (String) -> Void

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        var line: [String: JSONField] = [
            "at": .text(RegistryClock.timestamp(Date())), "method": .text(request.method.rawValue),
            "path": .text(String(request.uri.description.prefix(2048))), "status": .number(Int64(response.status.code)),
            "ms": .number(Int64(milliseconds.rounded())),
        ]
        if let client = context.remoteAddress?.ipAddress { line["client"] = .text(client) }
        if let length = response.headers[.contentLength], let bytes = Int64(length) { line["bytes"] = .number(bytes) }
        if let officer = response.headers[AccessLogMiddleware.officerField] { line["officer"] = .text(officer) }
        sink((try? JSONOutput.compact(line)) ?? "{}")
        var out = response
        out.headers[AccessLogMiddleware.officerField] = nil
        return out
    }

    /// An internal header by which the officer routes tell the log who acted; removed here.
    static let officerField = HTTPField.Name("X-Puhui-Log-Officer")!

    /// Writes a line to stderr.
    static let standardError: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
