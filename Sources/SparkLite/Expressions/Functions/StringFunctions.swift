import Foundation

/// String functions. Positions and lengths count Unicode code points, as Spark's `UTF8String` does.
let stringFunctionBuilders: [FunctionBuilder] =
    scalar("upper", "ucase") { c, _ throws(SparkError) in
        try c.arity(1)
        return c.make([try c.string(0)], .string) { v in .string(text(v[0]).uppercased()) }
    }
    + scalar("lower", "lcase") { c, _ throws(SparkError) in
        try c.arity(1)
        return c.make([try c.string(0)], .string) { v in .string(javaLowercased(text(v[0]))) }
    }
    + scalar("length", "char_length", "character_length", "len") { c, _ throws(SparkError) in
        try c.arity(1)
        if c[0].dataType == .binary {
            return c.make([c[0]], .int) { v in if case .binary(let b) = v[0] { return .int(Int64(b.count)) }; return .null }
        }
        return c.make([try c.string(0)], .int) { v in .int(Int64(text(v[0]).unicodeScalars.count)) }
    }
    + scalar("octet_length") { c, _ throws(SparkError) in
        try c.arity(1)
        return c.make([try c.string(0)], .int) { v in .int(Int64(text(v[0]).utf8.count)) }
    }
    + scalar("bit_length") { c, _ throws(SparkError) in
        try c.arity(1)
        return c.make([try c.string(0)], .int) { v in .int(Int64(text(v[0]).utf8.count * 8)) }
    }
    + scalar("trim", "ltrim", "rtrim") { c, _ throws(SparkError) in
        try c.arity(1...2)
        let side: TrimSide = c.name == "ltrim" ? .leading : (c.name == "rtrim" ? .trailing : .both)
        // Explain shows Spark's StringTrim fields: the string, then the optional characters (`trim(s#1, None)`).
        let name = c.name
        if c.count == 1 {
            return c.make([try c.string(0)], .string, explainFormat: { "\(name)(\($0[0]), None)" }) { v in .string(trim(text(v[0]), " ", side)) }
        }
        // The SQL function form is trim(trimStr, str), named as `TRIM(BOTH trimStr FROM str)`.
        let keyword = switch side { case .leading: "LEADING"; case .trailing: "TRAILING"; case .both: "BOTH" }
        return c.make([try c.string(0), try c.string(1)], .string, format: { "TRIM(\(keyword) \($0[0]) FROM \($0[1]))" },
                      explainFormat: { "\(name)(\($0[1]), Some(\($0[0])))" }) { v in
            .string(trim(text(v[1]), text(v[0]), side))
        }
    }
    + scalar("btrim") { c, _ throws(SparkError) in
        try c.arity(1...2)
        if c.count == 1 {
            return c.make([try c.string(0)], .string) { v in .string(trim(text(v[0]), " ", .both)) }
        }
        return c.make([try c.string(0), try c.string(1)], .string) { v in .string(trim(text(v[0]), text(v[1]), .both)) }
    }
    + scalar("concat") { c, _ throws(SparkError) in
        if c.count > 0, c.args.allSatisfy({ if case .array = $0.dataType { return true }; return $0.dataType == .null }),
           c.args.contains(where: { if case .array = $0.dataType { return true }; return false }) {
            let (args, type) = try c.commonType(bracketed: false)
            return c.make(args, type) { v in
                var out: [Value] = []
                for a in v { if case .array(let items) = a { out += items } }
                return .array(out)
            }
        }
        if c.count > 0, c.args.allSatisfy({ $0.dataType == .binary }) {
            return c.make(c.args, .binary) { v in
                .binary(v.flatMap { if case .binary(let b) = $0 { return b }; return [] })
            }
        }
        var args: [Expression] = []
        for i in 0..<c.count {
            if case .array = c[i].dataType { throw c.dataDiffTypes(bracketed: false) }
            args.append(try c.string(i))
        }
        return c.make(args, .string) { v in .string(v.map(text).joined()) }
    }
    + scalar("concat_ws") { c, _ throws(SparkError) in
        try c.arity(atLeast: 1)
        var args = [try c.string(0)]
        for i in 1..<c.count {
            if case .array(let e, _) = c[i].dataType {
                if e == .string { args.append(c[i]); continue }
                args.append(try c.coerce(i, to: .array(element: .string, containsNull: true)))
            } else {
                args.append(try c.string(i))
            }
        }
        return c.make(args, .string, nullable: c[0].nullable, nullIntolerant: false) { v in
            guard case .string(let sep) = v[0] else { return .null }
            var parts: [String] = []
            for a in v.dropFirst() {
                switch a {
                case .string(let s): parts.append(s)
                case .array(let items): parts += items.compactMap(\.stringValue)
                default: break
                }
            }
            return .string(parts.joined(separator: sep))
        }
    }
    + scalar("substring", "substr") { c, _ throws(SparkError) in
        try c.arity(2...3)
        let length: Expression = c.count == 3 ? try c.int(2) : .literal(.int(Int64(Int32.max)), .int)
        var full = c
        full.args = Array(c.args.prefix(2)) + [c.count == 3 ? c[2] : length]
        return full.make([try c.string(0), try c.int(1), length], .string) { v in
            .string(substringSQL(text(v[0]), Int(v[1].int64Value ?? 0), Int(v[2].int64Value ?? 0)))
        }
    }
    + scalar("left") { c, _ throws(SparkError) in
        try c.arity(2)
        // Spark's left and right are substring calls, and explain shows them so.
        return c.make([try c.string(0), try c.int(1)], .string, explainFormat: { "substring(\($0[0]), 1, \($0[1]))" }) { v in
            .string(substringSQL(text(v[0]), 1, Int(v[1].int64Value ?? 0)))
        }
    }
    + scalar("right") { c, _ throws(SparkError) in
        try c.arity(2)
        let fromEnd: @Sendable (String) -> String = { n in Int(n).map { String(-$0) } ?? "(- \(n))" }
        return c.make([try c.string(0), try c.int(1)], .string, nullable: true,
                      explainFormat: { Expression.ifText("isnull(\($0[0]))", "null", "substring(\($0[0]), \(fromEnd($0[1])), 2147483647)") }) { v in
            let n = Int(v[1].int64Value ?? 0)
            return .string(n <= 0 ? "" : substringSQL(text(v[0]), -n, Int(Int32.max)))
        }
    }
    + scalar("lpad", "rpad") { c, _ throws(SparkError) in
        try c.arity(2...3)
        let padding: Expression = c.count == 3 ? try c.string(2) : .literal(.string(" "), .string)
        var full = c
        full.args = Array(c.args.prefix(2)) + [c.count == 3 ? c[2] : padding]
        let left = c.name == "lpad"
        let name = c.name
        return full.make([try c.string(0), try c.int(1), padding], .string) { v in
            let length = Int(v[1].int64Value ?? 0)
            try checkResultLength(length, name)
            return .string(pad(text(v[0]), length, text(v[2]), left: left))
        }
    }
    + scalar("repeat") { c, _ throws(SparkError) in
        try c.arity(2)
        return c.make([try c.string(0), try c.int(1)], .string) { v in
            let n = Int(v[1].int64Value ?? 0)
            let s = text(v[0])
            if n > 0 { try checkResultLength(n.multipliedReportingOverflow(by: max(1, s.utf8.count)).partialValue, "repeat") }
            return .string(n <= 0 ? "" : String(repeating: s, count: n))
        }
    }
    + scalar("space") { c, _ throws(SparkError) in
        try c.arity(1)
        return c.make([try c.int(0)], .string) { v in
            let n = max(0, Int(v[0].int64Value ?? 0))
            try checkResultLength(n, "space")
            return .string(String(repeating: " ", count: n))
        }
    }
    + scalar("reverse") { c, _ throws(SparkError) in
        try c.arity(1)
        if case .array = c[0].dataType {
            return c.make([c[0]], c[0].dataType) { v in
                if case .array(let items) = v[0] { return .array(items.reversed()) }
                return .null
            }
        }
        return c.make([try c.string(0)], .string) { v in
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: text(v[0]).unicodeScalars.reversed())
            return .string(String(scalars))
        }
    }
    + scalar("initcap") { c, _ throws(SparkError) in
        try c.arity(1)
        return c.make([try c.string(0)], .string) { v in .string(initcap(text(v[0]))) }
    }
    + scalar("instr") { c, _ throws(SparkError) in
        try c.arity(2)
        return c.make([try c.string(0), try c.string(1)], .int) { v in
            .int(Int64(indexOf(text(v[0]), text(v[1]), from: 0) + 1))
        }
    }
    + scalar("locate", "position") { c, _ throws(SparkError) in
        try c.arity(2...3)
        let start: Expression = c.count == 3 ? try c.int(2) : .literal(.int(1), .int)
        var full = c
        full.args = Array(c.args.prefix(2)) + [c.count == 3 ? c[2] : start]
        return full.make([try c.string(0), try c.string(1), start], .int, nullIntolerant: false) { v in
            guard case .string(let sub) = v[0], case .string(let s) = v[1] else { return .null }
            guard case .int(let pos) = v[2], pos >= 1 else { return .int(0) }
            // Spark's UTF8String.indexOf finds an empty string at 0 whatever the start.
            if sub.isEmpty { return .int(1) }
            return .int(Int64(indexOf(s, sub, from: Int(pos) - 1) + 1))
        }
    }
    + scalar("replace") { c, _ throws(SparkError) in
        try c.arity(2...3)
        let replacement: Expression = c.count == 3 ? try c.string(2) : .literal(.string(""), .string)
        var full = c
        full.args = Array(c.args.prefix(2)) + [c.count == 3 ? c[2] : replacement]
        return full.make([try c.string(0), try c.string(1), replacement], .string) { v in
            let search = text(v[1])
            if search.isEmpty { return v[0] }
            return .string(text(v[0]).replacingOccurrences(of: search, with: text(v[2]), options: .literal))
        }
    }
    + scalar("translate") { c, _ throws(SparkError) in
        try c.arity(3)
        return c.make([try c.string(0), try c.string(1), try c.string(2)], .string) { v in
            .string(translate(text(v[0]), text(v[1]), text(v[2])))
        }
    }
    + scalar("substring_index") { c, _ throws(SparkError) in
        try c.arity(3)
        return c.make([try c.string(0), try c.string(1), try c.int(2)], .string) { v in
            .string(substringIndex(text(v[0]), text(v[1]), Int(v[2].int64Value ?? 0)))
        }
    }
    + scalar("split_part") { c, _ throws(SparkError) in
        try c.arity(3)
        // Spark's split_part is element_at over its own split, and explain shows that.
        return c.make([try c.string(0), try c.string(1), try c.int(2)], .string, nullable: true,
                      explainFormat: { "element_at(stringsplitsql(\($0[0]), \($0[1])), \($0[2]), Some(), false)" }) { v in
            let index = Int(v[2].int64Value ?? 0)
            if index == 0 {
                throw SparkError("INVALID_INDEX_OF_ZERO", "The index 0 is invalid. An index shall be either < 0 or > 0 (the first element has index 1).", sqlState: "22003")
            }
            let s = text(v[0]), delimiter = text(v[1])
            let parts = delimiter.isEmpty ? [s] : s.components(separatedBy: delimiter)
            let position = index > 0 ? index - 1 : parts.count + index
            return .string(position >= 0 && position < parts.count ? parts[position] : "")
        }
    }
    + scalar("find_in_set") { c, _ throws(SparkError) in
        try c.arity(2)
        return c.make([try c.string(0), try c.string(1)], .int) { v in
            let needle = text(v[0])
            if needle.contains(",") { return .int(0) }
            let items = text(v[1]).split(separator: ",", omittingEmptySubsequences: false)
            return .int(Int64((items.firstIndex { $0 == needle } ?? -1) + 1))
        }
    }
    + scalar("startswith", "endswith", "contains") { c, _ throws(SparkError) in
        try c.arity(2)
        let name = c.name
        // Explain shows Spark's class names: StartsWith(name#1, A).
        let className = ["startswith": "StartsWith", "endswith": "EndsWith", "contains": "Contains"][name] ?? name
        return c.make([try c.string(0), try c.string(1)], .boolean, explainFormat: { "\(className)(\($0.joined(separator: ", ")))" }) { v in
            let s = text(v[0]), part = text(v[1])
            switch name {
            case "startswith": return .bool(part.isEmpty || s.utf8.starts(with: part.utf8))
            case "endswith": return .bool(part.isEmpty || s.utf8.reversed().starts(with: part.utf8.reversed()))
            default: return .bool(part.isEmpty || s.range(of: part, options: .literal) != nil)
            }
        }
    }
    + scalar("ascii") { c, _ throws(SparkError) in
        try c.arity(1)
        return c.make([try c.string(0)], .int) { v in .int(Int64(text(v[0]).unicodeScalars.first?.value ?? 0)) }
    }
    + scalar("chr", "char") { c, _ throws(SparkError) in
        try c.arity(1)
        return c.make([try c.coerce(0, to: .long)], .string) { v in
            let n = v[0].int64Value ?? 0
            if n < 0 { return .string("") }
            return .string(String(Character(Unicode.Scalar(UInt8(n & 0xFF)))))
        }
    }
    + scalar("base64") { c, _ throws(SparkError) in
        try c.arity(1)
        return c.make([try c.coerce(0, to: .binary)], .string) { v in
            // Java's MIME encoder, as Spark uses it: lines of 76 characters joined by CRLF.
            if case .binary(let b) = v[0] { return .string(Data(b).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])) }
            return .null
        }
    }
    + scalar("unbase64") { c, _ throws(SparkError) in
        try c.arity(1)
        return c.make([try c.string(0)], .binary) { v in
            .binary(try MimeBase64.decode(text(v[0])))
        }
    }
    + scalar("levenshtein") { c, _ throws(SparkError) in
        try c.arity(2...3)
        var args = [try c.string(0), try c.string(1)]
        if c.count == 3 { args.append(try c.int(2)) }
        return c.make(args, .int) { v in
            let d = levenshtein(text(v[0]), text(v[1]))
            if v.count == 3, let threshold = v[2].int64Value, d > threshold { return .int(-1) }
            return .int(Int64(d))
        }
    }
    + scalar("quote") { c, _ throws(SparkError) in
        // The text between single quotes, a backslash before each quote and backslash: `'It\'s'`.
        try c.arity(1)
        return c.make([try c.string(0)], .string) { v in
            let escaped = text(v[0]).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
            return .string("'" + escaped + "'")
        }
    }
    + scalar("luhn_check") { c, _ throws(SparkError) in
        // The Luhn checksum of a string of digits; anything else (or nothing) is false.
        try c.arity(1)
        return c.make([try c.string(0)], .boolean) { v in
            let digits = text(v[0]).unicodeScalars
            guard !digits.isEmpty else { return .bool(false) }
            var sum = 0, second = false
            for ch in digits.reversed() {
                guard let digit = ch.properties.numericType == .decimal ? ch.properties.numericValue.map({ Int($0) }) : nil else {
                    return .bool(false)
                }
                let doubled = second ? digit * 2 : digit
                sum += doubled % 10 + doubled / 10
                second.toggle()
            }
            return .bool(sum % 10 == 0)
        }
    }
    + scalar("soundex") { c, _ throws(SparkError) in
        try c.arity(1)
        return c.make([try c.string(0)], .string) { v in .string(soundex(text(v[0]))) }
    }
    + scalar("overlay") { c, _ throws(SparkError) in
        try c.arity(3...4)
        let length: Expression = c.count == 4 ? try c.int(3) : .literal(.int(-1), .int)
        var full = c
        full.args = Array(c.args.prefix(3)) + [c.count == 4 ? c[3] : length]
        return full.make([try c.string(0), try c.string(1), try c.int(2), length], .string) { v in
            let input = Array(text(v[0]).unicodeScalars), replacement = text(v[1])
            let pos = Int(v[2].int64Value ?? 1)
            var len = Int(v[3].int64Value ?? -1)
            if len < 0 { len = replacement.unicodeScalars.count }
            let head = string(input.prefix(max(0, min(input.count, pos - 1))))
            let tailStart = max(0, pos - 1 + len)
            let tail = tailStart < input.count ? string(input[tailStart...]) : ""
            return .string(head + replacement + tail)
        }
    }
    + scalar("mask") { c, _ throws(SparkError) in
        try c.arity(1...5)
        // Spark prints the default replacements in the name: `mask(s, X, x, n, NULL)`.
        let defaults: [Expression] = [.literal(.string("X"), .string), .literal(.string("x"), .string),
                                      .literal(.string("n"), .string), .literal(.null, .string)]
        var full = c
        full.args = [c[0]] + (1..<5).map { i in i < c.count ? c[i] : defaults[i - 1] }
        var args = [try full.string(0)]
        for i in 1..<5 {
            let value = full.literal(i)
            guard let value, value.isNull || text(value).unicodeScalars.count == 1 else {
                throw SparkError("DATATYPE_MISMATCH.INPUT_SIZE_NOT_ONE", "Cannot resolve \"\(full.sqlExpr)\" due to data type mismatch: Length of `\(["upperChar", "lowerChar", "digitChar", "otherChar"][i - 1])` should be 1.")
            }
            args.append(try full.string(i))
        }
        return full.make(args, .string, nullIntolerant: false) { v in
            guard !v[0].isNull else { return .null }
            let replacements = v.dropFirst().map { $0.isNull ? nil : text($0).unicodeScalars.first }
            var out = String.UnicodeScalarView()
            for ch in text(v[0]).unicodeScalars {
                // By Unicode category, as Java's Character.getType: `É` is upper case, `é` lower case.
                let replacement: Unicode.Scalar?? = switch ch.properties.generalCategory {
                case .uppercaseLetter: replacements[0]
                case .lowercaseLetter: replacements[1]
                case .decimalNumber: replacements[2]
                default: replacements[3]
                }
                out.append((replacement ?? nil) ?? ch)
            }
            return .string(String(out))
        }
    }
    + scalar("elt") { c, context throws(SparkError) in
        try c.arity(atLeast: 2)
        var args = [try c.int(0)]
        for i in 1..<c.count { args.append(try c.string(i)) }
        let tolerant = !context.ansi
        return c.make(args, .string, nullable: true, nullIntolerant: false) { v in
            guard case .int(let n) = v[0] else { return .null }
            let count = v.count - 1
            guard n >= 1, n <= count else {
                if tolerant { return .null }
                throw SparkError("INVALID_ARRAY_INDEX", "The index \(n) is out of bounds. The array has \(count) elements. Use the SQL function `get()` to tolerate accessing element at invalid index and return NULL instead.")
            }
            return v[Int(n)]
        }
    }
    + scalar("to_binary", "try_to_binary") { c, _ throws(SparkError) in
        // to_binary(str[, fmt]): fmt is hex (the default), utf-8 / utf8, or base64, case-insensitively.
        try c.arity(1...2)
        let format: String
        if c.count == 2 {
            guard case .string(let f)? = c.literal(1) else { throw c.unexpectedType(1, required: "\"STRING\" (a constant format)") }
            format = f.lowercased()
        } else {
            format = "hex"
        }
        guard ["hex", "utf-8", "utf8", "base64"].contains(format) else {
            throw SparkError("INVALID_PARAMETER_VALUE.BINARY_FORMAT", "The value of parameter(s) `format` in `\(c.name)` is invalid: expects one of binary formats 'base64', 'hex', 'utf-8', but got '\(format)'.", sqlState: "22023")
        }
        let tolerant = c.name == "try_to_binary"
        let name = c.name
        let args = c.count == 2 ? [try c.string(0), c[1]] : [try c.string(0)]
        return c.make(args, .binary, nullable: true) { v in
            let s = text(v[0])
            let bytes: [UInt8]? = switch format {
            case "hex": unhex(s)
            case "base64": Data(base64Encoded: s, options: .ignoreUnknownCharacters).map { Array($0) }
            default: Array(s.utf8)
            }
            if let bytes { return .binary(bytes) }
            if tolerant { return .null }
            throw SparkError("CONVERSION_INVALID_INPUT", "The value '\(s)' (\"STRING\") cannot be converted to \"BINARY\" because it is malformed. Correct the value as per the syntax, or change its format. Use `try_\(name)` to tolerate malformed input and return NULL instead.", sqlState: "22018")
        }
    }
    + scalar("encode") { c, _ throws(SparkError) in
        try c.arity(2)
        let name = c.name
        return c.make([try c.string(0), try c.string(1)], .binary) { v in
            guard case .string(let s) = v[0], case .string(let charset) = v[1] else { return .null }
            return .binary(try Charset.named(charset, function: name).encode(s, function: name))
        }
    }
    + scalar("decode") { c, _ throws(SparkError) in
        try c.arity(atLeast: 2)
        if c.count == 2 {
            // decode(binary, charset)
            let name = c.name
            return c.make([try c.coerce(0, to: .binary), try c.string(1)], .string) { v in
                guard case .binary(let b) = v[0], case .string(let charset) = v[1] else { return .null }
                return .string(try Charset.named(charset, function: name).decode(b, function: name))
            }
        }
        // decode(expr, search, result [, search, result]... [, default]): null-safe equality, like CASE.
        let searches = stride(from: 1, to: c.count - 1, by: 2).map { c[$0] }
        let results = stride(from: 2, to: c.count, by: 2).map { c[$0] } + (c.count % 2 == 0 ? [c[c.count - 1]] : [])
        let (keys, _) = try FunctionCall(name: c.name, args: [c[0]] + searches, ansi: c.ansi).commonType(bracketed: true)
        let (values, type) = try FunctionCall(name: c.name, args: results, ansi: c.ansi).commonType(bracketed: true)
        let pairs = searches.count
        let hasDefault = c.count % 2 == 0
        let keyCount = keys.count
        // Show the arguments in the order they were written.
        let display = (0..<c.count).map { i -> Int in
            if i == 0 { return 0 }
            if hasDefault && i == c.count - 1 { return keyCount + pairs }
            return i % 2 == 1 ? (i + 1) / 2 : keyCount + i / 2 - 1
        }
        return call(c.name, keys + values, type, nullable: true, nullIntolerant: false, display: display) { v in
            for i in 0..<pairs {
                let key = v[1 + i]
                if (v[0].isNull && key.isNull) || (!v[0].isNull && !key.isNull && ValueOrdering.compare(v[0], key) == 0) {
                    return v[keyCount + i]
                }
            }
            return hasDefault ? v[keyCount + pairs] : .null
        }
    }
    + scalar("format_number") { c, _ throws(SparkError) in
        try c.arity(2)
        let x = try c.numeric(0)
        let format = c[1].dataType == .string ? c[1] : try c.int(1)
        let type = x.dataType
        return c.make([x, format], .string, nullable: true) { v in
            formatNumber(v[0], type, v[1])
        }
    }
    + scalar("format_string", "printf") { c, _ throws(SparkError) in
        try c.arity(atLeast: 1)
        var args = [try c.string(0)]
        args += c.args.dropFirst()
        // Spark hands the formatter its internal values: a DATE is its day number, a TIMESTAMP its microseconds.
        let types = args.map { t -> DataType in
            switch t.dataType {
            case .date: .int
            case .timestamp: .long
            default: t.dataType
            }
        }
        return c.make(args, .string, nullable: c[0].nullable, nullIntolerant: false) { v in
            guard case .string(let format) = v[0] else { return .null }
            let values = v.dropFirst().map { value -> Value in
                switch value {
                case .date(let days): .int(Int64(days))
                case .timestamp(let micros): .int(micros)
                default: value
                }
            }
            return .string(try JavaFormatter.format(format, values, Array(types.dropFirst())))
        }
    }

