import Foundation

/// A distributed collection of rows with a schema, evaluated lazily. Each transformation returns a new,
/// analyzed DataFrame, so errors surface at the call that caused them, as in PySpark.
public struct DataFrame: Sendable {
    public let session: SparkSession
    public let plan: LogicalPlan

    init(session: SparkSession, plan: LogicalPlan) {
        self.session = session
        self.plan = plan
    }

    init(session: SparkSession, unresolved: LogicalPlan) throws {
        self.session = session
        self.plan = try session.analyzer.analyze(unresolved)
    }

    func derive(_ unresolved: LogicalPlan) throws -> DataFrame {
        try DataFrame(session: session, unresolved: unresolved)
    }

    public var columns: [String] { plan.output.map(\.name) }
    public var schema: [StructField] { plan.output.map { StructField($0.name, $0.dataType, nullable: $0.nullable) } }

    public func select(_ cols: Column...) throws -> DataFrame { try select(cols) }
    public func select(_ cols: [Column]) throws -> DataFrame { try derive(.project(cols.map(\.expr), plan)) }
    public func filter(_ condition: Column) throws -> DataFrame { try derive(.filter(condition.expr, plan)) }
    public func `where`(_ condition: Column) throws -> DataFrame { try filter(condition) }

    public func withColumn(_ name: String, _ col: Column) throws -> DataFrame { try withColumns([(name, col)]) }

    /// `withColumns({name: col, ...})`: one projection in which every new column reads this DataFrame's
    /// columns (never another new one); a name already present is replaced in place, others are appended.
    public func withColumns(_ columns: [(String, Column)]) throws -> DataFrame {
        var list: [Expression] = plan.output.map { .attribute($0) }
        for (name, col) in columns {
            let replacement = Expression.alias(col.expr, name: name, exprId: .next())
            let matches = plan.output.indices.filter { plan.output[$0].name.lowercased() == name.lowercased() }
            if matches.isEmpty {
                if let i = list.indices.dropFirst(plan.output.count).first(where: { list[$0].outputName.lowercased() == name.lowercased() }) {
                    list[i] = replacement
                } else {
                    list.append(replacement)
                }
            } else {
                for i in matches { list[i] = replacement }
            }
        }
        return try derive(.project(list, plan))
    }

    public func withColumnRenamed(_ existing: String, _ new: String) throws -> DataFrame {
        let list: [Expression] = plan.output.map { a in
            a.name.lowercased() == existing.lowercased() ? .alias(.attribute(a), name: new, exprId: .next()) : .attribute(a)
        }
        return try derive(.project(list, plan))
    }

    /// `withColumnsRenamed({old: new, ...})`: one projection; names that match no column are ignored.
    public func withColumnsRenamed(_ renames: [(String, String)]) throws -> DataFrame {
        let list: [Expression] = plan.output.map { a in
            guard let new = renames.last(where: { $0.0.lowercased() == a.name.lowercased() })?.1 else { return .attribute(a) }
            return .alias(.attribute(a), name: new, exprId: .next())
        }
        return try derive(.project(list, plan))
    }

    public func drop(_ names: String...) throws -> DataFrame {
        let lower = Set(names.map { $0.lowercased() })
        return try derive(.project(plan.output.filter { !lower.contains($0.name.lowercased()) }.map { .attribute($0) }, plan))
    }

    /// `drop(df.col)`: the column that exact reference names, so after a join `drop(right.key)` keeps the
    /// left side's column of the same name. A reference to no column of this DataFrame drops nothing.
    public func drop(_ column: Column) throws -> DataFrame {
        switch column.expr.unaliased {
        case .attribute(let a):
            guard plan.output.contains(where: { $0.exprId == a.exprId }) else { return self }
            return try derive(.project(plan.output.filter { $0.exprId != a.exprId }.map { .attribute($0) }, plan))
        case .unresolvedAttribute(let parts):
            return try drop(parts.joined(separator: "."))
        default:
            return self
        }
    }

    public func groupBy(_ cols: Column...) -> GroupedData { groupBy(cols) }
    public func groupBy(_ cols: [Column]) -> GroupedData { GroupedData(df: self, grouping: cols.map(\.expr)) }

