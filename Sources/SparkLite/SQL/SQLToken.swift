/// One token of Spark SQL text, with where it starts (for error carets).
struct SQLToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// A bare word: an identifier or a keyword, decided by the parser from context.
        case word
        /// `` `name` `` with doubled backquotes already collapsed.
        case quotedIdentifier
        /// `'text'` or `"text"` with escapes already applied.
        case string
        case integer
        /// `1.5`, `.5`
        case decimal
        /// `1e3`, `1.5E-2`
        case exponent
        /// `1L`, `1S`, `1Y`, `1.5D`, `1F`, `1.5BD`: the suffix is in `text`.
        case bigintLiteral, smallintLiteral, tinyintLiteral, doubleLiteral, floatLiteral, bigDecimalLiteral
        /// Punctuation and operators: `(`, `<=>`, `::`, `||`, …
        case symbol
        /// `/*+` opening a hint.
        case hintStart
        /// `*/` closing a hint.
        case hintEnd
        /// A character the lexer cannot start a token with, or an unterminated string/identifier.
        case unrecognized
        case endOfInput
    }

    var kind: Kind
    /// The source text of the token, exactly as written.
    var text: String
    /// The decoded value: identifier name, string contents, number digits.
    var value: String
    /// Offset in unicode scalars from the start of the text.
    var offset: Int
    /// 1-based line and 0-based column, as Spark reports them.
    var line: Int
    var column: Int

    /// The upper-cased word, for keyword comparisons; empty for non-words.
    var keyword: String { kind == .word ? text.uppercased() : "" }

    func isKeyword(_ word: String) -> Bool { kind == .word && text.uppercased() == word }

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }

    /// How Spark shows this token in `Syntax error at or near ...`.
    var errorDisplay: String {
        kind == .endOfInput ? "end of input" : "'\(text)'"
    }
}
