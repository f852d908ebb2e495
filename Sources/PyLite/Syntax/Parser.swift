/// A recursive-descent parser for the Python subset PyLite runs. Produces statements, or throws a `PyError`
/// of kind `.syntaxError` (`SyntaxError` / `IndentationError`) with the offending position.
struct Parser {
    /// Deepest nesting of expressions (unary operators, conditional expressions, brackets) the parser accepts.
    static let maxExpressionDepth = 400
    /// Longest chain of binary operators or trailers (`a.b[0](x)...`) in one expression; the tree it builds is
    /// evaluated recursively, so its depth is bounded like nesting.
    static let maxChainLength = 3000

    private var tokens: [Token]
    private var index = 0
    private var depth = 0
    /// Whether the statement being parsed is inside a function body, and inside a loop of the current body
    /// (`return`, `yield`, `break` and `continue` are checked as CPython's compiler does).
    private var inFunction = false
    private var inLoop = false
    private let lexer: Lexer
    private let filename: String

    init(tokens: [Token], source: String, filename: String) {
        self.tokens = tokens
        self.filename = filename
        lexer = Lexer(source: source, filename: filename)
    }

    /// Parses a whole module.
    static func parseModule(_ source: String, filename: String) throws -> [Stmt] {
        let (tokens, pending) = try Lexer.tokenizeDeferring(source, filename: filename)
        var parser = Parser(tokens: tokens, source: source, filename: filename)
        parser.pendingError = pending
        var body: [Stmt] = []
        while parser.current.kind != .endOfFile {
            if parser.current.kind == .newline {
                parser.index += 1
                continue
            }
            body.append(contentsOf: try parser.parseStatement())
        }
        if let pending { throw pending }
        if let compileError = parser.compileError { throw compileError }
        return body
    }

    /// An unclosed bracket, reported when the parser reaches the end of input.
    private var pendingError: PyError?
    /// The first error CPython's compiler (not its parser) would report: `return` outside a function and the
    /// like. Reported only when the whole file parses.
    private var compileError: PyError?

    private mutating func deferError(_ message: String) {
        if compileError == nil { compileError = error(message) }
    }

    // MARK: Token helpers

    private var current: Token { tokens[index] }
    private func peekToken(_ offset: Int = 1) -> Token { tokens[min(index + offset, tokens.count - 1)] }

    private mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private mutating func match(_ op: String) -> Bool {
        if current.isOp(op) {
            index += 1
            return true
        }
        return false
    }

    private mutating func matchKeyword(_ word: String) -> Bool {
        if current.isKeyword(word) {
            index += 1
            return true
        }
        return false
    }

    private func error(_ message: String, at token: Token? = nil, type: String = "SyntaxError") -> PyError {
        let token = token ?? current
        if let pendingError,
            token.kind == .endOfFile || token.kind == .newline || token.kind == .dedent
                || token.position.line > (pendingError.position?.line ?? Int.max)
        {
            return pendingError
        }
        var position = token.position
        if token.kind == .newline || token.kind == .endOfFile {
            position.column = max(1, position.column)
        }
        return lexer.error(message, at: position, type: type)
    }

    private func invalidSyntax() -> PyError {
        if current.kind == .indent { return error("unexpected indent", type: "IndentationError") }
        if current.kind == .endOfFile { return error("invalid syntax") }
        return error("invalid syntax")
    }

    private mutating func expect(_ op: String) throws {
        guard match(op) else {
            if op == ":" || op == "(" || op == ")" || op == "]" || op == "}" || op == "=" {
                throw error("expected '\(op)'")
            }
            throw invalidSyntax()
        }
    }

    private mutating func expectName() throws -> String {
        guard current.kind == .name, !pythonKeywords.contains(current.text) else { throw invalidSyntax() }
        return advance().text
    }

    private mutating func enter() throws {
        depth += 1
        if depth > Parser.maxExpressionDepth {
            throw error("too many nested parentheses")
        }
    }

    private mutating func leave() { depth -= 1 }

    private func unsupported(_ what: String, at token: Token) -> PyError {
        PyError(
            kind: .unsupported, typeName: "UNSUPPORTED",
            message: "\(what) is not supported by the embedded engine (line \(token.position.line))",
            filename: filename, position: token.position)
    }

    // MARK: Statements

    private mutating func parseStatement() throws -> [Stmt] {
        let token = current
        if token.kind == .indent { throw error("unexpected indent", type: "IndentationError") }
        if token.kind == .dedent { throw error("unindent does not match any outer indentation level", type: "IndentationError") }
        if token.kind == .name {
            switch token.text {
            case "if": return [try parseIf()]
            case "while": return [try parseWhile()]
            case "for": return [try parseFor()]
            case "try": return [try parseTry()]
            case "def": return [try parseFunctionDef(decorators: [])]
            case "class": return [try parseClassDef(decorators: [])]
            case "with": return [try parseWith()]
            case "async": throw unsupported(peekToken().isKeyword("def") ? "async def" : "async", at: token)
            case "match" where isSoftKeywordStatement(), "case" where isSoftKeywordStatement():
                throw unsupported("the '\(token.text)' statement", at: token)
            default: break
            }
        }
        if token.isOp("@") { return [try parseDecorated()] }
        return try parseSimpleStatements()
    }

    /// `match subject:` (or `case pattern:`): a soft keyword followed by an expression and a colon ending the line.
    private func isSoftKeywordStatement() -> Bool {
        let next = peekToken()
        if next.kind == .newline || next.kind == .endOfFile { return false }
        if next.kind == .op, next.text != "(", next.text != "[", next.text != "-", next.text != "{" { return false }
        return lineEndsWithColon()
    }

