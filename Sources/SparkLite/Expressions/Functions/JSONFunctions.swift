import Foundation

/// JSON functions: get_json_object, to_json, from_json (PERMISSIVE and FAILFAST), schema_of_json, json_array_length
/// and json_object_keys, with a small order-keeping JSON reader.
let jsonFunctionBuilders: [FunctionBuilder] =
    scalar("get_json_object") { c, _ throws(SparkError) in
        try c.arity(2)
        return c.make([try c.string(0), try c.string(1)], .string, nullable: true) { v in
            guard let json = JSON.parse(text(v[0])) else { return .null }
            return JSONPath.evaluate(json, path: text(v[1])).map { .string($0) } ?? .null
        }
    }
    + scalar("to_json") { c, _ throws(SparkError) in
        try c.arity(1...2)
        let type = c[0].dataType
        switch type {
        case .struct, .array, .map: break
        default:
            throw SparkError("DATATYPE_MISMATCH.INVALID_JSON_SCHEMA", "Cannot resolve \"\(c.sqlExpr)\" due to data type mismatch: Input schema \"\(type.sqlName)\" must be a struct, an array, a map or a variant.", sqlState: "42K09")
        }
        // Option `ignoreNullFields` (default true): false writes null struct fields as `null`.
        let keepNulls = try jsonOptions(c, 1)["ignoreNullFields"]?.lowercased() == "false"
        return c.make([c[0]], .string, nullable: true, display: [0]) { v in
            .string(JSON.from(v[0], type, keepNullFields: keepNulls).serialized)
        }
    }
    + scalar("json_array_length") { c, _ throws(SparkError) in
        try c.arity(1)
        return c.make([try c.string(0)], .int, nullable: true) { v in
            guard let json = JSON.parse(text(v[0])), case .array(let items) = json else { return .null }
            return .int(Int64(items.count))
        }
    }
    + scalar("json_object_keys") { c, _ throws(SparkError) in
        try c.arity(1)
        return c.make([try c.string(0)], .array(element: .string, containsNull: false), nullable: true) { v in
            guard let json = JSON.parse(text(v[0])), case .object(let members) = json else { return .null }
            return .array(members.map { .string($0.0) })
        }
    }
    + scalar("schema_of_json") { c, _ throws(SparkError) in
        try c.arity(1...2)
        guard case .string(let text)? = c.literal(0) ?? foldedConstant(c[0]) else {
            throw SparkError("DATATYPE_MISMATCH.NON_FOLDABLE_INPUT", "Cannot resolve \"\(c.sqlExpr)\" due to data type mismatch: the input `json` should be a foldable \"STRING\" expression; however, got \"\(c[0].prettyName)\".", sqlState: "42K09")
        }
        guard let json = JSON.parse(text) else {
            throw SparkError("MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION", "Malformed records are detected in record parsing: [\(text)].\nParse Mode: FAILFAST. To process malformed records as null result, try setting the option 'mode' as 'PERMISSIVE'.", sqlState: "22023")
        }
        let schema = JSONFileFormat.inferredType(of: json).sqlName
        return c.make([c[0]], .string) { _ in .string(schema) }
    }
    + scalar("from_json") { c, _ throws(SparkError) in
        try c.arity(2...3)
        guard case .string(let ddl)? = c.literal(1) ?? foldedConstant(c[1]) else {
            throw SparkError("INVALID_SCHEMA.NON_STRING_LITERAL", "The input schema \"\(c[1].prettyName)\" is not a valid schema string. The input expression must be string literal and not null.", sqlState: "42K07")
        }
        let failFast = try jsonOptions(c, 2)["mode"]?.uppercased() == "FAILFAST"
        let schema: DataType
        do {
            let fields = try parseDDLSchema(ddl)
            schema = .struct(fields)
        } catch {
            do { schema = try parseDDLType(ddl) } catch {
                throw SparkError("PARSE_SYNTAX_ERROR", "Syntax error in the schema \(ddl).", sqlState: "42601")
            }
        }
        // Spark's parser reads the first JSON value and ignores what follows it; blank text is no record (null).
        // For a STRUCT a malformed record, or a value that is not an object, is a struct of nulls
        // (PERMISSIVE); for an ARRAY or a MAP it is null.
        return c.make([try c.string(0), c[1]], schema, nullable: true, display: [0]) { v in
            var parser = JSONParser(Array(text(v[0]).unicodeScalars))
            parser.skipSpace()
            if parser.atEnd { return .null }
            let json = parser.value()
            let isObject: Bool = if case .object? = json { true } else { false }
            let isStruct: Bool = if case .struct = schema { true } else { false }
            let badStruct = isStruct && json != nil && json != .null && !isObject
            guard let json, !badStruct else {
                if failFast {
                    throw SparkError("MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION", "Malformed records are detected in record parsing: [null].\nParse Mode: FAILFAST. To process malformed records as null result, try setting the option 'mode' as 'PERMISSIVE'.", sqlState: "22023")
                }
                if case .struct(let fields) = schema { return .struct(fields.map { _ in .null }) }
                return .null
            }
            if json == .null, case .struct(let fields) = schema { return .struct(fields.map { _ in .null }) }
            return JSON.converted(json, schema) ?? .null
        }
    }

