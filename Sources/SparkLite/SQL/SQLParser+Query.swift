/// Queries: WITH, set operations, SELECT blocks, ORDER BY / LIMIT / OFFSET, and the FROM clause.
extension SQLParser {
    /// `[WITH ctes] queryTerm queryOrganization`
    mutating func query() throws(SparkError) -> LogicalPlan {
        var ctes: [(String, LogicalPlan)] = []
        if check("WITH"), peek().kind == .word || peek().kind == .quotedIdentifier {
            advance()
            // `WITH RECURSIVE`, unless RECURSIVE is the name of the first CTE.
            let recursive = check("RECURSIVE") && (peek().kind == .word || peek().kind == .quotedIdentifier) && accept("RECURSIVE")
            repeat {
                let definition = cteDefinitions
                cteDefinitions += 1
                let name = try identifier()
                var columnNames: [String]?
                // `WITH x (SELECT …)`: AS is optional, so a parenthesis may open the query itself.
                if checkSymbol("("), !startsQuery() { columnNames = try identifierList() }
                var maxLevel: Int?
                if recursive, accept("MAX") {
                    try expect("RECURSION")
                    try expect("LEVEL")
                    maxLevel = try constantCount("MAX RECURSION LEVEL")
                }
                _ = accept("AS")
                try expectSymbol("(")
                var plan = try query()
                try expectSymbol(")")
                if recursive {
                    plan = .unresolvedRecursiveCTE(id: definition, columns: columnNames, maxLevel: maxLevel, plan)
                } else if let columnNames {
                    plan = try renamingColumns(plan, to: columnNames)
                }
                ctes.append((name, plan))
            } while acceptSymbol(",")
            var seen = Set<String>(), duplicates: [String] = []
            for (name, _) in ctes where !seen.insert(name.lowercased()).inserted && !duplicates.contains(name) {
                duplicates.append(name)
            }
            if !duplicates.isEmpty {
                throw SparkError("DUPLICATED_CTE_NAMES", "CTE definition can't have duplicate names: \(duplicates.map { "`\($0)`" }.joined(separator: ", ")).", sqlState: "42602")
            }
        }
        windowScopes.append([:])
        var plan = try setOperation(precedence: 0)
        plan = try queryOrganization(plan)
        windowScopes.removeLast()
        return ctes.isEmpty ? plan : .with(ctes: ctes, plan)
    }

    /// `( a, b )`
    mutating func identifierList() throws(SparkError) -> [String] {
        try expectSymbol("(")
        var names = [try identifier()]
        while acceptSymbol(",") { names.append(try identifier()) }
        try expectSymbol(")")
        return names
    }

    /// UNION / EXCEPT / MINUS at precedence 0, INTERSECT at 1, left-associative.
    private mutating func setOperation(precedence: Int) throws(SparkError) -> LogicalPlan {
        var left = precedence == 0 ? try setOperation(precedence: 1) : try queryPrimary()
        while true {
            let word = current.keyword
            let isOperator = precedence == 0 ? ["UNION", "EXCEPT", "MINUS"].contains(word) : word == "INTERSECT"
            guard isOperator else { return left }
            advance()
            var all = false
            if accept("ALL") { all = true } else { _ = accept("DISTINCT") }
            let right = precedence == 0 ? try setOperation(precedence: 1) : try queryPrimary()
            switch word {
            case "UNION":
                let union = LogicalPlan.union([left, right], byName: false, allowMissingColumns: false)
                left = all ? union : .distinct(union)
            case "INTERSECT":
                left = .intersect(left, right, isAll: all)
            default:
                left = .except(left, right, isAll: all)
            }
        }
    }

    private mutating func queryPrimary() throws(SparkError) -> LogicalPlan {
        if check("SELECT") {
            return try querySpecification()
        }
        if checkSymbol("(") {
            advance()
            let plan = try query()
            try expectSymbol(")")
            return plan
        }
        if check("VALUES") {
            return try inlineTable()
        }
        if check("TABLE"), peek().kind == .word || peek().kind == .quotedIdentifier {
            advance()
            return .unresolvedRelation(try multipartIdentifier())
        }
        if check("FROM") {
            throw unsupported("FROM-first queries (`FROM t SELECT ...`)")
        }
        throw syntaxError(at: current)
    }

    // MARK: SELECT