    private func lineEndsWithColon() -> Bool {
        var k = index + 1
        var last: Token?
        while k < tokens.count, tokens[k].kind != .newline, tokens[k].kind != .endOfFile {
            last = tokens[k]
            k += 1
        }
        return last?.isOp(":") == true
    }

    private mutating func parseSimpleStatements() throws -> [Stmt] {
        if current.isKeyword("print"), peekToken().kind == .string || peekToken().kind == .int
            || (peekToken().kind == .name && !pythonKeywords.contains(peekToken().text))
        {
            throw error("Missing parentheses in call to 'print'. Did you mean print(...)?")
        }
        var statements = [try parseSmallStatement()]
        while match(";") {
            if current.kind == .newline { break }
            statements.append(try parseSmallStatement())
        }
        guard current.kind == .newline || current.kind == .endOfFile else { throw invalidSyntax() }
        if current.kind == .newline { index += 1 }
        return statements
    }

    private mutating func parseSmallStatement() throws -> Stmt {
        let token = current
        let position = token.position
        if token.kind == .name {
            switch token.text {
            case "pass":
                index += 1
                return Stmt(.pass, position)
            case "break":
                if !inLoop { deferError("'break' outside loop") }
                index += 1
                return Stmt(.breakLoop, position)
            case "continue":
                if !inLoop { deferError("'continue' not properly in loop") }
                index += 1
                return Stmt(.continueLoop, position)
            case "return":
                if !inFunction { deferError("'return' outside function") }
                index += 1
                if atStatementEnd { return Stmt(.returnValue(nil), position) }
                return Stmt(.returnValue(try parseTestListStarred()), position)
            case "raise":
                index += 1
                if atStatementEnd { return Stmt(.raise(nil, cause: nil), position) }
                let exception = try parseTest()
                let cause = matchKeyword("from") ? try parseTest() : nil
                return Stmt(.raise(exception, cause: cause), position)
            case "assert":
                index += 1
                let test = try parseTest()
                let message = match(",") ? try parseTest() : nil
                return Stmt(.assert(test, message: message), position)
            case "del":
                index += 1
                var targets = [try parseBitOr()]
                while match(",") {
                    if atStatementEnd { break }
                    targets.append(try parseBitOr())
                }
                for target in targets { try validateTarget(target, deleting: true) }
                return Stmt(.delete(targets), position)
            case "global", "nonlocal":
                index += 1
                var names = [try expectName()]
                while match(",") { names.append(try expectName()) }
                return Stmt(token.text == "global" ? .global(names) : .nonlocal(names), position)
            case "import":
                index += 1
                return try parseImport(position)
            case "from":
                index += 1
                return try parseFromImport(position)
            case "await":
                throw unsupported("await", at: token)
            default: break
            }
        }
        return try parseExpressionStatement()
    }

    private var atStatementEnd: Bool {
        current.kind == .newline || current.kind == .endOfFile || current.isOp(";")
    }

    private mutating func parseDottedName() throws -> String {
        var name = try expectName()
        while match(".") { name += "." + (try expectName()) }
        return name
    }

    private mutating func parseImport(_ position: SourcePosition) throws -> Stmt {
        var aliases: [ImportAlias] = []
        repeat {
            let name = try parseDottedName()
            let asName = matchKeyword("as") ? try expectName() : nil
            aliases.append(ImportAlias(name: name, asName: asName))
        } while match(",")
        return Stmt(.importModules(aliases), position)
    }

    private mutating func parseFromImport(_ position: SourcePosition) throws -> Stmt {
        var level = 0
        while current.isOp(".") || current.isOp("...") {
            level += current.text.count
            index += 1
        }
        let module = current.isKeyword("import") ? "" : try parseDottedName()
        guard matchKeyword("import") else { throw invalidSyntax() }
        if match("*") { return Stmt(.importFrom(module: module, level: level, names: nil), position) }
        let parenthesized = match("(")
        var aliases: [ImportAlias] = []
        repeat {
            if parenthesized && current.isOp(")") { break }
            let name = try expectName()
            let asName = matchKeyword("as") ? try expectName() : nil
            aliases.append(ImportAlias(name: name, asName: asName))
        } while match(",")
        if parenthesized { try expect(")") }
        if aliases.isEmpty { throw invalidSyntax() }
        return Stmt(.importFrom(module: module, level: level, names: aliases), position)
    }

    private static let augmentedOperators: [String: BinaryOperator] = [
        "+=": .add, "-=": .subtract, "*=": .multiply, "/=": .trueDivide, "//=": .floorDivide, "%=": .modulo,
        "**=": .power, "<<=": .leftShift, ">>=": .rightShift, "&=": .bitAnd, "|=": .bitOr, "^=": .bitXor,
        "@=": .matrixMultiply,
    ]

    private mutating func parseExpressionStatement() throws -> Stmt {
        let position = current.position
        let first = try parseTestListStarred()
        if current.kind == .op, let op = Parser.augmentedOperators[current.text] {
            let opToken = advance()
            try validateTarget(first, augmented: true, at: opToken)
            let value = current.isKeyword("yield") ? try parseYield() : try parseTestList()
            return Stmt(.augmentedAssign(target: first, op: op, value: value), position)
        }
        if current.isOp(":") {
            index += 1
            try validateTarget(first, annotated: true)
            let annotation = try parseTest()
            let value = match("=") ? try parseTestListStarred() : nil
            return Stmt(.annotatedAssign(target: first, annotation: annotation, value: value), position)
        }
        if current.isOp("=") {
            var targets = [first]
            var value = first
            while current.isOp("=") {
                let equals = advance()
                if current.kind == .newline || current.kind == .endOfFile {
                    throw error("invalid syntax", at: current)
                }
                _ = equals
                value = current.isKeyword("yield") ? try parseYield() : try parseTestListStarred()
                targets.append(value)
            }
            targets.removeLast()
            for target in targets { try validateTarget(target, suggestEquality: targets.count == 1) }
            return Stmt(.assign(targets: targets, value: value), position)
        }
        return Stmt(.expression(first), position)
    }

