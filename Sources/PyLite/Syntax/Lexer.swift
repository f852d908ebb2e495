/// Turns Python source text into tokens, including NEWLINE, INDENT and DEDENT.
///
/// Brackets join lines implicitly; a backslash at the end of a line joins it with the next. Nesting of brackets
/// is capped (`too many nested parentheses`) so that later stages never recurse without bound.
struct Lexer {
    static let maxBracketDepth = 200
    static let maxIndentDepth = 100

    private let scalars: [Unicode.Scalar]
    private let filename: String
    private let lines: [Substring]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var tokens: [Token] = []
    private var indents: [Int] = [0]
    private var brackets: [(Character, SourcePosition)] = []

    init(source: String, filename: String) {
        scalars = Array(source.unicodeScalars)
        self.filename = filename
        lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// An error found at the end of input (an unclosed bracket) that the parser reports only if it reaches the
    /// end of input without a syntax error of its own, as CPython does.
    private(set) var pendingError: PyError?

    static func tokenize(_ source: String, filename: String) throws -> [Token] {
        try tokenizeDeferring(source, filename: filename).tokens
    }

    static func tokenizeDeferring(_ source: String, filename: String) throws -> (tokens: [Token], pending: PyError?) {
        var lexer = Lexer(source: source, filename: filename)
        let tokens = try lexer.run()
        return (tokens, lexer.pendingError)
    }

    private var column: Int { index - lineStart + 1 }
    private var position: SourcePosition { SourcePosition(line: line, column: column) }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let i = index + offset
        return i < scalars.count ? scalars[i] : nil
    }

