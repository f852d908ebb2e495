/// Data types in CAST, `::` and `parseSQLDataType`, with Spark's names and aliases.
extension SQLParser {
    mutating func dataType() throws(SparkError) -> DataType {
        let start = current
        guard current.kind == .word else { throw syntaxError(at: current) }
        let name = current.keyword
        advance()
        switch name {
        case "ARRAY" where checkSymbol("<"):
            advance()
            let element = try dataType()
            try expectClosingAngle()
            return .array(element: element, containsNull: true)
        case "MAP" where checkSymbol("<"):
            advance()
            let key = try dataType()
            try expectSymbol(",")
            let value = try dataType()
            try expectClosingAngle()
            return .map(key: key, value: value, valueContainsNull: true)
        case "STRUCT" where checkSymbol("<") || checkSymbol("<>"):
            if acceptSymbol("<>") { return .struct([]) }
            advance()
            var fields: [StructField] = []
            if !checkClosingAngle() {
                repeat {
                    let fieldName = try identifier()
                    _ = acceptSymbol(":")
                    let type = try dataType()
                    var nullable = true
                    if check("NOT"), peek().isKeyword("NULL") {
                        advance()
                        advance()
                        nullable = false
                    }
                    if accept("COMMENT") {
                        guard current.kind == .string else { throw syntaxError(at: current) }
                        advance()
                    }
                    fields.append(StructField(fieldName, type, nullable: nullable))
                } while acceptSymbol(",")
            }
            try expectClosingAngle()
            return .struct(fields)
        case "INTERVAL":
            // `INTERVAL DAY`, `INTERVAL HOUR TO SECOND`, `INTERVAL YEAR TO MONTH`; singular field names only.
            guard current.kind == .word, let from = IntervalField(unit: current.keyword), from.name.uppercased() == current.keyword else {
                throw unsupported("The INTERVAL type")
            }
            advance()
            var to = from
            if accept("TO") {
                guard current.kind == .word, let end = IntervalField(unit: current.keyword), end.name.uppercased() == current.keyword,
                      end > from, end.isYearMonth == from.isYearMonth else { throw syntaxError(at: current) }
                to = end
                advance()
            }
            return from.isYearMonth ? .yearMonthInterval(start: from, end: to) : .dayTimeInterval(start: from, end: to)
        default:
            break
        }
        var parameters: [Int] = []
        if checkSymbol("("), peek().kind == .integer {
            advance()
            repeat {
                guard current.kind == .integer, let n = Int(current.value) else { throw syntaxError(at: current) }
                parameters.append(n)
                advance()
            } while acceptSymbol(",")
            try expectSymbol(")")
        }
        let end = tokens[pos - 1]
        let unsupportedType = fragmentError(
            "UNSUPPORTED_DATATYPE", "Unsupported data type \"\(end.offset == start.offset ? name : sourceText(from: start, to: end).uppercased())\".",
            sqlState: "0A000", from: start, to: end)
        switch name {
        case "BOOLEAN": return .boolean
        case "TINYINT", "BYTE": return .byte
        case "SMALLINT", "SHORT": return .short
        case "INT", "INTEGER": return .int
        case "BIGINT", "LONG": return .long
        case "FLOAT", "REAL": return .float
        case "DOUBLE": return .double
        case "DATE": return .date
        case "TIMESTAMP", "TIMESTAMP_NTZ", "TIMESTAMP_LTZ": return .timestamp
        case "STRING", "CHAR", "CHARACTER", "VARCHAR": return .string
        case "BINARY": return .binary
        case "VOID": return .null
        case "DECIMAL", "DEC", "NUMERIC":
            let precision = parameters.first ?? 10
            let scale = parameters.count > 1 ? parameters[1] : 0
            guard parameters.count <= 2, precision >= 1, precision <= DataType.maxDecimalPrecision, scale <= precision else {
                throw fragmentError(
                    "DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION",
                    "Decimal precision \(precision) exceeds max precision \(DataType.maxDecimalPrecision).",
                    sqlState: "22003", from: start, to: end)
            }
            return .decimal(precision: precision, scale: scale)
        default:
            throw unsupportedType
        }
    }

    func sourceText(from start: SQLToken, to end: SQLToken) -> String {
        let scalars = Array(text.unicodeScalars)
        let upper = min(end.offset + end.text.unicodeScalars.count, scalars.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start.offset..<upper])
        return String(view)
    }

    private func checkClosingAngle() -> Bool {
        current.kind == .symbol && current.text.hasPrefix(">")
    }

    /// `>` closing a type, splitting `>>` and `>=` the way ANTLR's separate `GT` tokens would.
    private mutating func expectClosingAngle() throws(SparkError) {
        guard checkClosingAngle() else { throw syntaxError(at: current) }
        let token = current
        if token.text == ">" {
            advance()
            return
        }
        let rest = String(token.text.dropFirst())
        tokens[pos] = SQLToken(kind: .symbol, text: rest, value: rest, offset: token.offset + 1, line: token.line, column: token.column + 1)
    }
}
