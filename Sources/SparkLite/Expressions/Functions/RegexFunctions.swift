import Foundation

/// Regular-expression and pattern functions: rlike, like, ilike, split, regexp_replace, regexp_extract(_all).
/// Patterns follow Java's syntax; ICU's, which `NSRegularExpression` uses, agrees on everything common.
let regexFunctionBuilders: [FunctionBuilder] =
    scalar("rlike", "regexp", "regexp_like") { c, _ throws(SparkError) in
        try c.arity(2)
        let regex = try RegexCache(c, patternArgument: 1)
        // rlike, regexp and regexp_like are all Spark's RLike: named as called, explained RLIKE(...).
        return c.make([try c.string(0), try c.string(1)], .boolean, name: c.name.uppercased(),
                      explainFormat: { "RLIKE(\($0.joined(separator: ", ")))" }) { v in
            let s = text(v[0])
            return .bool(try regex.compile(text(v[1])).firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil)
        }
    }
    + scalar("like", "ilike") { c, _ throws(SparkError) in
        try c.arity(2...3)
        var escape: Character = "\\"
        if c.count == 3 {
            guard case .string(let e)? = c.literal(2), e.count == 1, let ch = e.first else {
                throw SparkError("INVALID_ESCAPE_CHAR", "The escape character must be a string literal of length one, but got \(c[2].prettyName).", sqlState: "42604")
            }
            escape = ch
        }
        let likeEscape = escape
        if c.name == "like" {
            // Matched directly; `a LIKE b` is named as written (with a non-default ESCAPE).
            let constant: LikePattern? = if case .string(let p)? = c.literal(1) { try LikePattern(p, escape: likeEscape) } else { nil }
            let escapeText = likeEscape == "\\" ? "" : " ESCAPE '\(likeEscape)'"
            let format: @Sendable ([String]) -> String = { args in "\(args[0]) LIKE \(args[1])\(escapeText)" }
            return c.make([try c.string(0), try c.string(1)], .boolean, format: format, explainFormat: format) { v in
                .bool(try (constant ?? LikePattern(text(v[1]), escape: likeEscape)).matches(text(v[0])))
            }
        }
        // ilike keeps the call form, and matches with a case-insensitive regex.
        let regex = try RegexCache(c, patternArgument: 1, transform: { pattern throws in try likeToRegex(pattern, escape: likeEscape) },
                                   options: [.caseInsensitive, .dotMatchesLineSeparators])
        return c.make([try c.string(0), try c.string(1)], .boolean) { v in
            let s = text(v[0])
            let range = NSRange(s.startIndex..., in: s)
            let match = try regex.compile(text(v[1])).firstMatch(in: s, options: .anchored, range: range)
            return .bool(match.map { $0.range == range } ?? false)
        }
    }
    + scalar("split") { c, _ throws(SparkError) in
        try c.arity(2...3)
        let limit: Expression = c.count == 3 ? try c.int(2) : .literal(.int(-1), .int)
        var full = c
        full.args = Array(c.args.prefix(2)) + [c.count == 3 ? c[2] : limit]
        let regex = try RegexCache(c, patternArgument: 1)
        return full.make([try c.string(0), try c.string(1), limit], .array(element: .string, containsNull: false)) { v in
            let pattern = text(v[1])
            let s = text(v[0])
            let n = Int(v[2].int64Value ?? -1)
            if pattern.isEmpty {
                let chars = s.unicodeScalars.map { string([$0]) }
                if n > 0 && chars.count > n {
                    return .array(chars.prefix(n - 1).map(Value.string) + [.string(string(s.unicodeScalars.dropFirst(n - 1)))])
                }
                return .array(chars.isEmpty ? [.string("")] : chars.map(Value.string))
            }
            return .array(javaSplit(s, try regex.compile(pattern), limit: n).map(Value.string))
        }
    }
    + scalar("regexp_replace") { c, _ throws(SparkError) in
        try c.arity(3...4)
        let position: Expression = c.count == 4 ? try c.int(3) : .literal(.int(1), .int)
        var full = c
        full.args = Array(c.args.prefix(3)) + [c.count == 4 ? c[3] : position]
        let regex = try RegexCache(c, patternArgument: 1)
        return full.make([try c.string(0), try c.string(1), try c.string(2), position], .string) { v in
            let s = text(v[0])
            let pos = Int(v[3].int64Value ?? 1)
            guard pos >= 1 else {
                throw invalidParameter("POSITION", parameter: "position", function: "regexp_replace", "Expects a positive value, but got \(pos).")
            }
            let scalars = Array(s.unicodeScalars)
            if pos - 1 > scalars.count { return .string(s) }
            let prefix = string(scalars.prefix(pos - 1)), rest = string(scalars.dropFirst(pos - 1))
            let compiled = try regex.compile(text(v[1]))
            guard let replaced = javaReplaceAll(compiled, in: rest, replacement: text(v[2])) else {
                throw SparkError("INVALID_REGEXP_REPLACE", "Could not perform regexp_replace for source = \"\(s)\", pattern = \"\(text(v[1]))\", replacement = \"\(text(v[2]))\" and position = \(pos).", sqlState: "22023")
            }
            return .string(prefix + replaced)
        }
    }
    + scalar("regexp_extract", "regexp_extract_all") { c, _ throws(SparkError) in
        try c.arity(2...3)
        let group: Expression = c.count == 3 ? try c.int(2) : .literal(.int(1), .int)
        var full = c
        full.args = Array(c.args.prefix(2)) + [c.count == 3 ? c[2] : group]
        let regex = try RegexCache(c, patternArgument: 1)
        let all = c.name == "regexp_extract_all"
        let name = c.name
        return full.make([try c.string(0), try c.string(1), group], all ? .array(element: .string, containsNull: true) : .string) { v in
            let s = text(v[0])
            let compiled = try regex.compile(text(v[1]))
            let index = Int(v[2].int64Value ?? 1)
            guard index >= 0, index <= compiled.numberOfCaptureGroups else {
                throw invalidParameter("REGEX_GROUP_INDEX", parameter: "idx", function: name,
                                       "Expects group index between 0 and \(compiled.numberOfCaptureGroups), but got \(index).")
            }
            let ns = s as NSString
            func groupText(_ m: NSTextCheckingResult) -> String {
                let r = m.range(at: index)
                return r.location == NSNotFound ? "" : ns.substring(with: r)
            }
            let range = NSRange(location: 0, length: ns.length)
            if all {
                return .array(compiled.matches(in: s, range: range).map { .string(groupText($0)) })
            }
            return .string(compiled.firstMatch(in: s, range: range).map(groupText) ?? "")
        }
    }

