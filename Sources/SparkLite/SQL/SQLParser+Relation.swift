/// The FROM clause: tables, aliases, derived tables, VALUES, joins, LATERAL VIEW and PIVOT.
extension SQLParser {
    mutating func fromClause() throws(SparkError) -> LogicalPlan {
        var plan = try relation()
        while acceptSymbol(",") {
            plan = .join(plan, try relation(), .inner, condition: nil, hint: .none)
        }
        plan = try lateralViews(plan)
        if check("PIVOT"), peek().isSymbol("(") {
            plan = try pivot(plan)
        }
        if startsUnpivot {
            plan = try unpivot(plan)
        }
        return plan
    }

    /// `relationPrimary (join | PIVOT)*`
    private mutating func relation() throws(SparkError) -> LogicalPlan {
        var plan = check("LATERAL") && peek().isSymbol("(") ? try lateralSubquery() : try relationPrimary()
        while true {
            if check("PIVOT"), peek().isSymbol("(") {
                plan = try pivot(plan)
                continue
            }
            if startsUnpivot {
                plan = try unpivot(plan)
                continue
            }
            guard let join = try joinType() else { return plan }
            if check("LATERAL"), !peek().isSymbol("(") { throw unsupported("LATERAL joins of a table-valued function") }
            let lateral = check("LATERAL")
            if lateral && join.natural {
                throw SparkError("INCOMPATIBLE_JOIN_TYPES", "The join types LATERAL and NATURAL are incompatible.", sqlState: "42613")
            }
            let right = lateral ? try lateralSubquery() : try relationPrimary()
            if lateral && check("USING") {
                throw SparkError("UNSUPPORTED_FEATURE.LATERAL_JOIN_USING", "The feature is not supported: JOIN USING with LATERAL correlation.", sqlState: "0A000")
            }
            if join.natural {
                plan = .usingJoin(plan, right, join.type, columns: nil, hint: .none)
            } else if accept("ON") {
                plan = .join(plan, right, join.type, condition: try expression(), hint: .none)
            } else if check("USING") {
                advance()
                guard checkSymbol("(") else { throw mismatch(expected: "'('", canFollow: currentIsIdentifier) }
                plan = .usingJoin(plan, right, join.type, columns: try identifierList(), hint: .none)
            } else {
                plan = .join(plan, right, join.type, condition: nil, hint: .none)
            }
        }
    }

    /// `[NATURAL] [INNER | CROSS | LEFT [OUTER] | LEFT SEMI | LEFT ANTI | RIGHT [OUTER] | FULL [OUTER]] JOIN`
    private mutating func joinType() throws(SparkError) -> (type: JoinType, natural: Bool)? {
        let save = pos
        let natural = accept("NATURAL")
        var type = JoinType.inner
        switch current.keyword {
        case "JOIN":
            break
        case "INNER":
            advance()
        case "CROSS":
            advance()
            type = .cross
        case "LEFT":
            advance()
            if accept("SEMI") { type = .leftSemi }
            else if accept("ANTI") { type = .leftAnti }
            else { _ = accept("OUTER"); type = .leftOuter }
        case "RIGHT":
            advance()
            _ = accept("OUTER")
            type = .rightOuter
        case "FULL":
            advance()
            _ = accept("OUTER")
            type = .fullOuter
        case "SEMI":
            advance()
            type = .leftSemi
        case "ANTI":
            advance()
            type = .leftAnti
        default:
            if natural { throw syntaxError(at: current) }
            pos = save
            return nil
        }
        guard accept("JOIN") else {
            throw syntaxError(at: current)
        }
        if natural && type == .cross { throw syntaxError(at: tokens[pos - 1]) }
        return (type, natural)
    }

    /// `LATERAL ( query ) [AS] alias`: a derived table correlated to the relations before it.
    private mutating func lateralSubquery() throws(SparkError) -> LogicalPlan {
        try expect("LATERAL")
        try expectSymbol("(")
        let plan = try query()
        try expectClosingParenthesisOfQuery()
        guard startsTableAlias else { return .lateralSubquery(.subqueryAlias("__auto_generated_subquery_name", plan)) }
        return .lateralSubquery(try tableAlias(plan, derived: true))
    }

