/// `spark.sql(...)`: runs a statement; queries return a DataFrame, other statements act on the session.
extension SparkSession {
    /// `spark.sql(text, args=...)`: `parameters` gives the values of the query's `:name` and `?` markers.
    public func sql(_ text: String, parameters: SQLParameters = SQLParameters()) throws -> DataFrame {
        switch try parseSQLStatement(text, parameters: parameters) {
        case .query(let plan):
            return try DataFrame(session: self, unresolved: plan)
        case .createTempView(let name, _, let plan):
            catalog.register(name, try analyzer.analyze(plan))
            return try emptyResult()
        case .dropView(let name, let ifExists):
            // A dropped view is no longer cached, as in Spark.
            if catalog.lookup(name) != nil { try uncacheTable(name) }
            if !catalog.drop(name) && !ifExists { throw SparkErrors.tableNotFound(name) }
            return try emptyResult()
        case .set(let key, let value):
            if let key, let value { conf.set(key, value) }
            let rows: [[Value]] = key.map { k in [[.string(k), conf.get(k).map(Value.string) ?? .string("<undefined>")]] } ?? []
            return try createDataFrame(rows, schema: "key STRING, value STRING")
        case .showTables:
            return try createDataFrame(catalog.viewNames.map { [.string(""), .string($0), .bool(true)] },
                                       schema: "namespace STRING, tableName STRING, isTemporary BOOLEAN")
        case .describe(let name):
            let df = try table(name)
            return try createDataFrame(df.schema.map { [.string($0.name), .string($0.dataType.simpleString), .null] },
                                       schema: "col_name STRING, data_type STRING, comment STRING")
        case .explain(let mode, let plan):
            let df = try DataFrame(session: self, unresolved: plan)
            return try createDataFrame([[.string(try df.explain(mode.rawValue))]], schema: "plan STRING")
        case .cacheTable(let name, let lazy, let plan):
            if let plan { catalog.register(name, try analyzer.analyze(plan)) }
            try cacheTable(name, eager: !lazy)
            return try emptyResult()
        case .uncacheTable(let name, let ifExists):
            if catalog.lookup(name) == nil {
                if ifExists { return try emptyResult() }
                throw SparkErrors.tableNotFound(name)
            }
            try uncacheTable(name)
            return try emptyResult()
        }
    }

    func emptyResult() throws -> DataFrame { try createDataFrame([], fields: []) }
}

extension DataFrame {
    /// `df.selectExpr("a + 1 AS b")`.
    public func selectExpr(_ exprs: [String]) throws -> DataFrame {
        try select(exprs.map { Column(try parseSQLExpression($0)) })
    }

    /// `df.filter("salary > 100")`.
    public func filter(_ condition: String) throws -> DataFrame {
        try filter(Column(try parseSQLExpression(condition)))
    }

    /// One of this DataFrame's output columns, remembering that it came from this DataFrame.
    public func reference(_ attribute: AttributeReference) -> Column { Column(.attribute(tagged(attribute))) }

    private func tagged(_ attribute: AttributeReference) -> AttributeReference {
        var tagged = attribute
        if let position = plan.output.firstIndex(where: { $0.exprId == attribute.exprId }) {
            tagged.dataset = DatasetReference(plan: plan, position: position)
        }
        return tagged
    }

    /// `df["salary"]` / `df.salary`: a column bound to this DataFrame's plan, so it stays unambiguous in joins.
    public func column(_ name: String) throws -> Column {
        if name == "*" { return Column(.resolvedStar(plan.output.map(tagged))) }
        return try resolve(name)
    }

    /// Spark's `Dataset.resolve`: the named column now, not when the plan is analyzed. The methods that
    /// take column names and look them up at once (`df["x"]`, `agg({...})`, `pivot("x")`, `fillna`,
    /// `dropna`, `corr`...) fail with every column of the DataFrame as the suggestion list, in order.
    public func resolve(_ name: String) throws -> Column {
        if let found = try ExpressionResolution.lookup(Column.parseName(name), in: plan.output) {
            if case .attribute(let a) = found { return reference(a) }
            return Column(found)
        }
        throw SparkErrors.unresolvedColumn(name, suggestions: plan.output.map(\.name))
    }
}
