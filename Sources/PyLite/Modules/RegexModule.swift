import Foundation

/// The `re` module on top of NSRegularExpression. Python's `(?P<name>...)` and `(?P=name)` are translated;
/// offsets are reported in Unicode scalars, as Python counts them.
enum RegexModule {
    static let ignoreCase = 2, multiline = 8, dotAll = 16, verbose = 64, ascii = 256

    static func make(_ interpreter: PyInterpreter) -> PyModule {
        let module = PyModule(name: "re")
        for (names, value) in [(["I", "IGNORECASE"], ignoreCase), (["M", "MULTILINE"], multiline), (["S", "DOTALL"], dotAll),
                               (["X", "VERBOSE"], verbose), (["A", "ASCII"], ascii), (["U", "UNICODE"], 32)] {
            for name in names { module.setAttribute(name, .int(value)) }
        }
        BuiltinModules.function(module, "compile") { args in
            let bound = try args.bind("compile", ["pattern", "flags="])
            if let pattern = bound["pattern"]?.asHost(RegexPattern.self) { return .host(pattern) }
            return .host(try RegexPattern(bound["pattern"], flags: bound["flags"]?.asInt ?? 0, interpreter: args.interpreter))
        }
        for name in ["match", "fullmatch", "search", "findall", "finditer", "split", "sub", "subn"] {
            BuiltinModules.function(module, name) { args in
                guard !args.positional.isEmpty || args.keyword("pattern") != nil else {
                    throw PyException.typeError("\(name)() missing 1 required positional argument: 'pattern'")
                }
                var rest = args
                let patternValue = rest.positional.isEmpty ? rest.keyword("pattern") : rest.positional.removeFirst()
                rest.keyword.removeAll { $0.name == "pattern" }
                var flags = 0
                if let flagValue = rest.keyword("flags") {
                    flags = flagValue.asInt ?? 0
                    rest.keyword.removeAll { $0.name == "flags" }
                } else if ["match", "fullmatch", "search", "findall", "finditer"].contains(name), rest.positional.count > 1 {
                    flags = rest.positional.removeLast().asInt ?? 0
                } else if ["sub", "subn"].contains(name), rest.positional.count > 3 {
                    flags = rest.positional.removeLast().asInt ?? 0
                } else if name == "split", rest.positional.count > 2 {
                    flags = rest.positional.removeLast().asInt ?? 0
                }
                let pattern = try patternValue?.asHost(RegexPattern.self)
                    ?? RegexPattern(patternValue, flags: flags, interpreter: args.interpreter)
                return try pattern.call(name, rest)
            }
        }
        BuiltinModules.function(module, "escape") { args in
            guard case .str(let s)? = try args.bind("escape", ["pattern"])["pattern"] else {
                throw PyException.typeError("escape() argument must be str")
            }
            var out = ""
            for c in s.unicodeScalars {
                if c.isASCII && !(c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_") { out += "\\" }
                out.unicodeScalars.append(c)
            }
            return .str(out)
        }
        module.setAttribute("error", .classObject(interpreter.types.exceptionClass("ValueError")))
        return module
    }

    /// Rewrites Python-only syntax for ICU.
    static func translate(_ pattern: String) -> String {
        var out = pattern.replacingOccurrences(of: "(?P<", with: "(?<")
        while let range = out.range(of: "(?P=") {
            guard let close = out[range.upperBound...].firstIndex(of: ")") else { break }
            let name = out[range.upperBound..<close]
            out.replaceSubrange(range.lowerBound...close, with: "\\k<\(name)>")
        }
        // Python's \Z is ICU's \z (end of input).
        out = out.replacingOccurrences(of: "\\Z", with: "\\z")
        return out
    }
}

/// A compiled pattern (`re.compile`).
final class RegexPattern: PyHostObject {
    let pattern: String
    let flags: Int
    let regex: NSRegularExpression
    /// The pattern anchored at the end, for `fullmatch`.
    let fullRegex: NSRegularExpression
    let groupNames: [String]
    unowned let interpreter: PyInterpreter