    func error(_ message: String, at position: SourcePosition, type: String = "SyntaxError") -> PyError {
        let text = position.line - 1 < lines.count && position.line >= 1 ? String(lines[position.line - 1]) : nil
        return PyError(
            kind: .syntaxError, typeName: type, message: message, filename: filename, position: position,
            sourceLine: text.map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 })
    }

    private mutating func newLine() {
        line += 1
        lineStart = index
    }

    private mutating func run() throws -> [Token] {
        var atLineStart = true
        while index < scalars.count {
            if atLineStart {
                atLineStart = false
                if try handleIndentation() { continue }
            }
            let c = scalars[index]
            switch c {
            case " ", "\t", "\u{0C}", "\r":
                index += 1
            case "#":
                while let n = peek(), n != "\n" { index += 1 }
            case "\n":
                index += 1
                if brackets.isEmpty {
                    if let last = tokens.last, last.kind != .newline, last.kind != .indent, last.kind != .dedent {
                        tokens.append(Token(kind: .newline, text: "", position: SourcePosition(line: line, column: index - lineStart)))
                    }
                    newLine()
                    atLineStart = true
                } else {
                    newLine()
                }
            case "\\":
                let start = position
                index += 1
                while let n = peek(), n == " " || n == "\t" || n == "\r" { index += 1 }
                guard peek() == "\n" else {
                    throw error("unexpected character after line continuation character", at: start)
                }
                index += 1
                newLine()
                if peek() == nil { throw error("unexpected EOF while parsing", at: position) }
            default:
                if isIdentifierStart(c) {
                    try lexNameOrPrefixedString()
                } else if ("0"..."9").contains(c) {
                    try lexNumber()
                } else if c == ".", let n = peek(1), ("0"..."9").contains(n) {
                    try lexNumber()
                } else if c == "\"" || c == "'" {
                    try lexString(prefix: "", start: position)
                } else {
                    try lexOperator()
                }
            }
        }
        if let (open, pos) = brackets.last {
            pendingError = error("'\(open)' was never closed", at: pos)
        }
        if let last = tokens.last, last.kind != .newline, last.kind != .dedent {
            tokens.append(Token(kind: .newline, text: "", position: position))
        }
        while indents.count > 1 {
            indents.removeLast()
            tokens.append(Token(kind: .dedent, text: "", position: position))
        }
        tokens.append(Token(kind: .endOfFile, text: "", position: position))
        return tokens
    }

    /// Measures the indentation of a new logical line; returns true when the line is blank or a comment.
    private mutating func handleIndentation() throws -> Bool {
        var width = 0
        while let c = peek(), c == " " || c == "\t" || c == "\u{0C}" {
            width = c == "\t" ? (width / 8 + 1) * 8 : width + 1
            index += 1
        }
        guard let c = peek() else { return true }
        if c == "\n" || c == "#" || c == "\r" {
            return true  // blank lines do not change indentation; the newline case handles them
        }
        if c == "\\" { return false }
        let current = indents[indents.count - 1]
        if width > current {
            if indents.count > Lexer.maxIndentDepth {
                throw error("too many levels of indentation", at: position, type: "IndentationError")
            }
            indents.append(width)
            tokens.append(Token(kind: .indent, text: "", position: position))
        } else if width < current {
            while indents.count > 1 && indents[indents.count - 1] > width {
                indents.removeLast()
                tokens.append(Token(kind: .dedent, text: "", position: position))
            }
            if indents[indents.count - 1] != width {
                throw error("unindent does not match any outer indentation level", at: position, type: "IndentationError")
            }
        }
        return false
    }

    private func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isXIDStart
    }

    private func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isXIDContinue
    }

    private mutating func lexNameOrPrefixedString() throws {
        let start = position
        let begin = index
        while let c = peek(), isIdentifierContinue(c) { index += 1 }
        let text = String(String.UnicodeScalarView(scalars[begin..<index]))
        if let q = peek(), q == "\"" || q == "'", text.count <= 2,
            text.lowercased().allSatisfy({ "rbfu".contains($0) })
        {
            try lexString(prefix: text.lowercased(), start: start)
            return
        }
        tokens.append(Token(kind: .name, text: text, position: start))
    }

    private mutating func lexNumber() throws {
        let start = position
        let begin = index
        var isFloat = false
        if peek() == "0", let x = peek(1), "xXoObB".unicodeScalars.contains(x) {
            index += 2
            while let c = peek(), c.properties.isASCIIHexDigit || c == "_" { index += 1 }
        } else {
            while let c = peek(), ("0"..."9").contains(c) || c == "_" { index += 1 }
            if peek() == ".", !(peek(1).map(isIdentifierStart) ?? false) || peek(1) == "e" || peek(1) == "E" {
                isFloat = true
                index += 1
                while let c = peek(), ("0"..."9").contains(c) || c == "_" { index += 1 }
            }
            if let e = peek(), e == "e" || e == "E" {
                let save = index
                index += 1
                if let s = peek(), s == "+" || s == "-" { index += 1 }
                if let d = peek(), ("0"..."9").contains(d) {
                    isFloat = true
                    while let c = peek(), ("0"..."9").contains(c) || c == "_" { index += 1 }
                } else {
                    index = save
                }
            }
        }
        if let c = peek(), c == "j" || c == "J" {
            throw PyError(
                kind: .unsupported, typeName: "UNSUPPORTED",
                message: "complex numbers are not supported by the embedded engine (line \(start.line))",
                filename: filename, position: start)
        }
        if let c = peek(), isIdentifierContinue(c) {
            throw error("invalid decimal literal", at: start)
        }
        let text = String(String.UnicodeScalarView(scalars[begin..<index]))
        tokens.append(Token(kind: isFloat ? .float : .int, text: text, position: start))
    }

    private mutating func lexString(prefix: String, start: SourcePosition) throws {
        let quote = scalars[index]
        let triple = peek(1) == quote && peek(2) == quote
        index += triple ? 3 : 1
        let isRaw = prefix.contains("r")
        let isF = prefix.contains("f")
        let bodyStart = position
        var body: [Unicode.Scalar] = []
        while true {
            guard let c = peek() else {
                if triple {
                    throw error("unterminated triple-quoted string literal (detected at line \(line))", at: start)
                }
                throw error("unterminated string literal (detected at line \(line))", at: start)
            }
            if c == quote {
                if !triple {
                    index += 1
                    break
                }
                if peek(1) == quote && peek(2) == quote {
                    index += 3
                    break
                }
            }
            if c == "\n" {
                if !triple {
                    throw error("unterminated string literal (detected at line \(line))", at: start)
                }
                body.append(c)
                index += 1
                newLine()
                continue
            }
            if c == "\\", let n = peek(1) {
                body.append(c)
                body.append(n)
                index += 2
                if n == "\n" { newLine() }
                continue
            }
            body.append(c)
            index += 1
        }
        let raw = String(String.UnicodeScalarView(body))
        var token = Token(kind: .string, text: raw, position: start)
        token.isBytes = prefix.contains("b")
        if isF {
            token.isFString = true
            token.isRaw = isRaw
            token.bodyPosition = bodyStart
        } else if !isRaw {
            token.text = try Lexer.unescape(raw) { message in self.error(message, at: start) }
        }
        tokens.append(token)
    }

    /// Decodes backslash escapes the way Python does for a non-raw literal.
    static func unescape(_ raw: String, error: (String) -> PyError) throws -> String {
        guard raw.contains("\\") else { return raw }
        var out = String.UnicodeScalarView()
        let s = Array(raw.unicodeScalars)
        var i = 0
        while i < s.count {
            let c = s[i]
            guard c == "\\", i + 1 < s.count else {
                out.append(c)
                i += 1
                continue
            }
            let n = s[i + 1]
            i += 2
            switch n {
            case "\n": break
            case "\\": out.append("\\")
            case "'": out.append("'")
            case "\"": out.append("\"")
            case "a": out.append("\u{07}")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "v": out.append("\u{0B}")
            case "0"..."7":
                var value = Int(n.value - 48)
                var count = 1
                while count < 3, i < s.count, ("0"..."7").contains(s[i]) {
                    value = value * 8 + Int(s[i].value - 48)
                    i += 1
                    count += 1
                }
                out.append(Unicode.Scalar(UInt32(value)) ?? "?")
            case "x", "u", "U":
                let digits = n == "x" ? 2 : n == "u" ? 4 : 8
                guard i + digits <= s.count else {
                    throw error("(unicode error) truncated \\\(n)XX escape")
                }
                let hex = String(String.UnicodeScalarView(s[i..<(i + digits)]))
                guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                    throw error("(unicode error) truncated \\\(n)XX escape")
                }
                out.append(scalar)
                i += digits
            case "N":
                throw error("(unicode error) \\N{...} escapes are not supported by the embedded engine")
            default:
                out.append("\\")
                out.append(n)
            }
        }
        return String(out)
    }

    private static let operators: [String] = [
        "**=", "//=", ">>=", "<<=", "...", "->", ":=",
        "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
        "+", "-", "*", "/", "%", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";",
        "@", "=",
    ]

    private static let operatorScalars: [(text: String, scalars: [Unicode.Scalar])] = operators.map {
        ($0, Array($0.unicodeScalars))
    }

    private mutating func lexOperator() throws {
        let start = position
        for (op, opScalars) in Lexer.operatorScalars where opScalars[0] == scalars[index] {
            guard index + opScalars.count <= scalars.count else { continue }
            var matches = true
            for k in 1..<max(1, opScalars.count) where scalars[index + k] != opScalars[k] {
                matches = false
                break
            }
            guard matches else { continue }
            index += opScalars.count
            switch op {
            case "(", "[", "{":
                if brackets.count >= Lexer.maxBracketDepth {
                    throw error("too many nested parentheses", at: start)
                }
                brackets.append((Character(op), start))
            case ")", "]", "}":
                guard let (open, _) = brackets.popLast() else {
                    throw error("unmatched '\(op)'", at: start)
                }
                let expected: Character = open == "(" ? ")" : open == "[" ? "]" : "}"
                if Character(op) != expected {
                    throw error("closing parenthesis '\(op)' does not match opening parenthesis '\(open)'", at: start)
                }
            default: break
            }
            tokens.append(Token(kind: .op, text: op, position: start))
            return
        }
        let c = scalars[index]
        if c == "$" || c == "?" || c == "`" || c == "!" {
            throw error("invalid syntax", at: start)
        }
        throw error("invalid character '\(Character(c))' (U+\(String(c.value, radix: 16, uppercase: true)))", at: start)
    }
}