// MARK: - Helpers shared by the string functions

/// The text of a string value (arguments are coerced to string, so other cases are only defensive).
func text(_ v: Value) -> String {
    if case .string(let s) = v { return s }
    return Cast.castToString(v, .string)
}

enum TrimSide { case leading, trailing, both }

func trim(_ s: String, _ chars: String, _ side: TrimSide) -> String {
    let set = Set(chars.unicodeScalars)
    let scalars = Array(s.unicodeScalars)
    var start = 0, end = scalars.count
    if side != .trailing { while start < end && set.contains(scalars[start]) { start += 1 } }
    if side != .leading { while end > start && set.contains(scalars[end - 1]) { end -= 1 } }
    return string(scalars[start..<end])
}

func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
}

/// Spark's `UTF8String.substringSQL`: 1-based, negative positions count from the end, position 0 acts as 1.
func substringSQL(_ s: String, _ pos: Int, _ length: Int) -> String {
    let scalars = Array(s.unicodeScalars)
    let n = scalars.count
    var start = pos > 0 ? pos - 1 : (pos < 0 ? n + pos : 0)
    let end = min(max(start + length, Int(Int32.min)), Int(Int32.max))
    start = max(start, 0)
    if start >= end || start >= n { return "" }
    return string(scalars[start..<min(end, n)])
}