    /// Checks that an expression can be assigned to (or deleted), raising Python's messages otherwise.
    private func validateTarget(
        _ expr: Expr, deleting: Bool = false, augmented: Bool = false, annotated: Bool = false, at token: Token? = nil,
        suggestEquality: Bool = false
    ) throws {
        let verb = deleting ? "delete" : "assign to"
        let hint = suggestEquality ? " here. Maybe you meant '==' instead of '='?" : ""
        switch expr.kind {
        case .name(let name):
            if name == "__debug__" { throw lexer.error("cannot \(verb) __debug__", at: expr.position) }
        case .attribute, .subscript:
            return
        case .tuple(let items), .list(let items):
            if augmented {
                throw lexer.error("'tuple' is an illegal expression for augmented assignment", at: expr.position)
            }
            if annotated {
                throw lexer.error("only single target (not tuple) can be annotated", at: expr.position)
            }
            var starred = 0
            for item in items {
                if case .starred(let inner) = item.kind, !deleting {
                    starred += 1
                    try validateTarget(inner)
                } else {
                    try validateTarget(item, deleting: deleting)
                }
            }
            if starred > 1 { throw lexer.error("multiple starred expressions in assignment", at: expr.position) }
        case .starred:
            throw lexer.error("starred assignment target must be in a list or tuple", at: expr.position)
        case .constant(let value):
            let what: String
            switch value {
            case .none: what = "None"
            case .bool(let b): what = b ? "True" : "False"
            default: what = "literal"
            }
            throw lexer.error("cannot \(verb) \(what)" + (what == "literal" ? hint : ""), at: expr.position)
        case .call:
            throw lexer.error("cannot \(verb) function call" + hint, at: expr.position)
        case .compare:
            throw lexer.error("cannot \(verb) comparison", at: expr.position)
        case .lambda:
            throw lexer.error("cannot \(verb) lambda", at: expr.position)
        case .binary, .unary, .and, .or:
            throw lexer.error("cannot \(verb) expression", at: expr.position)
        default:
            throw lexer.error("cannot \(verb) expression", at: expr.position)
        }
    }

    private mutating func parseBlock(after keyword: String, line: Int) throws -> [Stmt] {
        try expect(":")
        if current.kind != .newline {
            return try parseSimpleStatements()
        }
        index += 1
        guard current.kind == .indent else {
            throw error("expected an indented block after \(keyword) on line \(line)", type: "IndentationError")
        }
        index += 1
        var body: [Stmt] = []
        while current.kind != .dedent && current.kind != .endOfFile {
            if current.kind == .newline {
                index += 1
                continue
            }
            body.append(contentsOf: try parseStatement())
        }
        if current.kind == .dedent { index += 1 }
        return body
    }

    private mutating func parseIf() throws -> Stmt {
        let token = advance()
        let test = try parseNamedExpressionTest()
        let body = try parseBlock(after: "'if' statement", line: token.position.line)
        var orElse: [Stmt] = []
        if current.isKeyword("elif") {
            orElse = [try parseIf()]
        } else if current.isKeyword("else") {
            let elseToken = advance()
            orElse = try parseBlock(after: "'else' statement", line: elseToken.position.line)
        }
        return Stmt(.ifStatement(test: test, body: body, orElse: orElse), token.position)
    }

    private mutating func parseWhile() throws -> Stmt {
        let token = advance()
        let test = try parseNamedExpressionTest()
        let outerLoop = inLoop
        inLoop = true
        let body = try parseBlock(after: "'while' statement", line: token.position.line)
        inLoop = outerLoop
        var orElse: [Stmt] = []
        if current.isKeyword("else") {
            let elseToken = advance()
            orElse = try parseBlock(after: "'else' statement", line: elseToken.position.line)
        }
        return Stmt(.whileLoop(test: test, body: body, orElse: orElse), token.position)
    }

    private mutating func parseFor() throws -> Stmt {
        let token = advance()
        let target = try parseTargetList()
        guard matchKeyword("in") else { throw invalidSyntax() }
        let iterable = try parseTestListStarred()
        let outerLoop = inLoop
        inLoop = true
        let body = try parseBlock(after: "'for' statement", line: token.position.line)
        inLoop = outerLoop
        var orElse: [Stmt] = []
        if current.isKeyword("else") {
            let elseToken = advance()
            orElse = try parseBlock(after: "'else' statement", line: elseToken.position.line)
        }
        return Stmt(.forLoop(target: target, iterable: iterable, body: body, orElse: orElse), token.position)
    }

    /// `a, b` / `(a, b)` / `x` in a `for` or comprehension target.
    private mutating func parseTargetList() throws -> Expr {
        let position = current.position
        var items: [Expr] = []
        var trailingComma = false
        repeat {
            if current.isKeyword("in") { break }
            if current.isOp("*") {
                let star = advance()
                items.append(Expr(.starred(try parseBitOr()), star.position))
            } else {
                items.append(try parseBitOr())
            }
            trailingComma = current.isOp(",")
        } while match(",")
        if items.isEmpty { throw invalidSyntax() }
        let target = items.count == 1 && !trailingComma ? items[0] : Expr(.tuple(items), position)
        try validateTarget(target)
        return target
    }

