import Foundation

/// The `json` module: `loads`/`dumps` with CPython's default formatting (`", "` and `": "` separators,
/// `ensure_ascii`, `sort_keys`, `indent`).
enum JSONModule {
    static func make(_ interpreter: PyInterpreter) -> PyModule {
        let module = PyModule(name: "json")
        BuiltinModules.function(module, "dumps") { args in
            let bound = try args.bind("dumps", ["obj", "*", "indent=", "sort_keys=", "ensure_ascii=", "separators=", "default="])
            let interpreter = args.interpreter
            var options = Options()
            options.sortKeys = try bound["sort_keys"].map { try interpreter.isTruthy($0) } ?? false
            options.ensureASCII = try bound["ensure_ascii"].map { try interpreter.isTruthy($0) } ?? true
            if let indent = bound["indent"], !indent.isNone {
                let width = max(0, indent.asInt ?? 0)
                try interpreter.checkLength(width)
                options.indent = indent.asString ?? String(repeating: " ", count: width)
                options.itemSeparator = ","
            }
            if let separators = bound["separators"], !separators.isNone {
                let parts = try interpreter.collect(separators)
                guard parts.count == 2, let item = parts[0].asString, let key = parts[1].asString else {
                    throw PyException.typeError("separators must be a pair of strings")
                }
                options.itemSeparator = item
                options.keySeparator = key
            }
            options.fallback = bound["default"].flatMap { $0.isNone ? nil : $0 }
            var out = ""
            try encode(bound["obj"] ?? PyValue.none, options, interpreter, depth: 0, into: &out)
            return .str(out)
        }
        BuiltinModules.function(module, "loads") { args in
            let bound = try args.bind("loads", ["s"])
            guard case .str(let text)? = bound["s"] else {
                throw PyException.typeError("the JSON object must be str, bytes or bytearray, not \(args.interpreter.typeName(of: bound["s"] ?? PyValue.none))")
            }
            var parser = Parser(scalars: Array(text.unicodeScalars), interpreter: args.interpreter)
            parser.skipWhitespace()
            let value = try parser.value(depth: 0)
            parser.skipWhitespace()
            guard parser.index == parser.scalars.count else { throw parser.failure("Extra data") }
            return value
        }
        module.setAttribute("JSONDecodeError", .classObject(interpreter.types.exceptionClass("ValueError")))
        return module
    }

    struct Options {
        var sortKeys = false
        var ensureASCII = true
        var indent: String?
        var itemSeparator = ", "
        var keySeparator = ": "
        var fallback: PyValue?
    }

