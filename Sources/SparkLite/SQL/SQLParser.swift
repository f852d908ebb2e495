/// A recursive-descent parser for Spark SQL, following the shapes and precedence of Spark's
/// `SqlBaseParser.g4`. It produces unresolved logical plans; the analyzer resolves names and types.
///
/// Spark accepts almost every keyword as an identifier (`spark.sql.ansi.enforceReservedKeywords` is
/// off by default), so a word is read as a keyword only where the grammar expects one.
struct SQLParser {
    let text: String
    var tokens: [SQLToken]
    var pos = 0
    /// The named windows of the query being parsed, innermost last (`WINDOW w AS (...)`).
    var windowScopes: [[String: WindowSpecDefinition]] = []
    /// An error found before the end of the text that Spark would only report once the syntax is valid.
    var deferredError: SparkError?
    /// CTE definitions read so far: a recursive CTE's loop is numbered by its definition, as Spark numbers them.
    var cteDefinitions = 0
    /// The values of `:name` and `?` parameter markers (`spark.sql(text, args=...)`).
    var parameters: SQLParameters
    var nextPositionalParameter = 0
    /// Each column, function and table name read, and each division and literal cast, in order, for placing
    /// errors.
    var nameReferences: [SQLNameReference] = []

    init(_ text: String, parameters: SQLParameters = SQLParameters()) throws(SparkError) {
        self.text = text
        self.tokens = try SQLLexer.tokenize(text)
        self.parameters = parameters
    }

    /// Notes that a name (or an operation) starts at `token`.
    mutating func noteName(_ kind: ErrorSubject.Kind, _ parts: [String], at token: SQLToken) {
        nameReferences.append(SQLNameReference(kind: kind, nameParts: parts, line: token.line, column: token.column))
    }

    // MARK: Token access

    var current: SQLToken { tokens[pos] }

    func peek(_ ahead: Int = 1) -> SQLToken {
        tokens[min(pos + ahead, tokens.count - 1)]
    }

    var atEnd: Bool { current.kind == .endOfInput }

    mutating func advance() {
        if pos < tokens.count - 1 { pos += 1 }
    }

    func check(_ keyword: String) -> Bool { current.isKeyword(keyword) }

    func checkSymbol(_ symbol: String) -> Bool { current.isSymbol(symbol) }

    mutating func accept(_ keyword: String) -> Bool {
        guard check(keyword) else { return false }
        advance()
        return true
    }

    mutating func acceptSymbol(_ symbol: String) -> Bool {
        guard checkSymbol(symbol) else { return false }
        advance()
        return true
    }

    mutating func expect(_ keyword: String) throws(SparkError) {
        guard accept(keyword) else { throw mismatch(expected: "'\(keyword)'") }
    }

    mutating func expectSymbol(_ symbol: String) throws(SparkError) {
        guard acceptSymbol(symbol) else { throw mismatch(expected: "'\(symbol)'") }
    }

    /// `)` after a subquery; at the end of the text Spark reports it as missing.
    mutating func expectClosingParenthesisOfQuery() throws(SparkError) {
        guard acceptSymbol(")") else { throw mismatch(expected: "')'", canFollow: atEnd) }
    }

    /// The end of the statement: optional semicolons, then nothing.
    mutating func expectEndOfStatement() throws(SparkError) {
        var sawSemicolon = false
        while acceptSymbol(";") { sawSemicolon = true }
        guard atEnd else {
            // Like ANTLR's recovery: a stray token after `;`, or one stray token before the end, is "extra input".
            let next = peek()
            if sawSemicolon || next.kind == .endOfInput || next.isSymbol(";") {
                throw syntaxError(at: current, hint: ": extra input \(current.errorDisplay)")
            }
            throw syntaxError(at: current)
        }
    }

    // MARK: Errors

    /// `[PARSE_SYNTAX_ERROR] Syntax error at or near 'X'.` with Spark's `== SQL ==` caret block.
    func syntaxError(at token: SQLToken, hint: String = "") -> SparkError {
        SparkError(
            "PARSE_SYNTAX_ERROR", "Syntax error at or near \(token.errorDisplay)\(hint).", sqlState: "42601",
            sqlLine: token.line, sqlPosition: token.column, context: caretContext(line: token.line, column: token.column))
    }

    /// A mismatched token, reported as ANTLR's recovery would: "extra input" when the expected token
    /// follows right after, "missing X" when the current token could come after the missing one.
    func mismatch(expected: String, canFollow: Bool = false) -> SparkError {
        let next = peek()
        if "'\(next.text)'" == expected || (next.kind == .word && "'\(next.keyword)'" == expected) {
            return syntaxError(at: current, hint: ": extra input \(current.errorDisplay)")
        }
        if canFollow {
            return syntaxError(at: current, hint: ": missing \(expected)")
        }
        return syntaxError(at: current)
    }

