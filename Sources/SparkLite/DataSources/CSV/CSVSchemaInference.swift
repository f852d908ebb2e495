/// Spark's `CSVInferSchema`: each column's type is widened row by row along
/// int → long → decimal(p,0) → double → date → timestamp → boolean → string,
/// and two rows' types merge to the tightest common type, or string.
struct CSVSchemaInference {
    let parser: CSVValueParser
    /// Dates are inferred only in the `dateFormat` pattern (default `yyyy-MM-dd`), strictly.
    let inferenceDatePattern: DateTimePattern?

    init(_ parser: CSVValueParser) throws(SparkError) {
        self.parser = parser
        inferenceDatePattern = try DateTimePattern(parser.options.dateFormat ?? "yyyy-MM-dd")
    }

    func infer(_ typeSoFar: DataType, _ field: String?) -> DataType {
        guard let field, !field.isEmpty, field != parser.options.nullValue else { return typeSoFar }
        let inferred: DataType
        switch typeSoFar {
        case .null, .int: inferred = tryInteger(field)
        case .long: inferred = tryLong(field)
        case .decimal: inferred = tryDecimal(field)
        case .double: inferred = tryDouble(field)
        case .date: inferred = tryDate(field)
        case .timestamp: inferred = tryTimestamp(field)
        case .boolean: inferred = tryBoolean(field)
        default: inferred = .string
        }
        return Self.merge(typeSoFar, inferred)
    }

    private func tryInteger(_ f: String) -> DataType {
        if let i = CSVValueParser.javaInteger(f), i >= Int64(Int32.min), i <= Int64(Int32.max) { return .int }
        return tryLong(f)
    }

    private func tryLong(_ f: String) -> DataType {
        CSVValueParser.javaInteger(f) != nil ? .long : tryDecimal(f)
    }

    /// Only whole numbers too long for a long become decimals; fractions are doubles.
    private func tryDecimal(_ f: String) -> DataType {
        let digits = f.hasPrefix("-") || f.hasPrefix("+") ? f.dropFirst() : Substring(f)
        if !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            let significant = digits.drop { $0 == "0" }.count
            if significant <= 38 { return .decimal(precision: max(1, significant), scale: 0) }
        }
        return tryDouble(f)
    }

    private func tryDouble(_ f: String) -> DataType {
        if parser.double(f) != nil { return .double }
        return parser.options.preferDate ? tryDate(f) : tryTimestamp(f)
    }

    private func tryDate(_ f: String) -> DataType {
        if let inferenceDatePattern, (try? inferenceDatePattern.parse(f)) != nil { return .date }
        return tryTimestamp(f)
    }

    private func tryTimestamp(_ f: String) -> DataType {
        parser.timestamp(f) != nil ? .timestamp : tryBoolean(f)
    }

    private func tryBoolean(_ f: String) -> DataType {
        ["true", "false"].contains(f.lowercased()) ? .boolean : .string
    }

    static func merge(_ a: DataType, _ b: DataType) -> DataType {
        switch (a, b) {
        case _ where a == b: return a
        case (.null, _): return b
        case (_, .null): return a
        case (.int, .long), (.long, .int): return .long
        case (.date, .timestamp), (.timestamp, .date): return .timestamp
        case (.decimal(let p1, let s1), .decimal(let p2, let s2)):
            let scale = max(s1, s2), range = max(p1 - s1, p2 - s2)
            return range + scale > 38 ? .double : .decimal(precision: range + scale, scale: scale)
        case (.int, .decimal(let p, let s)), (.decimal(let p, let s), .int):
            return merge(.decimal(precision: max(p, 10 + s), scale: s), .decimal(precision: p, scale: s))
        case (.long, .decimal(let p, let s)), (.decimal(let p, let s), .long):
            return merge(.decimal(precision: max(p, 20 + s), scale: s), .decimal(precision: p, scale: s))
        case (.int, .double), (.double, .int), (.long, .double), (.double, .long),
             (.decimal, .double), (.double, .decimal):
            return .double
        default: return .string
        }
    }
}