    private mutating func querySpecification() throws(SparkError) -> LogicalPlan {
        try expect("SELECT")
        var hints: [(String, [Expression])] = []
        while current.kind == .hintStart {
            advance()
            repeat {
                let name = try identifier()
                var parameters: [Expression] = []
                if acceptSymbol("(") {
                    repeat { parameters.append(try primary()) } while acceptSymbol(",")
                    try expectSymbol(")")
                }
                hints.append((name.uppercased(), parameters))
                _ = acceptSymbol(",")
            } while current.kind != .hintEnd && !atEnd
            guard current.kind == .hintEnd else { throw syntaxError(at: current) }
            advance()
        }
        var distinct = false
        if check("DISTINCT"), !peek().isSymbol(","), !peek().isKeyword("FROM"), peek().kind != .endOfInput {
            advance()
            distinct = true
        } else if check("ALL"), !peek().isSymbol(","), !peek().isKeyword("FROM"), peek().kind != .endOfInput {
            advance()
        }
        var selectList = [try namedExpression()]
        while acceptSymbol(",") { selectList.append(try namedExpression()) }

        var plan: LogicalPlan = .oneRowRelation
        if check("FROM"), !currentIsAliasLike() {
            advance()
            plan = try fromClause()
        }
        plan = try lateralViews(plan)
        if check("WHERE") {
            advance()
            plan = .filter(try expression(), plan)
        }
        var grouping: [Expression]?
        if check("GROUP"), peek().isKeyword("BY") {
            advance()
            advance()
            grouping = try groupByList()
        }
        var having: Expression?
        if check("HAVING"), !clauseKeywordIsAlias() {
            advance()
            having = try expression()
        }
        if check("WINDOW") {
            try windowClause()
        }
        var qualify: Expression?
        if check("QUALIFY") {
            advance()
            qualify = try expression()
        }

        if let grouping {
            plan = .aggregate(grouping: grouping, aggregates: selectList, plan)
        } else if having != nil {
            plan = .aggregate(grouping: [], aggregates: selectList, plan)
        } else {
            plan = .project(selectList, plan)
        }
        if let having { plan = .filter(having, plan) }
        if let qualify { plan = .unresolvedQualify(qualify, plan) }
        if distinct { plan = .distinct(plan) }
        plan = try SQLWindowReferences(definitions: windowScopes.last ?? [:], requireAll: false).apply(plan)
        for (name, parameters) in hints.reversed() {
            plan = .unresolvedHint(name: name, parameters: parameters, plan)
        }
        return plan
    }

    /// `FROM` right after the select list is a clause unless Spark would read it as an alias.
    private func currentIsAliasLike() -> Bool {
        let next = peek()
        return next.kind == .endOfInput || next.isSymbol(";") || next.isSymbol(")")
    }

    /// `WHERE`, `HAVING`, `WINDOW`, `LIMIT` … at the very end are read by Spark as a table alias.
    private func clauseKeywordIsAlias() -> Bool {
        let next = peek()
        return next.kind == .endOfInput || next.isSymbol(";") || next.isSymbol(")")
    }

    private mutating func windowClause() throws(SparkError) {
        advance()
        repeat {
            let name = try identifier()
            try expect("AS")
            var spec = try windowSpecification()
            if spec.partitionSpec.count == 1, case .unresolvedAttribute(let parts) = spec.partitionSpec[0],
               parts.count == 2, parts[0] == Self.windowReferenceMarker,
               let referenced = windowScopes[windowScopes.count - 1][parts[1]] {
                spec = referenced
            }
            windowScopes[windowScopes.count - 1][name] = spec
        } while acceptSymbol(",")
    }

    /// `GROUP BY a, 1, ROLLUP(a, b), CUBE(...), GROUPING SETS((a, b), (a), ())`, `WITH ROLLUP|CUBE`.
    private mutating func groupByList() throws(SparkError) -> [Expression] {
        var items: [Expression] = []
        repeat {
            if (check("ROLLUP") || check("CUBE")), peek().isSymbol("(") {
                let kind: GroupingKind = check("ROLLUP") ? .rollup : .cube
                advance()
                items.append(.groupingSets(kind, try groupingSetList()))
            } else if check("GROUPING"), peek().isKeyword("SETS") {
                advance()
                advance()
                items.append(.groupingSets(.groupingSets, try groupingSetList()))
            } else {
                items.append(try expression())
            }
        } while acceptSymbol(",")
        if check("WITH"), peek().isKeyword("ROLLUP") || peek().isKeyword("CUBE") {
            advance()
            let kind: GroupingKind = check("ROLLUP") ? .rollup : .cube
            advance()
            return [.groupingSets(kind, items.map { [$0] })]
        }
        if check("GROUPING"), peek().isKeyword("SETS") {
            advance()
            advance()
            return [.groupingSets(.groupingSets, try groupingSetList())]
        }
        return items
    }

    /// `( set, set, … )` where a set is `(a, b)`, `()` or a single expression.
    private mutating func groupingSetList() throws(SparkError) -> [[Expression]] {
        try expectSymbol("(")
        var sets: [[Expression]] = []
        repeat {
            if checkSymbol("("), !startsQuery() {
                let save = pos
                advance()
                if acceptSymbol(")") {
                    sets.append([])
                    continue
                }
                var set = [try expression()]
                if acceptSymbol(",") {
                    repeat { set.append(try expression()) } while acceptSymbol(",")
                    try expectSymbol(")")
                    sets.append(set)
                    continue
                }
                if acceptSymbol(")"), checkSymbol(",") || checkSymbol(")") {
                    sets.append(set)
                    continue
                }
                // `(a + 1) * 2`: a parenthesised expression, not a set.
                pos = save
            }
            sets.append([try expression()])
        } while acceptSymbol(",")
        try expectSymbol(")")
        return sets
    }