    private mutating func parseTry() throws -> Stmt {
        let token = advance()
        let body = try parseBlock(after: "'try' statement", line: token.position.line)
        var handlers: [ExceptHandler] = []
        while current.isKeyword("except") {
            let exceptToken = advance()
            if current.isOp("*") { throw unsupported("except*", at: exceptToken) }
            var type: Expr?
            var name: String?
            if !current.isOp(":") {
                type = try parseTest()
                if current.isOp(",") {
                    var items = [type!]
                    while match(",") { items.append(try parseTest()) }
                    throw lexer.error("multiple exception types must be parenthesized", at: items[0].position)
                }
                if matchKeyword("as") { name = try expectName() }
            }
            let handlerBody = try parseBlock(after: "'except' statement", line: exceptToken.position.line)
            handlers.append(ExceptHandler(type: type, name: name, body: handlerBody, position: exceptToken.position))
        }
        var orElse: [Stmt] = []
        var finalBody: [Stmt] = []
        if !handlers.isEmpty && current.isKeyword("else") {
            let elseToken = advance()
            orElse = try parseBlock(after: "'else' statement", line: elseToken.position.line)
        }
        if current.isKeyword("finally") {
            let finallyToken = advance()
            finalBody = try parseBlock(after: "'finally' statement", line: finallyToken.position.line)
        }
        if handlers.isEmpty && finalBody.isEmpty {
            throw error("expected 'except' or 'finally' block")
        }
        return Stmt(.tryStatement(body: body, handlers: handlers, orElse: orElse, finally: finalBody), token.position)
    }

    private mutating func parseWith() throws -> Stmt {
        let token = advance()
        var items: [(Expr, Expr?)] = []
        repeat {
            let context = try parseTest()
            var target: Expr?
            if matchKeyword("as") {
                target = try parseBitOr()
                try validateTarget(target!)
            }
            items.append((context, target))
        } while match(",")
        let body = try parseBlock(after: "'with' statement", line: token.position.line)
        return Stmt(.with(items: items, body: body), token.position)
    }

    private mutating func parseDecorated() throws -> Stmt {
        var decorators: [Expr] = []
        while current.isOp("@") {
            index += 1
            decorators.append(try parseNamedExpressionTest())
            guard current.kind == .newline else { throw invalidSyntax() }
            index += 1
        }
        if current.isKeyword("def") { return try parseFunctionDef(decorators: decorators) }
        if current.isKeyword("class") { return try parseClassDef(decorators: decorators) }
        if current.isKeyword("async") { throw unsupported("async def", at: current) }
        throw invalidSyntax()
    }

    private mutating func parseFunctionDef(decorators: [Expr]) throws -> Stmt {
        let token = advance()
        let name = try expectName()
        try expect("(")
        let parameters = try parseParameters(closing: ")", allowAnnotations: true)
        try expect(")")
        let returns = match("->") ? try parseTest() : nil
        let (outerFunction, outerLoop) = (inFunction, inLoop)
        (inFunction, inLoop) = (true, false)
        let body = try parseBlock(after: "function definition", line: token.position.line)
        (inFunction, inLoop) = (outerFunction, outerLoop)
        let decl = FunctionDecl(
            name: name, parameters: parameters, body: body, returnAnnotation: returns, position: token.position,
            isLambda: false)
        if let first = body.first, case .expression(let expr) = first.kind, case .constant(.str(let doc)) = expr.kind {
            decl.docstring = doc
        }
        try ScopeAnalyzer.analyze(decl, lexer: lexer)
        return Stmt(.functionDef(decl, decorators: decorators), token.position)
    }

    private mutating func parseParameters(closing: String, allowAnnotations: Bool) throws -> [Parameter] {
        var parameters: [Parameter] = []
        var seenStar = false
        var seenDefault = false
        var names: Set<String> = []
        func add(_ p: Parameter, _ token: Token) throws {
            if names.contains(p.name) {
                throw lexer.error("duplicate argument '\(p.name)' in function definition", at: token.position)
            }
            names.insert(p.name)
            parameters.append(p)
        }
        while !current.isOp(closing) {
            let token = current
            if match("/") {
                if !match(",") { break }
                continue
            }
            if match("**") {
                let name = try expectName()
                let annotation = allowAnnotations && match(":") ? try parseTest() : nil
                try add(Parameter(name: name, kind: .varKeyword, annotation: annotation), token)
                _ = match(",")
                break
            }
            if match("*") {
                if seenStar { throw invalidSyntax() }
                seenStar = true
                if current.isOp(",") {
                    index += 1
                    continue
                }
                let name = try expectName()
                let annotation = allowAnnotations && match(":") ? try parseTest() : nil
                try add(Parameter(name: name, kind: .varPositional, annotation: annotation), token)
                if !match(",") { break }
                continue
            }
            let name = try expectName()
            let annotation = allowAnnotations && match(":") ? try parseTest() : nil
            var defaultValue: Expr?
            if match("=") {
                defaultValue = try parseTest()
                if !seenStar { seenDefault = true }
            } else if seenDefault && !seenStar {
                throw lexer.error("non-default argument follows default argument", at: token.position)
            }
            try add(
                Parameter(name: name, kind: seenStar ? .keywordOnly : .positional, defaultValue: defaultValue,
                          annotation: annotation), token)
            if !match(",") { break }
        }
        return parameters
    }

    private mutating func parseClassDef(decorators: [Expr]) throws -> Stmt {
        let token = advance()
        let name = try expectName()
        var bases: [CallArgument] = []
        if match("(") {
            bases = try parseCallArguments()
            try expect(")")
        }
        let (outerFunction, outerLoop) = (inFunction, inLoop)
        (inFunction, inLoop) = (false, false)
        let body = try parseBlock(after: "class definition", line: token.position.line)
        (inFunction, inLoop) = (outerFunction, outerLoop)
        return Stmt(.classDef(name: name, bases: bases, body: body, decorators: decorators), token.position)
    }