    init(_ value: PyValue?, flags: Int, interpreter: PyInterpreter) throws {
        guard case .str(let pattern)? = value else {
            throw PyException.typeError("first argument must be string or compiled pattern")
        }
        self.pattern = pattern
        self.flags = flags
        self.interpreter = interpreter
        var options: NSRegularExpression.Options = []
        if flags & RegexModule.ignoreCase != 0 { options.insert(.caseInsensitive) }
        if flags & RegexModule.multiline != 0 { options.insert(.anchorsMatchLines) }
        if flags & RegexModule.dotAll != 0 { options.insert(.dotMatchesLineSeparators) }
        if flags & RegexModule.verbose != 0 { options.insert(.allowCommentsAndWhitespace) }
        do {
            regex = try NSRegularExpression(pattern: RegexModule.translate(pattern), options: options)
            fullRegex = try NSRegularExpression(pattern: "(?:" + RegexModule.translate(pattern) + ")\\z", options: options)
        } catch {
            throw PyException(.valueError, "invalid regular expression \(PyInterpreter.stringRepr(pattern))")
        }
        var names: [String] = []
        let scanner = try NSRegularExpression(pattern: "\\(\\?P?<([A-Za-z_][A-Za-z0-9_]*)>")
        let ns = pattern as NSString
        for match in scanner.matches(in: pattern, range: NSRange(location: 0, length: ns.length)) {
            names.append(ns.substring(with: match.range(at: 1)))
        }
        groupNames = names
    }

    var pyTypeName: String { "re.Pattern" }
    func pyRepr() -> String { "re.compile(\(PyInterpreter.stringRepr(pattern)))" }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        switch name {
        case "pattern": return .str(pattern)
        case "flags": return .int(flags)
        case "groups": return .int(regex.numberOfCaptureGroups)
        case "match", "fullmatch", "search", "findall", "finditer", "split", "sub", "subn":
            return .native(PyNativeFunction(name: name) { args in try self.call(name, args) })
        default: return nil
        }
    }

    private func subject(_ value: PyValue?) throws -> String {
        guard case .str(let s)? = value else {
            throw PyException.typeError("expected string or bytes-like object, got '\(interpreter.typeName(of: value ?? PyValue.none))'")
        }
        return s
    }

    /// All matches, watching the wall clock while ICU works: a catastrophically backtracking pattern ends
    /// with `TIME_LIMIT` instead of hanging.
    func matches(
        _ text: String, options: NSRegularExpression.MatchingOptions = [], range: NSRange? = nil, first: Bool = false,
        full: Bool = false
    ) throws -> [NSTextCheckingResult] {
        let regex = full ? fullRegex : self.regex
        var results: [NSTextCheckingResult] = []
        var timedOut = false
        var tooMany = false
        let deadline = interpreter.deadlineNanoseconds
        let cap = interpreter.limits.maxCollectionLength
        let fullRange = NSRange(location: 0, length: (text as NSString).length)
        regex.enumerateMatches(in: text, options: options.union(.reportProgress), range: range ?? fullRange) { result, _, stop in
            if let result {
                results.append(result)
                if first { stop.pointee = true }
                if results.count > cap {
                    tooMany = true
                    stop.pointee = true
                }
            }
            if DispatchTime.now().uptimeNanoseconds > deadline {
                timedOut = true
                stop.pointee = true
            }
        }
        if timedOut { throw PyError.timeLimit("a regular expression ran longer than the time limit") }
        if tooMany { try interpreter.checkLength(results.count) }
        return results
    }

