/// Ranking and offset window functions. Aggregates over a window use `Expression.aggregate`.
public enum WindowFunction: String, Sendable {
    case rowNumber = "row_number"
    case rank
    case denseRank = "dense_rank"
    case percentRank = "percent_rank"
    case cumeDist = "cume_dist"
    case ntile
    case lag
    case lead
    case nthValue = "nth_value"

    /// Ranking functions need an ORDER BY and use a fixed ROWS frame.
    public var isRanking: Bool {
        switch self {
        case .rowNumber, .rank, .denseRank, .percentRank, .cumeDist, .ntile: true
        default: false
        }
    }
}

/// `OVER (PARTITION BY ... ORDER BY ... frame)`.
public struct WindowSpecDefinition: Sendable {
    public var partitionSpec: [Expression]
    public var orderSpec: [SortOrder]
    public var frame: WindowFrame?

    public init(partitionSpec: [Expression] = [], orderSpec: [SortOrder] = [], frame: WindowFrame? = nil) {
        self.partitionSpec = partitionSpec
        self.orderSpec = orderSpec
        self.frame = frame
    }

    /// The same window with `f` of each partition key and order expression.
    func mapKeys(_ f: (Expression) -> Expression) -> WindowSpecDefinition {
        var copy = self
        copy.partitionSpec = partitionSpec.map(f)
        copy.orderSpec = orderSpec.map { o in
            var order = o
            order.child = f(o.child)
            return order
        }
        return copy
    }
}

public enum FrameType: String, Sendable {
    case rows = "ROWS"
    case range = "RANGE"
}

public enum FrameBoundary: Sendable, Equatable {
    case unboundedPreceding
    case currentRow
    case unboundedFollowing
    /// Negative for PRECEDING, positive for FOLLOWING.
    case offset(Int64)
    /// A RANGE offset written as a day-time interval (`INTERVAL 6 DAYS PRECEDING`), in microseconds;
    /// negative for PRECEDING, with the literal's interval type (which only shapes how it prints).
    case interval(Int64, DataType)
    /// A RANGE offset that is not a whole number (`1.5 PRECEDING` over a DOUBLE or DECIMAL key), negative for
    /// PRECEDING, with the literal's text.
    case fraction(Double, String)
    /// A RANGE offset written as a year-month interval (`INTERVAL 1 MONTH PRECEDING` over a DATE or TIMESTAMP
    /// key), in months; negative for PRECEDING, with the literal's interval type. The frame's edge is the key
    /// moved by calendar months, as `add_months` moves it.
    case months(Int64, DataType)
}

public struct WindowFrame: Sendable, Equatable {
    public var type: FrameType
    public var lower: FrameBoundary
    public var upper: FrameBoundary
    /// The type of the integer offsets: INT as SQL usually writes them, BIGINT from the DataFrame API's
    /// `rangeBetween` / `rowsBetween` (which a DATE order key does not accept).
    public var offsetType: DataType

    public init(_ type: FrameType, _ lower: FrameBoundary, _ upper: FrameBoundary, offsetType: DataType = .int) {
        self.type = type
        self.lower = lower
        self.upper = upper
        self.offsetType = offsetType
    }

    /// Spark's default with ORDER BY: RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW.
    public static let defaultWithOrder = WindowFrame(.range, .unboundedPreceding, .currentRow)
    /// Spark's default without ORDER BY: the whole partition.
    public static let wholePartition = WindowFrame(.rows, .unboundedPreceding, .unboundedFollowing)
    /// The frame ranking functions use.
    public static let rowsToCurrent = WindowFrame(.rows, .unboundedPreceding, .currentRow)
}
