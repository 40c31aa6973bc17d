import Testing
@testable import CEL

@Test func smoke() throws {
    let p = try CEL.compile("1 + 2")
    #expect(p.evaluate() == .int(3))
}