    /// Spark's parse-error context: the query with a `---^^^` line under the error line.
    func caretContext(line: Int, column: Int) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out = "== SQL ==\n"
        for (i, l) in lines.enumerated() {
            out += l + "\n"
            if i + 1 == line { out += String(repeating: "-", count: column) + "^^^\n" }
        }
        return out
    }

    /// Spark's query-context block for errors on a fragment (`== SQL (line 1, position 8) ==`).
    func fragmentError(_ errorClass: String, _ message: String, sqlState: String, from start: SQLToken, to end: SQLToken) -> SparkError {
        let startOffset = start.offset
        let endOffset = end.offset + end.text.unicodeScalars.count
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var context = "== SQL (line \(start.line), position \(start.column + 1)) ==\n"
        var offset = 0
        for l in lines {
            let length = l.unicodeScalars.count
            let lineStart = offset, lineEnd = offset + length
            if lineEnd >= startOffset && lineStart <= endOffset {
                context += l + "\n"
                let from = max(startOffset, lineStart) - lineStart
                let to = min(endOffset, lineEnd) - lineStart
                context += String(repeating: " ", count: from) + String(repeating: "^", count: max(to - from, 1)) + "\n"
            }
            offset = lineEnd + 1
        }
        return SparkError(errorClass, message, sqlState: sqlState, sqlLine: start.line, sqlPosition: start.column, context: context)
    }

    /// A construct Spark parses and SparkLite does not run yet.
    func unsupported(_ what: String) -> SparkError {
        SparkError.unsupported(what)
    }

    // MARK: Identifiers

    /// Words that never start an implicit alias because they continue the query.
    static let clauseKeywords: Set<String> = [
        "FROM", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "UNION", "EXCEPT", "MINUS", "INTERSECT",
        "WINDOW", "LATERAL", "CLUSTER", "DISTRIBUTE", "SORT", "PIVOT", "UNPIVOT", "AND", "OR", "IS", "IN", "NOT",
        "LIKE", "ILIKE", "RLIKE", "REGEXP", "BETWEEN", "DIV", "AS", "OVER", "FILTER", "IGNORE", "RESPECT",
        "TABLESAMPLE", "INTO", "ASC", "DESC", "NULLS", "WITHIN", "FOR", "QUALIFY",
    ]

    /// `strictNonReserved`: never a table alias; a column alias only where no join or set operation can follow.
    static let strictNonReserved: Set<String> = [
        "ANTI", "CROSS", "EXCEPT", "FULL", "INNER", "INTERSECT", "JOIN", "LATERAL", "LEFT", "NATURAL", "ON",
        "RIGHT", "SEMI", "MINUS", "UNION", "USING",
    ]

    var currentIsIdentifier: Bool { current.kind == .word || current.kind == .quotedIdentifier }

    /// Any identifier, keywords included.
    mutating func identifier() throws(SparkError) -> String {
        guard currentIsIdentifier else { throw syntaxError(at: current) }
        let name = current.value
        advance()
        return name
    }

    /// `a.b.c`
    mutating func multipartIdentifier() throws(SparkError) -> [String] {
        var parts = [try identifier()]
        while checkSymbol("."), peek().kind == .word || peek().kind == .quotedIdentifier {
            advance()
            parts.append(try identifier())
        }
        return parts
    }

    /// Whether the current word would be read as an implicit alias (`expr name`, `table name`).
    /// A clause keyword is an alias only where nothing else could follow it, as ANTLR decides.
    func currentStartsImplicitAlias(forTable: Bool) -> Bool {
        if current.kind == .quotedIdentifier { return true }
        guard current.kind == .word else { return false }
        let word = current.keyword
        if forTable && Self.strictNonReserved.contains(word) { return false }
        guard Self.clauseKeywords.contains(word) || Self.strictNonReserved.contains(word) else { return true }
        let next = peek()
        let nextEndsClause = next.kind == .endOfInput || next.isSymbol(";") || next.isSymbol(")")
        switch word {
        case "GROUP", "ORDER", "CLUSTER", "DISTRIBUTE", "SORT":
            guard next.isKeyword("BY") else { return true }
            let after = peek(2)
            return after.kind == .endOfInput || after.isSymbol(";") || after.isSymbol(")")
        case "AS":
            return false
        default:
            // A clause keyword followed by the start of another clause cannot open its own clause.
            return nextEndsClause || (!forTable && next.isSymbol(",")) || Self.clauseStarts.contains(next.keyword)
        }
    }

    /// Words that open a clause after a select list or a relation.
    static let clauseStarts: Set<String> = [
        "FROM", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "WINDOW", "QUALIFY", "UNION", "EXCEPT",
        "MINUS", "INTERSECT", "LATERAL", "CLUSTER", "DISTRIBUTE", "SORT", "JOIN", "INNER", "LEFT", "RIGHT", "FULL",
        "CROSS", "NATURAL", "SEMI", "ANTI",
    ]
}
