/// What `spark.sql(...)` was asked to do: a query, or one of the few commands SparkLite runs.
public enum SQLStatement: Sendable {
    case query(LogicalPlan)
    case explain(mode: ExplainMode, LogicalPlan)
    case createTempView(name: String, replace: Bool, LogicalPlan)
    case showTables
    case describe(String)
    /// `SET` alone lists the configuration (both nil); `SET k` shows one key; `SET k=v` sets it.
    case set(key: String?, value: String?)
    case cacheTable(name: String, lazy: Bool, plan: LogicalPlan?)
    case uncacheTable(name: String, ifExists: Bool)
    case dropView(name: String, ifExists: Bool)
}

/// `EXPLAIN [EXTENDED | FORMATTED | CODEGEN | COST]`, and `df.explain(mode=...)`.
public enum ExplainMode: String, Sendable, CaseIterable {
    case simple, extended, formatted, codegen, cost
}
