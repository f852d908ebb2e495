/// Expressions, with Spark's precedence: OR < AND < NOT < predicates (BETWEEN, IN, LIKE, IS) <
/// comparison < `|` < `^` < `&` < shifts < `+ - ||` < `* / % div` < unary < postfix (`[i]`, `.f`, `::t`).
extension SQLParser {
    mutating func expression() throws(SparkError) -> Expression {
        try orExpression()
    }

    mutating func orExpression() throws(SparkError) -> Expression {
        var left = try andExpression()
        while check("OR"), !operatorEndsInput() {
            advance()
            left = .or(left, try andExpression())
        }
        return left
    }

    mutating func andExpression() throws(SparkError) -> Expression {
        var left = try notExpression()
        while check("AND"), !operatorEndsInput() {
            advance()
            left = .and(left, try notExpression())
        }
        return left
    }

    /// A nonreserved keyword operator at the very end is left for the caller (ANTLR reads it as an
    /// alias or reports it as extra input).
    func operatorEndsInput() -> Bool {
        let next = peek()
        return next.kind == .endOfInput || next.isSymbol(";")
    }

    mutating func notExpression() throws(SparkError) -> Expression {
        if check("NOT") || checkSymbol("!") {
            advance()
            return .not(try notExpression())
        }
        if check("EXISTS"), peek().isSymbol("("), existsStartsSubquery() {
            advance()
            advance()
            let plan = try query()
            try expectClosingParenthesisOfQuery()
            return .exists(plan)
        }
        return try predicated()
    }

    /// `EXISTS (SELECT ...)` is a subquery predicate; `exists(xs, x -> ...)` the higher-order function.
    private func existsStartsSubquery() -> Bool {
        var probe = self
        probe.advance()
        return probe.startsQuery()
    }

    mutating func predicated() throws(SparkError) -> Expression {
        let value = try comparison()
        return try predicate(value)
    }

    private mutating func predicate(_ value: Expression) throws(SparkError) -> Expression {
        let save = pos
        var negated = false
        if check("NOT") || checkSymbol("!") {
            let next = peek()
            guard next.isKeyword("BETWEEN") || next.isKeyword("IN") || next.isKeyword("LIKE") || next.isKeyword("ILIKE")
                || next.isKeyword("RLIKE") || next.isKeyword("REGEXP") else { return value }
            advance()
            negated = true
        }
        func wrap(_ e: Expression) -> Expression { negated ? .not(e) : e }
        if ["LIKE", "ILIKE", "RLIKE", "REGEXP"].contains(current.keyword),
           operatorEndsInput() || peek().kind == .unrecognized {
            pos = save
            return value
        }
        if current.isKeyword("IN"), !peek().isSymbol("(") {
            // Without its parenthesis IN is no predicate; Spark reports the IN itself.
            pos = save
            return value
        }
        switch current.keyword {
        case "BETWEEN":
            advance()
            let lower = try comparison()
            guard accept("AND") else { throw mismatch(expected: "'AND'", canFollow: startsExpression(current)) }
            let upper = try comparison()
            return wrap(.unresolvedFunction(name: "between", arguments: [value, lower, upper], isDistinct: false))
        case "IN":
            let inToken = current
            advance()
            try expectSymbol("(")
            if checkSymbol(")") {
                throw fragmentError(
                    "INVALID_SQL_SYNTAX.EMPTY_IN_PREDICATE",
                    "Invalid SQL syntax: IN predicate requires at least one value. Empty IN clauses like 'IN ()' are not allowed. Consider using 'WHERE FALSE' if you need an always-false condition, or provide at least one value in the IN list.",
                    sqlState: "42000", from: negated ? tokens[save] : inToken, to: current)
            }
            if startsQuery() {
                let plan = try query()
                try expectClosingParenthesisOfQuery()
                let values: [Expression]
                if case .unresolvedFunction(name: "struct", let args, isDistinct: false) = value, isRowConstructor(value) {
                    values = args
                } else {
                    values = [value]
                }
                return wrap(.inSubquery(values, plan))
            }
            var list = [try expression()]
            while acceptSymbol(",") { list.append(try expression()) }
            if list.count > 1, !checkSymbol(")") {
                // ANTLR's recovery at the loop back of `(COMMA expression)*`.
                throw syntaxError(at: current, hint: ": extra input \(current.errorDisplay)")
            }
            try expectSymbol(")")
            return wrap(.inList(value, list))
        case "LIKE", "ILIKE":
            let name = current.keyword.lowercased()
            advance()
            if check("ANY") || check("SOME") || check("ALL") {
                // `x LIKE ANY (p1, p2)` matches when one pattern does, `LIKE ALL` when all do; with NOT each
                // pattern is negated (`NOT LIKE ANY`: some pattern does not match), as Spark's NotLikeAny.
                let all = current.keyword == "ALL"
                advance()
                try expectSymbol("(")
                var patterns = [try expression()]
                while acceptSymbol(",") { patterns.append(try expression()) }
                try expectSymbol(")")
                let likes = patterns.map { p -> Expression in
                    let like = Expression.unresolvedFunction(name: name, arguments: [value, p], isDistinct: false)
                    return negated ? .not(like) : like
                }
                return likes.dropFirst().reduce(likes[0]) { all ? .and($0, $1) : .or($0, $1) }
            }
            let pattern = try comparison()
            var arguments = [value, pattern]
            if accept("ESCAPE") {
                guard current.kind == .string else { throw syntaxError(at: current) }
                arguments.append(.literal(.string(current.value), .string))
                advance()
            }
            return wrap(.unresolvedFunction(name: name, arguments: arguments, isDistinct: false))
        case "RLIKE", "REGEXP":
            advance()
            let pattern = try comparison()
            return wrap(.unresolvedFunction(name: "rlike", arguments: [value, pattern], isDistinct: false))
        case "IS":
            let afterIs = peek(peek().isKeyword("NOT") || peek().isSymbol("!") ? 2 : 1)
            guard ["NULL", "TRUE", "FALSE", "UNKNOWN", "DISTINCT"].contains(afterIs.keyword) || afterIs.kind == .endOfInput else {
                // `SELECT a is FROM t`: Spark reads `is` as an alias.
                pos = save
                return value
            }
            advance()
            let not = accept("NOT") || acceptSymbol("!")
            if accept("NULL") { return not ? .isNotNull(value) : .isNull(value) }
            if accept("TRUE") {
                let e = Expression.comparison(.equalNullSafe, value, .literal(.bool(true), .boolean))
                return not ? .not(e) : e
            }
            if accept("FALSE") {
                let e = Expression.comparison(.equalNullSafe, value, .literal(.bool(false), .boolean))
                return not ? .not(e) : e
            }
            if accept("UNKNOWN") { return not ? .isNotNull(value) : .isNull(value) }
            if accept("DISTINCT") {
                try expect("FROM")
                let right = try comparison()
                let e = Expression.comparison(.equalNullSafe, value, right)
                return not ? e : .not(e)
            }
            throw syntaxError(at: current)
        default:
            pos = save
            return value
        }
    }