    private mutating func relationPrimary() throws(SparkError) -> LogicalPlan {
        if checkSymbol("(") {
            advance()
            if startsQuery() || check("VALUES") {
                let plan = try query()
                try expectClosingParenthesisOfQuery()
                // As in Spark, a derived table without an alias still hides the qualifiers of its inner
                // tables: its columns are qualified by a generated name.
                guard startsTableAlias else { return .subqueryAlias("__auto_generated_subquery_name", plan) }
                return try tableAlias(plan, derived: true)
            }
            // `( t1 JOIN t2 ON … )` used as a relation.
            let plan = try relation()
            try expectSymbol(")")
            return try tableAlias(plan, derived: false)
        }
        if check("VALUES") {
            return try inlineTable()
        }
        guard currentIsIdentifier else { throw syntaxError(at: current) }
        let start = current
        let name = try multipartIdentifier()
        noteName(checkSymbol("(") ? .routine : .relation, name, at: start)
        if checkSymbol("(") {
            return try tableAlias(try tableValuedFunction(name), derived: true)
        }
        if check("TABLESAMPLE") { throw unsupported("TABLESAMPLE") }
        if (check("VERSION") || check("TIMESTAMP") || check("FOR")), peek().isKeyword("AS") || peek().isKeyword("SYSTEM_TIME") || peek().isKeyword("SYSTEM_VERSION") {
            throw unsupported("Time travel")
        }
        return try tableAlias(.unresolvedRelation(name), derived: false)
    }

    /// Whether a table alias follows.
    private var startsTableAlias: Bool {
        (check("AS") && (peek().kind == .word || peek().kind == .quotedIdentifier)) || currentStartsImplicitAlias(forTable: true)
    }

    /// `[AS] alias [(col, …)]`
    private mutating func tableAlias(_ plan: LogicalPlan, derived: Bool) throws(SparkError) -> LogicalPlan {
        let explicit = check("AS") && (peek().kind == .word || peek().kind == .quotedIdentifier)
        if explicit {
            advance()
        } else if !currentStartsImplicitAlias(forTable: true) {
            return plan
        }
        let name = try identifier()
        var result = plan
        if checkSymbol("("), peek().kind == .word || peek().kind == .quotedIdentifier {
            let columns = try identifierList()
            result = try renamingColumns(plan, to: columns)
        }
        return .subqueryAlias(name, result)
    }

    /// `range(n)` / `range(start, end[, step[, slices]])` in FROM.
    private mutating func tableValuedFunction(_ name: [String]) throws(SparkError) -> LogicalPlan {
        try expectSymbol("(")
        var arguments: [Expression] = []
        if !checkSymbol(")") { arguments = try expressionList() }
        try expectSymbol(")")
        guard name.count == 1, name[0].lowercased() == "range" else {
            throw unsupported("The table-valued function \(name.joined(separator: "."))()")
        }
        var numbers: [Int64] = []
        for argument in arguments {
            guard case .literal(let v, let type) = argument, type.isIntegral, let n = v.int64Value else {
                throw unsupported("range() with non-literal arguments")
            }
            numbers.append(n)
        }
        let output = AttributeReference(name: "id", dataType: .long, nullable: false)
        switch numbers.count {
        case 1: return .range(start: 0, end: numbers[0], step: 1, numSlices: nil, output: output)
        case 2: return .range(start: numbers[0], end: numbers[1], step: 1, numSlices: nil, output: output)
        case 3: return .range(start: numbers[0], end: numbers[1], step: numbers[2], numSlices: nil, output: output)
        case 4: return .range(start: numbers[0], end: numbers[1], step: numbers[2], numSlices: Int(numbers[3]), output: output)
        default: throw unsupported("range() with \(numbers.count) arguments")
        }
    }

    // MARK: LATERAL VIEW

    mutating func lateralViews(_ input: LogicalPlan) throws(SparkError) -> LogicalPlan {
        var plan = input
        while check("LATERAL"), peek().isKeyword("VIEW") {
            advance()
            advance()
            let outer = accept("OUTER")
            let functionName = try multipartIdentifier().joined(separator: ".").lowercased()
            try expectSymbol("(")
            var arguments: [Expression] = []
            if !checkSymbol(")") { arguments = try expressionList() }
            try expectSymbol(")")
            let tableName = try identifier()
            var columns: [String] = []
            let hasColumns = accept("AS") || (currentIsIdentifier && !Self.clauseKeywords.contains(current.keyword)
                && !Self.strictNonReserved.contains(current.keyword))
            if hasColumns {
                repeat { columns.append(try identifier()) } while acceptSymbol(",")
            }
            var kind: Generator.Kind
            var isOuter = outer
            switch functionName {
            case "explode", "explode_outer": kind = .explode
            case "posexplode", "posexplode_outer": kind = .posexplode
            case "inline", "inline_outer": kind = .inline
            case "stack": kind = .stack
            case "json_tuple": kind = .jsonTuple
            default:
                // A name that is no function at all: Spark looks it up as a table function in the catalog.
                if FunctionRegistry.builtin.lookup(functionName) == nil && !functionName.contains(".") {
                    throw SparkError("ROUTINE_NOT_FOUND", "The routine `default`.`\(functionName)` cannot be found. Verify the spelling and correctness of the schema and catalog.\nIf you did not qualify the name with a schema and catalog, verify the current_schema() output, or qualify the name with the correct schema and catalog.\nTo tolerate the error on drop use DROP ... IF EXISTS.", sqlState: "42883")
                }
                throw unsupported("LATERAL VIEW \(functionName)()")
            }
            if functionName.hasSuffix("_outer") { isOuter = true }
            let output = columns.map { AttributeReference(name: $0, dataType: .null, qualifier: [tableName]) }
            plan = .generate(Generator(kind, arguments, qualifier: [tableName]), outer: isOuter, output: output, unrequiredChild: [], plan)
        }
        return plan
    }