    /// `rollup(a, b)`: groups by (a, b), (a) and the grand total.
    public func rollup(_ cols: [Column]) -> GroupedData {
        GroupedData(df: self, grouping: [.groupingSets(.rollup, cols.map { [$0.expr] })])
    }

    /// `cube(a, b)`: groups by every subset of the columns.
    public func cube(_ cols: [Column]) -> GroupedData {
        GroupedData(df: self, grouping: [.groupingSets(.cube, cols.map { [$0.expr] })])
    }
    public func agg(_ cols: Column...) throws -> DataFrame { try GroupedData(df: self, grouping: []).agg(cols) }

    public func orderBy(_ cols: Column...) throws -> DataFrame { try orderBy(cols) }

    public func orderBy(_ cols: [Column]) throws -> DataFrame {
        try derive(.sort(cols.map(\.expr.asSortOrder), global: true, plan))
    }

    public func sortWithinPartitions(_ cols: Column...) throws -> DataFrame { try sortWithinPartitions(cols) }

    public func sortWithinPartitions(_ cols: [Column]) throws -> DataFrame {
        try derive(.sort(cols.map(\.expr.asSortOrder), global: false, plan))
    }

    /// `repartitionByRange(n, cols)`: range partitioning by the columns (ascending unless given an order).
    public func repartitionByRange(_ n: Int?, _ cols: [Column]) throws -> DataFrame {
        if let n { try Self.requirePositivePartitions(n) }
        return try derive(.repartitionByExpression(cols.map { .sortOrder($0.expr.asSortOrder) }, numPartitions: n, plan))
    }

    /// `sample(fraction, seed)`: each row is kept with probability `fraction` (Spark's Bernoulli sampler).
    public func sample(fraction: Double, withReplacement: Bool = false, seed: Int64) throws -> DataFrame {
        guard fraction >= 0, withReplacement || fraction <= 1 else {
            let bounds = withReplacement ? "must be nonnegative with replacement" : "must be on interval [0, 1] without replacement"
            throw SparkError("IllegalArgumentException", "requirement failed: Sampling fraction (\(ValueFormatter.javaDouble(fraction))) \(bounds)")
        }
        return try derive(.sample(fraction: fraction, withReplacement: withReplacement, seed: seed, plan))
    }

    public func limit(_ n: Int) throws -> DataFrame { try derive(.limit(n, plan)) }
    /// `offset(n)`: every row but the first n.
    public func offset(_ n: Int) throws -> DataFrame { try derive(.offset(n, plan)) }
    public func distinct() throws -> DataFrame { try derive(.distinct(plan)) }

    public func join(_ other: DataFrame, on condition: Column, how: String = "inner") throws -> DataFrame {
        guard let type = JoinType(pysparkName: how) else { throw Self.unsupportedJoinType(how) }
        return try derive(.join(plan, other.plan, type, condition: condition.expr, hint: .none))
    }

    public func join(_ other: DataFrame, using columns: [String], how: String = "inner") throws -> DataFrame {
        guard let type = JoinType(pysparkName: how) else { throw Self.unsupportedJoinType(how) }
        return try derive(.usingJoin(plan, other.plan, type, columns: columns, hint: .none))
    }

    public func crossJoin(_ other: DataFrame) throws -> DataFrame {
        try derive(.join(plan, other.plan, .cross, condition: nil, hint: .none))
    }

    public func union(_ other: DataFrame) throws -> DataFrame {
        try derive(.union([plan, other.plan], byName: false, allowMissingColumns: false))
    }

    public func unionByName(_ other: DataFrame, allowMissingColumns: Bool = false) throws -> DataFrame {
        try derive(.union([plan, other.plan], byName: true, allowMissingColumns: allowMissingColumns))
    }

    /// `unpivot(ids, values, variableColumnName, valueColumnName)` (also `melt`): nil values means every
    /// column that is not an id. Rows with null values are kept.
    public func unpivot(ids: [Column], values: [Column]?, variableColumnName: String, valueColumnName: String) throws -> DataFrame {
        try derive(.unpivot(ids: ids.map(\.expr), values: values?.map { [$0.expr] }, variableColumn: variableColumnName,
                            valueColumns: [valueColumnName], includeNulls: true, plan))
    }