    /// `(a, b)` parsed as a row constructor.
    private func isRowConstructor(_ e: Expression) -> Bool {
        if case .unresolvedFunction(name: "struct", let args, isDistinct: false) = e { return args.count > 1 }
        return false
    }

    // MARK: Value expressions

    private static let comparisonOperators: [String: ComparisonOperator?] = [
        "=": .equal, "==": .equal, "<=>": .equalNullSafe, "<": .lessThan, "<=": .lessThanOrEqual,
        ">": .greaterThan, ">=": .greaterThanOrEqual, "<>": nil, "!=": nil,
    ]

    mutating func comparison() throws(SparkError) -> Expression {
        var left = try bitwiseOr()
        while current.kind == .symbol, let op = Self.comparisonOperators[current.text] {
            advance()
            let right = try bitwiseOr()
            if let op {
                left = .comparison(op, left, right)
            } else {
                left = .not(.comparison(.equal, left, right))
            }
        }
        return left
    }

    private mutating func bitwiseOr() throws(SparkError) -> Expression {
        var left = try bitwiseXor()
        while checkSymbol("|") {
            advance()
            left = .unresolvedFunction(name: "|", arguments: [left, try bitwiseXor()], isDistinct: false)
        }
        return left
    }

    private mutating func bitwiseXor() throws(SparkError) -> Expression {
        var left = try bitwiseAnd()
        while checkSymbol("^") {
            advance()
            left = .unresolvedFunction(name: "^", arguments: [left, try bitwiseAnd()], isDistinct: false)
        }
        return left
    }

    private mutating func bitwiseAnd() throws(SparkError) -> Expression {
        var left = try shift()
        while checkSymbol("&") {
            advance()
            left = .unresolvedFunction(name: "&", arguments: [left, try shift()], isDistinct: false)
        }
        return left
    }

    private mutating func shift() throws(SparkError) -> Expression {
        var left = try additive()
        while checkSymbol("<<") || checkSymbol(">>") || checkSymbol(">>>") {
            let name = ["<<": "shiftleft", ">>": "shiftright", ">>>": "shiftrightunsigned"][current.text] ?? ""
            advance()
            left = .unresolvedFunction(name: name, arguments: [left, try additive()], isDistinct: false)
        }
        return left
    }