    // MARK: Expressions

    /// `test_list_star_expr`: one expression, or a tuple when commas follow.
    private mutating func parseTestListStarred() throws -> Expr {
        let position = current.position
        let first = try parseTestOrStar()
        guard current.isOp(",") else { return first }
        var items = [first]
        while match(",") {
            if isExpressionEnd { break }
            items.append(try parseTestOrStar())
        }
        return Expr(.tuple(items), position)
    }

    private mutating func parseTestList() throws -> Expr {
        let position = current.position
        let first = try parseTest()
        guard current.isOp(",") else { return first }
        var items = [first]
        while match(",") {
            if isExpressionEnd { break }
            items.append(try parseTest())
        }
        return Expr(.tuple(items), position)
    }

    private var isExpressionEnd: Bool {
        switch current.kind {
        case .newline, .endOfFile, .indent, .dedent: return true
        case .op: return ["=", ")", "]", "}", ":", ";"].contains(current.text) || Parser.augmentedOperators[current.text] != nil
        case .name: return current.text == "in" || current.text == "for"
        default: return false
        }
    }

    private mutating func parseTestOrStar() throws -> Expr {
        if current.isOp("*") {
            let star = advance()
            return Expr(.starred(try parseBitOr()), star.position)
        }
        return try parseNamedExpressionTest()
    }

    private mutating func parseNamedExpressionTest() throws -> Expr {
        if current.kind == .name, peekToken().isOp(":="), !pythonKeywords.contains(current.text) {
            let name = advance()
            index += 1
            return Expr(.namedExpr(name.text, try parseTest()), name.position)
        }
        return try parseTest()
    }

    private mutating func parseYield() throws -> Expr {
        if !inFunction { deferError("'yield' outside function") }
        let token = advance()
        if matchKeyword("from") { return Expr(.yieldFrom(try parseTest()), token.position) }
        if isExpressionEnd || current.isOp(")") { return Expr(.yield(nil), token.position) }
        return Expr(.yield(try parseTestListStarred()), token.position)
    }

    mutating func parseTest() throws -> Expr {
        try enter()
        defer { leave() }
        if current.isKeyword("lambda") { return try parseLambda() }
        if current.isKeyword("yield") { return try parseYield() }
        let position = current.position
        let body = try parseOr()
        if matchKeyword("if") {
            let test = try parseOr()
            guard matchKeyword("else") else { throw error("expected 'else' after 'if' expression") }
            let orElse = try parseTest()
            return Expr(.conditional(test: test, body: body, orElse: orElse), position)
        }
        return body
    }

    private mutating func parseTestNoConditional() throws -> Expr {
        if current.isKeyword("lambda") { return try parseLambda() }
        return try parseOr()
    }

    private mutating func parseLambda() throws -> Expr {
        let token = advance()
        let parameters = try parseParameters(closing: ":", allowAnnotations: false)
        try expect(":")
        let outerFunction = inFunction
        inFunction = true
        let bodyExpr = try parseTest()
        inFunction = outerFunction
        let body = [Stmt(.returnValue(bodyExpr), bodyExpr.position)]
        let decl = FunctionDecl(
            name: "<lambda>", parameters: parameters, body: body, returnAnnotation: nil, position: token.position,
            isLambda: true)
        try ScopeAnalyzer.analyze(decl, lexer: lexer)
        return Expr(.lambda(decl), token.position)
    }

    private mutating func parseOr() throws -> Expr {
        let position = current.position
        let first = try parseAnd()
        guard current.isKeyword("or") else { return first }
        var items = [first]
        while matchKeyword("or") { items.append(try parseAnd()) }
        return Expr(.or(items), position)
    }

    private mutating func parseAnd() throws -> Expr {
        let position = current.position
        let first = try parseNot()
        guard current.isKeyword("and") else { return first }
        var items = [first]
        while matchKeyword("and") { items.append(try parseNot()) }
        return Expr(.and(items), position)
    }

    private mutating func parseNot() throws -> Expr {
        if current.isKeyword("not") {
            let token = advance()
            try enter()
            defer { leave() }
            return Expr(.unary(.not, try parseNot()), token.position)
        }
        return try parseComparison()
    }

    private mutating func comparisonOperator() -> ComparisonOperator? {
        switch current.kind {
        case .op:
            guard let op = ComparisonOperator(rawValue: current.text), op != .isSame, op != .contains else { return nil }
            index += 1
            return op
        case .name:
            if current.text == "in" {
                index += 1
                return .contains
            }
            if current.text == "not" && peekToken().isKeyword("in") {
                index += 2
                return .notContains
            }
            if current.text == "is" {
                index += 1
                if matchKeyword("not") { return .isNot }
                return .isSame
            }
            return nil
        default: return nil
        }
    }

    private mutating func parseComparison() throws -> Expr {
        let position = current.position
        let first = try parseBitOr()
        var rest: [(ComparisonOperator, Expr)] = []
        while let op = comparisonOperator() {
            rest.append((op, try parseBitOr()))
        }
        return rest.isEmpty ? first : Expr(.compare(first, rest), position)
    }

    private mutating func parseBinaryLevel(
        _ ops: [String], next: (inout Parser) throws -> Expr
    ) throws -> Expr {
        var left = try next(&self)
        var chain = 0
        while current.kind == .op, ops.contains(current.text) {
            chain += 1
            if chain > Parser.maxChainLength { throw error("expression is too deeply nested") }
            let token = advance()
            let right = try next(&self)
            left = Expr(.binary(BinaryOperator(rawValue: token.text)!, left, right), token.position)
        }
        return left
    }

