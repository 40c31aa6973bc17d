import Rules
import Testing

@Suite("Severity")
struct SeverityTests {
    @Test func parsesTheThreeLevels() {
        #expect(Severity(rawValue: "block") == .block)
        #expect(Severity(rawValue: "warn") == .warn)
        #expect(Severity(rawValue: "info") == .info)
        #expect(Severity(rawValue: "fatal") == nil)
    }
}