    private mutating func additive() throws(SparkError) -> Expression {
        var left = try multiplicative()
        while true {
            if checkSymbol("+") {
                advance()
                left = .arithmetic(.add, left, try multiplicative(), .ansi)
            } else if checkSymbol("-") {
                advance()
                left = .arithmetic(.subtract, left, try multiplicative(), .ansi)
            } else if checkSymbol("||") {
                advance()
                left = .unresolvedFunction(name: "concat", arguments: [left, try multiplicative()], isDistinct: false)
            } else {
                return left
            }
        }
    }

    private mutating func multiplicative() throws(SparkError) -> Expression {
        let start = current
        var left = try unary()
        while true {
            let op: ArithmeticOperator
            if checkSymbol("*") { op = .multiply }
            else if checkSymbol("/") { op = .divide }
            else if checkSymbol("%") { op = .remainder }
            else if check("DIV"), !operatorEndsInput() { op = .integralDivide }
            else { return left }
            advance()
            // A division's error is placed at its left operand, as Spark's query context places it.
            if op == .divide || op == .integralDivide { noteName(.division, [], at: start) }
            if op == .remainder { noteName(.remainder, [], at: start) }
            left = .arithmetic(op, left, try unary(), .ansi)
        }
    }

    private mutating func unary() throws(SparkError) -> Expression {
        if checkSymbol("-") {
            let minus = current
            advance()
            if isNumberToken(current) {
                let literal = try numericLiteral(negative: true, start: minus)
                return try postfix(literal, start: minus)
            }
            return .unaryMinus(try unary(), .ansi)
        }
        if checkSymbol("+") {
            advance()
            return .unresolvedFunction(name: "positive", arguments: [try unary()], isDistinct: false)
        }
        if checkSymbol("~") {
            advance()
            return .unresolvedFunction(name: "~", arguments: [try unary()], isDistinct: false)
        }
        let start = current
        return try postfix(try primary(), start: start)
    }

    /// `x[i]`, `x.field`, `x::type`.
    private mutating func postfix(_ base: Expression, start: SQLToken) throws(SparkError) -> Expression {
        var e = base
        while true {
            if acceptSymbol("[") {
                let index = try comparison()
                try expectSymbol("]")
                e = .unresolvedExtractValue(e, index)
            } else if checkSymbol("."), peek().kind == .word || peek().kind == .quotedIdentifier {
                advance()
                let field = try identifier()
                if case .unresolvedAttribute(let parts) = e {
                    // The column just read goes on with a field: `t.a.b`.
                    if let last = nameReferences.indices.last, nameReferences[last].kind == .column, nameReferences[last].nameParts == parts {
                        nameReferences[last].nameParts.append(field)
                    }
                    e = .unresolvedAttribute(parts + [field])
                } else {
                    e = .unresolvedExtractValue(e, .literal(.string(field), .string))
                }
            } else if acceptSymbol("::") {
                let type = try dataType()
                if case .literal(.string(let text), _) = e { noteName(.literalCast, [text, type.sqlName], at: start) }
                e = .cast(e, type, .ansi)
            } else {
                return e
            }
        }
    }

    // MARK: Primary expressions

    func startsQuery() -> Bool {
        var k = 0
        while tokens[min(pos + k, tokens.count - 1)].isSymbol("(") { k += 1 }
        let t = tokens[min(pos + k, tokens.count - 1)]
        return t.isKeyword("SELECT") || t.isKeyword("WITH") || t.isKeyword("VALUES") || t.isKeyword("FROM")
            || (t.isKeyword("TABLE") && (tokens[min(pos + k + 1, tokens.count - 1)].kind == .word))
    }

    mutating func primary() throws(SparkError) -> Expression {
        let token = current
        switch token.kind {
        case .string:
            return stringLiteral()
        case .integer, .decimal, .exponent, .bigintLiteral, .smallintLiteral, .tinyintLiteral, .doubleLiteral,
             .floatLiteral, .bigDecimalLiteral:
            return try numericLiteral(negative: false, start: token)
        case .quotedIdentifier:
            return try identifierExpression()
        case .symbol:
            if token.text == "*" {
                advance()
                if let excluded = try starExceptList() { return .starExcept(qualifier: nil, excluded: excluded) }
                return .star(qualifier: nil)
            }
            if token.text == "(" {
                return try parenthesized()
            }
            if token.text == "?" || token.text == ":" { return try parameterMarker() }
            throw syntaxError(at: token)
        case .word:
            return try wordPrimary()
        default:
            throw syntaxError(at: token)
        }
    }

