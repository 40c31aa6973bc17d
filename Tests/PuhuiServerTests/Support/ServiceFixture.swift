import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import PuhuiServer
import Registry
import Synchronization
import Testing

/// A sample registry in memory on a fixed day (2026-11-29, noon in Nantong), with a city-level
/// officer (wang.li), a 崇川区 officer (zhao.min) and a 通州区 officer (sun.yu), each with a token;
/// and the service built over it. Every test makes its own.
struct ServiceFixture {
    static let noon = Date(timeIntervalSince1970: 1_795_924_800)  // 2026-11-29T04:00:00Z
    let registry: RegistryDatabase
    let configuration: ServerConfiguration
    let cityToken: String
    let districtToken: String
    let otherDistrictToken: String
    let log: AccessLogCapture

    init(
        rateLimit: Int = 0, port: Int = 8080, clock: RegistryClock = .fixed(ServiceFixture.noon),
        badgePublicKey: Curve25519.Signing.PublicKey? = nil
    ) throws {
        registry = try RegistryDatabase.inMemory(clock: clock)
        try registry.initialise(sample: true)
        try registry.officers.addOfficer(id: "wang.li", name: "王力", districtCode: nil, by: nil)
        try registry.officers.addOfficer(id: "zhao.min", name: "赵敏", districtCode: "320613", by: "wang.li")
        try registry.officers.addOfficer(id: "sun.yu", name: "孙宇", districtCode: "320612", by: "wang.li")
        cityToken = try registry.officers.issueOfficerToken(officerID: "wang.li", by: "wang.li").secret
        districtToken = try registry.officers.issueOfficerToken(officerID: "zhao.min", by: "wang.li").secret
        otherDistrictToken = try registry.officers.issueOfficerToken(officerID: "sun.yu", by: "wang.li").secret
        configuration = ServerConfiguration(
            port: port, publicURL: "https://puhui.example", rateLimitPerMinute: rateLimit,
            badgePublicKey: badgePublicKey)
        log = AccessLogCapture()
    }

    var application: some ApplicationProtocol {
        let log = self.log
        return buildApplication(registry: registry, configuration: configuration, accessLog: { log.append($0) })
    }

    static func bearer(_ token: String) -> HTTPFields {
        var fields = HTTPFields()
        fields[.authorization] = "Bearer \(token)"
        return fields
    }

    static func json(_ response: TestResponse) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView), options: [.fragmentsAllowed])
    }

    static func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try json(response) as? [String: Any], "\(String(buffer: response.body))")
    }

    static func body(_ json: String) -> ByteBuffer {
        ByteBuffer(string: json)
    }
}

/// The access log's lines, collected in memory.
final class AccessLogCapture: Sendable {
    private let lines = Mutex<[String]>([])

    func append(_ line: String) {
        lines.withLock { $0.append(line) }
    }

    var all: [String] { lines.withLock { $0 } }
}
