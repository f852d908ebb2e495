import Foundation

/// The format-spec mini-language (`format()`, f-strings, `str.format`) and `%` formatting.
extension PyInterpreter {
    struct FormatSpec {
        var fill: Character = " "
        var align: Character?
        var sign: Character = "-"
        var alternate = false
        var zeroPad = false
        var width = 0
        var grouping: Character?
        var precision: Int?
        var type: Character?
    }

    func parseFormatSpec(_ spec: String) throws -> FormatSpec {
        var result = FormatSpec()
        let chars = Array(spec)
        var i = 0
        func isAlign(_ c: Character) -> Bool { c == "<" || c == ">" || c == "^" || c == "=" }
        if chars.count >= 2, isAlign(chars[1]) {
            result.fill = chars[0]
            result.align = chars[1]
            i = 2
        } else if chars.count >= 1, isAlign(chars[0]) {
            result.align = chars[0]
            i = 1
        }
        if i < chars.count, chars[i] == "+" || chars[i] == "-" || chars[i] == " " {
            result.sign = chars[i]
            i += 1
        }
        if i < chars.count, chars[i] == "z" { i += 1 }
        if i < chars.count, chars[i] == "#" {
            result.alternate = true
            i += 1
        }
        if i < chars.count, chars[i] == "0" {
            result.zeroPad = true
            i += 1
        }
        var width = 0
        while i < chars.count, let d = chars[i].wholeNumberValue, chars[i].isASCII {
            width = width * 10 + d
            if width > limits.maxCollectionLength { try checkLength(width) }
            i += 1
        }
        result.width = width
        if i < chars.count, chars[i] == "," || chars[i] == "_" {
            result.grouping = chars[i]
            i += 1
        }
        if i < chars.count, chars[i] == "." {
            i += 1
            var precision = 0
            var digits = 0
            while i < chars.count, let d = chars[i].wholeNumberValue, chars[i].isASCII {
                precision = precision * 10 + d
                if precision > 10_000 { throw PyException.valueError("precision too big") }
                digits += 1
                i += 1
            }
            if digits == 0 { throw PyException.valueError("Format specifier missing precision") }
            result.precision = precision
        }
        if i < chars.count {
            result.type = chars[i]
            i += 1
        }
        if i < chars.count { throw PyException.valueError("Invalid format specifier '\(spec)' for object of type 'str'") }
        return result
    }

    /// `format(value, spec)`.
    func formatValue(_ value: PyValue, _ specText: String) throws -> String {
        if specText.isEmpty { return try strValue(value) }
        let spec = try parseFormatSpec(specText)
        switch value {
        case .bool(let b) where spec.type == nil || spec.type == "s":
            return pad(b ? "True" : "False", spec, numeric: false)
        case .int(let i):
            return try formatInt(i, spec, specText)
        case .bool(let b):
            return try formatInt(b ? 1 : 0, spec, specText)
        case .float(let d):
            return try formatFloat(d, spec, specText)
        case .str(let s):
            if let type = spec.type, type != "s" {
                throw PyException.valueError("Unknown format code '\(type)' for object of type 'str'")
            }
            if spec.sign != "-" { throw PyException.valueError("Sign not allowed in string format specifier") }
            var text = s
            if let precision = spec.precision { text = String(String.UnicodeScalarView(s.unicodeScalars.prefix(precision))) }
            return pad(text, spec, numeric: false)
        case .host(let object as PyDecimalValue):
            return try formatDecimal(object.value, spec)
        case .host(let object) where spec.type == nil:
            // Host values (dates, rows) format like their str(), as their Python counterparts do.
            return pad(object.pyStr(), spec, numeric: false)
        default:
            // object.__format__ accepts only an empty spec.
            throw PyException.typeError("unsupported format string passed to \(typeOf(value).name).__format__")
        }
    }