    private mutating func parenthesized() throws(SparkError) -> Expression {
        if startsQuery() {
            advance()
            let plan = try query()
            try expectClosingParenthesisOfQuery()
            return .scalarSubquery(plan, exprId: .next())
        }
        advance()
        if checkSymbol(")") { throw syntaxError(at: current) }
        let first = try namedExpression()
        if acceptSymbol(",") {
            var items = [first]
            repeat { items.append(try namedExpression()) } while acceptSymbol(",")
            try expectSymbol(")")
            if checkSymbol("->") { return try lambda(parameters: items) }
            return .unresolvedFunction(name: "struct", arguments: items, isDistinct: false)
        }
        guard acceptSymbol(")") else {
            throw syntaxError(at: current)
        }
        if case .alias = first { throw syntaxError(at: tokens[pos - 1]) }
        return first
    }

    private mutating func wordPrimary() throws(SparkError) -> Expression {
        let token = current
        let next = peek()
        switch token.keyword {
        case "NULL" where !next.isSymbol("(") && !next.isSymbol("."):
            advance()
            return .literal(.null, .null)
        case "TRUE" where !next.isSymbol("(") && !next.isSymbol("."):
            advance()
            return .literal(.bool(true), .boolean)
        case "FALSE" where !next.isSymbol("(") && !next.isSymbol("."):
            advance()
            return .literal(.bool(false), .boolean)
        case "CASE" where next.kind != .symbol || next.isSymbol("(") || next.isSymbol("-"):
            return try caseExpression()
        case "CAST", "TRY_CAST":
            if next.isSymbol("(") { return try castExpression() }
        case "DATE", "TIMESTAMP", "TIMESTAMP_NTZ", "TIMESTAMP_LTZ", "X":
            if next.kind == .string { return try typedLiteral() }
        case "INTERVAL":
            if next.kind == .string || isNumberToken(next) || next.isSymbol("-") || next.isSymbol("+") {
                return try intervalLiteral()
            }
        case "CURRENT_DATE", "CURRENT_TIMESTAMP", "CURRENT_USER", "USER", "SESSION_USER":
            if !next.isSymbol("(") && !next.isSymbol(".") {
                advance()
                return .unresolvedFunction(name: token.keyword.lowercased(), arguments: [], isDistinct: false)
            }
        case "EXTRACT":
            if next.isSymbol("(") { return try extractExpression() }
        case "SUBSTR", "SUBSTRING":
            if next.isSymbol("(") { return try substringExpression() }
        case "TRIM":
            if next.isSymbol("(") { return try trimExpression() }
        case "POSITION":
            if next.isSymbol("(") { return try positionExpression() }
        case "OVERLAY":
            if next.isSymbol("(") { return try overlayExpression() }
        default:
            break
        }
        return try identifierExpression()
    }

    /// `:name` or `?`: the literal the query's arguments give it.
    private mutating func parameterMarker() throws(SparkError) -> Expression {
        let marker = current
        advance()
        if marker.text == "?" {
            defer { nextPositionalParameter += 1 }
            guard nextPositionalParameter < parameters.positional.count else {
                throw SparkError("UNBOUND_SQL_PARAMETER", "Found the unbound parameter: _\(nextPositionalParameter + 1). Please, fix `args` and provide a mapping of the parameter to either a SQL literal or collection constructor functions such as `map()`, `array()`, `struct()`.", sqlState: "42P02")
            }
            return parameters.positional[nextPositionalParameter]
        }
        guard current.kind == .word || current.kind == .quotedIdentifier else { throw syntaxError(at: marker) }
        let name = try identifier()
        guard let value = parameters.named[name] else {
            throw SparkError("UNBOUND_SQL_PARAMETER", "Found the unbound parameter: \(name). Please, fix `args` and provide a mapping of the parameter to either a SQL literal or collection constructor functions such as `map()`, `array()`, `struct()`.", sqlState: "42P02")
        }
        return value
    }

    /// `EXCEPT (a, t.b)` after a star, or nil.
    private mutating func starExceptList() throws(SparkError) -> [[String]]? {
        guard check("EXCEPT"), peek().isSymbol("(") else { return nil }
        advance()
        advance()
        var names: [[String]] = []
        repeat {
            var parts = [try identifier()]
            while acceptSymbol(".") { parts.append(try identifier()) }
            names.append(parts)
        } while acceptSymbol(",")
        try expectSymbol(")")
        return names
    }