    func call(_ name: String, _ args: PyArguments) throws -> PyValue {
        switch name {
        case "match", "fullmatch", "search":
            let bound = try args.bind(name, ["string", "pos=", "endpos="])
            let text = try subject(bound["string"])
            let ns = text as NSString
            let start = utf16Offset(text, scalarOffset: bound["pos"]?.asInt ?? 0)
            let end = bound["endpos"]?.asInt.map { utf16Offset(text, scalarOffset: $0) } ?? ns.length
            let range = NSRange(location: start, length: max(0, end - start))
            let options: NSRegularExpression.MatchingOptions = name == "search" ? [] : [.anchored]
            for result in try matches(text, options: options, range: range, first: true, full: name == "fullmatch") {
                return .host(RegexMatch(result: result, text: text, pattern: self))
            }
            return PyValue.none
        case "findall":
            let bound = try args.bind(name, ["string", "pos=", "endpos="])
            let text = try subject(bound["string"])
            let ns = text as NSString
            var results: [PyValue] = []
            for match in try matches(text) {
                try interpreter.tickNative()
                let groups = regex.numberOfCaptureGroups
                func group(_ i: Int) -> PyValue {
                    let r = match.range(at: i)
                    return .str(r.location == NSNotFound ? "" : ns.substring(with: r))
                }
                if groups == 0 {
                    results.append(group(0))
                } else if groups == 1 {
                    results.append(group(1))
                } else {
                    results.append(.tuple((1...groups).map(group)))
                }
                try interpreter.checkLength(results.count)
            }
            return .newList(results)
        case "finditer":
            let bound = try args.bind(name, ["string", "pos=", "endpos="])
            let text = try subject(bound["string"])
            return .iterator(PyIterator(typeName: "callable_iterator", values: try matches(text).map {
                .host(RegexMatch(result: $0, text: text, pattern: self))
            }))
        case "split":
            let bound = try args.bind(name, ["string", "maxsplit="])
            let text = try subject(bound["string"])
            let ns = text as NSString
            let maxSplit = bound["maxsplit"]?.asInt ?? 0
            var pieces: [PyValue] = []
            var last = 0
            var count = 0
            for match in try matches(text) {
                if maxSplit > 0 && count >= maxSplit { break }
                pieces.append(.str(ns.substring(with: NSRange(location: last, length: match.range.location - last))))
                for i in stride(from: 1, through: regex.numberOfCaptureGroups, by: 1) {
                    let r = match.range(at: i)
                    pieces.append(r.location == NSNotFound ? PyValue.none : .str(ns.substring(with: r)))
                }
                last = NSMaxRange(match.range)
                count += 1
            }
            pieces.append(.str(ns.substring(from: last)))
            return .newList(pieces)
        case "sub", "subn":
            let bound = try args.bind(name, ["repl", "string", "count="])
            let text = try subject(bound["string"])
            let ns = text as NSString
            let replacement = bound["repl"] ?? PyValue.none
            let limit = bound["count"]?.asInt ?? 0
            var out = ""
            var last = 0
            var count = 0
            for match in try matches(text) {
                if limit > 0 && count >= limit { break }
                try interpreter.tickNative()
                out += ns.substring(with: NSRange(location: last, length: match.range.location - last))
                if case .str(let template) = replacement {
                    out += try expand(template, match, ns)
                } else {
                    let result = try interpreter.callValue(replacement, [.host(RegexMatch(result: match, text: text, pattern: self))], [])
                    guard case .str(let s) = result else {
                        throw PyException.typeError("expected str instance, \(interpreter.typeName(of: result)) found")
                    }
                    out += s
                }
                last = NSMaxRange(match.range)
                count += 1
                if out.utf8.count > interpreter.limits.maxCollectionLength { try interpreter.checkLength(out.utf8.count) }
            }
            out += ns.substring(from: last)
            return name == "sub" ? .str(out) : .tuple([.str(out), .int(count)])
        default:
            throw PyException.attributeError("'re.Pattern' object has no attribute '\(name)'")
        }
    }

    /// Expands `\1`, `\g<1>`, `\g<name>` and escapes in a replacement template.
    func expand(_ template: String, _ match: NSTextCheckingResult, _ ns: NSString) throws -> String {
        var out = ""
        let chars = Array(template)
        var i = 0
        func group(_ index: Int) throws -> String {
            guard index <= regex.numberOfCaptureGroups else { throw PyException(.valueError, "invalid group reference \(index)") }
            let r = match.range(at: index)
            return r.location == NSNotFound ? "" : ns.substring(with: r)
        }
        while i < chars.count {
            let c = chars[i]
            guard c == "\\", i + 1 < chars.count else {
                out.append(c)
                i += 1
                continue
            }
            let n = chars[i + 1]
            if let digit = n.wholeNumberValue, n.isASCII {
                var number = digit
                i += 2
                if i < chars.count, let second = chars[i].wholeNumberValue, chars[i].isASCII {
                    number = number * 10 + second
                    i += 1
                }
                out += try group(number)
            } else if n == "g", i + 2 < chars.count, chars[i + 2] == "<", let close = chars[(i + 3)...].firstIndex(of: ">") {
                let name = String(chars[(i + 3)..<close])
                if let number = Int(name) {
                    out += try group(number)
                } else {
                    guard groupNames.contains(name) else { throw PyException(.indexError, "unknown group name '\(name)'") }
                    let r = match.range(withName: name)
                    out += r.location == NSNotFound ? "" : ns.substring(with: r)
                }
                i = close + 1
            } else {
                switch n {
                case "n": out += "\n"
                case "t": out += "\t"
                case "\\": out += "\\"
                default: out += "\\" + String(n)
                }
                i += 2
            }
        }
        return out
    }

