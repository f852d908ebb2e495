/// Parses one Spark SQL statement (`spark.sql(...)`). A trailing `;` is allowed.
public func parseSQLStatement(_ sql: String, parameters: SQLParameters = SQLParameters()) throws(SparkError) -> SQLStatement {
    var parser = try SQLParser(sql, parameters: parameters)
    if parser.atEnd { throw parser.syntaxError(at: parser.current) }
    return try parser.statement()
}

/// Parses a query (`.sql` solution files, `spark.sql("SELECT …")`); any other statement is an error.
public func parseSQLQuery(_ sql: String) throws(SparkError) -> LogicalPlan {
    switch try parseSQLStatement(sql) {
    case .query(let plan):
        return plan
    default:
        throw SparkError.unsupported("A SQL command where a query is expected")
    }
}

/// Parses a single expression with an optional alias: `F.expr("…")`, `df.filter("salary > 100")`,
/// `selectExpr("a + 1 as b")`.
public func parseSQLExpression(_ text: String) throws(SparkError) -> Expression {
    var parser = try SQLParser(text)
    let e = try parser.namedExpression()
    guard parser.atEnd else {
        let next = parser.peek()
        if next.kind == .endOfInput {
            throw parser.syntaxError(at: parser.current, hint: ": extra input \(parser.current.errorDisplay)")
        }
        throw parser.syntaxError(at: parser.current)
    }
    if let deferred = parser.deferredError { throw deferred }
    return e
}

/// Parses a data type: `int`, `decimal(10,2)`, `array<struct<a:int,b:string>>`.
public func parseSQLDataType(_ text: String) throws(SparkError) -> DataType {
    var parser = try SQLParser(text)
    let type = try parser.dataType()
    guard parser.atEnd else { throw parser.syntaxError(at: parser.current) }
    return type
}

/// The values bound to a query's parameter markers: `:name` by name, `?` in order.
public struct SQLParameters: Sendable {
    public var named: [String: Expression]
    public var positional: [Expression]

    public init(named: [String: Expression] = [:], positional: [Expression] = []) {
        self.named = named
        self.positional = positional
    }
}