    static func quote(_ s: String, ensureASCII: Bool) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || (ensureASCII && scalar.value > 0x7E) {
                    if scalar.value > 0xFFFF {
                        let v = scalar.value - 0x10000
                        out += "\\u" + PyInterpreter.hex(0xD800 + (v >> 10), width: 4) + "\\u" + PyInterpreter.hex(0xDC00 + (v & 0x3FF), width: 4)
                    } else {
                        out += "\\u" + PyInterpreter.hex(scalar.value, width: 4)
                    }
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func encode(_ value: PyValue, _ options: Options, _ interpreter: PyInterpreter, depth: Int, into out: inout String) throws {
        if depth > 500 || LargeStackExecutor.stackIsLow() { throw PyException(.recursionError, "maximum recursion depth exceeded while encoding a JSON object") }
        if out.utf8.count > interpreter.limits.maxCollectionLength { try interpreter.checkLength(out.utf8.count) }
        if let indent = options.indent { try interpreter.checkLength(indent.utf8.count * (depth + 1)) }
        let newline = options.indent.map { "\n" + String(repeating: $0, count: depth + 1) } ?? ""
        let closing = options.indent.map { "\n" + String(repeating: $0, count: depth) } ?? ""
        switch value {
        case .none: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .float(let d):
            if d.isNaN { out += "NaN" } else if d.isInfinite { out += d < 0 ? "-Infinity" : "Infinity" } else { out += PyInterpreter.floatRepr(d) }
        case .str(let s): out += quote(s, ensureASCII: options.ensureASCII)
        case .list, .tuple:
            let items = value.asArray ?? []
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (k, item) in items.enumerated() {
                out += k == 0 ? newline : options.itemSeparator + newline
                try encode(item, options, interpreter, depth: depth + 1, into: &out)
            }
            out += closing + "]"
        case .dict(let dict):
            var pairs = dict.storage.map { ($0.key.value, $0.value) }
            if pairs.isEmpty { out += "{}"; return }
            let keys = try pairs.map { pair -> String in
                switch pair.0 {
                case .str(let s): return s
                case .int(let i): return String(i)
                case .float(let d): return PyInterpreter.floatRepr(d)
                case .bool(let b): return b ? "true" : "false"
                case .none: return "null"
                default: throw PyException.typeError("keys must be str, int, float, bool or None, not \(interpreter.typeName(of: pair.0))")
                }
            }
            var order = Array(pairs.indices)
            if options.sortKeys {
                order.sort { PyInterpreter.compareStrings(keys[$0], keys[$1]) < 0 }
            }
            pairs = order.map { pairs[$0] }
            out += "{"
            for (k, index) in order.enumerated() {
                out += k == 0 ? newline : options.itemSeparator + newline
                out += quote(keys[index], ensureASCII: options.ensureASCII) + options.keySeparator
                try encode(dict.storage.values[index], options, interpreter, depth: depth + 1, into: &out)
            }
            out += closing + "}"
        default:
            if let fallback = options.fallback {
                try encode(try interpreter.callValue(fallback, [value], []), options, interpreter, depth: depth + 1, into: &out)
                return
            }
            throw PyException.typeError("Object of type \(interpreter.typeName(of: value)) is not JSON serializable")
        }
    }

    struct Parser {
        let scalars: [Unicode.Scalar]
        let interpreter: PyInterpreter
        var index = 0

        init(scalars: [Unicode.Scalar], interpreter: PyInterpreter) {
            self.scalars = scalars
            self.interpreter = interpreter
        }

        func failure(_ message: String) -> PyException {
            var line = 1, column = 1
            for s in scalars.prefix(index) {
                if s == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            return PyException.valueError("\(message): line \(line) column \(column) (char \(index))")
        }

        mutating func skipWhitespace() {
            while index < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[index]) { index += 1 }
        }

        mutating func literal(_ word: String, _ value: PyValue) throws -> PyValue {
            let w = Array(word.unicodeScalars)
            guard index + w.count <= scalars.count, Array(scalars[index..<(index + w.count)]) == w else {
                throw failure("Expecting value")
            }
            index += w.count
            return value
        }

        mutating func value(depth: Int) throws -> PyValue {
            if depth > 500 || LargeStackExecutor.stackIsLow() { throw PyException(.recursionError, "maximum recursion depth exceeded while decoding a JSON document") }
            guard index < scalars.count else { throw failure("Expecting value") }
            switch scalars[index] {
            case "{":
                index += 1
                let dict = PyDict()
                skipWhitespace()
                if index < scalars.count, scalars[index] == "}" { index += 1; return .dict(dict) }
                while true {
                    skipWhitespace()
                    guard index < scalars.count, scalars[index] == "\"" else {
                        throw failure("Expecting property name enclosed in double quotes")
                    }
                    let key = try string()
                    skipWhitespace()
                    guard index < scalars.count, scalars[index] == ":" else { throw failure("Expecting ':' delimiter") }
                    index += 1
                    skipWhitespace()
                    try interpreter.dictSet(dict, .str(key), try value(depth: depth + 1))
                    skipWhitespace()
                    guard index < scalars.count else { throw failure("Expecting ',' delimiter") }
                    if scalars[index] == "," { index += 1; continue }
                    if scalars[index] == "}" { index += 1; return .dict(dict) }
                    throw failure("Expecting ',' delimiter")
                }
            case "[":
                index += 1
                var items: [PyValue] = []
                skipWhitespace()
                if index < scalars.count, scalars[index] == "]" { index += 1; return .newList(items) }
                while true {
                    skipWhitespace()
                    items.append(try value(depth: depth + 1))
                    try interpreter.checkLength(items.count)
                    skipWhitespace()
                    guard index < scalars.count else { throw failure("Expecting ',' delimiter") }
                    if scalars[index] == "," { index += 1; continue }
                    if scalars[index] == "]" { index += 1; return .newList(items) }
                    throw failure("Expecting ',' delimiter")
                }
            case "\"": return .str(try string())
            case "t": return try literal("true", .bool(true))
            case "f": return try literal("false", .bool(false))
            case "n": return try literal("null", PyValue.none)
            case "N": return try literal("NaN", .float(.nan))
            case "I": return try literal("Infinity", .float(.infinity))
            default: return try number()
            }
        }

        mutating func number() throws -> PyValue {
            let start = index
            if index < scalars.count, scalars[index] == "-" {
                index += 1
                if index < scalars.count, scalars[index] == "I" { return try literal("Infinity", .float(-.infinity)) }
            }
            var isFloat = false
            while index < scalars.count {
                let c = scalars[index]
                if ("0"..."9").contains(c) { index += 1; continue }
                if c == "." || c == "e" || c == "E" || ((c == "+" || c == "-") && isFloat) { isFloat = true; index += 1; continue }
                break
            }
            let text = String(String.UnicodeScalarView(scalars[start..<index]))
            guard !text.isEmpty, text != "-" else { index = start; throw failure("Expecting value") }
            if !isFloat, let i = Int(text) { return .int(i) }
            guard let d = Double(text) else { index = start; throw failure("Expecting value") }
            if !isFloat { throw PyInterpreter.overflow() }
            return .float(d)
        }

        mutating func string() throws -> String {
            index += 1
            var out = String.UnicodeScalarView()
            while index < scalars.count {
                let c = scalars[index]
                index += 1
                if c == "\"" { return String(out) }
                if c == "\\" {
                    guard index < scalars.count else { break }
                    let e = scalars[index]
                    index += 1
                    switch e {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "r": out.append("\r")
                    case "b": out.append("\u{08}")
                    case "f": out.append("\u{0C}")
                    case "/": out.append("/")
                    case "\\": out.append("\\")
                    case "\"": out.append("\"")
                    case "u":
                        guard index + 4 <= scalars.count, let v = UInt32(String(String.UnicodeScalarView(scalars[index..<(index + 4)])), radix: 16) else {
                            throw failure("Invalid \\uXXXX escape")
                        }
                        index += 4
                        var code = v
                        if (0xD800..<0xDC00).contains(v), index + 6 <= scalars.count, scalars[index] == "\\", scalars[index + 1] == "u",
                            let low = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)])), radix: 16),
                            (0xDC00..<0xE000).contains(low)
                        {
                            code = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                            index += 6
                        }
                        out.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                    default: throw failure("Invalid \\escape")
                    }
                } else {
                    if c.value < 0x20 { throw failure("Invalid control character at") }
                    out.append(c)
                }
            }
            throw failure("Unterminated string starting at")
        }
    }
}
