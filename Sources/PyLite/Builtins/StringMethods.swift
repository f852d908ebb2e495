import Foundation

/// Methods of `str`, comparing and indexing by Unicode scalar as Python does.
extension PyInterpreter {
    private func stringArgument(_ value: PyValue?, _ method: String, _ position: String = "argument") throws -> String? {
        guard let value, !value.isNone else { return nil }
        guard case .str(let s) = value else {
            throw PyException.typeError("\(method)() \(position) must be str or None, not \(typeOf(value).name)")
        }
        return s
    }

    private func requireString(_ value: PyValue?, _ message: String) throws -> String {
        guard case .str(let s)? = value else {
            throw PyException.typeError(message + ", not \(typeOf(value ?? PyValue.none).name)")
        }
        return s
    }

    static func isPythonWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default: return false
        }
    }

    private func strip(_ s: String, _ chars: String?, left: Bool, right: Bool) -> String {
        var scalars = Array(s.unicodeScalars)
        let set = chars.map { Set($0.unicodeScalars) }
        func strippable(_ c: Unicode.Scalar) -> Bool { set?.contains(c) ?? PyInterpreter.isPythonWhitespace(c) }
        if right { while let last = scalars.last, strippable(last) { scalars.removeLast() } }
        var start = 0
        if left { while start < scalars.count, strippable(scalars[start]) { start += 1 } }
        return String(String.UnicodeScalarView(scalars[start...]))
    }

    private func splitWhitespace(_ s: String, maxSplit: Int, fromRight: Bool) -> [PyValue] {
        var scalars = Array(s.unicodeScalars)
        if fromRight { scalars.reverse() }
        var parts: [String] = []
        var i = 0
        var splits = 0
        while i < scalars.count {
            while i < scalars.count, PyInterpreter.isPythonWhitespace(scalars[i]) { i += 1 }
            if i >= scalars.count { break }
            if maxSplit >= 0 && splits >= maxSplit {
                var rest = Array(scalars[i...])
                if fromRight { rest.reverse() }
                var text = String(String.UnicodeScalarView(rest))
                text = fromRight ? strip(text, nil, left: true, right: false) : strip(text, nil, left: false, right: true)
                parts.append(text)
                break
            }
            let start = i
            while i < scalars.count, !PyInterpreter.isPythonWhitespace(scalars[i]) { i += 1 }
            var word = Array(scalars[start..<i])
            if fromRight { word.reverse() }
            parts.append(String(String.UnicodeScalarView(word)))
            splits += 1
        }
        if fromRight { parts.reverse() }
        return parts.map { .str($0) }
    }

    private func splitSeparator(_ s: String, _ separator: String, maxSplit: Int, fromRight: Bool) throws -> [PyValue] {
        if separator.isEmpty { throw PyException.valueError("empty separator") }
        let h = Array(s.unicodeScalars)
        let n = Array(separator.unicodeScalars)
        var pieces: [String] = []
        if !fromRight {
            var start = 0
            var splits = 0
            while maxSplit < 0 || splits < maxSplit, let found = PyInterpreter.scalarFind(h, n, from: start) {
                pieces.append(String(String.UnicodeScalarView(h[start..<found])))
                start = found + n.count
                splits += 1
            }
            pieces.append(String(String.UnicodeScalarView(h[start...])))
        } else {
            var end = h.count
            var splits = 0
            var results: [String] = []
            while maxSplit < 0 || splits < maxSplit {
                guard let found = PyInterpreter.scalarRFind(h, n, end: end) else { break }
                results.append(String(String.UnicodeScalarView(h[(found + n.count)..<end])))
                end = found
                splits += 1
            }
            results.append(String(String.UnicodeScalarView(h[0..<end])))
            pieces = results.reversed()
        }
        try checkLength(pieces.count)
        return pieces.map { .str($0) }
    }

    static func scalarRFind(_ h: [Unicode.Scalar], _ n: [Unicode.Scalar], start: Int = 0, end: Int) -> Int? {
        var i = min(end, h.count) - n.count
        while i >= start {
            if Array(h[i..<(i + n.count)]) == n { return i }
            i -= 1
        }
        return nil
    }

    /// Resolves optional start/end arguments of find/count/startswith into scalar bounds.
    private func bounds(_ start: PyValue?, _ end: PyValue?, _ count: Int) throws -> (Int, Int) {
        func adjust(_ value: PyValue?, _ fallback: Int) throws -> Int {
            guard let value, !value.isNone else { return fallback }
            let i = try indexValue(value)
            return i < 0 ? max(0, i + count) : min(i, count)
        }
        return (try adjust(start, 0), try adjust(end, count))
    }

    func stringMethod(_ s: String, _ name: String, _ args: PyArguments) throws -> PyValue? {
        switch name {
        case "upper": try args.expectNone("upper"); return .str(s.uppercased())
        case "lower": try args.expectNone("lower"); return .str(CaseMapping.lower(s))
        case "casefold": try args.expectNone("casefold"); return .str(CaseMapping.casefold(s))
        case "swapcase":
            return .str(String(s.map { $0.isUppercase ? Character($0.lowercased()) : $0.isLowercase ? Character($0.uppercased()) : $0 }))
        case "strip", "lstrip", "rstrip":
            let bound = try args.bind(name, ["chars="])
            let chars = try stringArgument(bound["chars"], name)
            return .str(strip(s, chars, left: name != "rstrip", right: name != "lstrip"))
        case "split", "rsplit":
            let bound = try args.bind(name, ["sep=", "maxsplit="])
            let maxSplit = bound["maxsplit"]?.asInt ?? -1
            if let separator = try stringArgument(bound["sep"], name) {
                return .list(PyList(try splitSeparator(s, separator, maxSplit: maxSplit, fromRight: name == "rsplit")))
            }
            return .list(PyList(splitWhitespace(s, maxSplit: maxSplit, fromRight: name == "rsplit")))
        case "splitlines":
            let bound = try args.bind("splitlines", ["keepends="])
            let keep = try bound["keepends"].map { try isTruthy($0) } ?? false
            var lines: [PyValue] = []
            var current = String.UnicodeScalarView()
            let scalars = Array(s.unicodeScalars)
            var i = 0
            while i < scalars.count {
                let c = scalars[i]
                let isBreak = [0x0A, 0x0D, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029].contains(c.value)
                if isBreak {
                    var ending = String.UnicodeScalarView([c])
                    if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" {
                        ending.append("\n")
                        i += 1
                    }
                    if keep { current.append(contentsOf: ending) }
                    lines.append(.str(String(current)))
                    current = String.UnicodeScalarView()
                } else {
                    current.append(c)
                }
                i += 1
            }
            if !current.isEmpty { lines.append(.str(String(current))) }
            return .list(PyList(lines))
        case "join":
            let bound = try args.bind("join", ["iterable"])
            var pieces: [String] = []
            var total = 0
            let separatorLength = s.unicodeScalars.count
            try iterate(bound["iterable"] ?? PyValue.none) { item in
                guard case .str(let piece) = item else {
                    throw PyException.typeError("sequence item \(pieces.count): expected str instance, \(self.typeOf(item).name) found")
                }
                total += piece.unicodeScalars.count + separatorLength
                if total > self.limits.maxCollectionLength { try self.checkLength(total) }
                pieces.append(piece)
                return true
            }
            return .str(pieces.joined(separator: s))
        case "replace":
            let bound = try args.bind("replace", ["old", "new", "count="])
            let old = try requireString(bound["old"], "replace() argument 1 must be str")
            let new = try requireString(bound["new"], "replace() argument 2 must be str")
            let count = bound["count"]?.asInt ?? -1
            return .str(try replace(s, old, new, count))
        case "startswith", "endswith":
            let bound = try args.bind(name, ["prefix", "start=", "end="])
            let scalars = Array(s.unicodeScalars)
            let (start, end) = try bounds(bound["start"], bound["end"], scalars.count)
            let candidates: [PyValue]
            switch bound["prefix"] {
            case .tuple(let items)?: candidates = items
            case .str(let p)?: candidates = [.str(p)]
            default:
                throw PyException.typeError("\(name) first arg must be str or a tuple of str, not \(typeOf(bound["prefix"] ?? PyValue.none).name)")
            }
            if start > end { return .bool(false) }
            let window = Array(scalars[start..<end])
            for candidate in candidates {
                guard case .str(let p) = candidate else {
                    throw PyException.typeError("tuple for \(name) must only contain str, not \(typeOf(candidate).name)")
                }
                let ps = Array(p.unicodeScalars)
                if ps.count <= window.count {
                    if name == "startswith" ? Array(window.prefix(ps.count)) == ps : Array(window.suffix(ps.count)) == ps {
                        return .bool(true)
                    }
                }
            }
            return .bool(false)
        case "find", "rfind", "index", "rindex", "count":
            let bound = try args.bind(name, ["sub", "start=", "end="])
            let sub = try requireString(bound["sub"], "must be str")
            let h = Array(s.unicodeScalars)
            let n = Array(sub.unicodeScalars)
            let (start, end) = try bounds(bound["start"], bound["end"], h.count)
            if name == "count" {
                if start > end { return .int(0) }
                if n.isEmpty { return .int(end - start + 1) }
                var count = 0
                var i = start
                while let found = PyInterpreter.scalarFind(h, n, from: i, end: end) {
                    count += 1
                    i = found + n.count
                }
                return .int(count)
            }
            var found: Int?
            let requestedStart = try bound["start"].flatMap { $0.isNone ? nil : try indexValue($0) } ?? 0
            if start <= end && requestedStart <= h.count {
                found = name.hasPrefix("r") ? PyInterpreter.scalarRFind(h, n, start: start, end: end)
                    : PyInterpreter.scalarFind(h, n, from: start, end: end)
            }
            if let found { return .int(found) }
            if name.hasSuffix("index") { throw PyException.valueError("substring not found") }
            return .int(-1)
        case "format":
            return .str(try strFormat(s, args))
        case "format_map":
            let bound = try args.bind("format_map", ["mapping"])
            let pairs = try mappingPairs(bound["mapping"] ?? PyValue.none)
            let keyword = pairs.compactMap { pair -> (name: String, value: PyValue)? in
                guard case .str(let k) = pair.0 else { return nil }
                return (k, pair.1)
            }
            return .str(try strFormat(s, PyArguments(positional: [], keyword: keyword, interpreter: self)))
        case "isdigit", "isdecimal", "isnumeric":
            try args.expectNone(name)
            return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy {
                name == "isnumeric" ? $0.properties.numericType != nil
                    : name == "isdigit" ? ($0.properties.numericType == .decimal || $0.properties.numericType == .digit)
                    : $0.properties.numericType == .decimal
            })
        case "isalpha":
            try args.expectNone(name)
            return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic && $0.properties.numericType == nil })
        case "isalnum":
            try args.expectNone(name)
            return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        case "isspace":
            try args.expectNone(name)
            return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy(PyInterpreter.isPythonWhitespace))
        case "isascii":
            return .bool(s.unicodeScalars.allSatisfy { $0.isASCII })
        case "isprintable":
            return .bool(s.unicodeScalars.allSatisfy(PyInterpreter.isPrintable))
        case "isupper", "islower":
            try args.expectNone(name)
            let cased = s.filter { $0.isUppercase || $0.isLowercase }
            if cased.isEmpty { return .bool(false) }
            return .bool(name == "isupper" ? !cased.contains(where: { $0.isLowercase }) : !cased.contains(where: { $0.isUppercase }))
        case "istitle":
            return .bool(s == titleCase(s) && s.contains(where: { $0.isUppercase }))
        case "isidentifier":
            guard let first = s.unicodeScalars.first else { return .bool(false) }
            return .bool((first == "_" || first.properties.isXIDStart) && s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue })
        case "title":
            try args.expectNone(name)
            return .str(titleCase(s))
        case "capitalize":
            try args.expectNone(name)
            guard let first = s.first else { return .str("") }
            return .str(String(first).uppercased() + s.dropFirst().lowercased())
        case "zfill":
            let bound = try args.bind("zfill", ["width"])
            let width = try indexValue(bound["width"] ?? PyValue.none)
            let length = s.unicodeScalars.count
            if width <= length { return .str(s) }
            try checkLength(width)
            let padding = String(repeating: "0", count: width - length)
            if let first = s.first, first == "-" || first == "+" { return .str(String(first) + padding + s.dropFirst()) }
            return .str(padding + s)
        case "ljust", "rjust", "center":
            let bound = try args.bind(name, ["width", "fillchar="])
            let width = try indexValue(bound["width"] ?? PyValue.none)
            var fill = " "
            if let f = bound["fillchar"] {
                guard case .str(let c) = f, c.unicodeScalars.count == 1 else {
                    throw PyException.typeError("The fill character must be exactly one character long")
                }
                fill = c
            }
            let length = s.unicodeScalars.count
            if width <= length { return .str(s) }
            try checkLength(width)
            let padding = width - length
            switch name {
            case "ljust": return .str(s + String(repeating: fill, count: padding))
            case "rjust": return .str(String(repeating: fill, count: padding) + s)
            default:
                let left = padding / 2 + (padding & width & 1)
                return .str(String(repeating: fill, count: left) + s + String(repeating: fill, count: padding - left))
            }
        case "partition", "rpartition":
            let bound = try args.bind(name, ["sep"])
            let separator = try requireString(bound["sep"], "must be str")
            if separator.isEmpty { throw PyException.valueError("empty separator") }
            let h = Array(s.unicodeScalars)
            let n = Array(separator.unicodeScalars)
            let found = name == "partition" ? PyInterpreter.scalarFind(h, n) : PyInterpreter.scalarRFind(h, n, end: h.count)
            guard let index = found else {
                return name == "partition" ? .tuple([.str(s), .str(""), .str("")]) : .tuple([.str(""), .str(""), .str(s)])
            }
            return .tuple([
                .str(String(String.UnicodeScalarView(h[0..<index]))), .str(separator),
                .str(String(String.UnicodeScalarView(h[(index + n.count)...]))),
            ])
        case "removeprefix":
            let bound = try args.bind(name, ["prefix"])
            let prefix = try requireString(bound["prefix"], "removeprefix() argument must be str")
            return .str(s.unicodeScalars.starts(with: prefix.unicodeScalars)
                ? String(String.UnicodeScalarView(s.unicodeScalars.dropFirst(prefix.unicodeScalars.count))) : s)
        case "removesuffix":
            let bound = try args.bind(name, ["suffix"])
            let suffix = try requireString(bound["suffix"], "removesuffix() argument must be str")
            if !suffix.isEmpty && Array(s.unicodeScalars.suffix(suffix.unicodeScalars.count)) == Array(suffix.unicodeScalars) {
                return .str(String(String.UnicodeScalarView(s.unicodeScalars.dropLast(suffix.unicodeScalars.count))))
            }
            return .str(s)
        case "expandtabs":
            let bound = try args.bind(name, ["tabsize="])
            let size = bound["tabsize"]?.asInt ?? 8
            var out = ""
            var column = 0
            for c in s {
                if c == "\t" {
                    let spaces = size > 0 ? size - column % size : 0
                    try checkLength(out.utf8.count + spaces)
                    out += String(repeating: " ", count: spaces)
                    column += spaces
                } else {
                    out.append(c)
                    column = (c == "\n" || c == "\r") ? 0 : column + 1
                }
                if out.utf8.count > limits.maxCollectionLength { try checkLength(out.utf8.count) }
            }
            return .str(out)
        case "encode":
            throw PyError.unsupported("bytes (str.encode) are not supported by the embedded engine")
        case "maketrans":
            return try translationTable(args)
        case "translate":
            let bound = try args.bind("translate", ["table"])
            let table = bound["table"] ?? PyValue.none
            var out = ""
            for scalar in s.unicodeScalars {
                let mapped: PyValue
                do {
                    mapped = try getItem(table, .int(Int(scalar.value)))
                } catch let exception as PyException where exception.typeName == .keyError || exception.typeName == .indexError {
                    out.unicodeScalars.append(scalar)
                    continue
                } catch let raised as PyRaised where raised.exception.cls.isSubclass(of: types.exceptionClass("LookupError")) {
                    out.unicodeScalars.append(scalar)
                    continue
                }
                switch mapped {
                case .none: break
                case .str(let text): out += text
                case .int(let code):
                    guard let replacement = Unicode.Scalar(UInt32(clamping: max(0, code))), code <= 0x10FFFF else {
                        throw PyException.valueError("character mapping must be in range(0x110000)")
                    }
                    out.unicodeScalars.append(replacement)
                default: throw PyException.typeError("character mapping must return integer, None or str")
                }
                if out.utf8.count > limits.maxCollectionLength { try checkLength(out.utf8.count) }
            }
            return .str(out)
        default:
            return nil
        }
    }

    /// `str.maketrans(dict)`, `str.maketrans(from, to[, delete])`: a dict from code points to code points or None.
    private func translationTable(_ args: PyArguments) throws -> PyValue {
        let bound = try args.bind("maketrans", ["x", "y=", "z="])
        let table = PyDict()
        guard let y = bound["y"] else {
            guard case .dict(let mapping)? = bound["x"] else {
                throw PyException.typeError("if you give only one argument to maketrans it must be a dict")
            }
            for (key, value) in mapping.pairs {
                switch key {
                case .int: try table.set(key, value)
                case .str(let text) where text.unicodeScalars.count == 1:
                    try table.set(.int(Int(text.unicodeScalars.first?.value ?? 0)), value)
                default: throw PyException.valueError("string keys in translate table must be of length 1")
                }
            }
            return .dict(table)
        }
        guard case .str(let from)? = bound["x"], case .str(let to) = y else {
            throw PyException.typeError("maketrans() argument 2 must be str")
        }
        let fromScalars = Array(from.unicodeScalars), toScalars = Array(to.unicodeScalars)
        guard fromScalars.count == toScalars.count else {
            throw PyException.valueError("the first two maketrans arguments must have equal length")
        }
        for (source, target) in zip(fromScalars, toScalars) {
            try table.set(.int(Int(source.value)), .int(Int(target.value)))
        }
        if let z = bound["z"] {
            guard case .str(let deleted) = z else { throw PyException.typeError("maketrans() argument 3 must be str") }
            for scalar in deleted.unicodeScalars { try table.set(.int(Int(scalar.value)), .none) }
        }
        return .dict(table)
    }

    private func titleCase(_ s: String) -> String {
        var out = ""
        var previousCased = false
        for c in s {
            if c.isLetter {
                out += previousCased ? c.lowercased() : c.uppercased()
                previousCased = true
            } else {
                out.append(c)
                previousCased = false
            }
        }
        return out
    }

    private func replace(_ s: String, _ old: String, _ new: String, _ count: Int) throws -> String {
        let h = Array(s.unicodeScalars)
        let n = Array(old.unicodeScalars)
        var out = String.UnicodeScalarView()
        var replaced = 0
        if n.isEmpty {
            for (i, c) in h.enumerated() {
                if count < 0 || replaced < count {
                    out.append(contentsOf: new.unicodeScalars)
                    replaced += 1
                }
                out.append(c)
                if i % 1024 == 0, out.count > limits.maxCollectionLength { try checkLength(out.count) }
            }
            if count < 0 || replaced < count { out.append(contentsOf: new.unicodeScalars) }
            try checkLength(out.count)
            return String(out)
        }
        var i = 0
        while i < h.count {
            if (count < 0 || replaced < count), let found = PyInterpreter.scalarFind(h, n, from: i) {
                out.append(contentsOf: h[i..<found])
                out.append(contentsOf: new.unicodeScalars)
                i = found + n.count
                replaced += 1
                if out.count > limits.maxCollectionLength { try checkLength(out.count) }
            } else {
                out.append(contentsOf: h[i...])
                break
            }
        }
        return String(out)
    }
}
