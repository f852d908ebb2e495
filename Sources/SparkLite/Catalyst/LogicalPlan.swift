import Synchronization

/// A Catalyst logical plan: an immutable value tree. The DataFrame API and the SQL parser build
/// unresolved plans; the analyzer resolves them; the optimizer rewrites them.
public indirect enum LogicalPlan: Sendable {
    // Leaves.
    case unresolvedRelation([String])
    /// In-memory rows: `createDataFrame` (`Scan ExistingRDD`, unknown size) or `VALUES` (`LocalTableScan`).
    case localRelation(LocalData, output: [AttributeReference])
    /// A file source (`spark.read.csv/json`): `FileScan <format>`, sized by its files.
    case fileRelation(FileRelation, output: [AttributeReference])
    case range(start: Int64, end: Int64, step: Int64, numSlices: Int?, output: AttributeReference)
    /// `SELECT` with no FROM.
    case oneRowRelation
    /// A cached plan (`df.cache()`), read through `InMemoryTableScan`.
    case inMemoryRelation(CachedRelation, output: [AttributeReference])

    // Unary operators.
    case project([Expression], LogicalPlan)
    case filter(Expression, LogicalPlan)
    case aggregate(grouping: [Expression], aggregates: [Expression], LogicalPlan)
    case sort([SortOrder], global: Bool, LogicalPlan)
    case limit(Int, LogicalPlan)
    case offset(Int, LogicalPlan)
    case distinct(LogicalPlan)
    case deduplicate(keys: [AttributeReference], LogicalPlan)
    case window(windowExpressions: [Expression], partitionSpec: [Expression], orderSpec: [SortOrder], LogicalPlan)
    /// Per partition-key group of rows sorted by `orderSpec`, only the rows whose `rankLikeFunction`
    /// (`rank()`, `dense_rank()` or `row_number()`) is at most `limit`: what a filter above a window
    /// keeps anyway, inferred below it so fewer rows are shuffled and windowed (InferWindowGroupLimit).
    case windowGroupLimit(partitionSpec: [Expression], orderSpec: [SortOrder], rankLikeFunction: Expression, limit: Int, LogicalPlan)
    case repartition(numPartitions: Int, shuffle: Bool, LogicalPlan)
    /// `repartition(cols)` (hash) or `repartitionByRange` (sort orders); nil partitions means the session default.
    case repartitionByExpression([Expression], numPartitions: Int?, LogicalPlan)
    /// A table-generating function's rows after the child's columns, leaving out the child columns in
    /// `unrequiredChild` (Spark's `unrequiredChildIndex`: the generator's input, once nothing above reads it).
    case generate(Generator, outer: Bool, output: [AttributeReference], unrequiredChild: Set<ExprId>, LogicalPlan)
    case subqueryAlias(String, LogicalPlan)
    /// The projection of a USING or NATURAL join, whose parent may still name the join keys it shows only
    /// once (`rhs.k` after `lhs JOIN rhs USING (k)`) by qualified name or DataFrame column: Spark's hidden
    /// output of that projection. Only the analyzer reads it; the optimizer drops the node.
    case withHiddenColumns([AttributeReference], LogicalPlan)
    case unresolvedHint(name: String, parameters: [Expression], LogicalPlan)
    /// SQL's `QUALIFY cond` over a select: the condition may hold window functions and columns of the FROM
    /// clause the select list drops. The analyzer turns it into a filter over windows (QualifyResolution).
    case unresolvedQualify(Expression, LogicalPlan)
    case resolvedHint(JoinHint, LogicalPlan)
    case expand(projections: [[Expression]], output: [AttributeReference], LogicalPlan)
    case sample(fraction: Double, withReplacement: Bool, seed: Int64, LogicalPlan)
    /// `groupBy(...).pivot(col, values).agg(...)`, or SQL's PIVOT, whose grouping columns (nil) are the
    /// child's columns that neither the aggregates nor the pivot column use. The analyzer rewrites it into
    /// aggregates (PivotResolution).
    case pivot(groupBy: [Expression]?, pivotColumn: Expression, values: [Expression], aggregates: [Expression], LogicalPlan)
    /// `df.unpivot(ids, values, variable, value)` / `melt`, or SQL's UNPIVOT: one row per input row and value
    /// column, holding the ids, the value column's name and its value. Nil ids (SQL) are the columns the values
    /// leave out; nil values (`melt(ids, None, ...)`) are the columns the ids leave out. SQL's UNPIVOT may unpivot
    /// several value columns at once: each entry of `values` is one group (`(q1_amt, q1_n) AS Q1`, its alias on
    /// every column of the group), one column per name of `valueColumns`. The analyzer rewrites it into an
    /// `Expand` (UnpivotResolution).
    case unpivot(ids: [Expression]?, values: [[Expression]]?, variableColumn: String, valueColumns: [String], includeNulls: Bool, LogicalPlan)
    /// A Python UDF evaluation step (`BatchEvalPython`): appends `results` columns to the child's output.
    case batchEvalPython(udfs: [Expression], results: [AttributeReference], LogicalPlan)

    // Binary and n-ary operators.
    case join(LogicalPlan, LogicalPlan, JoinType, condition: Expression?, hint: JoinHint)
    /// `JOIN ... USING (cols)` or NATURAL JOIN before resolution.
    case usingJoin(LogicalPlan, LogicalPlan, JoinType, columns: [String]?, hint: JoinHint)
    case union([LogicalPlan], byName: Bool, allowMissingColumns: Bool)
    case intersect(LogicalPlan, LogicalPlan, isAll: Bool)
    case except(LogicalPlan, LogicalPlan, isAll: Bool)
    /// `WITH name AS (...) query` before CTE substitution.
    case with(ctes: [(String, LogicalPlan)], LogicalPlan)
    /// A CTE of `WITH RECURSIVE` before resolution: its number among the statement's CTE definitions (the id of
    /// its loop), its column list, `MAX RECURSION LEVEL` and query.
    case unresolvedRecursiveCTE(id: Int, columns: [String]?, maxLevel: Int?, LogicalPlan)
    /// A recursive CTE (Spark's UnionLoop): the anchor's rows, then the recursion run again and again over the
    /// rows of the step before, read through `unionLoopRef(id)`, until a step yields none; `limit` is a
    /// LIMIT over the CTE that stops the loop early.
    case unionLoop(id: Int, anchor: LogicalPlan, recursion: LogicalPlan, output: [AttributeReference], limit: Int?, maxLevel: Int?)
    /// The rows of the previous step of the recursive CTE `id` (Spark's UnionLoopRef).
    case unionLoopRef(id: Int, output: [AttributeReference])
    /// `LATERAL (query) alias` before resolution: a derived table that may read the columns of the relations
    /// before it in the FROM clause (the right side of the join it stands in).
    case lateralSubquery(LogicalPlan)
}

