/// How one generated column gets its values. See `Problems/README.md`, "Generated data".
public enum ColumnGenerator: Sendable, Hashable {
    /// `start + step * rowIndex` (no random draw).
    case sequence(start: Int64, step: Int64)
    /// Uniform integer in `min...max`.
    case int(min: Int64, max: Int64)
    /// Uniform in `min...max` on a grid of `decimals` decimal places.
    case double(min: Double, max: Double, decimals: Int)
    /// One of `values`, with integer `weights` (equal when omitted); weights make skew.
    case choice(values: [JSONValue], weights: [Int64])
    /// Text with `{row}`, `{int:MIN:MAX}`, `{letters:N}` and `{digits:N}` placeholders.
    case pattern([PatternPart])
    /// Uniform day in `start...end`, as `YYYY-MM-DD`.
    case date(startDay: Int64, endDay: Int64)
    /// Uniform second in `start...end`, as `YYYY-MM-DD HH:MM:SS`.
    case timestamp(startSecond: Int64, endSecond: Int64)
    /// The same value in every row.
    case constant(JSONValue)

    public enum PatternPart: Sendable, Hashable {
        case literal(String)
        case row
        case int(min: Int64, max: Int64)
        case letters(Int)
        case digits(Int)
    }

    static let kindNames = ["sequence", "int", "double", "choice", "pattern", "date", "timestamp", "constant"]
}

/// One column's generator and the fraction of its values that are null.
public struct GeneratedColumn: Sendable, Hashable {
    public var name: String
    public var generator: ColumnGenerator
    public var nullFraction: Double

    public init(name: String, generator: ColumnGenerator, nullFraction: Double = 0) {
        self.name = name
        self.generator = generator
        self.nullFraction = nullFraction
    }
}

/// A deterministic table: `rows` rows from per-column generators seeded by `seed`.
/// Swift and the oracle's Python produce the same rows for the same spec.
public struct GeneratorSpec: Sendable, Hashable {
    public var seed: Int64
    public var rows: Int
    public var columns: [GeneratedColumn]

    public init(seed: Int64, rows: Int, columns: [GeneratedColumn]) {
        self.seed = seed
        self.rows = rows
        self.columns = columns
    }

    /// The largest table a spec may ask for, so a typo cannot exhaust memory.
    public static let maxRows = 5_000_000
}