/// regexp_count, regexp_substr and regexp_instr (Spark 3.5+).
let regexSearchFunctionBuilders: [FunctionBuilder] =
    scalar("regexp_count", "regexp_substr") { c, _ throws(SparkError) in
        try c.arity(2)
        let regex = try RegexCache(c, patternArgument: 1)
        let count = c.name == "regexp_count"
        // Spark's regexp_count is the size of regexp_extract_all, and explain shows that.
        var explain: (@Sendable ([String]) -> String)?
        if count {
            explain = { args in "size(regexp_extract_all(\(args[0]), \(args[1]), 0), false)" }
        }
        return c.make([try c.string(0), try c.string(1)], count ? .int : .string, nullable: !count, explainFormat: explain) { v in
            let s = text(v[0])
            let compiled = try regex.compile(text(v[1]))
            let range = NSRange(location: 0, length: (s as NSString).length)
            if count { return .int(Int64(compiled.numberOfMatches(in: s, range: range))) }
            guard let m = compiled.firstMatch(in: s, range: range) else { return .null }
            return .string((s as NSString).substring(with: m.range))
        }
    }
    + scalar("regexp_instr") { c, _ throws(SparkError) in
        try c.arity(2...3)
        let group: Expression = c.count == 3 ? try c.int(2) : .literal(.int(0), .int)
        var full = c
        full.args = Array(c.args.prefix(2)) + [c.count == 3 ? c[2] : group]
        let regex = try RegexCache(c, patternArgument: 1)
        return full.make([try c.string(0), try c.string(1), group], .int) { v in
            let s = text(v[0])
            let compiled = try regex.compile(text(v[1]))
            let index = Int(v[2].int64Value ?? 0)
            guard let m = compiled.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)),
                  index >= 0, index <= compiled.numberOfCaptureGroups else { return .int(0) }
            let r = m.range(at: index)
            guard r.location != NSNotFound else { return .int(0) }
            // Code-point position of the UTF-16 offset.
            let prefix = (s as NSString).substring(to: r.location)
            return .int(Int64(prefix.unicodeScalars.count + 1))
        }
    }

