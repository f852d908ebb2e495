/// The aggregate functions SparkLite evaluates, named as Spark names them.
public enum AggregateFunctionKind: String, Sendable, CaseIterable {
    case count, sum, avg, min, max, first, last
    case collectList = "collect_list"
    case collectSet = "collect_set"
    case stddevSamp = "stddev_samp"
    case stddevPop = "stddev_pop"
    case varianceSamp = "var_samp"
    case variancePop = "var_pop"
    case covarPop = "covar_pop"
    case covarSamp = "covar_samp"
    case corr, skewness, kurtosis
    /// `listagg` / `string_agg` (see ListAggregation).
    case listagg
    case maxBy = "max_by"
    case minBy = "min_by"
    case countIf = "count_if"
    case anyValue = "any_value"
    case boolAnd = "bool_and"
    case boolOr = "bool_or"
    /// `bit_and`, `bit_or`, `bit_xor` of an integral column.
    case bitAnd = "bit_and"
    case bitOr = "bit_or"
    case bitXor = "bit_xor"
    case approxCountDistinct = "approx_count_distinct"
    case median
    case percentile
    /// `percentile_disc(p) WITHIN GROUP (ORDER BY x)`: the value at the lower of the two positions
    /// `percentile` would interpolate between.
    case percentileDisc = "percentile_disc"
    case percentileApprox = "percentile_approx"
    /// `mode(x [, deterministic])`: the most frequent value (see ModeCounter).
    case mode
    /// `pivotfirst(pivot, value, values)`: the second step of a PIVOT (see PivotResolution), an array
    /// holding, for each pivot value, the value of the row with that pivot value.
    case pivotFirst = "pivotfirst"
}

/// Which half of a two-phase aggregation an aggregate runs in.
public enum AggregateMode: String, Sendable {
    case partial, partialMerge, final, complete
}

/// An aggregate call: `sum(DISTINCT x) FILTER (WHERE ...)`.
public struct AggregateExpression: Sendable {
    public var kind: AggregateFunctionKind
    public var arguments: [Expression]
    public var isDistinct: Bool
    public var filter: Expression?
    /// `first(x, ignoreNulls)` and `last(x, ignoreNulls)`.
    public var ignoreNulls: Bool
    /// `try_sum` and `try_avg`: an overflowing result is null instead of an error, whatever the ANSI mode.
    public var nullOnOverflow: Bool
    /// `WITHIN GROUP (ORDER BY x DESC)` of `percentile_cont` and `percentile_disc`: positions count from the
    /// largest value.
    public var reverse = false
    /// `listagg(...) WITHIN GROUP (ORDER BY k ...)`: each key's direction; the keys are the arguments after
    /// the value and the delimiter.
    public var withinGroup: [SortOrder] = []
    /// The name Spark prints (`stddev` prints as `stddev`, not `stddev_samp`).
    public var displayName: String
    public var resultType: DataType
    public var mode: AggregateMode
    /// Identifies this aggregate's result across partial and final phases.
    public var resultId: ExprId

    public init(
        kind: AggregateFunctionKind, arguments: [Expression], isDistinct: Bool = false, filter: Expression? = nil,
        ignoreNulls: Bool = false, nullOnOverflow: Bool = false, displayName: String? = nil,
        resultType: DataType = .null, mode: AggregateMode = .complete, resultId: ExprId = .next()
    ) {
        self.kind = kind
        self.arguments = arguments
        self.isDistinct = isDistinct
        self.filter = filter
        self.ignoreNulls = ignoreNulls
        self.nullOnOverflow = nullOnOverflow
        self.displayName = displayName ?? kind.rawValue
        self.resultType = resultType
        self.mode = mode
        self.resultId = resultId
    }
}

extension AggregateExpression {
    /// The unresolved call that attaches `FILTER (WHERE c)` to the aggregate call it wraps, until the analyzer
    /// puts the condition on the resolved aggregate. No SQL text can spell the name, so no user function meets it.
    static let filterCallName = "\u{1}aggregate_filter"
}
