/// A LIKE pattern matched over a string's UTF-8 bytes, as Spark's `Like` matches it (with the regex of
/// `StringUtils.escapeLikeRegex`, dot matching line breaks too): `_` is one character (code point), `%` any run
/// of characters, and the escape character makes the next `_`, `%` or escape character literal.
///
/// The pattern is cut at its `%`s into parts of literal bytes and `_`s. The first part must match at the start,
/// the last at the end, and each part between them is taken at its leftmost place after the previous one:
/// as a `%` absorbs anything, the leftmost place never loses a match a later place would find.
struct LikePattern: Sendable {
    private enum Element: Sendable {
        case bytes([UInt8])
        case anyCharacter
    }

    /// The parts between `%`s; one part when there is no `%`.
    private let parts: [[Element]]

    init(_ pattern: String, escape: Character) throws(SparkError) {
        var parts: [[Element]] = [[]], literal: [UInt8] = []
        func flush() {
            if !literal.isEmpty { parts[parts.count - 1].append(.bytes(literal)) }
            literal = []
        }
        for token in try Self.tokens(pattern, escape: escape) {
            switch token {
            case .literal(let ch): literal += Array(String(ch).utf8)
            case .anyCharacter:
                flush()
                parts[parts.count - 1].append(.anyCharacter)
            case .anyRun:
                flush()
                parts.append([])
            }
        }
        flush()
        self.parts = parts
    }

    enum Token {
        case literal(Character)
        case anyCharacter
        case anyRun
    }

    /// The pattern read as Spark reads it: `_`, `%`, and characters taken literally, the escape character
    /// quoting the next `_`, `%` or escape character (anything else after it, or nothing, is an error).
    static func tokens(_ pattern: String, escape: Character) throws(SparkError) -> [Token] {
        // Spark quotes the pattern and the character as SQL string values (a backslash doubled).
        func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'" }
        var tokens: [Token] = []
        var characters = pattern.makeIterator()
        while let ch = characters.next() {
            if ch == escape {
                guard let next = characters.next() else {
                    throw SparkError("INVALID_FORMAT.ESC_AT_THE_END", "The format is invalid: \(quoted(pattern)). The escape character is not allowed to end with.", sqlState: "42601")
                }
                guard next == "_" || next == "%" || next == escape else {
                    throw SparkError("INVALID_FORMAT.ESC_IN_THE_MIDDLE", "The format is invalid: \(quoted(pattern)). The escape character is not allowed to precede \(quoted(String(next))).", sqlState: "42601")
                }
                tokens.append(.literal(next))
            } else {
                tokens.append(ch == "_" ? .anyCharacter : ch == "%" ? .anyRun : .literal(ch))
            }
        }
        return tokens
    }

    func matches(_ s: String) -> Bool {
        var s = s
        return s.withUTF8(matches)
    }

    private func matches(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = parts.first, let last = parts.last else { return false }
        guard let afterFirst = Self.match(first, text, at: 0, limit: text.count) else { return false }
        if parts.count == 1 { return afterFirst == text.count }
        guard let beforeLast = Self.matchBackwards(last, text, endingAt: text.count, floor: afterFirst) else { return false }
        var position = afterFirst
        for part in parts.dropFirst().dropLast() {
            guard let end = Self.leftmostMatch(part, text, from: position, limit: beforeLast) else { return false }
            position = end
        }
        return true
    }

    /// Where `part` ends when it matches at `start` without passing `limit`; nil when it does not match there.
    private static func match(_ part: [Element], _ text: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int) -> Int? {
        var i = start
        for element in part {
            switch element {
            case .bytes(let bytes):
                guard i + bytes.count <= limit else { return nil }
                for (k, b) in bytes.enumerated() where text[i + k] != b { return nil }
                i += bytes.count
            case .anyCharacter:
                guard i < limit else { return nil }
                i += scalarLength(text[i])
            }
        }
        return i <= limit ? i : nil
    }

    /// Where `part` starts when it matches ending at `end` without starting before `floor`.
    private static func matchBackwards(_ part: [Element], _ text: UnsafeBufferPointer<UInt8>, endingAt end: Int, floor: Int) -> Int? {
        var i = end
        for element in part.reversed() {
            switch element {
            case .bytes(let bytes):
                guard i - bytes.count >= floor else { return nil }
                for (k, b) in bytes.enumerated() where text[i - bytes.count + k] != b { return nil }
                i -= bytes.count
            case .anyCharacter:
                guard i > floor else { return nil }
                i -= 1
                while i > floor, text[i] & 0xC0 == 0x80 { i -= 1 }
            }
        }
        return i
    }

    /// Where `part` ends at its leftmost match starting at or after `from` and ending by `limit`.
    private static func leftmostMatch(_ part: [Element], _ text: UnsafeBufferPointer<UInt8>, from: Int, limit: Int) -> Int? {
        var start = from
        while start <= limit {
            if let end = match(part, text, at: start, limit: limit) { return end }
            guard start < limit else { return nil }
            start += scalarLength(text[start])
        }
        return nil
    }

    /// The length in bytes of the UTF-8 sequence that starts with `lead`.
    private static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }
}