func pad(_ s: String, _ length: Int, _ padding: String, left: Bool) -> String {
    let scalars = Array(s.unicodeScalars)
    let padScalars = Array(padding.unicodeScalars)
    if length <= 0 { return "" }
    let missing = length - scalars.count
    if missing <= 0 || padScalars.isEmpty { return string(scalars.prefix(length)) }
    var fill: [Unicode.Scalar] = []
    fill.reserveCapacity(missing)
    while fill.count < missing { fill.append(padScalars[fill.count % padScalars.count]) }
    return left ? string(fill + scalars) : string(scalars + fill)
}

/// Spark's `initcap`: lower case, then the first letter of each space-separated word in upper case.
/// Spark's `initcap`: the lower-cased text with each code point after a space (or at the start) in title case,
/// the full mapping (`ǆ` becomes `ǅ`, `ß` becomes `Ss`).
func initcap(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    var atWordStart = true
    for u in javaLowercased(s).unicodeScalars {
        if atWordStart { out.append(contentsOf: u.properties.titlecaseMapping.unicodeScalars) } else { out.append(u) }
        atWordStart = u == " "
    }
    return String(out)
}

/// Java's `String.toLowerCase`: the full lower-case mapping, with a capital sigma that ends a word (a cased
/// letter before it, none after it) written as the final form `ς`.
func javaLowercased(_ s: String) -> String {
    let sigma: Unicode.Scalar = "\u{03A3}"
    guard s.unicodeScalars.contains(sigma) else { return s.lowercased() }
    let scalars = Array(s.unicodeScalars)
    func casedNeighbour(from i: Int, step: Int) -> Bool {
        var j = i + step
        while j >= 0, j < scalars.count {
            let p = scalars[j].properties
            if !p.isCaseIgnorable { return p.isCased }
            j += step
        }
        return false
    }
    var out = String.UnicodeScalarView()
    for (i, u) in scalars.enumerated() {
        if u == sigma, casedNeighbour(from: i, step: -1), !casedNeighbour(from: i, step: 1) {
            out.append("\u{03C2}")
        } else {
            out.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
        }
    }
    return String(out)
}