    func pad(_ text: String, _ spec: FormatSpec, numeric: Bool, signLength: Int = 0) -> String {
        let length = text.unicodeScalars.count
        guard spec.width > length else { return text }
        let padding = spec.width - length
        let align = spec.align ?? (numeric ? ">" : "<")
        let fill = String(spec.fill)
        switch align {
        case "<": return text + String(repeating: fill, count: padding)
        case "^":
            let left = padding / 2
            return String(repeating: fill, count: left) + text + String(repeating: fill, count: padding - left)
        case "=":
            let signPart = String(text.prefix(signLength))
            return signPart + String(repeating: fill, count: padding) + String(text.dropFirst(signLength))
        default: return String(repeating: fill, count: padding) + text
        }
    }

    func applyZeroPad(_ spec: FormatSpec) -> FormatSpec {
        var spec = spec
        if spec.zeroPad && spec.align == nil {
            spec.fill = "0"
            spec.align = "="
        }
        return spec
    }

    static func group(_ digits: String, _ separator: Character, every: Int = 3) -> String {
        var result = ""
        for (index, c) in digits.reversed().enumerated() {
            if index > 0 && index % every == 0 { result.append(separator) }
            result.append(c)
        }
        return String(result.reversed())
    }

    func signPrefix(_ negative: Bool, _ spec: FormatSpec) -> String {
        if negative { return "-" }
        switch spec.sign {
        case "+": return "+"
        case " ": return " "
        default: return ""
        }
    }

    private func formatInt(_ value: Int, _ specIn: FormatSpec, _ specText: String) throws -> String {
        let spec = applyZeroPad(specIn)
        switch spec.type {
        case "e", "E", "f", "F", "g", "G", "%":
            return try formatFloat(Double(value), specIn, specText)
        case "c":
            guard let scalar = Unicode.Scalar(UInt32(clamping: max(0, value))) else {
                throw PyException(.overflowError, "%c arg not in range(0x110000)")
            }
            return pad(String(scalar), spec, numeric: false)
        default: break
        }
        if spec.precision != nil { throw PyException.valueError("Precision not allowed in integer format specifier") }
        let magnitude = value.magnitude
        var digits: String
        var prefix = ""
        switch spec.type {
        case nil, "d", "n": digits = String(magnitude)
        case "b": digits = String(magnitude, radix: 2); prefix = "0b"
        case "o": digits = String(magnitude, radix: 8); prefix = "0o"
        case "x": digits = String(magnitude, radix: 16); prefix = "0x"
        case "X": digits = String(magnitude, radix: 16).uppercased(); prefix = "0X"
        case "s":
            throw PyException.valueError("Unknown format code 's' for object of type 'int'")
        case let t?:
            throw PyException.valueError("Unknown format code '\(t)' for object of type 'int'")
        }
        if let separator = spec.grouping {
            digits = PyInterpreter.group(digits, separator, every: spec.type == nil || spec.type == "d" ? 3 : 4)
        }
        let sign = signPrefix(value < 0, spec) + (spec.alternate ? prefix : "")
        return pad(sign + digits, spec, numeric: true, signLength: sign.count)
    }

