import Testing

@testable import Registry

@Suite("CSV reader")
struct CSVReaderTests {
    func read(_ text: String) throws(CSVError) -> [CSVRecord] {
        var reader = CSVReader(text: text)
        return try reader.readAll()
    }

    @Test func quotesCommasNewlinesAndLineNumbers() throws {
        let records = try read("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",z\n3,,\n")
        #expect(records.map(\.line) == [1, 2, 3, 5])
        #expect(records[1].fields == ["1", "x, y", "say \"hi\""])
        #expect(records[2].fields == ["2", "two\nlines", "z"])
        #expect(records[3].fields == ["3", "", ""])
    }

    @Test func crlfAndBOMAndNoFinalNewline() throws {
        let records = try read("\u{FEFF}a,b\r\n1,\"x\r\ny\"\r\n2,3")
        #expect(records.count == 3)
        #expect(records[0].fields == ["a", "b"])
        #expect(records[1].fields == ["1", "x\r\ny"])
        #expect(records[2].fields == ["2", "3"])
        #expect(records[2].line == 4)
    }

    @Test func blankLinesAreSkippedAndCounted() throws {
        let records = try read("a\n\n\nb\n")
        #expect(records.map(\.line) == [1, 4])
    }

    @Test func emptyQuotedFieldAndTrailingComma() throws {
        #expect(try read("\"\",x,\n").first?.fields == ["", "x", ""])
    }

    @Test func unterminatedQuoteIsPositionedAtItsStart() {
        #expect(throws: CSVError(line: 2, column: 3, reason: CSVError.unclosedQuote)) {
            try read("a,b\n1,\"open\nmore\n")
        }
        #expect(CSVError.unclosedQuote.en == "the quoted field opened here is never closed")
        #expect(CSVError.unclosedQuote.zh == "从此处开始的带引号字段没有结束引号")
    }

    @Test func quoteInsideUnquotedField() {
        #expect(throws: CSVError.self) { try read("a,b\"c\n") }
        do {
            _ = try read("中文,ab\"c\n")
        } catch {
            #expect(error.line == 1)
            #expect(error.column == 6)
        }
    }

    @Test func textAfterClosingQuote() {
        #expect(throws: CSVError.self) { try read("\"ab\"c,d\n") }
    }

    @Test func invalidUTF8() {
        var reader = CSVReader(bytes: [0x61, 0x2C, 0xFF, 0x0A])
        #expect(throws: CSVError.self) { try reader.readAll() }
    }

    @Test func writerQuotesOnlyWhenNeeded() {
        var writer = CSVWriter()
        writer.write(["plain", "a,b", "say \"x\"", "two\nlines", "", "中文"])
        #expect(writer.text == "plain,\"a,b\",\"say \"\"x\"\"\",\"two\nlines\",,中文\n")
    }

    @Test func normalisation() {
        #expect(TextNormalisation.normalise("  e\u{301}cole \u{3000}") == "\u{E9}cole")
        #expect(TextNormalisation.normalise("崇川区") == "崇川区")
        #expect(TextNormalisation.asciiDigits("１８５０．５") == "1850.5")
    }
}
