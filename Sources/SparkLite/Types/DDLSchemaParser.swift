/// An error in a DDL schema string, with the character offset where it was found.
public struct DDLParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public let offset: Int
    public var description: String { "\(message) (at character \(offset + 1))" }
}

/// Parses a Spark DDL schema string such as `"user_id INT, name STRING, tags ARRAY<STRING>"`.
/// Also accepts `name: type` and `NOT NULL` like Spark's `StructType.fromDDL`.
public func parseDDLSchema(_ ddl: String) throws(DDLParseError) -> [StructField] {
    var parser = DDLParser(text: ddl)
    let fields = try parser.fieldList(terminator: nil)
    try parser.expectEnd()
    return fields
}

/// Parses one DDL type such as `decimal(10,2)` or `map<string,array<int>>`.
public func parseDDLType(_ text: String) throws(DDLParseError) -> DataType {
    var parser = DDLParser(text: text)
    let type = try parser.dataType()
    try parser.expectEnd()
    return type
}

struct DDLParser {
    let chars: [Character]
    var pos = 0

    init(text: String) { chars = Array(text) }

    mutating func skipSpace() {
        while pos < chars.count, chars[pos].isWhitespace { pos += 1 }
    }

    func fail(_ message: String) -> DDLParseError { DDLParseError(message: message, offset: pos) }

    mutating func expectEnd() throws(DDLParseError) {
        skipSpace()
        if pos < chars.count { throw fail("Unexpected '\(chars[pos])' in schema") }
    }

    mutating func peek(_ c: Character) -> Bool {
        skipSpace()
        return pos < chars.count && chars[pos] == c
    }

    mutating func expect(_ c: Character) throws(DDLParseError) {
        guard peek(c) else { throw fail("Expected '\(c)'") }
        pos += 1
    }

    mutating func identifier() throws(DDLParseError) -> String {
        skipSpace()
        if pos < chars.count, chars[pos] == "`" {
            pos += 1
            var name = ""
            while pos < chars.count {
                if chars[pos] == "`" {
                    if pos + 1 < chars.count, chars[pos + 1] == "`" { name.append("`"); pos += 2; continue }
                    pos += 1
                    return name
                }
                name.append(chars[pos]); pos += 1
            }
            throw fail("Unterminated quoted identifier")
        }
        let start = pos
        while pos < chars.count, chars[pos].isLetter || chars[pos].isNumber || chars[pos] == "_" { pos += 1 }
        guard pos > start else { throw fail(pos < chars.count ? "Expected a name, found '\(chars[pos])'" : "Expected a name") }
        return String(chars[start..<pos])
    }

    mutating func integer() throws(DDLParseError) -> Int {
        skipSpace()
        let start = pos
        while pos < chars.count, chars[pos].isASCIIDigit { pos += 1 }
        guard pos > start, let n = Int(String(chars[start..<pos])) else { throw fail("Expected a number") }
        return n
    }

    mutating func fieldList(terminator: Character?) throws(DDLParseError) -> [StructField] {
        var fields: [StructField] = []
        skipSpace()
        if let terminator, peek(terminator) { return fields }
        if terminator == nil && pos >= chars.count { return fields }
        while true {
            let name = try identifier()
            if peek(":") { pos += 1 }
            let type = try dataType()
            var nullable = true
            skipSpace()
            let save = pos
            if let word = try? identifier(), word.uppercased() == "NOT" {
                let next = try identifier()
                guard next.uppercased() == "NULL" else { throw fail("Expected NULL after NOT") }
                nullable = false
            } else {
                pos = save
            }
            skipCommentClause()
            fields.append(StructField(name, type, nullable: nullable))
            if peek(",") { pos += 1; continue }
            return fields
        }
    }

    /// Skips an optional `COMMENT 'text'` clause.
    mutating func skipCommentClause() {
        let save = pos
        guard let word = try? identifier(), word.uppercased() == "COMMENT" else { pos = save; return }
        skipSpace()
        guard pos < chars.count, chars[pos] == "'" || chars[pos] == "\"" else { pos = save; return }
        let quote = chars[pos]
        pos += 1
        while pos < chars.count, chars[pos] != quote { pos += 1 }
        pos = min(pos + 1, chars.count)
    }

    mutating func dataType() throws(DDLParseError) -> DataType {
        let start = pos
        let name = try identifier().lowercased()
        switch name {
        case "boolean", "bool": return .boolean
        case "tinyint", "byte": return .byte
        case "smallint", "short": return .short
        case "int", "integer": return .int
        case "bigint", "long": return .long
        case "float", "real": return .float
        case "double": return .double
        case "string", "text": return .string
        case "varchar", "char":
            if peek("(") { pos += 1; _ = try integer(); try expect(")") }
            return .string
        case "binary": return .binary
        case "date": return .date
        case "timestamp", "timestamp_ltz", "timestamp_ntz": return .timestamp
        case "decimal", "dec", "numeric":
            guard peek("(") else { return .decimal(precision: 10, scale: 0) }
            pos += 1
            let p = try integer()
            var s = 0
            if peek(",") { pos += 1; s = try integer() }
            try expect(")")
            guard p >= 1, p <= DataType.maxDecimalPrecision, s <= p else {
                throw DDLParseError(message: "Decimal precision \(p) and scale \(s) are out of range (precision 1 to 38, scale ≤ precision)", offset: start)
            }
            return .decimal(precision: p, scale: s)
        case "array":
            try expect("<")
            let element = try dataType()
            try expect(">")
            return .array(element: element, containsNull: true)
        case "map":
            try expect("<")
            let key = try dataType()
            try expect(",")
            let value = try dataType()
            try expect(">")
            return .map(key: key, value: value, valueContainsNull: true)
        case "struct":
            try expect("<")
            let fields = try fieldList(terminator: ">")
            try expect(">")
            return .struct(fields)
        default:
            throw DDLParseError(message: "Unsupported data type \"\(name.uppercased())\"", offset: start)
        }
    }
}
