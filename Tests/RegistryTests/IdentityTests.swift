import Testing

@testable import Registry

@Suite("USCC and badge numbers")
struct IdentityTests {
    @Test func workedExampleIsValid() {
        let result = USCC.validate("91310110666007217T")
        #expect(result.isValid)
        #expect(result.organisationCodeValid)
        #expect(USCC.computeCheckCharacter(first17: "91310110666007217") == "T")
    }

    @Test(
        arguments: [
            ("91310110666007217T", nil),
            ("91310110666007217", USCC.Problem.wrongLength(17)),
            ("91310110666007217TT", .wrongLength(19)),
            ("91310110666007217I", .badCharacter(position: 18, character: "I")),
            ("9131011O666007217T", .badCharacter(position: 8, character: "O")),
            ("91310110666007217U", .wrongCheckCharacter(expected: "T", found: "U")),
            (
                "91310110666007218T",
                .wrongCheckCharacter(
                    expected: USCC.computeCheckCharacter(first17: "91310110666007218") ?? "?", found: "T")
            ),
        ] as [(String, USCC.Problem?)])
    func usccTable(code: String, problem: USCC.Problem?) {
        #expect(USCC.validate(code).problem == problem)
    }

    @Test func organisationCodeCheckIsReportedSeparately() {
        // Change character 17 and recompute character 18: the outer check passes, the inner fails.
        let code = Fixtures.uscc("91310110666007218")
        let result = USCC.validate(code)
        #expect(result.isValid)
        #expect(!result.organisationCodeValid)
        #expect(result.organisationCodeExpected == "7")
    }

    @Test func problemDescriptions() {
        #expect(
            USCC.Problem.wrongCheckCharacter(expected: "X", found: "T").description
                == "check character should be X, not T")
        #expect(USCC.Problem.badCharacter(position: 3, character: "I").description.contains("character 3"))
        #expect(USCC.Problem.wrongCheckCharacter(expected: "T", found: "U").message.zh == "统一社会信用代码校验码应为 T，不是 U")
        #expect(USCC.Problem.wrongLength(16).message.zh == "统一社会信用代码应为 18 位，这里是 16 位")
        #expect(BadgeNumber.Problem.wrongCheckCharacter(expected: "A", found: "7").message.zh == "统一标识编号校验码应为 A，不是 7")
        #expect(BadgeNumber.Problem.malformed.message.en == BadgeNumber.Problem.malformed.description)
    }

    @Test func mod3736KnownVectors() {
        // The GRid standard's example A1-2425G-ABC1234002-M uses the same ISO 7064 MOD 37,36.
        #expect(BadgeNumber.checkCharacter(for: "A12425GABC1234002") == "M")
        #expect(BadgeNumber.make(family: .elder, year: 2024, serial: 12) == "NTE-2024-00012-A")
        #expect(BadgeNumber.make(family: .childcare, year: 2025, serial: 3) == "NTC-2025-00003-T")
        #expect(BadgeNumber.validate("NTE-2024-00012-7") == .wrongCheckCharacter(expected: "A", found: "7"))
    }

    @Test func badgeNumbersRoundTrip() throws {
        let badge = try #require(BadgeNumber.make(family: .elder, year: 2024, serial: 12))
        #expect(badge.hasPrefix("NTE-2024-00012-"))
        #expect(BadgeNumber.validate(badge) == nil)
        let parts = try #require(BadgeNumber.parse(badge))
        #expect(parts.family == .elder && parts.year == 2024 && parts.serial == 12)
        // Every other check character is refused as wrong, not malformed.
        for character in BadgeNumber.alphabet where character != parts.check {
            let wrong = String(badge.dropLast()) + String(character)
            #expect(BadgeNumber.validate(wrong) == .wrongCheckCharacter(expected: parts.check, found: character))
        }
    }

    @Test(arguments: [
        "", "NTE-2024-00012", "NTX-2024-00012-7", "NTE-24-00012-7", "NTE-2024-0012-7", "nte-2024-00012-7",
        "NTE-2024-00012-?", "NTE_2024_00012_7",
    ])
    func malformedBadges(text: String) {
        #expect(BadgeNumber.validate(text) == .malformed)
    }

    @Test func mod3736DetectsSingleSubstitutionsAndTranspositions() throws {
        let payload = "NTC202500345"
        let check = try #require(BadgeNumber.checkCharacter(for: payload))
        let characters = Array(payload)
        for index in characters.indices {
            for replacement in BadgeNumber.alphabet where replacement != characters[index] {
                var changed = characters
                changed[index] = replacement
                #expect(BadgeNumber.checkCharacter(for: String(changed)) != check)
            }
        }
        for index in characters.indices.dropLast() where characters[index] != characters[index + 1] {
            var swapped = characters
            swapped.swapAt(index, index + 1)
            #expect(BadgeNumber.checkCharacter(for: String(swapped)) != check)
        }
    }
}