    /// A column, `t.*`, a function call, or a lambda.
    private mutating func identifierExpression() throws(SparkError) -> Expression {
        let start = current
        var parts = [try identifier()]
        while checkSymbol(".") {
            let next = peek()
            if next.isSymbol("*") {
                advance()
                advance()
                if let excluded = try starExceptList() { return .starExcept(qualifier: parts, excluded: excluded) }
                return .star(qualifier: parts)
            }
            guard next.kind == .word || next.kind == .quotedIdentifier else { break }
            advance()
            parts.append(try identifier())
        }
        if checkSymbol("->"), parts.count == 1 { return try lambda(parameters: [.unresolvedAttribute(parts)]) }
        if checkSymbol("(") {
            noteName(.routine, parts, at: start)
            if parts.count == 1, ["mod", "pmod"].contains(parts[0].lowercased()) { noteName(.remainder, [], at: start) }
            if parts.count == 1, parts[0].lowercased() == "div" { noteName(.division, [], at: start) }
            return try functionCall(parts)
        }
        noteName(.column, parts, at: start)
        return .unresolvedAttribute(parts)
    }

    /// `x -> body` or `(x, y) -> body`, after the parameters; the body is a whole expression.
    private mutating func lambda(parameters: [Expression]) throws(SparkError) -> Expression {
        var names: [String] = []
        for p in parameters {
            guard case .unresolvedAttribute(let parts) = p, parts.count == 1 else { throw syntaxError(at: current) }
            names.append(parts[0])
        }
        advance()
        return .lambda(names, try expression())
    }

    /// `name(args) [WITHIN GROUP (...)] [FILTER (WHERE ...)] [IGNORE|RESPECT NULLS] [OVER window]`.
    private mutating func functionCall(_ nameParts: [String]) throws(SparkError) -> Expression {
        let name = nameParts.map { $0.lowercased() }.joined(separator: ".")
        try expectSymbol("(")
        var isDistinct = false
        var arguments: [Expression] = []
        if let unitForm = try datetimeUnitCall(name) { return unitForm }
        if !checkSymbol(")") {
            if check("DISTINCT") && !peek().isSymbol(")") && !peek().isSymbol(",") {
                advance()
                isDistinct = true
            } else if check("ALL") && !peek().isSymbol(")") && !peek().isSymbol(",") {
                advance()
            }
            repeat {
                if currentIsIdentifier, peek().isSymbol("=>") { throw unsupported("Named function arguments") }
                // `struct(a, b AS c)` names its fields like a select list.
                var argument = name == "struct" ? try namedExpression() : try expression()
                if (name == "first" || name == "last" || name == "any_value"), check("IGNORE"), peek().isKeyword("NULLS") {
                    advance()
                    advance()
                    arguments.append(argument)
                    argument = .literal(.bool(true), .boolean)
                }
                arguments.append(argument)
            } while acceptSymbol(",")
        }
        guard acceptSymbol(")") else {
            // After `count(*` Spark reports the token alone; after an expression it says ')' is missing.
            let afterStar = tokens[pos - 1].isSymbol("*")
            throw mismatch(expected: "')'", canFollow: !afterStar && (atEnd || canFollowExpression(current)))
        }
        if check("WITHIN"), peek().isKeyword("GROUP") {
            let ordered = try withinGroup(name, arguments, isDistinct: isDistinct)
            if check("FILTER") || check("OVER") { throw unsupported("\(name)(...) WITHIN GROUP with FILTER or OVER") }
            return ordered
        }
        var filter: Expression?
        if check("FILTER"), peek().isSymbol("("), peek(2).isKeyword("WHERE") {
            advance()
            advance()
            advance()
            filter = try expression()
            try expectSymbol(")")
        }
        var callName = name
        if (check("IGNORE") || check("RESPECT")), peek().isKeyword("NULLS") {
            let ignore = check("IGNORE")
            advance()
            advance()
            if ["lag", "lead", "first", "last", "first_value", "last_value", "nth_value", "any_value"].contains(name) {
                arguments = nullsOptionArguments(name, arguments, ignoreNulls: ignore)
            }
            // Spark rebuilds the function for the nulls option, losing the name it was called by.
            if name == "first_value" { callName = "first" }
            if name == "last_value" { callName = "last" }
        }
        if name == "count", arguments.isEmpty == false, !isDistinct, arguments.count == 1,
           case .star(qualifier: nil) = arguments[0] {
            // `count(*)` keeps the star; the analyzer turns it into count(1) as Spark does.
        }
        if check("OVER"), !operatorEndsInput() || peek().kind != .endOfInput {
            // A window aggregate has no FILTER of its own: its arguments are filtered instead.
            if let filter { arguments = try Self.filteredAggregateArguments(name, arguments, condition: filter) }
            let call = Expression.unresolvedFunction(name: callName, arguments: arguments, isDistinct: isDistinct)
            advance()
            let spec = try windowSpecification()
            return .window(function: call, spec: spec)
        }
        let call = Expression.unresolvedFunction(name: callName, arguments: arguments, isDistinct: isDistinct)
        if let filter {
            // The analyzer puts the condition on the resolved aggregate, as Spark's `FILTER (WHERE ...)`.
            return .unresolvedFunction(name: AggregateExpression.filterCallName, arguments: [call, filter], isDistinct: false)
        }
        return call
    }

