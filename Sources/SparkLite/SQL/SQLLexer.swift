/// Splits Spark SQL text into tokens following Spark's lexer (`SqlBaseLexer.g4`): case-insensitive words,
/// backquoted identifiers, strings in single or double quotes with backslash escapes, Spark's numeric
/// literal suffixes, `--` and nested `/* */` comments, and `/*+ ... */` hints.
struct SQLLexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 0
    private let text: String

    init(_ text: String) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
    }

    static func tokenize(_ text: String) throws(SparkError) -> [SQLToken] {
        var lexer = SQLLexer(text)
        return try lexer.tokens()
    }

    mutating func tokens() throws(SparkError) -> [SQLToken] {
        var result: [SQLToken] = []
        var hintDepth = 0
        while true {
            try skipTrivia()
            guard index < scalars.count else {
                result.append(SQLToken(kind: .endOfInput, text: "<EOF>", value: "", offset: index, line: line, column: column))
                return result
            }
            let token = nextToken()
            if token.kind == .hintStart { hintDepth += 1 }
            if token.kind == .hintEnd {
                if hintDepth > 0 {
                    hintDepth -= 1
                } else {
                    // `*/` outside a hint is just `*` and `/`.
                    result.append(SQLToken(kind: .symbol, text: "*", value: "*", offset: token.offset, line: token.line, column: token.column))
                    result.append(SQLToken(kind: .symbol, text: "/", value: "/", offset: token.offset + 1, line: token.line, column: token.column + 1))
                    continue
                }
            }
            result.append(token)
        }
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        index + ahead < scalars.count ? scalars[index + ahead] : nil
    }

    private mutating func advance() {
        if scalars[index] == "\n" {
            line += 1
            column = 0
        } else {
            column += 1
        }
        index += 1
    }

    private mutating func skipTrivia() throws(SparkError) {
        while let c = peek() {
            if c.properties.isWhitespace {
                advance()
            } else if c == "-", peek(1) == "-" {
                while let d = peek(), d != "\n" { advance() }
            } else if c == "/", peek(1) == "*", peek(2) != "+" {
                try skipBracketedComment()
            } else {
                return
            }
        }
    }

    /// `/* ... */`, nested like Spark's `BRACKETED_COMMENT`.
    private mutating func skipBracketedComment() throws(SparkError) {
        var depth = 0
        while index < scalars.count {
            if peek() == "/", peek(1) == "*" {
                depth += 1
                advance(); advance()
            } else if peek() == "*", peek(1) == "/" {
                depth -= 1
                advance(); advance()
                if depth == 0 { return }
            } else {
                advance()
            }
        }
        throw SparkError(
            "UNCLOSED_BRACKETED_COMMENT",
            "Found an unclosed bracketed comment. Please, append */ at the end of the comment.",
            sqlState: "42601", context: "== SQL ==\n" + text)
    }

    private func slice(_ from: Int, _ to: Int) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[from..<to])
        return String(s)
    }

    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic || ("0"..."9").contains(c)
    }

    private static func isDigit(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return ("0"..."9").contains(c)
    }

    private mutating func nextToken() -> SQLToken {
        let start = index, startLine = line, startColumn = column
        func make(_ kind: SQLToken.Kind, value: String? = nil) -> SQLToken {
            let text = slice(start, index)
            return SQLToken(kind: kind, text: text, value: value ?? text, offset: start, line: startLine, column: startColumn)
        }
        let c = scalars[index]

        if c == "'" || c == "\"" {
            if let value = scanString(quote: c) { return make(.string, value: value) }
            index = start; line = startLine; column = startColumn
            advance()
            return make(.unrecognized)
        }
        // A raw string, `r'C:\path'`: no escapes, it ends at the next quote of its kind.
        if c == "r" || c == "R", let q = peek(1), q == "'" || q == "\"" {
            advance(); advance()
            var raw = String.UnicodeScalarView()
            while let d = peek() {
                advance()
                if d == q { return make(.string, value: String(raw)) }
                raw.append(d)
            }
            index = start; line = startLine; column = startColumn
            advance()
            return make(.unrecognized)
        }
        if c == "`" {
            advance()
            var name = ""
            while let d = peek() {
                if d == "`" {
                    if peek(1) == "`" { name.unicodeScalars.append("`"); advance(); advance(); continue }
                    advance()
                    return make(.quotedIdentifier, value: name)
                }
                name.unicodeScalars.append(d)
                advance()
            }
            index = start; line = startLine; column = startColumn
            advance()
            return make(.unrecognized)
        }
        if Self.isDigit(c) || (c == "." && Self.isDigit(peek(1))) {
            if let number = scanNumber() { return number(start, startLine, startColumn, slice(start, index)) }
            index = start; line = startLine; column = startColumn
        }
        if Self.isWordScalar(c) {
            while let d = peek(), Self.isWordScalar(d) { advance() }
            return make(.word)
        }
        if c == "/", peek(1) == "*", peek(2) == "+" {
            advance(); advance(); advance()
            return make(.hintStart)
        }
        if c == "*", peek(1) == "/" {
            advance(); advance()
            return make(.hintEnd)
        }
        for symbol in Self.symbols where matches(symbol) {
            for _ in symbol.unicodeScalars { advance() }
            return make(.symbol)
        }
        advance()
        return make(.unrecognized)
    }

    /// Longest first, so `<=>` wins over `<=` and `<`.
    private static let symbols = [
        "<=>", ">>>", "<=", ">=", "<>", "!=", "==", "::", "||", "->", "=>", "<<", ">>",
        "(", ")", "[", "]", ",", ".", ";", "=", "<", ">", "+", "-", "*", "/", "%", "~", "&", "|", "^", "!", ":", "?", "{", "}",
    ]

    private func matches(_ symbol: String) -> Bool {
        var i = index
        for s in symbol.unicodeScalars {
            guard i < scalars.count, scalars[i] == s else { return false }
            i += 1
        }
        return true
    }

    /// A quoted string with Spark's unescaping (`ParserUtils.unescapeSQLString`); nil when unterminated.
    private mutating func scanString(quote: Unicode.Scalar) -> String? {
        advance()
        var out = String.UnicodeScalarView()
        while let c = peek() {
            if c == quote {
                advance()
                // Spark 4 reads a doubled quote inside a string as one quote: 'it''s'.
                if peek() == quote {
                    out.append(quote)
                    advance()
                    continue
                }
                return String(out)
            }
            if c == "\\" {
                guard let n = peek(1) else { return nil }
                advance(); advance()
                if ("0"..."3").contains(n), let d2 = peek(0), let d3 = peek(1),
                   ("0"..."7").contains(d2), ("0"..."7").contains(d3) {
                    let v = (n.value - 48) * 64 + (d2.value - 48) * 8 + (d3.value - 48)
                    advance(); advance()
                    if let s = Unicode.Scalar(v) { out.append(s) }
                    continue
                }
                switch n {
                case "0": out.append("\u{0}")
                case "b": out.append("\u{8}")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                case "Z": out.append("\u{1A}")
                case "%": out.append("\\"); out.append("%")
                case "_": out.append("\\"); out.append("_")
                case "u":
                    var hex = ""
                    for k in 0..<4 { if let h = peek(k) { hex.unicodeScalars.append(h) } }
                    if hex.count == 4, let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v) {
                        for _ in 0..<4 { advance() }
                        out.append(s)
                    } else {
                        out.append("u")
                    }
                default:
                    out.append(n)
                }
                continue
            }
            out.append(c)
            advance()
        }
        return nil
    }

    private typealias TokenMaker = (Int, Int, Int, String) -> SQLToken

    /// Spark's numeric tokens. A number directly followed by a letter, digit or `_` is a word (`1abc`),
    /// except for the literal suffixes `L S Y D F BD` and exponents.
    private mutating func scanNumber() -> TokenMaker? {
        let save = (index, line, column)
        var sawDot = false, sawExponent = false
        while Self.isDigit(peek()) { advance() }
        // `1.` and `1.5` are decimals; `.5` too.
        if peek() == ".", Self.isDigit(peek(1)) || index > save.0 {
            sawDot = true
            advance()
            while Self.isDigit(peek()) { advance() }
        }
        if let e = peek(), e == "e" || e == "E" {
            var k = 1
            if let s = peek(1), s == "+" || s == "-" { k = 2 }
            if Self.isDigit(peek(k)) {
                sawExponent = true
                for _ in 0..<k { advance() }
                while Self.isDigit(peek()) { advance() }
            }
        }
        func kind(_ k: SQLToken.Kind, suffix: Int) -> TokenMaker {
            { start, l, c, text in
                SQLToken(kind: k, text: text, value: String(text.dropLast(suffix)), offset: start, line: l, column: c)
            }
        }
        let suffixChar = peek().map { Character($0).uppercased() }
        let current = index
        let source = scalars
        let afterSuffix: (Int) -> Bool = { n in
            guard current + n < source.count else { return true }
            return !Self.isWordScalar(source[current + n])
        }
        if let s = suffixChar {
            if s == "B", let d = peek(1), Character(d).uppercased() == "D", afterSuffix(2) {
                advance(); advance()
                return kind(.bigDecimalLiteral, suffix: 2)
            }
            if afterSuffix(1) {
                if !sawDot && !sawExponent {
                    switch s {
                    case "L": advance(); return kind(.bigintLiteral, suffix: 1)
                    case "S": advance(); return kind(.smallintLiteral, suffix: 1)
                    case "Y": advance(); return kind(.tinyintLiteral, suffix: 1)
                    default: break
                    }
                }
                switch s {
                case "D": advance(); return kind(.doubleLiteral, suffix: 1)
                case "F": advance(); return kind(.floatLiteral, suffix: 1)
                default: break
                }
            }
        }
        if let next = peek(), Self.isWordScalar(next) {
            // `123abc` is an identifier in Spark.
            index = save.0; line = save.1; column = save.2
            return nil
        }
        if sawExponent { return kind(.exponent, suffix: 0) }
        if sawDot { return kind(.decimal, suffix: 0) }
        return kind(.integer, suffix: 0)
    }
}
