import Foundation

/// JSON functions: get_json_object, to_json and from_json (PERMISSIVE mode), with a small order-keeping JSON reader.
let jsonFunctionBuilders: [FunctionBuilder] =
    scalar("get_json_object") { c, _ throws(SparkError) in
        try c.arity(2)
        return c.make([try c.string(0), try c.string(1)], .string, nullable: true) { v in
            guard let json = JSON.parse(text(v[0])), let found = JSON.select(json, path: text(v[1])) else { return .null }
            if case .string(let s) = found { return .string(s) }
            if case .null = found { return .null }
            return .string(found.serialized)
        }
    }
    + scalar("to_json") { c, _ throws(SparkError) in
        try c.arity(1...2)
        let type = c[0].dataType
        switch type {
        case .struct, .array, .map: break
        default: throw c.unexpectedType(0, required: "(\"STRUCT\" or \"ARRAY\" or \"MAP\")")
        }
        return c.make([c[0]], .string, nullable: true, display: [0]) { v in
            .string(JSON.from(v[0], type).serialized)
        }
    }
    + scalar("from_json") { c, _ throws(SparkError) in
        try c.arity(2...3)
        guard case .string(let ddl)? = c.literal(1) else { throw c.unexpectedType(1, required: "\"STRING\"") }
        let schema: DataType
        do {
            let fields = try parseDDLSchema(ddl)
            schema = .struct(fields)
        } catch {
            do { schema = try parseDDLType(ddl) } catch {
                throw SparkError("PARSE_SYNTAX_ERROR", "Syntax error in the schema \(ddl).", sqlState: "42601")
            }
        }
        return c.make([try c.string(0), c[1]], schema, nullable: true, display: [0]) { v in
            guard let json = JSON.parse(text(v[0])) else {
                if case .struct(let fields) = schema { return .struct(fields.map { _ in .null }) }
                return .null
            }
            return JSON.toValue(json, schema)
        }
    }

/// A parsed JSON document, keeping object key order.
indirect enum JSON: Equatable {
    case object([(String, JSON)])
    case array([JSON])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    static func == (a: JSON, b: JSON) -> Bool { a.serialized == b.serialized }

    /// Compact JSON text, numbers as Jackson prints doubles (`1.50` → `1.5`).
    var serialized: String {
        switch self {
        case .object(let members): return "{" + members.map { JSON.quote($0.0) + ":" + $0.1.serialized }.joined(separator: ",") + "}"
        case .array(let items): return "[" + items.map(\.serialized).joined(separator: ",") + "]"
        case .string(let s): return JSON.quote(s)
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

    /// Spark's JSON path subset: `$`, `.name`, `['name']`, `[index]`.
    static func select(_ root: JSON, path: String) -> JSON? {
        var p = Substring(path)
        guard p.first == "$" else { return nil }
        p = p.dropFirst()
        var current = root
        while !p.isEmpty {
            if p.first == "." {
                p = p.dropFirst()
                let name = p.prefix { $0 != "." && $0 != "[" }
                p = p.dropFirst(name.count)
                guard case .object(let members) = current, let next = members.first(where: { $0.0 == name })?.1 else { return nil }
                current = next
            } else if p.first == "[" {
                guard let close = p.firstIndex(of: "]") else { return nil }
                let inside = p[p.index(after: p.startIndex)..<close]
                p = p[p.index(after: close)...]
                if inside.hasPrefix("'") && inside.hasSuffix("'") && inside.count >= 2 {
                    let name = inside.dropFirst().dropLast()
                    guard case .object(let members) = current, let next = members.first(where: { $0.0 == name })?.1 else { return nil }
                    current = next
                } else if let index = Int(inside) {
                    guard case .array(let items) = current, index >= 0, index < items.count else { return nil }
                    current = items[index]
                } else {
                    return nil
                }
            } else {
                return nil
            }
        }
        return current
    }

    // MARK: Values

    /// `to_json`: null struct fields are left out; timestamps are ISO-8601 with milliseconds and `Z`.
    static func from(_ v: Value, _ t: DataType) -> JSON {
        switch v {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .number(String(i))
        case .double(let d):
            if !d.isFinite { return .string(ValueFormatter.javaDouble(d)) }
            return .number(ValueFormatter.javaDouble(d, isFloat: t == .float))
        case .decimal(let u, let s): return .number(Decimal128.format(u, scale: s))
        case .string(let s): return .string(s)
        case .binary(let b): return .string(Data(b).base64EncodedString())
        case .date(let d): return .string(DateTimeUtils.formatDate(d))
        case .timestamp(let ts):
            let base = DateTimePattern.isoTimestamp.format(micros: ts)
            return .string(base + "Z")
        case .interval(let i): return .string(ValueFormatter.intervalString(i, t))
        case .array(let items):
            let et: DataType = if case .array(let e, _) = t { e } else { .null }
            return .array(items.map { from($0, et) })
        case .map(let entries):
            var kt = DataType.null, vt = DataType.null
            if case .map(let k, let vv, _) = t { kt = k; vt = vv }
            return .object(entries.map { (Cast.castToString($0.key, kt), from($0.value, vt)) })
        case .struct(let values):
            let fields: [StructField] = if case .struct(let fs) = t { fs } else { [] }
            var members: [(String, JSON)] = []
            for (i, value) in values.enumerated() where !value.isNull && i < fields.count {
                members.append((fields[i].name, from(value, fields[i].dataType)))
            }
            return .object(members)
        }
    }

    /// `from_json` in PERMISSIVE mode: a value of the wrong kind becomes null.
    static func toValue(_ json: JSON, _ t: DataType) -> Value {
        switch (json, t) {
        case (.null, _): return .null
        case (.object(let members), .struct(let fields)):
            return .struct(fields.map { f in
                (members.first { $0.0 == f.name } ?? members.first { $0.0.lowercased() == f.name.lowercased() }).map { toValue($0.1, f.dataType) } ?? .null
            })
        case (.object(let members), .map(let kt, let vt, _)):
            return .map(members.map { MapEntry((try? Cast.evaluate(.string($0.0), from: .string, to: kt, mode: .try)) ?? .null, toValue($0.1, vt)) })
        case (.array(let items), .array(let e, _)):
            return .array(items.map { toValue($0, e) })
        case (.string(let s), .string): return .string(s)
        case (.string(let s), .date), (.string(let s), .timestamp):
            return (try? Cast.evaluate(.string(s), from: .string, to: t, mode: .try)) ?? .null
        case (.number(let n), let numeric) where numeric.isNumeric:
            if numeric.isIntegral {
                guard let i = Int64(n) else { return .null }
                return (try? Cast.evaluate(.int(i), from: .long, to: numeric, mode: .try)) ?? .null
            }
            return (try? Cast.evaluate(.string(n), from: .string, to: numeric, mode: .try)) ?? .null
        case (.bool(let b), .boolean): return .bool(b)
        case (_, .string): return .string(json.serialized)
        default: return .null
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