    static let datetimeUnits: Set<String> = [
        "YEAR", "QUARTER", "MONTH", "WEEK", "DAY", "DAYOFYEAR", "HOUR", "MINUTE", "SECOND", "MILLISECOND", "MICROSECOND",
    ]

    /// `TIMESTAMPADD(HOUR, 1, ts)` / `DATEADD(...)` and `TIMESTAMPDIFF(DAY, a, b)` / `DATEDIFF(DAY, a, b)`: a bare
    /// unit first makes them Spark's `timestampadd` / `timestampdiff` with the unit as a string argument.
    private mutating func datetimeUnitCall(_ name: String) throws(SparkError) -> Expression? {
        let adds: Set<String> = ["timestampadd", "dateadd", "date_add"]
        let diffs: Set<String> = ["timestampdiff", "datediff", "date_diff", "timediff"]
        guard adds.contains(name) || diffs.contains(name), current.kind == .word,
              Self.datetimeUnits.contains(current.keyword), peek().isSymbol(",") else { return nil }
        let unit = current.keyword
        advance()
        advance()
        let first = try comparison()
        try expectSymbol(",")
        let second = try comparison()
        try expectSymbol(")")
        let function = adds.contains(name) ? "timestampadd" : "timestampdiff"
        return .unresolvedFunction(name: function, arguments: [.literal(.string(unit), .string), first, second], isDistinct: false)
    }

    /// `percentile_cont(p) WITHIN GROUP (ORDER BY x [DESC])` is `percentile_cont(x, p, descending)`, likewise
    /// `percentile_disc`; `mode() WITHIN GROUP (ORDER BY x)` is `mode(x)`; `listagg(x, d) WITHIN GROUP (ORDER BY
    /// k)` keeps the sort order as its last argument.
    private mutating func withinGroup(_ name: String, _ arguments: [Expression], isDistinct: Bool) throws(SparkError) -> Expression {
        advance()
        advance()
        try expectSymbol("(")
        try expect("ORDER")
        try expect("BY")
        let orders = try sortItems()
        try expectSymbol(")")
        if name == "listagg" || name == "string_agg" {
            return .unresolvedFunction(name: name, arguments: arguments + orders.map { .sortOrder($0) }, isDistinct: isDistinct)
        }
        guard orders.count == 1 else { throw unsupported("WITHIN GROUP with several sort keys") }
        let order = orders[0]
        switch name {
        case "percentile_cont" where arguments.count == 1 && !isDistinct, "percentile_disc" where arguments.count == 1 && !isDistinct:
            return .unresolvedFunction(name: name, arguments: [order.child, arguments[0], .literal(.bool(!order.ascending), .boolean)],
                                       isDistinct: false)
        case "mode" where arguments.isEmpty && order.ascending:
            return .unresolvedFunction(name: "mode", arguments: [order.child], isDistinct: isDistinct)
        default:
            throw unsupported("\(name)(...) WITHIN GROUP")
        }
    }

    /// Aggregates that skip null inputs, for which `f(x) FILTER (WHERE c)` equals `f(CASE WHEN c THEN x END)`.
    static let nullSkippingAggregates: Set<String> = [
        "count", "sum", "avg", "mean", "min", "max", "collect_list", "array_agg", "collect_set", "stddev", "stddev_samp",
        "stddev_pop", "std", "variance", "var_samp", "var_pop", "count_if", "bool_and", "bool_or", "every", "some", "any",
        "max_by", "min_by", "median", "percentile", "percentile_approx", "approx_percentile", "approx_count_distinct",
        "corr", "covar_pop", "covar_samp", "kurtosis", "skewness", "bit_and", "bit_or", "bit_xor", "product",
    ]

