/// `OVER (PARTITION BY … ORDER BY … frame)`, `OVER w`, and sort items.
extension SQLParser {
    /// Marks `OVER w` until the query's `WINDOW w AS (...)` clause has been read.
    static let windowReferenceMarker = "\u{0}window"

    mutating func windowSpecification() throws(SparkError) -> WindowSpecDefinition {
        if currentIsIdentifier && !checkSymbol("(") {
            return Self.windowReference(try identifier())
        }
        try expectSymbol("(")
        if currentIsIdentifier, peek().isSymbol(")"),
           !["PARTITION", "DISTRIBUTE", "ORDER", "SORT", "CLUSTER", "ROWS", "RANGE"].contains(current.keyword) {
            let name = try identifier()
            advance()
            return Self.windowReference(name)
        }
        var partitionSpec: [Expression] = []
        var orderSpec: [SortOrder] = []
        if check("CLUSTER"), peek().isKeyword("BY") {
            advance()
            advance()
            partitionSpec = try expressionList()
        } else {
            if (check("PARTITION") || check("DISTRIBUTE")), peek().isKeyword("BY") {
                advance()
                advance()
                partitionSpec = try expressionList()
            }
            if (check("ORDER") || check("SORT")), peek().isKeyword("BY") {
                advance()
                advance()
                orderSpec = try sortItems()
            }
        }
        var frame: WindowFrame?
        if check("ROWS") || check("RANGE") {
            frame = try windowFrame()
        }
        try expectSymbol(")")
        return WindowSpecDefinition(partitionSpec: partitionSpec, orderSpec: orderSpec, frame: frame)
    }

    static func windowReference(_ name: String) -> WindowSpecDefinition {
        WindowSpecDefinition(partitionSpec: [.unresolvedAttribute([windowReferenceMarker, name])])
    }

    mutating func expressionList() throws(SparkError) -> [Expression] {
        var list = [try expression()]
        while acceptSymbol(",") { list.append(try expression()) }
        return list
    }

    private mutating func windowFrame() throws(SparkError) -> WindowFrame {
        let type: FrameType = check("ROWS") ? .rows : .range
        advance()
        if accept("BETWEEN") {
            let lower = try frameBound()
            try expect("AND")
            let upper = try frameBound()
            return WindowFrame(type, lower, upper)
        }
        return WindowFrame(type, try frameBound(), .currentRow)
    }

    private mutating func frameBound() throws(SparkError) -> FrameBoundary {
        if check("UNBOUNDED"), peek().isKeyword("PRECEDING") || peek().isKeyword("FOLLOWING") {
            advance()
            let preceding = check("PRECEDING")
            advance()
            return preceding ? .unboundedPreceding : .unboundedFollowing
        }
        if check("CURRENT"), peek().isKeyword("ROW") {
            advance()
            advance()
            return .currentRow
        }
        let value = try expression()
        let preceding: Bool
        if accept("PRECEDING") {
            preceding = true
        } else if accept("FOLLOWING") {
            preceding = false
        } else {
            throw syntaxError(at: current)
        }
        if case .literal(.interval(let micros), let type) = value, type.isDayTimeInterval {
            return .interval(preceding ? -micros : micros, type)
        }
        if case .literal(.interval(let months), let type) = value, type.isYearMonthInterval {
            return .months(preceding ? -months : months, type)
        }
        if case .literal(let v, let type) = value, type.isDecimal || type == .double || type == .float, let x = v.doubleValue {
            let text = Expression.literal(v, type).prettyName
            return .fraction(preceding ? -x : x, text)
        }
        guard case .literal(let v, let type) = value, type.isIntegral, let n = v.int64Value, n != .min else {
            throw unsupported("Window frame bounds other than integer literals and day-time intervals")
        }
        return .offset(preceding ? -n : n)
    }

    mutating func sortItems() throws(SparkError) -> [SortOrder] {
        var items = [try sortItem()]
        while acceptSymbol(",") { items.append(try sortItem()) }
        return items
    }

    private mutating func sortItem() throws(SparkError) -> SortOrder {
        let e = try expression()
        var ascending = true
        if accept("ASC") {
            ascending = true
        } else if accept("DESC") {
            ascending = false
        }
        var nullsFirst: Bool?
        if accept("NULLS") {
            guard check("FIRST") || check("LAST") else { throw syntaxError(at: current) }
            nullsFirst = check("FIRST")
            advance()
        }
        return SortOrder(e, ascending: ascending, nullsFirst: nullsFirst)
    }
}
