import SparkLite

/// One input table of a run: its name (also a temp view), DDL schema and rows.
public struct InputTableData: Sendable {
    public var name: String
    public var schema: [StructField]
    public var rows: [[Value]]

    public init(name: String, schema: [StructField], rows: [[Value]]) {
        self.name = name
        self.schema = schema
        self.rows = rows
    }
}

/// The language of a solution file, from its extension.
public enum SolutionLanguage: String, Sendable {
    case python
    case sql

    public init?(fileName: String) {
        if fileName.hasSuffix(".py") { self = .python } else if fileName.hasSuffix(".sql") { self = .sql } else { return nil }
    }
}

/// What a solution produced: its result rows and the executed plan's properties.
public struct SolutionRun: @unchecked Sendable {
    public var columns: [StructField]
    public var rows: ResultRows
    /// Exchanges that move rows (not broadcasts, not reused), as in real Spark's initial plan.
    public var shuffles: Int
    public var broadcasts: Int
    /// Stages of the job: one more than the shuffles (each exchange cuts one).
    public var stages: Int
    /// `df.explain()`'s physical plan text.
    public var physicalPlan: String
    /// Node names of the physical plan, pre-order (`HashAggregate`, `Exchange`, ...).
    public var operators: [String]
    public var metrics: QueryMetrics?
    /// What the program printed (shown apart from the result).
    public var printed: String
    /// True when the result was an RDD (columns `_1.._n`).
    public var isRDD: Bool
    /// What the RDD scheduler measured, when the result was an RDD.
    public var rddMetrics: RDDRunMetrics? = nil
}

/// Why a solution produced no result, in the terms of DESIGN.md's error contract.
public struct SolutionError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// Python or SQL syntax: the judge's Compile Error.
        case compile
        /// A Spark or Python error while running.
        case runtime
        case unsupported
        case timeLimit
        case memoryLimit
        case sandbox
    }

    public var kind: Kind
    /// Spark's error condition (`DIVIDE_BY_ZERO`), Python's exception name (`NameError`), or `UNSUPPORTED`,
    /// `SANDBOX`, `TIME_LIMIT`, `MEMORY_LIMIT`.
    public var errorClass: String
    public var message: String
    /// Position in the user's file, 1-based, when known.
    public var line: Int?
    public var column: Int?
    /// The user's source line at `line`, for a caret.
    public var sourceLine: String?
    public var printed: String

    public init(kind: Kind, errorClass: String, message: String, line: Int? = nil, column: Int? = nil,
                sourceLine: String? = nil, printed: String = "") {
        self.kind = kind
        self.errorClass = errorClass
        self.message = message
        self.line = line
        self.column = column
        self.sourceLine = sourceLine
        self.printed = printed
    }

    public var description: String {
        var text = errorClass.uppercased() == errorClass || errorClass.contains(".") ? "[\(errorClass)] \(message)" : "\(errorClass): \(message)"
        if let line { text += " (line \(line)\(column.map { ", column \($0)" } ?? ""))" }
        return text
    }
}