    private func formatFloat(_ value: Double, _ specIn: FormatSpec, _ specText: String) throws -> String {
        let spec = applyZeroPad(specIn)
        var type = spec.type
        if let t = type, !"eEfFgGn%".contains(t) {
            throw PyException.valueError("Unknown format code '\(t)' for object of type 'float'")
        }
        let negative = value.sign == .minus && !value.isNaN
        let magnitude = abs(value)
        var body: String
        if magnitude.isNaN || magnitude.isInfinite {
            body = magnitude.isNaN ? "nan" : "inf"
            if type == "E" || type == "F" || type == "G" { body = body.uppercased() }
            if type == "%" { body += "%" }
        } else {
            switch type {
            case nil:
                if let precision = spec.precision {
                    body = PyInterpreter.cFormat("%.\(max(precision, 1))g", magnitude)
                    if !body.contains(".") && !body.contains("e") && !body.contains("inf") { body += ".0" }
                    body = PyInterpreter.normalizeExponent(body)
                } else {
                    body = PyInterpreter.floatRepr(magnitude)
                }
            case "%":
                body = PyInterpreter.cFormat("%\(spec.alternate ? "#" : "").\(spec.precision ?? 6)f", magnitude * 100) + "%"
            case "n":
                type = "g"
                fallthrough
            default:
                let t = type ?? "g"
                body = PyInterpreter.cFormat("%\(spec.alternate ? "#" : "").\(spec.precision ?? 6)\(t)", magnitude)
            }
        }
        if let separator = spec.grouping {
            let integerEnd = body.firstIndex(where: { !$0.isNumber }) ?? body.endIndex
            body = PyInterpreter.group(String(body[..<integerEnd]), separator) + body[integerEnd...]
        }
        let sign = signPrefix(negative, spec)
        return pad(sign + body, spec, numeric: true, signLength: sign.count)
    }

    static func cFormat(_ format: String, _ value: Double) -> String {
        normalizeExponent(String(format: format, value))
    }

    /// C prints at least two exponent digits, like Python; nothing to change but kept for clarity.
    static func normalizeExponent(_ text: String) -> String { text }

    // MARK: % formatting

    func percentFormat(_ format: String, _ argument: PyValue) throws -> String {
        let chars = Array(format.unicodeScalars)
        var values: [PyValue]
        var mapping: PyValue?
        switch argument {
        case .tuple(let items): values = items
        case .dict: values = [argument]; mapping = argument
        default: values = [argument]
        }
        var next = 0
        func nextValue() throws -> PyValue {
            guard next < values.count else { throw PyException.typeError("not enough arguments for format string") }
            next += 1
            return values[next - 1]
        }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c != "%" {
                out.append(c)
                i += 1
                continue
            }
            i += 1
            guard i < chars.count else { throw PyException.valueError("incomplete format") }
            var key: String?
            if chars[i] == "(" {
                var depth = 1
                var j = i + 1
                while j < chars.count, depth > 0 {
                    if chars[j] == "(" { depth += 1 }
                    if chars[j] == ")" { depth -= 1 }
                    j += 1
                }
                key = String(String.UnicodeScalarView(chars[(i + 1)..<(j - 1)]))
                i = j
            }
            var flags = ""
            while i < chars.count, "-+ #0".unicodeScalars.contains(chars[i]) {
                flags.unicodeScalars.append(chars[i])
                i += 1
            }
            var width = ""
            if i < chars.count, chars[i] == "*" {
                width = String(try nextValue().asInt ?? 0)
                i += 1
            }
            while i < chars.count, ("0"..."9").contains(chars[i]) {
                width.unicodeScalars.append(chars[i])
                i += 1
            }
            var precision: String?
            if i < chars.count, chars[i] == "." {
                i += 1
                var p = ""
                if i < chars.count, chars[i] == "*" {
                    p = String(try nextValue().asInt ?? 0)
                    i += 1
                }
                while i < chars.count, ("0"..."9").contains(chars[i]) {
                    p.unicodeScalars.append(chars[i])
                    i += 1
                }
                precision = p.isEmpty ? "0" : p
            }
            guard i < chars.count else { throw PyException.valueError("incomplete format") }
            let conversion = chars[i]
            i += 1
            if conversion == "%" {
                out.append("%")
                continue
            }
            let value: PyValue
            if let key {
                guard let mapping else { throw PyException.typeError("format requires a mapping") }
                value = try getItem(mapping, .str(key))
            } else {
                value = try nextValue()
            }
            var spec = ""
            let leftAlign = flags.contains("-")
            if flags.contains("+") { spec += "+" } else if flags.contains(" ") { spec += " " }
            if flags.contains("#") { spec += "#" }
            if flags.contains("0") && !leftAlign { spec += "0" }
            let widthValue = Int(width) ?? 0
            try checkLength(widthValue)
            var text: String
            switch conversion {
            case "s", "r", "a":
                text = conversion == "s" ? try strValue(value) : try reprValue(value)
                if let precision, let p = Int(precision) { text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(p))) }
            case "d", "i", "u":
                let number: Int
                switch value {
                case .int(let v): number = v
                case .bool(let b): number = b ? 1 : 0
                case .float(let d):
                    guard d.isFinite, abs(d) < 9.2e18 else { throw PyException(.overflowError, "cannot convert float infinity to integer") }
                    number = Int(d)
                default:
                    throw PyException.typeError("%\(Character(conversion)) format: a real number is required, not \(typeOf(value).name)")
                }
                text = try formatValue(.int(number), spec + "d")
            case "x", "X", "o":
                guard let number = value.asInt, value.numericValue != nil, !(value.asDouble.map { _ in false } ?? true) || true else {
                    throw PyException.typeError("%\(Character(conversion)) format: an integer is required, not \(typeOf(value).name)")
                }
                if case .float = value {
                    throw PyException.typeError("%\(Character(conversion)) format: an integer is required, not float")
                }
                text = try formatValue(.int(number), spec + String(Character(conversion)))
            case "f", "F", "e", "E", "g", "G":
                guard let number = value.asDouble, value.numericValue != nil else {
                    throw PyException.typeError("must be real number, not \(typeOf(value).name)")
                }
                text = try formatValue(.float(number), spec + "." + (precision ?? "6") + String(Character(conversion)))
            case "c":
                if case .str(let s) = value, s.unicodeScalars.count == 1 { text = s }
                else if let code = value.asInt, let scalar = Unicode.Scalar(UInt32(clamping: max(0, code))) { text = String(scalar) }
                else { throw PyException.typeError("%c requires int or char") }
            default:
                throw PyException.valueError(
                    "unsupported format character '\(Character(conversion))' (0x\(String(conversion.value, radix: 16))) at index \(i - 1)")
            }
            let length = text.unicodeScalars.count
            if widthValue > length {
                let padding = String(repeating: " ", count: widthValue - length)
                if leftAlign {
                    text += padding
                } else if flags.contains("0") && "diuxXofFeEgG".unicodeScalars.contains(conversion) {
                    let signLength = (text.first == "-" || text.first == "+" || text.first == " ") ? 1 : 0
                    text = String(text.prefix(signLength)) + String(repeating: "0", count: widthValue - length)
                        + String(text.dropFirst(signLength))
                } else {
                    text = padding + text
                }
            }
            out.append(contentsOf: text.unicodeScalars)
            if out.count > limits.maxCollectionLength { try checkLength(out.count) }
        }
        if mapping == nil && next < values.count {
            throw PyException.typeError("not all arguments converted during string formatting")
        }
        return String(out)
    }

    // MARK: str.format

    func strFormat(_ format: String, _ args: PyArguments) throws -> String {
        let chars = Array(format.unicodeScalars)
        var out = String.UnicodeScalarView()
        var autoIndex = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "{" {
                if i + 1 < chars.count, chars[i + 1] == "{" {
                    out.append("{")
                    i += 2
                    continue
                }
                var depth = 1
                var j = i + 1
                while j < chars.count, depth > 0 {
                    if chars[j] == "{" { depth += 1 }
                    if chars[j] == "}" { depth -= 1 }
                    if depth > 0 { j += 1 }
                }
                guard j < chars.count else { throw PyException.valueError("expected '}' before end of string") }
                let field = String(String.UnicodeScalarView(chars[(i + 1)..<j]))
                out.append(contentsOf: try formatField(field, args, &autoIndex).unicodeScalars)
                if out.count > limits.maxCollectionLength { try checkLength(out.count) }
                i = j + 1
                continue
            }
            if c == "}" {
                if i + 1 < chars.count, chars[i + 1] == "}" {
                    out.append("}")
                    i += 2
                    continue
                }
                throw PyException.valueError("Single '}' encountered in format string")
            }
            out.append(c)
            i += 1
        }
        return String(out)
    }

    private func formatField(_ field: String, _ args: PyArguments, _ autoIndex: inout Int) throws -> String {
        var name = field
        var spec = ""
        var conversion: Character?
        if let colon = PyInterpreter.topLevelIndex(of: ":", in: field) {
            name = String(field[..<colon])
            spec = String(field[field.index(after: colon)...])
        }
        if let bang = name.firstIndex(of: "!") {
            let rest = name[name.index(after: bang)...]
            conversion = rest.first
            name = String(name[..<bang])
        }
        if spec.contains("{") { spec = try strFormat(spec, args) }
        // Split "0.attr[key]" into the first name and accessors.
        var firstEnd = name.endIndex
        if let k = name.firstIndex(where: { $0 == "." || $0 == "[" }) { firstEnd = k }
        let first = String(name[..<firstEnd])
        var value: PyValue
        if first.isEmpty {
            guard autoIndex < args.positional.count else {
                throw PyException.indexError("Replacement index \(autoIndex) out of range for positional args tuple")
            }
            value = args.positional[autoIndex]
            autoIndex += 1
        } else if let index = Int(first) {
            guard index < args.positional.count else {
                throw PyException.indexError("Replacement index \(index) out of range for positional args tuple")
            }
            value = args.positional[index]
        } else {
            guard let keywordValue = args.keyword(first) else { throw PyException.keyError(.str(first)) }
            value = keywordValue
        }
        var rest = name[firstEnd...]
        while !rest.isEmpty {
            if rest.first == "." {
                rest = rest.dropFirst()
                let end = rest.firstIndex(where: { $0 == "." || $0 == "[" }) ?? rest.endIndex
                let attribute = String(rest[..<end])
                if Sandbox.isDunder(attribute) {
                    throw PyError.sandbox("access to the attribute '\(attribute)' is not allowed in the sandbox")
                }
                value = try getAttribute(value, attribute)
                rest = rest[end...]
            } else if rest.first == "[" {
                guard let close = rest.firstIndex(of: "]") else { throw PyException.valueError("Missing ']' in format string") }
                let key = String(rest[rest.index(after: rest.startIndex)..<close])
                value = try getItem(value, Int(key).map { .int($0) } ?? .str(key))
                rest = rest[rest.index(after: close)...]
            } else {
                throw PyException.valueError("Only '.' or '[' may follow ']' in format field specifier")
            }
        }
        switch conversion {
        case "r", "a": value = .str(try reprValue(value))
        case "s": value = .str(try strValue(value))
        case nil: break
        case let c?: throw PyException.valueError("Unknown conversion specifier \(c)")
        }
        return try formatValue(value, spec)
    }

    static func topLevelIndex(of character: Character, in text: String) -> String.Index? {
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if c == "[" { depth += 1 }
            if c == "]" { depth -= 1 }
            if c == character && depth == 0 { return index }
            index = text.index(after: index)
        }
        return nil
    }

    // MARK: f-strings

    func evalFString(_ parts: [FStringPart], _ frame: Frame) throws -> String {
        var out = ""
        for part in parts {
            switch part {
            case .literal(let text):
                out += text
            case .field(let expr, let conversion, let spec, let selfDocumenting):
                var value = try eval(expr, frame)
                frame.position = expr.position
                if let selfDocumenting { out += selfDocumenting }
                switch conversion {
                case "r", "a": value = .str(try reprValue(value))
                case "s": value = .str(try strValue(value))
                default: break
                }
                let specText = try spec.map { try evalFString($0, frame) } ?? ""
                frame.position = expr.position
                out += try formatValue(value, specText)
            }
            if out.utf8.count > limits.maxCollectionLength { try checkLength(out.unicodeScalars.count) }
        }
        return out
    }
}