    /// `f(args) FILTER (WHERE c)`: each argument becomes `CASE WHEN c THEN arg END` (`count(*)` counts
    /// `CASE WHEN c THEN 1 END`), which gives the same result for aggregates that skip nulls. Spark keeps the
    /// filter on the aggregate instead, so only its explain text differs.
    static func filteredAggregateArguments(_ name: String, _ arguments: [Expression], condition: Expression) throws(SparkError) -> [Expression] {
        guard nullSkippingAggregates.contains(name) else {
            throw SparkError.unsupported("FILTER (WHERE ...) on \(name)()")
        }
        if arguments.count == 1, case .star(qualifier: nil) = arguments[0] {
            return [.caseWhen(branches: [CaseBranch(condition, .literal(.int(1), .int))], elseValue: nil)]
        }
        switch name {
        case "percentile", "percentile_approx", "approx_percentile":
            // Only the value is filtered; the percentage and accuracy stay constant.
            guard let first = arguments.first else { return arguments }
            return [.caseWhen(branches: [CaseBranch(condition, first)], elseValue: nil)] + arguments.dropFirst()
        case "max_by", "min_by":
            // Filtering the ordering column drops the row from consideration.
            guard arguments.count == 2 else { return arguments }
            return [arguments[0], .caseWhen(branches: [CaseBranch(condition, arguments[1])], elseValue: nil)]
        default:
            return arguments.map { .caseWhen(branches: [CaseBranch(condition, $0)], elseValue: nil) }
        }
    }

    /// `IGNORE NULLS` becomes an extra boolean argument in the position Spark's functions take it.
    private func nullsOptionArguments(_ name: String, _ arguments: [Expression], ignoreNulls: Bool) -> [Expression] {
        var args = arguments
        let flag = Expression.literal(.bool(ignoreNulls), .boolean)
        switch name {
        case "lag", "lead":
            // lag(input, offset = 1, default = null, ignoreNulls)
            if args.count < 2 { args.append(.literal(.int(1), .int)) }
            if args.count < 3 { args.append(.literal(.null, .null)) }
            args.append(flag)
        case "nth_value":
            args.append(flag)
        default:
            if args.count == 1 { args.append(flag) }
        }
        return args
    }

    /// Whether a token can begin an expression.
    func startsExpression(_ token: SQLToken) -> Bool {
        switch token.kind {
        case .word, .quotedIdentifier, .string, .integer, .decimal, .exponent, .bigintLiteral, .smallintLiteral,
             .tinyintLiteral, .doubleLiteral, .floatLiteral, .bigDecimalLiteral:
            return true
        case .symbol:
            return ["(", "-", "+", "~", "!", "*"].contains(token.text)
        default:
            return false
        }
    }

    /// Tokens that can come right after a complete expression (used to word "missing ')'").
    func canFollowExpression(_ token: SQLToken) -> Bool {
        if token.kind == .endOfInput { return false }
        if token.kind == .symbol { return [",", ")", ";"].contains(token.text) }
        return Self.clauseKeywords.contains(token.keyword) || token.kind == .word
    }

    /// When a CASE expression does not parse, Spark (ANTLR) falls back to reading `CASE` as a column name
    /// (`SELECT case FROM t` is valid); any error then shows where that reading fails, as in Spark.
    private mutating func caseExpression() throws(SparkError) -> Expression {
        let start = pos
        do {
            return try caseExpressionBody()
        } catch where error.errorClass == "PARSE_SYNTAX_ERROR" {
            pos = start
            let name = current.text
            advance()
            return .unresolvedAttribute([name])
        }
    }

    private mutating func caseExpressionBody() throws(SparkError) -> Expression {
        advance()
        var subject: Expression?
        if !check("WHEN") { subject = try expression() }
        var branches: [CaseBranch] = []
        guard check("WHEN") else { throw syntaxError(at: current) }
        while accept("WHEN") {
            let condition = try expression()
            try expect("THEN")
            let value = try expression()
            if let subject {
                branches.append(CaseBranch(.comparison(.equal, subject, condition), value))
            } else {
                branches.append(CaseBranch(condition, value))
            }
        }
        var elseValue: Expression?
        if accept("ELSE") { elseValue = try expression() }
        try expect("END")
        return .caseWhen(branches: branches, elseValue: elseValue)
    }

