import Hummingbird

extension Response {
    /// A JSON answer: the same text the CLI prints for `--format json`.
    static func json(
        _ text: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:], type: String = "application/json"
    )
        -> Response
    {
        var fields = headers
        fields[.contentType] = type + "; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