    func utf16Offset(_ text: String, scalarOffset: Int) -> Int {
        let scalars = text.unicodeScalars
        let clamped = max(0, min(scalarOffset, scalars.count))
        let index = scalars.index(scalars.startIndex, offsetBy: clamped)
        return text.utf16.distance(from: text.utf16.startIndex, to: index)
    }
}

/// A match object.
final class RegexMatch: PyHostObject {
    let result: NSTextCheckingResult
    let text: String
    let pattern: RegexPattern

    init(result: NSTextCheckingResult, text: String, pattern: RegexPattern) {
        self.result = result
        self.text = text
        self.pattern = pattern
    }

    var pyTypeName: String { "re.Match" }

    private func range(_ key: PyValue) throws -> NSRange {
        switch key {
        case .int(let i):
            guard i >= 0 && i <= pattern.regex.numberOfCaptureGroups else { throw PyException.indexError("no such group") }
            return result.range(at: i)
        case .str(let name):
            guard pattern.groupNames.contains(name) else { throw PyException.indexError("no such group") }
            return result.range(withName: name)
        default:
            throw PyException.indexError("no such group")
        }
    }

    private func group(_ key: PyValue, _ fallback: PyValue = PyValue.none) throws -> PyValue {
        let r = try range(key)
        return r.location == NSNotFound ? fallback : .str((text as NSString).substring(with: r))
    }

    private func scalarOffset(_ utf16: Int) -> Int {
        guard utf16 != NSNotFound else { return -1 }
        let index = String.Index(utf16Offset: utf16, in: text)
        return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: index)
    }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        switch name {
        case "group":
            return .native(PyNativeFunction(name: "group") { args in
                if args.positional.isEmpty { return try self.group(.int(0)) }
                if args.positional.count == 1 { return try self.group(args.positional[0]) }
                return .tuple(try args.positional.map { try self.group($0) })
            })
        case "groups":
            return .native(PyNativeFunction(name: "groups") { args in
                let fallback = try args.bind("groups", ["default="])["default"] ?? PyValue.none
                let count = self.pattern.regex.numberOfCaptureGroups
                return .tuple(try (0..<count).map { try self.group(.int($0 + 1), fallback) })
            })
        case "groupdict":
            return .native(PyNativeFunction(name: "groupdict") { args in
                let fallback = try args.bind("groupdict", ["default="])["default"] ?? PyValue.none
                return try PyValue.newDict(try self.pattern.groupNames.map { (.str($0), try self.group(.str($0), fallback)) })
            })
        case "start", "end", "span":
            return .native(PyNativeFunction(name: name) { args in
                let key = try args.bind(name, ["group="])["group"] ?? .int(0)
                let r = try self.range(key)
                let start = r.location == NSNotFound ? -1 : self.scalarOffset(r.location)
                let end = r.location == NSNotFound ? -1 : self.scalarOffset(NSMaxRange(r))
                switch name {
                case "start": return .int(start)
                case "end": return .int(end)
                default: return .tuple([.int(start), .int(end)])
                }
            })
        case "string": return .str(text)
        case "re": return .host(pattern)
        case "lastindex":
            for i in stride(from: pattern.regex.numberOfCaptureGroups, through: 1, by: -1) where result.range(at: i).location != NSNotFound {
                return .int(i)
            }
            return PyValue.none
        default: return nil
        }
    }

    func pyGetItem(_ key: PyValue) throws -> PyValue? { try group(key) }

    func pyRepr() -> String {
        let r = result.range
        let matched = (text as NSString).substring(with: r)
        return "<re.Match object; span=(\(scalarOffset(r.location)), \(scalarOffset(NSMaxRange(r)))), match=\(PyInterpreter.stringRepr(matched))>"
    }
}
