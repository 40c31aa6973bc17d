/// A stored row by column name, as any store reads it (`StoredCell`s), and the domain values
/// it holds — decoded through the SQLite store's own records (`OutletTableRecord`, `PriceRecord`,
/// …) and their checks (`StoredValue`), so a second store turns rows into outlets, prices and
/// recognitions exactly as SQLite does.
package struct StoredRow: Sendable {
    package var cells: [String: StoredCell]

    package init(_ cells: [String: StoredCell]) {
        self.cells = cells
    }

    package func outlet() throws -> Outlet { try OutletTableRecord(from: StoredRowDecoder(row: self)).outlet() }
    package func `operator`() throws -> Operator { try OperatorRecord(from: StoredRowDecoder(row: self)).operator() }
    package func price(outletID: String) throws -> Price {
        try PriceRecord(from: StoredRowDecoder(row: self)).price(outletID: outletID)
    }
    package func childcareClass() throws -> ChildcareClass {
        try ChildcareClassRecord(from: StoredRowDecoder(row: self)).childcareClass()
    }
    package func certification() throws -> Certification {
        try CertificationRecord(from: StoredRowDecoder(row: self)).certification()
    }
    package func division() throws -> Division { try DivisionRecord(from: StoredRowDecoder(row: self)).division() }
    package func subdistrict() throws -> Subdistrict {
        try SubdistrictRecord(from: StoredRowDecoder(row: self)).subdistrict()
    }
}

/// A `Decoder` over one `StoredRow`: keyed by column name; integers, reals, text and booleans
/// (stored as 0/1 by SQLite, as booleans elsewhere) decoded as the record asks.
struct StoredRowDecoder: Decoder {
    let row: StoredRow
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Container<Key>(row: row))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch(
            [Any].self, .init(codingPath: codingPath, debugDescription: "a stored row is keyed by column"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(
            Any.self, .init(codingPath: codingPath, debugDescription: "a stored row is keyed by column"))
    }

    struct Container<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let row: StoredRow
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { row.cells.keys.compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { row.cells[key.stringValue] != nil }

        func decodeNil(forKey key: Key) throws -> Bool { (row.cells[key.stringValue] ?? .null) == .null }

        private func cell(_ key: Key) throws -> StoredCell {
            guard let cell = row.cells[key.stringValue], cell != .null else {
                throw DecodingError.valueNotFound(
                    Any.self, .init(codingPath: [key], debugDescription: "column \(key.stringValue) is NULL or missing")
                )
            }
            return cell
        }

        private func mismatch<T>(_ type: T.Type, _ key: Key) -> DecodingError {
            .typeMismatch(
                type, .init(codingPath: [key], debugDescription: "column \(key.stringValue) holds another type"))
        }

        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
            switch try cell(key) {
            case .integer(let number) where number == 0 || number == 1: return number == 1
            default: throw mismatch(type, key)
            }
        }

        func decode(_ type: String.Type, forKey key: Key) throws -> String {
            guard case .text(let text) = try cell(key) else { throw mismatch(type, key) }
            return text
        }

        func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
            switch try cell(key) {
            case .real(let number): return number
            case .integer(let number): return Double(number)
            default: throw mismatch(type, key)
            }
        }

        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
            guard case .integer(let number) = try cell(key) else { throw mismatch(type, key) }
            return number
        }

        func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
            guard case .integer(let number) = try cell(key), let value = Int(exactly: number) else {
                throw mismatch(type, key)
            }
            return value
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            let value: Any
            switch type {
            case is Bool.Type: value = try decode(Bool.self, forKey: key)
            case is String.Type: value = try decode(String.self, forKey: key)
            case is Double.Type: value = try decode(Double.self, forKey: key)
            case is Int64.Type: value = try decode(Int64.self, forKey: key)
            case is Int.Type: value = try decode(Int.self, forKey: key)
            default: throw mismatch(type, key)
            }
            guard let typed = value as? T else { throw mismatch(type, key) }
            return typed
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            throw mismatch([String: Any].self, key)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            throw mismatch([Any].self, key)
        }

        func superDecoder() throws -> any Decoder { StoredRowDecoder(row: row) }
        func superDecoder(forKey key: Key) throws -> any Decoder { StoredRowDecoder(row: row) }
    }
}