/// A constant argument that is not a plain literal (`schema_of_json('{...}')` as from_json's schema).
private func foldedConstant(_ e: Expression) -> Value? {
    guard ConstantFolding.isFoldable(e) else { return nil }
    return try? e.eval([])
}

/// The options map of a JSON function (`map('mode', 'FAILFAST')`, a Python dict), keys case-insensitive.
private func jsonOptions(_ c: FunctionCall, _ i: Int) throws(SparkError) -> DataSourceOptions {
    guard i < c.count else { return DataSourceOptions() }
    guard case .map(let entries)? = c.literal(i) ?? foldedConstant(c[i]) else {
        throw SparkError("INVALID_OPTIONS.NON_MAP_FUNCTION", "Invalid options: Must use the `map()` function for options.", sqlState: "42K06")
    }
    var options = DataSourceOptions()
    for entry in entries {
        guard case .string(let key) = entry.key, case .string(let value) = entry.value else {
            throw SparkError("INVALID_OPTIONS.NON_STRING_TYPE", "Invalid options: A type of keys and values in `map()` must be string, but got \"\(c[i].dataType.sqlName)\".", sqlState: "42K06")
        }
        options[key] = value
    }
    return options
}

/// A parsed JSON document, keeping object key order.
indirect enum JSON: Equatable {
    case object([(String, JSON)])
    case array([JSON])
    case string(String)
    case number(String)
    /// A DECIMAL written by `to_json`: Jackson writes a BigDecimal with its scale (`250.00`).
    case decimal(String)
    case bool(Bool)
    case null

    static func == (a: JSON, b: JSON) -> Bool { a.serialized == b.serialized }

    /// Compact JSON text, numbers as Jackson prints doubles (`1.50` → `1.5`).
    var serialized: String {
        switch self {
        case .object(let members): return "{" + members.map { JSON.quote($0.0) + ":" + $0.1.serialized }.joined(separator: ",") + "}"
        case .array(let items): return "[" + items.map(\.serialized).joined(separator: ",") + "]"
        case .string(let s): return JSON.quote(s)
        case .decimal(let n): return n
        case .number(let n):
            if n.allSatisfy({ $0.isASCIIDigit || $0 == "-" }) { return n }
            return Double(n).map { ValueFormatter.javaDouble($0) } ?? n
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if ch.value < 0x20 { out += String(format: "\\u%04X", ch.value) } else { out.unicodeScalars.append(ch) }
            }
        }
        return out + "\""
    }

    // MARK: Parsing

    static func parse(_ text: String) -> JSON? {
        var parser = JSONParser(Array(text.unicodeScalars))
        guard let value = parser.value() else { return nil }
        parser.skipSpace()
        return parser.atEnd ? value : nil
    }

    // MARK: Values

    /// `to_json`: null struct fields are left out (written as `null` with `keepNullFields`); timestamps are
    /// ISO-8601 with milliseconds and `Z`.
    static func from(_ v: Value, _ t: DataType, keepNullFields: Bool = false) -> JSON {
        switch v {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .number(String(i))
        case .double(let d):
            if !d.isFinite { return .string(ValueFormatter.javaDouble(d)) }
            return .number(ValueFormatter.javaDouble(d, isFloat: t == .float))
        case .decimal(let u, let s): return .decimal(Decimal128.format(u, scale: s))
        case .string(let s): return .string(s)
        case .binary(let b): return .string(Data(b).base64EncodedString())
        case .date(let d): return .string(DateTimeUtils.formatDate(d))
        case .timestamp(let ts):
            let base = DateTimePattern.isoTimestamp.format(micros: ts)
            return .string(base + "Z")
        case .interval(let i): return .string(ValueFormatter.intervalString(i, t))
        case .array(let items):
            let et: DataType = if case .array(let e, _) = t { e } else { .null }
            return .array(items.map { from($0, et, keepNullFields: keepNullFields) })
        case .map(let entries):
            var kt = DataType.null, vt = DataType.null
            if case .map(let k, let vv, _) = t { kt = k; vt = vv }
            return .object(entries.map { (Cast.castToString($0.key, kt), from($0.value, vt, keepNullFields: keepNullFields)) })
        case .struct(let values):
            let fields: [StructField] = if case .struct(let fs) = t { fs } else { [] }
            var members: [(String, JSON)] = []
            for (i, value) in values.enumerated() where (keepNullFields || !value.isNull) && i < fields.count {
                members.append((fields[i].name, from(value, fields[i].dataType, keepNullFields: keepNullFields)))
            }
            return .object(members)
        }
    }

    /// `from_json` in PERMISSIVE mode: a value of the wrong kind becomes null.
    static func toValue(_ json: JSON, _ t: DataType) -> Value { converted(json, t) ?? .null }

    /// A JSON value as a value of `t`, or nil when it does not fit (a string or a fraction for an INT, an
    /// object for an ARRAY), as Spark's `JacksonParser` fails on it. A struct keeps its other fields when one
    /// fails (Spark's partial results); an array or map with an element that fails is null as a whole.
    static func converted(_ json: JSON, _ t: DataType) -> Value? {
        switch (json, t) {
        case (.null, _): return .null
        case (.object(let members), .struct(let fields)):
            return .struct(fields.map { f in
                // Field names match case-sensitively: `{"Name": ...}` leaves a field `name` null.
                members.first { $0.0 == f.name }.map { converted($0.1, f.dataType) ?? .null } ?? .null
            })
        case (.object(let members), .map(let kt, let vt, _)):
            var entries: [MapEntry] = []
            for (key, value) in members {
                guard let v = converted(value, vt) else { return nil }
                entries.append(MapEntry((try? Cast.evaluate(.string(key), from: .string, to: kt, mode: .try)) ?? .null, v))
            }
            return .map(entries)
        case (.array(let items), .array(let e, _)):
            var values: [Value] = []
            for item in items {
                guard let v = converted(item, e) else { return nil }
                values.append(v)
            }
            return .array(values)
        case (.string(let s), .string): return .string(s)
        case (.string(let s), .date), (.string(let s), .timestamp):
            return (try? Cast.evaluate(.string(s), from: .string, to: t, mode: .try)) ?? .null
        case (.number(let n), let numeric) where numeric.isNumeric, (.decimal(let n), let numeric) where numeric.isNumeric:
            if numeric.isIntegral {
                guard let i = Int64(n) else { return nil }
                return (try? Cast.evaluate(.int(i), from: .long, to: numeric, mode: .try)).flatMap { $0.isNull ? nil : $0 }
            }
            return (try? Cast.evaluate(.string(n), from: .string, to: numeric, mode: .try)) ?? .null
        case (.bool(let b), .boolean): return .bool(b)
        case (_, .string): return .string(json.serialized)
        default: return nil
        }
    }
}