/// Code-point index of `sub` in `s` at or after `from`, or -1.
func indexOf(_ s: String, _ sub: String, from: Int) -> Int {
    let hay = Array(s.unicodeScalars), needle = Array(sub.unicodeScalars)
    if from > hay.count { return -1 }
    if needle.isEmpty { return from }
    if needle.count > hay.count { return -1 }
    var i = max(0, from)
    while i + needle.count <= hay.count {
        if hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle { return i }
        i += 1
    }
    return -1
}

func translate(_ s: String, _ from: String, _ to: String) -> String {
    let source = Array(from.unicodeScalars), target = Array(to.unicodeScalars)
    var map: [Unicode.Scalar: Unicode.Scalar?] = [:]
    for (i, ch) in source.enumerated() where map[ch] == nil {
        map[ch] = i < target.count ? target[i] : Optional<Unicode.Scalar>.none
    }
    var out: [Unicode.Scalar] = []
    for ch in s.unicodeScalars {
        if let mapped = map[ch] {
            if let m = mapped { out.append(m) }
        } else {
            out.append(ch)
        }
    }
    return string(out)
}

/// Spark's `substring_index`: text before the count-th delimiter (from the end when negative).
func substringIndex(_ s: String, _ delimiter: String, _ count: Int) -> String {
    if count == 0 || delimiter.isEmpty { return "" }
    let parts = s.components(separatedBy: delimiter)
    if count > 0 {
        return parts.prefix(count).joined(separator: delimiter)
    }
    return parts.suffix(-count).joined(separator: delimiter)
}