    // MARK: PIVOT

    /// `PIVOT (agg [AS a], … FOR col IN (v [AS a], …))`
    private mutating func pivot(_ child: LogicalPlan) throws(SparkError) -> LogicalPlan {
        advance()
        try expectSymbol("(")
        var aggregates = [try namedExpression()]
        while acceptSymbol(",") { aggregates.append(try namedExpression()) }
        try expect("FOR")
        let pivotColumn: Expression
        if checkSymbol("(") {
            advance()
            var columns = [Expression.unresolvedAttribute([try identifier()])]
            while acceptSymbol(",") { columns.append(.unresolvedAttribute([try identifier()])) }
            try expectSymbol(")")
            pivotColumn = columns.count == 1 ? columns[0] : .unresolvedFunction(name: "struct", arguments: columns, isDistinct: false)
        } else {
            pivotColumn = .unresolvedAttribute([try identifier()])
        }
        try expect("IN")
        try expectSymbol("(")
        var values: [Expression] = []
        repeat {
            let value = try expression()
            if accept("AS") || (currentIsIdentifier && !checkSymbol(",")) {
                values.append(.alias(value, name: try identifier(), exprId: .next()))
            } else {
                values.append(value)
            }
        } while acceptSymbol(",")
        try expectSymbol(")")
        try expectSymbol(")")
        var plan = LogicalPlan.pivot(groupBy: nil, pivotColumn: pivotColumn, values: values, aggregates: aggregates, child)
        if check("AS") || currentStartsImplicitAlias(forTable: true) {
            _ = accept("AS")
            plan = .subqueryAlias(try identifier(), plan)
        }
        return plan
    }

    // MARK: UNPIVOT

    private var startsUnpivot: Bool {
        check("UNPIVOT") && (peek().isSymbol("(") || peek().isKeyword("INCLUDE") || peek().isKeyword("EXCLUDE"))
    }

    /// `UNPIVOT [INCLUDE | EXCLUDE NULLS] (value FOR name IN (col [AS alias], …)) [[AS] alias]`
    private mutating func unpivot(_ child: LogicalPlan) throws(SparkError) -> LogicalPlan {
        advance()
        var includeNulls = false
        if accept("INCLUDE") {
            try expect("NULLS")
            includeNulls = true
        } else if accept("EXCLUDE") {
            try expect("NULLS")
        }
        try expectSymbol("(")
        // `(amount, n) FOR quarter IN ((q1_amt, q1_n) AS Q1, ...)` unpivots several value columns at once.
        var valueColumns: [String] = []
        if acceptSymbol("(") {
            repeat { valueColumns.append(try identifier()) } while acceptSymbol(",")
            try expectSymbol(")")
        } else {
            valueColumns = [try identifier()]
        }
        try expect("FOR")
        let variableColumn = try identifier()
        try expect("IN")
        try expectSymbol("(")
        var values: [[Expression]] = []
        repeat {
            var group: [Expression] = []
            if acceptSymbol("(") {
                repeat { group.append(.unresolvedAttribute(try multipartIdentifier())) } while acceptSymbol(",")
                try expectSymbol(")")
            } else {
                group = [.unresolvedAttribute(try multipartIdentifier())]
            }
            if accept("AS") || (currentIsIdentifier && !checkSymbol(",")) {
                let name = try identifier()
                group = group.map { .alias($0, name: name, exprId: .next()) }
            }
            values.append(group)
        } while acceptSymbol(",")
        try expectSymbol(")")
        try expectSymbol(")")
        var plan = LogicalPlan.unpivot(ids: nil, values: values, variableColumn: variableColumn, valueColumns: valueColumns,
                                       includeNulls: includeNulls, child)
        if check("AS") || currentStartsImplicitAlias(forTable: true) {
            _ = accept("AS")
            plan = .subqueryAlias(try identifier(), plan)
        }
        return plan
    }
}