    mutating func parseBitOr() throws -> Expr {
        try parseBinaryLevel(["|"]) { try $0.parseBitXor() }
    }

    private mutating func parseBitXor() throws -> Expr {
        try parseBinaryLevel(["^"]) { try $0.parseBitAnd() }
    }

    private mutating func parseBitAnd() throws -> Expr {
        try parseBinaryLevel(["&"]) { try $0.parseShift() }
    }

    private mutating func parseShift() throws -> Expr {
        try parseBinaryLevel(["<<", ">>"]) { try $0.parseArith() }
    }

    private mutating func parseArith() throws -> Expr {
        try parseBinaryLevel(["+", "-"]) { try $0.parseTerm() }
    }

    private mutating func parseTerm() throws -> Expr {
        try parseBinaryLevel(["*", "/", "//", "%", "@"]) { try $0.parseFactor() }
    }

    private mutating func parseFactor() throws -> Expr {
        if current.kind == .op, current.text == "-" || current.text == "+" || current.text == "~" {
            let token = advance()
            try enter()
            defer { leave() }
            let operand = try parseFactor()
            return Expr(.unary(UnaryOperator(rawValue: token.text)!, operand), token.position)
        }
        return try parsePower()
    }

    private mutating func parsePower() throws -> Expr {
        if current.isKeyword("await") { throw unsupported("await", at: current) }
        let base = try parseAtomWithTrailers()
        if current.isOp("**") {
            let token = advance()
            try enter()
            defer { leave() }
            let exponent = try parseFactor()
            return Expr(.binary(.power, base, exponent), token.position)
        }
        return base
    }

    /// Calls, subscripts and attributes take the position where the whole primary starts, as CPython's AST.
    private mutating func parseAtomWithTrailers() throws -> Expr {
        let start = current.position
        var expr = try parseAtom()
        var chain = 0
        while true {
            chain += 1
            if chain > Parser.maxChainLength { throw error("expression is too deeply nested") }
            if current.isOp("(") {
                index += 1
                let arguments = try parseCallArguments()
                try expect(")")
                expr = Expr(.call(expr, arguments), start)
            } else if current.isOp("[") {
                index += 1
                let subscriptExpr = try parseSubscriptList()
                try expect("]")
                expr = Expr(.subscript(expr, subscriptExpr), start)
            } else if current.isOp(".") {
                index += 1
                let name = try expectName()
                expr = Expr(.attribute(expr, name), start)
            } else {
                return expr
            }
        }
    }

    private mutating func parseCallArguments() throws -> [CallArgument] {
        var arguments: [CallArgument] = []
        var seenKeyword = false
        while !current.isOp(")") {
            let token = current
            if match("**") {
                arguments.append(.doubleStarred(try parseTest()))
                seenKeyword = true
            } else if match("*") {
                arguments.append(.starred(try parseTest()))
            } else if current.kind == .name, peekToken().isOp("="), !pythonKeywords.contains(current.text) {
                let name = advance().text
                index += 1
                arguments.append(.keyword(name, try parseTest()))
                seenKeyword = true
            } else {
                let value = try parseNamedExpressionTest()
                if current.isKeyword("for") {
                    let generator = try parseComprehensionTail(kind: .generator, element: value, value: nil, position: value.position)
                    arguments.append(.positional(generator))
                } else {
                    if seenKeyword {
                        throw lexer.error("positional argument follows keyword argument", at: token.position)
                    }
                    arguments.append(.positional(value))
                }
            }
            if !match(",") { break }
        }
        return arguments
    }

    private mutating func parseSubscriptList() throws -> Expr {
        let position = current.position
        let first = try parseSubscriptItem()
        guard current.isOp(",") else { return first }
        var items = [first]
        while match(",") {
            if current.isOp("]") { break }
            items.append(try parseSubscriptItem())
        }
        return Expr(.tuple(items), position)
    }

    private mutating func parseSubscriptItem() throws -> Expr {
        let position = current.position
        var lower: Expr?
        if !current.isOp(":") {
            let value = try parseTestOrStar()
            guard current.isOp(":") else { return value }
            lower = value
        }
        try expect(":")
        var upper: Expr?
        var step: Expr?
        if !current.isOp("]") && !current.isOp(":") && !current.isOp(",") { upper = try parseTest() }
        if match(":") {
            if !current.isOp("]") && !current.isOp(",") { step = try parseTest() }
        }
        return Expr(.slice(lower, upper, step), position)
    }

    private mutating func parseAtom() throws -> Expr {
        let token = current
        switch token.kind {
        case .name:
            switch token.text {
            case "None":
                index += 1
                return Expr(.constant(.none), token.position)
            case "True":
                index += 1
                return Expr(.constant(.bool(true)), token.position)
            case "False":
                index += 1
                return Expr(.constant(.bool(false)), token.position)
            default:
                if pythonKeywords.contains(token.text) { throw invalidSyntax() }
                index += 1
                return Expr(.name(token.text), token.position)
            }
        case .int:
            index += 1
            return Expr(.constant(try parseIntLiteral(token)), token.position)
        case .float:
            index += 1
            guard let value = Double(token.text.replacingOccurrences(of: "_", with: "")) else {
                throw error("invalid decimal literal", at: token)
            }
            return Expr(.constant(.float(value)), token.position)
        case .string:
            return try parseStrings()
        case .op:
            switch token.text {
            case "(": return try parseParenthesized()
            case "[": return try parseListDisplay()
            case "{": return try parseDictOrSetDisplay()
            case "...":
                index += 1
                return Expr(.constant(.ellipsis), token.position)
            default: throw invalidSyntax()
            }
        case .indent:
            throw error("unexpected indent", type: "IndentationError")
        default:
            throw invalidSyntax()
        }
    }