func levenshtein(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
        current[0] = i
        for j in 1...y.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[y.count]
}

/// American Soundex as Spark computes it; text not starting with a letter is returned unchanged.
func soundex(_ s: String) -> String {
    let upper = Array(s.uppercased().unicodeScalars)
    guard let first = upper.first, first.value >= 65, first.value <= 90 else { return s }
    // Codes for A...Z; 0 = vowel-like (separates), 7 = H/W (does not separate).
    let codes: [Character] = Array("01230127022455012623017202")
    var out = String(Character(first))
    var last = codes[Int(first.value - 65)]
    for ch in upper.dropFirst() {
        guard ch.value >= 65, ch.value <= 90 else { last = "0"; continue }
        let code = codes[Int(ch.value - 65)]
        if code == "7" { continue }
        if code != "0" && code != last { out.append(code) }
        last = code
        if out.count == 4 { break }
    }
    while out.count < 4 { out.append("0") }
    return out
}

/// Spark's `format_number`: HALF_EVEN rounding with grouping, to `d` decimals or a DecimalFormat pattern.
func formatNumber(_ v: Value, _ type: DataType, _ format: Value) -> Value {
    var decimals: Int, minFraction: Int, grouping = 3, useGrouping = true
    switch format {
    case .int(let d):
        if d < 0 { return .null }
        decimals = Int(min(d, 1000))
        minFraction = decimals
    case .string(let pattern):
        if pattern.isEmpty {
            decimals = 0; minFraction = 0
        } else {
            let parts = pattern.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let integerPart = parts[0]
            let fractionPart = parts.count > 1 ? parts[1] : ""
            decimals = fractionPart.filter { $0 == "#" || $0 == "0" }.count
            minFraction = fractionPart.filter { $0 == "0" }.count
            if let comma = integerPart.lastIndex(of: ",") {
                grouping = integerPart[integerPart.index(after: comma)...].count
            } else {
                useGrouping = false
            }
        }
    default:
        return .null
    }
    var digits: String
    switch v {
    case .double(let d):
        if d.isNaN { return .string("NaN") }
        if d.isInfinite { return .string(d < 0 ? "-∞" : "∞") }
        digits = String(format: "%.\(decimals)f", d)
    case .int(let i):
        digits = String(i) + (decimals > 0 ? "." + String(repeating: "0", count: decimals) : "")
    case .decimal(let u, let s):
        let target = min(decimals, 38)
        if target >= s {
            let (widened, overflow) = u.multipliedReportingOverflow(by: Decimal128.pow10(target - s))
            if overflow { return .null }
            digits = Decimal128.format(widened, scale: target)
        } else {
            digits = Decimal128.format(roundHalfEven(u, scale: s, to: target), scale: target)
        }
    default:
        return .null
    }
    // Java's DecimalFormat keeps the sign of a negative value that rounds to zero: -0.5 → "-0".
    var negative = false
    if case .decimal(let u, _) = v, u < 0 { negative = true }
    if case .int(let i) = v, i < 0 { negative = true }
    if digits.hasPrefix("-") { negative = true; digits.removeFirst() }
    let split = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    var integer = String(split[0])
    var fraction = split.count > 1 ? String(split[1]) : ""
    while fraction.count > minFraction && fraction.hasSuffix("0") { fraction.removeLast() }
    if useGrouping && grouping > 0 {
        var grouped = ""
        for (i, ch) in integer.reversed().enumerated() {
            if i > 0 && i % grouping == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        integer = String(grouped.reversed())
    }
    return .string((negative ? "-" : "") + integer + (fraction.isEmpty ? "" : "." + fraction))
}

/// Rounds an unscaled decimal to `to` fractional digits, HALF_EVEN; the result has scale `to`.
func roundHalfEven(_ u: Int128, scale: Int, to newScale: Int) -> Int128 {
    if newScale >= scale { return Decimal128.rescale(u, from: scale, to: newScale) ?? u }
    let divisor = Decimal128.pow10(scale - newScale)
    var q = u / divisor
    let r = u % divisor
    let twice = r.magnitude * 2
    if twice > divisor.magnitude || (twice == divisor.magnitude && q % 2 != 0) {
        q += u < 0 ? -1 : 1
    }
    return q
}