    /// `CAST(x AS type)`; without `AS` Spark reads `cast(...)` as an ordinary function call.
    private mutating func castExpression() throws(SparkError) -> Expression {
        let start = pos
        let mode: EvalMode = check("TRY_CAST") ? .try : .ansi
        advance()
        try expectSymbol("(")
        let value = try expression()
        guard accept("AS") else {
            pos = start
            return try identifierExpression()
        }
        let type = try dataType()
        if mode == .ansi, case .literal(.string(let text), _) = value {
            noteName(.literalCast, [text, type.sqlName], at: tokens[start])
        }
        guard acceptSymbol(")") else {
            // After `int` the type could still go on (`int(…)`), so Spark only reports the token; after
            // `decimal(10,2)` or `array<int>` it reports the missing parenthesis.
            let typeClosed = tokens[pos - 1].isSymbol(")") || tokens[pos - 1].text.hasSuffix(">")
            throw mismatch(expected: "')'", canFollow: typeClosed && (atEnd || canFollowExpression(current)))
        }
        return .cast(value, type, mode)
    }

    private mutating func extractExpression() throws(SparkError) -> Expression {
        advance()
        try expectSymbol("(")
        let field = try identifier()
        try expect("FROM")
        let source = try comparison()
        try expectSymbol(")")
        return .unresolvedFunction(name: "extract", arguments: [.literal(.string(field), .string), source], isDistinct: false)
    }

    private mutating func substringExpression() throws(SparkError) -> Expression {
        let name = current.keyword.lowercased()
        advance()
        try expectSymbol("(")
        let str = try comparison()
        var arguments = [str]
        if accept("FROM") || acceptSymbol(",") {
            arguments.append(try comparison())
            if accept("FOR") || acceptSymbol(",") { arguments.append(try comparison()) }
        }
        try expectSymbol(")")
        return .unresolvedFunction(name: name, arguments: arguments, isDistinct: false)
    }

    private mutating func trimExpression() throws(SparkError) -> Expression {
        advance()
        try expectSymbol("(")
        var name = "trim"
        if accept("BOTH") { name = "trim" }
        else if accept("LEADING") { name = "ltrim" }
        else if accept("TRAILING") { name = "rtrim" }
        if accept("FROM") {
            let source = try comparison()
            try expectSymbol(")")
            return .unresolvedFunction(name: name, arguments: [source], isDistinct: false)
        }
        let first = try comparison()
        if accept("FROM") {
            let source = try comparison()
            try expectSymbol(")")
            // The function form's order: trim(trimStr, str).
            return .unresolvedFunction(name: name, arguments: [first, source], isDistinct: false)
        }
        var arguments = [first]
        while acceptSymbol(",") { arguments.append(try comparison()) }
        try expectSymbol(")")
        return .unresolvedFunction(name: name, arguments: arguments, isDistinct: false)
    }

    private mutating func positionExpression() throws(SparkError) -> Expression {
        let save = pos
        advance()
        try expectSymbol("(")
        let substr = try bitwiseOr()
        guard accept("IN") else {
            pos = save
            return try identifierExpression()
        }
        let str = try comparison()
        try expectSymbol(")")
        return .unresolvedFunction(name: "locate", arguments: [substr, str, .literal(.int(1), .int)], isDistinct: false)
    }

    /// `OVERLAY(input PLACING replacement FROM position [FOR length])`; `overlay(a, b, c)` is an ordinary call.
    private mutating func overlayExpression() throws(SparkError) -> Expression {
        let save = pos
        advance()
        try expectSymbol("(")
        let input = try comparison()
        guard accept("PLACING") else {
            pos = save
            return try identifierExpression()
        }
        var arguments = [input, try comparison()]
        try expect("FROM")
        arguments.append(try comparison())
        if accept("FOR") { arguments.append(try comparison()) }
        try expectSymbol(")")
        return .unresolvedFunction(name: "overlay", arguments: arguments, isDistinct: false)
    }

    // MARK: Named expressions

    /// `expr [AS] alias` in a select list, a struct, or a pivot.
    mutating func namedExpression() throws(SparkError) -> Expression {
        let e = try expression()
        if check("AS") {
            // `SELECT a AS FROM t`: Spark reads `AS` itself as the alias when a clause follows.
            let asToken = current
            advance()
            if current.kind == .word, Self.clauseKeywords.contains(current.keyword), !currentStartsImplicitAlias(forTable: false) {
                return .alias(e, name: asToken.text, exprId: .next())
            }
            if acceptSymbol("(") {
                var names = [try identifier()]
                while acceptSymbol(",") { names.append(try identifier()) }
                try expectSymbol(")")
                return .multiAlias(e, names: names)
            }
            guard currentIsIdentifier else { throw syntaxError(at: current) }
            return .alias(e, name: try identifier(), exprId: .next())
        }
        if currentStartsImplicitAlias(forTable: false) {
            return .alias(e, name: try identifier(), exprId: .next())
        }
        return e
    }
}