extension DateTimePattern {
    /// `yyyy-MM-dd'T'HH:mm:ss.SSS`, the timestamp form of `to_json`.
    static let isoTimestamp: DateTimePattern = {
        (try? DateTimePattern("yyyy-MM-dd'T'HH:mm:ss.SSS")) ?? DateTimePattern(tokens: [])
    }()

    init(tokens: [Token]) {
        self.tokens = tokens
        self.text = ""
    }
}

/// A recursive-descent JSON reader over Unicode scalars.
struct JSONParser {
    let chars: [Unicode.Scalar]
    var i = 0

    init(_ chars: [Unicode.Scalar]) { self.chars = chars }

    var atEnd: Bool { i >= chars.count }

    mutating func skipSpace() {
        while i < chars.count, chars[i] == " " || chars[i] == "\n" || chars[i] == "\t" || chars[i] == "\r" { i += 1 }
    }

    mutating func value() -> JSON? {
        skipSpace()
        guard i < chars.count else { return nil }
        switch chars[i] {
        case "{":
            i += 1
            var members: [(String, JSON)] = []
            skipSpace()
            if i < chars.count, chars[i] == "}" { i += 1; return .object(members) }
            while true {
                skipSpace()
                guard case .string(let key)? = string() else { return nil }
                skipSpace()
                guard i < chars.count, chars[i] == ":" else { return nil }
                i += 1
                guard let v = value() else { return nil }
                members.append((key, v))
                skipSpace()
                guard i < chars.count else { return nil }
                if chars[i] == "," { i += 1; continue }
                if chars[i] == "}" { i += 1; return .object(members) }
                return nil
            }
        case "[":
            i += 1
            var items: [JSON] = []
            skipSpace()
            if i < chars.count, chars[i] == "]" { i += 1; return .array(items) }
            while true {
                guard let v = value() else { return nil }
                items.append(v)
                skipSpace()
                guard i < chars.count else { return nil }
                if chars[i] == "," { i += 1; continue }
                if chars[i] == "]" { i += 1; return .array(items) }
                return nil
            }
        case "\"":
            return string()
        case "t": return literal("true", .bool(true))
        case "f": return literal("false", .bool(false))
        case "n": return literal("null", .null)
        default:
            let start = i
            while i < chars.count, "+-0123456789.eE".unicodeScalars.contains(chars[i]) { i += 1 }
            guard i > start else { return nil }
            var text = ""
            text.unicodeScalars.append(contentsOf: chars[start..<i])
            return Double(text) == nil ? nil : .number(text)
        }
    }