/// A compiled pattern: once at analysis when the pattern is a constant, else on first use of each distinct
/// pattern (kept in a small cache, so a pattern column does not recompile on every row).
final class RegexCache: @unchecked Sendable {
    private let constant: NSRegularExpression?
    private let transform: @Sendable (String) throws -> String
    private let options: NSRegularExpression.Options
    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression] = [:]
    private static let capacity = 256

    /// A LIKE-style pattern turned into a regex by `transform`; compiled now when argument `i` is a constant.
    init(_ c: FunctionCall, patternArgument i: Int, transform: @escaping @Sendable (String) throws -> String,
         options: NSRegularExpression.Options) throws(SparkError) {
        self.transform = transform
        self.options = options
        if case .string(let p)? = c.literal(i) {
            let regex: String
            do { regex = try transform(p) } catch let error as SparkError { throw error } catch {
                throw RegexCache.invalidPattern(p, function: c.name)
            }
            do { constant = try NSRegularExpression(pattern: icuPattern(regex), options: options) } catch {
                throw RegexCache.invalidPattern(p, function: c.name)
            }
        } else {
            constant = nil
        }
    }

    /// Compiles argument `patternArgument` now when it is a constant, raising Spark's error for a bad pattern.
    convenience init(_ c: FunctionCall, patternArgument i: Int) throws(SparkError) {
        try self.init(c, patternArgument: i, transform: { $0 }, options: [])
    }

    func compile(_ pattern: String) throws -> NSRegularExpression {
        if let constant { return constant }
        lock.lock()
        defer { lock.unlock() }
        if let cached = compiled[pattern] { return cached }
        let p = try transform(pattern)
        let regex: NSRegularExpression
        do { regex = try NSRegularExpression(pattern: icuPattern(p), options: options) } catch {
            throw RegexCache.invalidPattern(pattern, function: "regexp")
        }
        if compiled.count >= Self.capacity { compiled.removeAll() }
        compiled[pattern] = regex
        return regex
    }

    static func invalidPattern(_ p: String, function: String) -> SparkError {
        invalidParameter("PATTERN", parameter: "regexp", function: function, "'\(p)'.")
    }
}

/// Java's `Matcher.replaceAll`: in the replacement `$n` is a group (digits taken while the number stays a
/// group of the pattern), `${name}` a named group, `\\x` is `x` itself. Nil where Java throws on a match: a
/// group the pattern lacks, a `$` without a group number, a `\\` at the end.
func javaReplaceAll(_ regex: NSRegularExpression, in s: String, replacement: String) -> String? {
    let ns = s as NSString
    let matches = regex.matches(in: s, range: NSRange(location: 0, length: ns.length))
    if matches.isEmpty { return s }
    enum Part { case text(String), group(Int) }
    var parts: [Part] = []
    var chars = Array(replacement)[...]
    var literal = ""
    while let ch = chars.popFirst() {
        if ch == "\\" {
            guard let next = chars.popFirst() else { return nil }
            literal.append(next)
        } else if ch == "$", chars.first == "{" {
            chars.removeFirst()
            guard let close = chars.firstIndex(of: "}") else { return nil }
            let name = String(chars[..<close])
            chars = chars[chars.index(after: close)...]
            guard let group = namedGroups(regex.pattern)[name] else { return nil }
            if !literal.isEmpty { parts.append(.text(literal)); literal = "" }
            parts.append(.group(group))
        } else if ch == "$" {
            guard let first = chars.first, let d = first.wholeNumberValue, first.isASCII else { return nil }
            chars.removeFirst()
            var group = d
            while let next = chars.first, next.isASCII, let digit = next.wholeNumberValue, group * 10 + digit <= regex.numberOfCaptureGroups {
                group = group * 10 + digit
                chars.removeFirst()
            }
            guard group <= regex.numberOfCaptureGroups else { return nil }
            if !literal.isEmpty { parts.append(.text(literal)); literal = "" }
            parts.append(.group(group))
        } else {
            literal.append(ch)
        }
    }
    if !literal.isEmpty { parts.append(.text(literal)) }
    var out = ""
    var index = 0
    for m in matches {
        out += ns.substring(with: NSRange(location: index, length: m.range.location - index))
        for part in parts {
            switch part {
            case .text(let t): out += t
            case .group(let g):
                let r = m.range(at: g)
                if r.location != NSNotFound { out += ns.substring(with: r) }
            }
        }
        index = m.range.location + m.range.length
    }
    return out + ns.substring(from: index)
}

