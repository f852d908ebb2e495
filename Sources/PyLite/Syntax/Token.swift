/// A position in a source file: 1-based line and column (columns count Unicode scalars).
public struct SourcePosition: Sendable, Equatable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// One lexical token of a Python source file.
struct Token {
    enum Kind: Equatable {
        case name
        case int
        case float
        case string
        case op
        case newline
        case indent
        case dedent
        case endOfFile
    }

    var kind: Kind
    /// The token's text: a name, an operator, the digits of a number, or the decoded value of a plain string.
    var text: String
    var position: SourcePosition
    /// For strings: the literal is an f-string whose raw body (escapes not yet processed) is `text`.
    var isFString = false
    /// For strings: the literal had a `b` prefix.
    var isBytes = false
    /// For f-strings: the literal had an `r` prefix.
    var isRaw = false
    /// For f-strings: position of the first character of the body.
    var bodyPosition = SourcePosition(line: 0, column: 0)

    func isOp(_ op: String) -> Bool { kind == .op && text == op }
    func isKeyword(_ word: String) -> Bool { kind == .name && text == word }
}

/// Python's reserved words: they cannot be used as names.
let pythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]