    // MARK: ORDER BY, LIMIT, OFFSET

    mutating func queryOrganization(_ input: LogicalPlan) throws(SparkError) -> LogicalPlan {
        var plan = input
        if check("ORDER"), peek().isKeyword("BY"), !byIsLast() {
            let orderToken = current
            advance()
            advance()
            do {
                plan = .sort(try sortItems(), global: true, plan)
            } catch where error.errorClass == "PARSE_SYNTAX_ERROR" && error.message == "Syntax error at or near end of input." {
                // ANTLR gives up on the whole ORDER BY clause when it runs out of input inside it.
                throw syntaxError(at: orderToken)
            }
        }
        if check("CLUSTER"), peek().isKeyword("BY"), !byIsLast() {
            advance()
            advance()
            let exprs = try expressionList()
            plan = .sort(exprs.map { SortOrder($0) }, global: false, .repartitionByExpression(exprs, numPartitions: nil, plan))
        }
        if check("DISTRIBUTE"), peek().isKeyword("BY"), !byIsLast() {
            advance()
            advance()
            plan = .repartitionByExpression(try expressionList(), numPartitions: nil, plan)
        }
        if check("SORT"), peek().isKeyword("BY"), !byIsLast() {
            advance()
            advance()
            plan = .sort(try sortItems(), global: false, plan)
        }
        if check("WINDOW"), !clauseKeywordIsAlias() {
            try windowClause()
        }
        let definitions = windowScopes.last ?? [:]
        do {
            plan = try SQLWindowReferences(definitions: definitions).apply(plan)
        } catch {
            // Reported after the whole statement has parsed, as Spark's analyzer would.
            if deferredError == nil { deferredError = error }
        }
        var limit: Int?
        if check("LIMIT"), !clauseKeywordIsAlias() {
            advance()
            if !accept("ALL") { limit = try constantCount("LIMIT") }
        }
        if check("OFFSET"), !clauseKeywordIsAlias() {
            advance()
            plan = .offset(try constantCount("OFFSET"), plan)
        }
        if let limit { plan = .limit(limit, plan) }
        return plan
    }

    /// Integer constant arithmetic such as `LIMIT 2 + 3`; nil when the expression is not constant.
    static func foldIntegral(_ e: Expression) -> Int64? {
        switch e {
        case .literal(let v, let type) where type.isIntegral:
            return v.int64Value
        case .unaryMinus(let child, _):
            return foldIntegral(child).flatMap { $0 == .min ? nil : -$0 }
        case .arithmetic(let op, let l, let r, _):
            guard let a = foldIntegral(l), let b = foldIntegral(r) else { return nil }
            switch op {
            case .add: let (v, o) = a.addingReportingOverflow(b); return o ? nil : v
            case .subtract: let (v, o) = a.subtractingReportingOverflow(b); return o ? nil : v
            case .multiply: let (v, o) = a.multipliedReportingOverflow(by: b); return o ? nil : v
            case .integralDivide: return b == 0 ? nil : a / b
            default: return nil
            }
        default:
            return nil
        }
    }

    private func byIsLast() -> Bool {
        let after = peek(2)
        return after.kind == .endOfInput || after.isSymbol(";") || after.isSymbol(")")
    }

    /// LIMIT and OFFSET take a constant non-negative integer expression.
    private mutating func constantCount(_ clause: String) throws(SparkError) -> Int {
        let start = current
        let e = try expression()
        if case .literal(let value, let type) = e, !type.isIntegral, type != .null {
            // A constant of another type is an analysis error in Spark: reported only if the statement parses.
            if deferredError == nil {
                let shown = if case .string(let text) = value { text } else { e.prettyName }
                deferredError = SparkError(
                    "INVALID_LIMIT_LIKE_EXPRESSION.DATA_TYPE",
                    "The limit like expression \"\(shown)\" is invalid. The \(clause.lowercased()) expression must be integer type, but got \"\(type.sqlName)\".",
                    sqlState: "42K0E", sqlLine: start.line, sqlPosition: start.column)
            }
            return 0
        }
        guard let n = Self.foldIntegral(e) else {
            throw unsupported("\(clause) with an expression other than an integer literal")
        }
        guard n >= 0 else {
            // An analysis error in Spark: reported only if the whole statement parses.
            if deferredError == nil {
                deferredError = SparkError(
                    "INVALID_LIMIT_LIKE_EXPRESSION.IS_NEGATIVE",
                    "The limit like expression \"\(n)\" is invalid. The \(clause.lowercased()) expression must be equal to or greater than 0, but got \(n).",
                    sqlState: "42K0E", sqlLine: start.line, sqlPosition: start.column)
            }
            return 0
        }
        guard n <= Int64(Int32.max) else {
            throw unsupported("\(clause) larger than \(Int32.max)")
        }
        return Int(n)
    }
}