    mutating func literal(_ word: String, _ result: JSON) -> JSON? {
        let scalars = Array(word.unicodeScalars)
        guard i + scalars.count <= chars.count, Array(chars[i..<(i + scalars.count)]) == scalars else { return nil }
        i += scalars.count
        return result
    }

    mutating func string() -> JSON? {
        guard i < chars.count, chars[i] == "\"" else { return nil }
        i += 1
        var out = String.UnicodeScalarView()
        while i < chars.count {
            let ch = chars[i]
            i += 1
            if ch == "\"" { return .string(String(out)) }
            if ch == "\\" {
                guard i < chars.count else { return nil }
                let e = chars[i]
                i += 1
                switch e {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "b": out.append("\u{8}")
                case "f": out.append("\u{C}")
                case "u":
                    guard i + 4 <= chars.count, let code = UInt32(String(String.UnicodeScalarView(chars[i..<(i + 4)])), radix: 16),
                          let scalar = Unicode.Scalar(code) else { return nil }
                    out.append(scalar)
                    i += 4
                default: out.append(e)
                }
            } else {
                out.append(ch)
            }
        }
        return nil
    }
}

/// `json_tuple`'s row: for each field name, the top-level field's string unquoted, any other value as
/// compact JSON text, null when the field is absent or null; all nulls when the text is no JSON object.
enum JSONTuple {
    static func row(_ json: Value, fields: [Value]) -> [Value] {
        guard case .string(let text) = json, case .object(let members)? = JSON.parse(text) else {
            return Array(repeating: .null, count: fields.count)
        }
        return fields.map { field in
            // A key given twice reads its last value.
            guard case .string(let name) = field, let found = members.last(where: { $0.0 == name })?.1 else { return .null }
            switch found {
            case .string(let s): return .string(s)
            case .null: return .null
            default: return .string(found.serialized)
            }
        }
    }
}