    public func intersect(_ other: DataFrame) throws -> DataFrame { try derive(.intersect(plan, other.plan, isAll: false)) }
    public func subtract(_ other: DataFrame) throws -> DataFrame { try derive(.except(plan, other.plan, isAll: false)) }
    public func intersectAll(_ other: DataFrame) throws -> DataFrame { try derive(.intersect(plan, other.plan, isAll: true)) }
    public func exceptAll(_ other: DataFrame) throws -> DataFrame { try derive(.except(plan, other.plan, isAll: true)) }
    public func coalesce(_ n: Int) throws -> DataFrame {
        try Self.requirePositivePartitions(n)
        return try derive(.repartition(numPartitions: n, shuffle: false, plan))
    }

    public func repartition(_ n: Int) throws -> DataFrame {
        try Self.requirePositivePartitions(n)
        return try derive(.repartition(numPartitions: n, shuffle: true, plan))
    }
    public func repartition(_ n: Int?, _ cols: Column...) throws -> DataFrame { try repartition(n, cols) }

    public func repartition(_ n: Int?, _ cols: [Column]) throws -> DataFrame {
        if let n { try Self.requirePositivePartitions(n) }
        return try derive(.repartitionByExpression(cols.map(\.expr), numPartitions: n, plan))
    }

    /// Spark's `Repartition` and `RepartitionByExpression` require a positive partition count when built.
    static func requirePositivePartitions(_ n: Int) throws {
        guard n > 0 else { throw SparkError("IllegalArgumentException", "requirement failed: Number of partitions (\(n)) must be positive.") }
    }

    public func alias(_ name: String) throws -> DataFrame { try derive(.subqueryAlias(name, plan)) }
    public func hint(_ name: String) -> DataFrame {
        (try? derive(.unresolvedHint(name: name, parameters: [], plan))) ?? self
    }

    public func createOrReplaceTempView(_ name: String) { session.catalog.register(name, plan) }

    public var queryExecution: QueryExecution { QueryExecution(analyzed: plan, conf: session.conf, cacheManager: session.cacheManager) }

    /// `df.cache()` / `df.persist(level)`: later queries over this plan read the cached data. Lazy, as in Spark.
    @discardableResult
    public func persist(_ level: StorageLevel = .memoryAndDisk) -> DataFrame {
        session.cacheManager.cache(plan, storageLevel: level)
        return self
    }

    @discardableResult
    public func unpersist() -> DataFrame {
        session.cacheManager.uncache(plan)
        return self
    }

    /// The storage level when cached; Spark reports `StorageLevel(False, False, False, False, 1)` otherwise.
    public var storageLevel: StorageLevel? { session.cacheManager.storageLevel(of: plan) }

    /// Runs the query: rows in Spark's result order, with the executed plan and metrics.
    public func execute(limits: ExecutionLimits = ExecutionLimits()) throws -> QueryResult {
        let context = executionContext(limits)
        let execution = queryExecution
        let (rows, physical) = try execution.executeResult(context)
        return QueryResult(schema: schema, rows: rows, physicalPlan: physical, subqueryPlans: try execution.subqueryPlans(),
                           metrics: context.metrics)
    }

    /// The rows of each output partition, in order.
    public func executePartitions(limits: ExecutionLimits = ExecutionLimits()) throws -> [[[Value]]] {
        try queryExecution.executePartitions(executionContext(limits)).partitions
    }

    private func executionContext(_ limits: ExecutionLimits) -> ExecutionContext {
        // Python UDFs call back into the single-threaded interpreter: run their tasks one at a time.
        let usesPython = plan.collect { p in p.expressions.contains { $0.exists { if case .pythonUDF = $0 { true } else { false } } } ? p : nil }
            .isEmpty == false
        return ExecutionContext(conf: session.conf, deadline: limits.deadline, maxRows: limits.maxRows, serial: usesPython)
    }

    public func collect() throws -> [[Value]] { Array(try execute().rows) }
    public func count() throws -> Int { try collect().count }

    public func explain(_ mode: String = "simple") throws -> String { try queryExecution.explainString(mode) }