public enum JoinType: Sendable, Equatable {
    case inner
    case leftOuter
    case rightOuter
    case fullOuter
    case leftSemi
    case leftAnti
    case cross
    /// Spark's `ExistenceJoin(exists)`: every left row once, with a boolean column telling whether a right
    /// row matched (how an EXISTS inside OR is planned).
    case existence(AttributeReference)
    /// Spark 4's `LeftSingle`: a left outer join that fails when a left row matches two right rows (how a
    /// correlated scalar subquery without an aggregate is planned).
    case leftSingle

    /// The name explain prints.
    public var name: String {
        switch self {
        case .inner: "Inner"
        case .leftOuter: "LeftOuter"
        case .rightOuter: "RightOuter"
        case .fullOuter: "FullOuter"
        case .leftSemi: "LeftSemi"
        case .leftAnti: "LeftAnti"
        case .cross: "Cross"
        case .existence(let exists): "ExistenceJoin(\(exists.explainName))"
        case .leftSingle: "LeftSingle"
        }
    }

    /// Parses PySpark's `how` strings: `inner`, `left`, `left_outer`, `leftouter`, `semi`, `anti`, `full`, ...
    public init?(pysparkName: String) {
        switch pysparkName.lowercased().replacingOccurrences(of: "_", with: "") {
        case "inner": self = .inner
        case "cross": self = .cross
        case "outer", "full", "fullouter": self = .fullOuter
        case "left", "leftouter": self = .leftOuter
        case "right", "rightouter": self = .rightOuter
        case "leftsemi", "semi": self = .leftSemi
        case "leftanti", "anti": self = .leftAnti
        default: return nil
        }
    }
}

/// Join strategy hints, per side.
public struct JoinHint: Sendable, Equatable {
    public enum Strategy: String, Sendable {
        case broadcast = "BROADCAST"
        case shuffleMerge = "SHUFFLE_MERGE"
        case shuffleHash = "SHUFFLE_HASH"
        case shuffleReplicateNL = "SHUFFLE_REPLICATE_NL"
    }

    public var left: Strategy?
    public var right: Strategy?

    public init(left: Strategy? = nil, right: Strategy? = nil) {
        self.left = left
        self.right = right
    }

    public static let none = JoinHint()
}

/// Table-generating functions for `Generate`.
public struct Generator: Sendable {
    public enum Kind: String, Sendable {
        case explode, posexplode, inline, stack
        /// `json_tuple(json, f1, …)`: one row with the text of each top-level field.
        case jsonTuple = "json_tuple"
        /// `replicaterows(n, c1, …)`: the columns n times (how INTERSECT ALL and EXCEPT ALL repeat rows).
        case replicateRows = "replicaterows"
    }

    public var kind: Kind
    public var arguments: [Expression]
    /// `LATERAL VIEW explode(xs) t` without column names: the table name the default names (`t.col`) take.
    public var qualifier: [String]

    public init(_ kind: Kind, _ arguments: [Expression], qualifier: [String] = []) {
        self.kind = kind
        self.arguments = arguments
        self.qualifier = qualifier
    }
}

/// Rows held by a local relation, already split into partitions.
public final class LocalData: Sendable {
    public enum Origin: Sendable, Equatable {
        /// `spark.createDataFrame(list, schema)`: `Scan ExistingRDD`, no size estimate, never auto-broadcast.
        case existingRDD
        /// `VALUES`, `spark.range`-like local tables: `LocalTableScan`, sized.
        case localTable
        /// The single empty row of a `SELECT` without FROM: `Scan OneRowRelation[]`.
        case oneRowRelation
    }

    public let partitions: [[[Value]]]
    public let origin: Origin
    /// Distinguishes two scans of the same data for `max_scans_per_table`.
    public let tableName: String?

    public init(partitions: [[[Value]]], origin: Origin, tableName: String? = nil) {
        self.partitions = partitions
        self.origin = origin
        self.tableName = tableName
    }

    public var rowCount: Int { partitions.reduce(0) { $0 + $1.count } }

    private let columnar = Mutex<[RecordBatch]?>(nil)

    /// The partitions as record batches of columns of `types`, built on first use and kept.
    func batches(types: [DataType]) -> [RecordBatch] {
        columnar.withLock { cached in
            if let cached { return cached }
            let built = partitions.map { RecordBatch(rows: $0, types: types) }
            cached = built
            return built
        }
    }
}