    private func parseIntLiteral(_ token: Token) throws -> PyValue {
        let text = token.text.replacingOccurrences(of: "_", with: "").lowercased()
        var radix = 10
        var digits = Substring(text)
        if text.hasPrefix("0x") { radix = 16; digits = text.dropFirst(2) }
        else if text.hasPrefix("0o") { radix = 8; digits = text.dropFirst(2) }
        else if text.hasPrefix("0b") { radix = 2; digits = text.dropFirst(2) }
        else if text.count > 1 && text.hasPrefix("0") && text.contains(where: { $0 != "0" }) {
            throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", at: token)
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isHexDigit }) else {
            throw error("invalid \(radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : radix == 2 ? "binary" : "decimal") literal", at: token)
        }
        guard let value = Int(digits, radix: radix) else {
            if digits.allSatisfy({ $0.isNumber || radix == 16 }) && Int(digits.prefix(1), radix: radix) != nil {
                throw PyError(
                    kind: .unsupported, typeName: "UNSUPPORTED",
                    message: "integer literal \(token.text) does not fit in 64 bits; the embedded engine supports 64-bit integers (line \(token.position.line))",
                    filename: filename, position: token.position)
            }
            throw error("invalid \(radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : radix == 2 ? "binary" : "decimal") literal", at: token)
        }
        return .int(value)
    }

    private mutating func parseParenthesized() throws -> Expr {
        let open = advance()
        if match(")") { return Expr(.tuple([]), open.position) }
        if current.isKeyword("yield") {
            let y = try parseYield()
            try expect(")")
            return y
        }
        let first = try parseTestOrStar()
        if current.isKeyword("for") {
            let generator = try parseComprehensionTail(kind: .generator, element: first, value: nil, position: open.position)
            try expect(")")
            return generator
        }
        if match(")") {
            if case .starred = first.kind { throw lexer.error("cannot use starred expression here", at: first.position) }
            return first
        }
        var items = [first]
        while match(",") {
            if current.isOp(")") { break }
            items.append(try parseTestOrStar())
        }
        try expect(")")
        return Expr(.tuple(items), open.position)
    }

    private mutating func parseListDisplay() throws -> Expr {
        let open = advance()
        var items: [Expr] = []
        if match("]") { return Expr(.list([]), open.position) }
        let first = try parseTestOrStar()
        if current.isKeyword("for") {
            let comprehension = try parseComprehensionTail(kind: .list, element: first, value: nil, position: open.position)
            try expect("]")
            return comprehension
        }
        items.append(first)
        while match(",") {
            if current.isOp("]") { break }
            items.append(try parseTestOrStar())
        }
        try expect("]")
        return Expr(.list(items), open.position)
    }

    private mutating func parseDictOrSetDisplay() throws -> Expr {
        let open = advance()
        if match("}") { return Expr(.dict([]), open.position) }
        if match("**") {
            var entries: [(key: Expr?, value: Expr)] = [(nil, try parseBitOr())]
            try parseDictRest(&entries)
            return Expr(.dict(entries), open.position)
        }
        let first = try parseTestOrStar()
        if match(":") {
            let value = try parseTest()
            if current.isKeyword("for") {
                let comprehension = try parseComprehensionTail(kind: .dict, element: first, value: value, position: open.position)
                try expect("}")
                return comprehension
            }
            var entries: [(key: Expr?, value: Expr)] = [(first, value)]
            try parseDictRest(&entries)
            return Expr(.dict(entries), open.position)
        }
        if current.isKeyword("for") {
            let comprehension = try parseComprehensionTail(kind: .set, element: first, value: nil, position: open.position)
            try expect("}")
            return comprehension
        }
        var items = [first]
        while match(",") {
            if current.isOp("}") { break }
            items.append(try parseTestOrStar())
        }
        try expect("}")
        return Expr(.set(items), open.position)
    }

    private mutating func parseDictRest(_ entries: inout [(key: Expr?, value: Expr)]) throws {
        while match(",") {
            if current.isOp("}") { break }
            if match("**") {
                entries.append((nil, try parseBitOr()))
            } else {
                let key = try parseTest()
                try expect(":")
                entries.append((key, try parseTest()))
            }
        }
        try expect("}")
    }

    private mutating func parseComprehensionTail(
        kind: ComprehensionKind, element: Expr, value: Expr?, position: SourcePosition
    ) throws -> Expr {
        var clauses: [ComprehensionClause] = []
        while current.isKeyword("for") {
            index += 1
            let target = try parseTargetList()
            guard matchKeyword("in") else { throw invalidSyntax() }
            let iterable = try parseOr()
            var conditions: [Expr] = []
            while matchKeyword("if") { conditions.append(try parseTestNoConditional()) }
            clauses.append(ComprehensionClause(target: target, iterable: iterable, conditions: conditions))
        }
        if current.isKeyword("async") { throw unsupported("async comprehension", at: current) }
        return Expr(.comprehension(kind, element: element, value: value, clauses: clauses), position)
    }

    // MARK: Strings and f-strings

    private mutating func parseStrings() throws -> Expr {
        let first = current
        var parts: [FStringPart] = []
        var hasFString = false
        var sawBytes = false
        var sawText = false
        while current.kind == .string {
            let token = advance()
            if token.isBytes {
                sawBytes = true
            } else {
                sawText = true
            }
            if token.isFString {
                hasFString = true
                parts.append(contentsOf: try parseFStringBody(token))
            } else {
                parts.append(.literal(token.text))
            }
        }
        if sawBytes && sawText { throw error("cannot mix bytes and nonbytes literals", at: first) }
        if sawBytes { throw unsupported("bytes literals", at: first) }
        if !hasFString {
            let text = parts.map { part -> String in
                if case .literal(let s) = part { return s }
                return ""
            }.joined()
            return Expr(.constant(.str(text)), first.position)
        }
        return Expr(.joinedString(mergeLiterals(parts)), first.position)
    }

    private func mergeLiterals(_ parts: [FStringPart]) -> [FStringPart] {
        var merged: [FStringPart] = []
        for part in parts {
            if case .literal(let text) = part, case .literal(let previous)? = merged.last {
                merged[merged.count - 1] = .literal(previous + text)
            } else {
                merged.append(part)
            }
        }
        return merged
    }

    private func fstringError(_ message: String, _ token: Token) -> PyError {
        lexer.error("f-string: " + message, at: token.position)
    }

    private func parseFStringBody(_ token: Token) throws -> [FStringPart] {
        let scalars = Array(token.text.unicodeScalars)
        var i = 0
        return try parseFStringSegment(scalars, &i, token: token, nested: false)
    }

    private func decodeLiteral(_ text: String, _ token: Token) throws -> String {
        if token.isRaw { return text }
        return try Lexer.unescape(text) { message in self.lexer.error(message, at: token.position) }
    }

    /// Parses literal text and `{...}` fields until the end (or, inside a format spec, until the closing `}`).
    private func parseFStringSegment(
        _ s: [Unicode.Scalar], _ i: inout Int, token: Token, nested: Bool
    ) throws -> [FStringPart] {
        var parts: [FStringPart] = []
        var literal = String.UnicodeScalarView()
        func flush() throws {
            if !literal.isEmpty {
                parts.append(.literal(try decodeLiteral(String(literal), token)))
                literal = String.UnicodeScalarView()
            }
        }
        while i < s.count {
            let c = s[i]
            if c == "{" {
                if !nested, i + 1 < s.count, s[i + 1] == "{" {
                    literal.append("{")
                    i += 2
                    continue
                }
                try flush()
                i += 1
                parts.append(try parseFStringField(s, &i, token: token))
                continue
            }
            if c == "}" {
                if nested { break }
                if i + 1 < s.count, s[i + 1] == "}" {
                    literal.append("}")
                    i += 2
                    continue
                }
                throw fstringError("single '}' is not allowed", token)
            }
            literal.append(c)
            i += 1
        }
        try flush()
        return parts
    }

    private func parseFStringField(_ s: [Unicode.Scalar], _ i: inout Int, token: Token) throws -> FStringPart {
        let start = i
        var depth = 0
        var quote: Unicode.Scalar?
        while i < s.count {
            let c = s[i]
            if let q = quote {
                if c == q { quote = nil }
                i += 1
                continue
            }
            if c == "'" || c == "\"" {
                quote = c
            } else if c == "[" || c == "(" || c == "{" {
                depth += 1
            } else if c == "]" || c == ")" || c == "}" {
                if depth == 0 { break }
                depth -= 1
            } else if depth == 0 && (c == "!" || c == ":") {
                if c == "!" && i + 1 < s.count && s[i + 1] == "=" {
                    i += 2
                    continue
                }
                break
            } else if c == "\\" {
                throw fstringError("expression part cannot include a backslash", token)
            }
            i += 1
        }
        var expressionText = String(String.UnicodeScalarView(s[start..<i]))
        var selfDocumenting: String?
        let trimmed = expressionText.trimmingTrailingWhitespace()
        if trimmed.hasSuffix("="), !trimmed.hasSuffix("=="), !trimmed.hasSuffix("!="), !trimmed.hasSuffix("<="),
            !trimmed.hasSuffix(">=")
        {
            selfDocumenting = expressionText
            expressionText = String(trimmed.dropLast())
        }
        if expressionText.allSatisfy({ $0 == " " }) { throw fstringError("valid expression required before '}'", token) }
        let expression = try parseFStringExpression(expressionText, token: token, offset: start)
        var conversion: Character?
        if i < s.count, s[i] == "!" {
            i += 1
            guard i < s.count, ["r", "s", "a"].contains(s[i]) else {
                throw fstringError("invalid conversion character: expected 's', 'r', or 'a'", token)
            }
            conversion = Character(s[i])
            i += 1
        }
        var spec: [FStringPart]?
        if i < s.count, s[i] == ":" {
            i += 1
            spec = try parseFStringSegment(s, &i, token: token, nested: true)
        }
        guard i < s.count, s[i] == "}" else { throw fstringError("expecting '}'", token) }
        i += 1
        if selfDocumenting != nil && conversion == nil && spec == nil { conversion = "r" }
        return .field(expression, conversion: conversion, spec: spec, selfDocumenting: selfDocumenting)
    }

    private func parseFStringExpression(_ text: String, token: Token, offset: Int) throws -> Expr {
        var tokens = try Lexer.tokenize("(" + text + ")", filename: filename)
        // Map positions of the sub-expression back into the file.
        let baseLine = token.bodyPosition.line
        let baseColumn = token.bodyPosition.column + offset - 1
        for k in tokens.indices {
            if tokens[k].position.line == 1 {
                tokens[k].position.column += baseColumn - 1
            }
            tokens[k].position.line += baseLine - 1
        }
        var parser = Parser(tokens: tokens, source: "", filename: filename)
        parser.depth = depth
        parser.inFunction = inFunction
        let expr = try parser.parseTestListStarred()
        while parser.current.kind == .newline { parser.index += 1 }
        guard parser.current.kind == .endOfFile else { throw fstringError("invalid syntax", token) }
        return expr
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return String(s)
    }
}