/// The capture group number of each named group `(?<name>...)` of a pattern, counting every capturing group
/// left to right (escapes, character classes and `\\Q...\\E` quotes skipped).
func namedGroups(_ pattern: String) -> [String: Int] {
    var names: [String: Int] = [:]
    var chars = Array(pattern)[...]
    var count = 0, classDepth = 0, quoted = false
    while let ch = chars.popFirst() {
        if quoted {
            if ch == "\\", chars.first == "E" { chars.removeFirst(); quoted = false }
            continue
        }
        switch ch {
        case "\\":
            if chars.first == "Q" { quoted = true }
            _ = chars.popFirst()
        case "[": classDepth += 1
        case "]" where classDepth > 0: classDepth -= 1
        case "(" where classDepth == 0:
            guard chars.first == "?" else { count += 1; continue }
            let rest = chars.dropFirst()
            guard rest.first == "<", let next = rest.dropFirst().first, next != "=", next != "!" else { continue }
            count += 1
            let nameChars = rest.dropFirst().prefix { $0 != ">" }
            names[String(nameChars)] = count
        default: break
        }
    }
    return names
}

/// A Java pattern in ICU's syntax. The two agree except on the predefined classes: Java's `\\w`, `\\d` and `\\s`
/// (and their negations) are ASCII-only, ICU's are Unicode, so they are spelled out as ASCII sets.
func icuPattern(_ java: String) -> String {
    if java.isEmpty { return "(?:)" }
    let ascii: [Character: String] = ["w": "a-zA-Z_0-9", "d": "0-9", "s": " \\t\\n\\x{0B}\\f\\r"]
    var out = ""
    var chars = Array(java)[...]
    var classDepth = 0
    var quoted = false
    while let ch = chars.popFirst() {
        if quoted {
            out.append(ch)
            if ch == "\\", chars.first == "E" { out.append(chars.removeFirst()); quoted = false }
            continue
        }
        if ch == "\\", let next = chars.first {
            chars.removeFirst()
            if next == "Q" { quoted = true }
            let lower = Character(next.lowercased())
            if let set = ascii[lower] {
                let negated = next != lower
                if classDepth > 0 && !negated { out += set } else { out += negated ? "[^\(set)]" : "[\(set)]" }
            } else {
                out.append(ch)
                out.append(next)
            }
            continue
        }
        if ch == "[" {
            classDepth += 1
            out.append(ch)
            // A `]` right after `[` or `[^` is a literal member in Java, as in ICU.
            if chars.first == "^" { out.append(chars.removeFirst()) }
            if chars.first == "]" { out.append(chars.removeFirst()) }
            continue
        }
        if ch == "]", classDepth > 0 { classDepth -= 1 }
        out.append(ch)
    }
    return out
}

/// Java's `Pattern.split` with a limit (Spark turns limit 0 into -1): a zero-width match at the start is skipped,
/// a positive limit keeps the rest of the text in the last element.
func javaSplit(_ s: String, _ regex: NSRegularExpression, limit: Int) -> [String] {
    let ns = s as NSString
    if ns.length == 0 { return [""] }
    var parts: [String] = []
    var index = 0
    for m in regex.matches(in: s, range: NSRange(location: 0, length: ns.length)) {
        if limit > 0 && parts.count >= limit - 1 { break }
        if m.range.length == 0 && m.range.location == 0 { continue }
        parts.append(ns.substring(with: NSRange(location: index, length: m.range.location - index)))
        index = m.range.location + m.range.length
    }
    if parts.isEmpty && index == 0 { return [s] }
    parts.append(ns.substring(from: index))
    return parts
}

/// Spark's `StringUtils.escapeLikeRegex`: `_` is one character, `%` any run, the escape character quotes `_`, `%` or itself.
func likeToRegex(_ pattern: String, escape: Character) throws -> String {
    try LikePattern.tokens(pattern, escape: escape).map { token in
        switch token {
        case .literal(let ch): NSRegularExpression.escapedPattern(for: String(ch))
        case .anyCharacter: "."
        case .anyRun: ".*"
        }
    }.joined()
}