    /// `df.show(n, truncate)` text, exactly as Spark lays it out.
    public func showString(_ n: Int = 20, truncate: Int = 20) throws -> String {
        let rows = try limit(n + 1).collect()
        return ShowFormatter.format(schema: schema, rows: rows, numRows: n, truncate: truncate)
    }

    static func unsupportedJoinType(_ how: String) -> SparkError {
        SparkError("UNSUPPORTED_JOIN_TYPE", "Unsupported join type '\(how)'. Supported join types include: 'inner', 'outer', 'full', 'fullouter', 'full_outer', 'leftouter', 'left', 'left_outer', 'rightouter', 'right', 'right_outer', 'leftsemi', 'left_semi', 'semi', 'leftanti', 'left_anti', 'anti', 'cross'.")
    }
}

/// Budgets for one query: a deadline and the most rows one operator may materialise.
public struct ExecutionLimits: Sendable {
    public var deadline: Date
    public var maxRows: Int

    public init(deadline: Date = .distantFuture, maxRows: Int = 50_000_000) {
        self.deadline = deadline
        self.maxRows = maxRows
    }
}

/// The rows of an executed query with its plan and metrics.
public struct QueryResult: @unchecked Sendable {
    public let schema: [StructField]
    public let rows: ResultRows
    public let physicalPlan: SparkPlan
    /// Plans of scalar subqueries, run before the main plan.
    public let subqueryPlans: [SparkPlan]
    public let metrics: QueryMetrics

    public var shuffles: Int { ([physicalPlan] + subqueryPlans).reduce(0) { $0 + QueryExecution.shuffleCount($1) } }
    public var broadcasts: Int { ([physicalPlan] + subqueryPlans).reduce(0) { $0 + QueryExecution.broadcastCount($1) } }
}

/// `df.groupBy(...)`, and `df.groupBy(...).pivot(...)`.
public struct GroupedData: Sendable {
    public let df: DataFrame
    let grouping: [Expression]
    var pivot: (column: Expression, values: [Expression])?

    init(df: DataFrame, grouping: [Expression], pivot: (column: Expression, values: [Expression])? = nil) {
        self.df = df
        self.grouping = grouping
        self.pivot = pivot
    }

    public func agg(_ cols: Column...) throws -> DataFrame { try agg(cols) }

    /// `pivot(col, values)`: one output column per value (and aggregate). Without values, Spark first runs a
    /// query for the column's distinct values, sorted, and refuses more than
    /// `spark.sql.pivotMaxValues` (10000) of them.
    public func pivot(_ column: Column, values: [Column]? = nil) throws -> GroupedData {
        if let values { return GroupedData(df: df, grouping: grouping, pivot: (column.expr, values.map(\.expr))) }
        let maxValues = Int(df.session.conf.get("spark.sql.pivotMaxValues") ?? "") ?? 10_000
        // Sorted by the selected column itself: an expression over the input would not resolve above the distinct.
        let distinct = try df.select(column.alias("pivot_value")).distinct().limit(maxValues + 1).orderBy(Column(name: "pivot_value"))
        let type = distinct.schema[0].dataType
        let found = try distinct.collect().map { Expression.literal($0[0], type) }
        guard found.count <= maxValues else {
            throw SparkError("_LEGACY_ERROR_TEMP_1325", "The pivot column \(column.expr.prettyName) has more than \(maxValues) distinct values, this could indicate an error. If this was intended, set spark.sql.pivotMaxValues to at least the number of distinct values of the pivot column.")
        }
        return GroupedData(df: df, grouping: grouping, pivot: (column.expr, found))
    }

    public func agg(_ cols: [Column]) throws -> DataFrame {
        if let pivot {
            return try df.derive(.pivot(groupBy: grouping, pivotColumn: pivot.column, values: pivot.values, aggregates: cols.map(\.expr), df.plan))
        }
        // ROLLUP/CUBE output their grouping columns first, like a plain groupBy.
        let keys = grouping.flatMap { g -> [Expression] in
            if case .groupingSets(_, let sets) = g { return sets.flatMap { $0 } }
            return [g]
        }
        return try df.derive(.aggregate(grouping: grouping, aggregates: keys + cols.map(\.expr), df.plan))
    }

    public func count() throws -> DataFrame {
        try agg([functions.call("count", Column(.literal(.int(1), .int))).alias("count")])
    }
}
